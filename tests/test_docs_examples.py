"""The code in README.md and docs/*.md runs, prints what it says, and names real options.

Python blocks run as written, each in a fresh directory. A block that uses a name it does
not define (README's sketch of ``text``, ``texts`` and ``html``) gets a sample for it; a block
that reads ``in/`` gets a small Parquet or JSONL file there. Comment lines of their own under
the code (``# 'Talks in Kyiv ...'``) are the output the block promises: its printed lines, and the
value of a bare expression, must hold those lines in that order.
Blocks that need an engine that is not installed (Dask, datasets, datatrove) are skipped;
a cluster address becomes a local in-process cluster, and eight processes become two.
"""

from __future__ import annotations

import ast
import builtins
import contextlib
import importlib.util
import io
import json
import re

import pytest
import typer

import normkit.integrations.shared
from conftest import ROOT, SEEDS
from normkit import Normalizer
from normkit.cli import app
from normkit.packs.examples import run_examples
from normkit.packs.loader import load_pack, load_profile

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
SAMPLE = "Talks in Kiev went on -- for now , officials said.\n\n- Advertisement -\n"


def _blocks(language: str) -> list[tuple[str, str]]:
    found = []
    for path in DOCS:
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(rf"```{language}\n(.*?)```", text, flags=re.S):
            line = text[: match.start()].count("\n") + 1
            found.append((f"{path.name}:{line}", match.group(1)))
    return found


PYTHON = _blocks("python")
YAML = _blocks("yaml")


def _promised(code: str) -> list[str]:
    """The comment lines that stand alone after the first line of code: promised output."""
    lines = code.splitlines()
    return [line[2:] for i, line in enumerate(lines)
            if line.startswith("# ") and any(not x.startswith("#") and x.strip()
                                            for x in lines[:i])]


def _printing(code: str) -> str:
    """The code with each top-level bare expression shown as the REPL shows it."""
    tree = ast.parse(code)
    for i, node in enumerate(tree.body):
        if isinstance(node, ast.Expr) and not (
            isinstance(node.value, ast.Call) and getattr(node.value.func, "id", "") == "print"
        ):
            call = ast.Call(ast.Name("__show__", ast.Load()), [node.value], [])
            tree.body[i] = ast.Expr(call)
    return ast.unparse(ast.fix_missing_locations(tree))


def _show(value: object) -> None:
    if value is not None:
        print(repr(value))


def _undefined(code: str) -> set[str]:
    tree = ast.parse(code)
    bound = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)
             and isinstance(n.ctx, ast.Store)}
    bound |= {(a.asname or a.name).split(".")[0] for n in ast.walk(tree)
              if isinstance(n, ast.Import | ast.ImportFrom) for a in n.names}
    bound |= {n.arg for n in ast.walk(tree) if isinstance(n, ast.arg)}
    used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    return used - bound - set(dir(builtins))


def _engines(code: str) -> list[str]:
    return [name for name in ("dask", "datasets", "datatrove")
            if re.search(rf"^(from|import) {name}\b", code, flags=re.M)]


def _fixtures(code: str, where) -> None:
    (where / "in").mkdir()
    if "read_parquet" in code:
        import pandas as pd

        pd.DataFrame({"id": [1, 2], "text": [SAMPLE, None]}).to_parquet(where / "in/part.parquet")
    records = [{"id": str(i), "text": t} for i, t in enumerate([SAMPLE, "Nato met in Kharkov."])]
    lines = "".join(json.dumps(r) + "\n" for r in records)
    if "JsonlReader" in code:
        (where / "in/docs.jsonl").write_text(lines)
    (where / "docs.jsonl").write_text(lines)
    (where / "seeds").symlink_to(SEEDS)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (where / "my-pack.yaml").write_text(re.findall(r"```yaml\n(.*?)```", readme, re.S)[0])


def _local(code: str) -> str:
    code = re.sub(r'Client\("tcp://[^"]*"\)',
                  'Client(processes=False, n_workers=1, dashboard_address=":0")', code)
    return code.replace("num_proc=8", "num_proc=2").replace("tasks=8", "tasks=1")


@pytest.mark.parametrize(("where", "code"), PYTHON, ids=[w for w, _ in PYTHON])
def test_python_examples_run_and_print_what_the_docs_say(where, code, tmp_path, monkeypatch):
    for engine in _engines(code):
        if importlib.util.find_spec(engine) is None:
            pytest.skip(f"{engine} is not installed")
    monkeypatch.chdir(tmp_path)
    # the engines' per-process Normalizers stay this test's own (other tests count on theirs)
    monkeypatch.setattr(normkit.integrations.shared, "_BUILT", {})
    _fixtures(code, tmp_path)
    names = {"text": (SEEDS / "002_ba8f150e48c27e3d.txt").read_text(encoding="utf-8"),
             "texts": [SAMPLE, "Nato met in Kharkov."],
             "html": f"<!doctype html><html><body><p>{SAMPLE}</p></body></html>"}
    sketch = _undefined(code) & set(names)
    assert _undefined(code) <= set(names), f"{where} uses undefined names"
    out = io.StringIO()
    space = {"__name__": "__main__", "__show__": _show, **{k: names[k] for k in sketch}}
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(_printing(_local(code)), where, "exec"), space)
    finally:
        if hasattr(space.get("client"), "close"):  # a Dask client and its local cluster
            space["client"].close()
    printed = out.getvalue().splitlines()
    promised = _promised(code)
    it = iter(printed)  # in order; lines the block prints without promising them may come between
    assert all(line in it for line in promised), (promised, printed)


@pytest.mark.parametrize(("where", "text"), YAML, ids=[w for w, _ in YAML])
def test_yaml_examples_load_and_their_examples_pass(where, text, tmp_path):
    if text.startswith("  - id:"):  # a rule shown on its own: put it in a pack
        text = "normkit: 1\npack: {id: doc-example, lang: [en]}\nrules:\n" + text
    path = tmp_path / "example.yaml"
    path.write_text(text, encoding="utf-8")
    if "\nprofile:" in "\n" + text:
        load_profile(path)
        Normalizer(profile=str(path))
        return
    pack = load_pack(path)
    assert run_examples(Normalizer(packs=str(path)), {pack.id}) == []


def _options() -> dict[str, set[str]]:
    group = typer.main.get_command(app)
    found = {}
    for name, command in group.commands.items():
        subs = getattr(command, "commands", {name: command})
        for sub, leaf in subs.items():
            key = name if sub == name else f"{name} {sub}"
            found[key] = {o for p in leaf.params for o in (*p.opts, *p.secondary_opts)}
    return found


def test_every_option_the_docs_give_a_command_exists():
    options = _options()
    wrong = []
    for path in DOCS:
        for match in re.finditer(r"\bnormkit ((?:rules )?[a-z]+)([^`\n#]*)",
                                 path.read_text(encoding="utf-8")):
            command, rest = match.groups()
            if command not in options:
                continue
            for option in re.findall(r"(?<![\w-])(--?[a-zA-Z][\w-]*)", rest):
                if option not in options[command]:
                    wrong.append(f"{path.name}: normkit {command} {option}")
    assert wrong == []


def _resolve(dotted: str) -> object:
    """``normkit.a.b.C.d``: the longest importable module prefix, then attributes."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            found = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for name in parts[cut:]:
            found = getattr(found, name)
        return found
    raise ImportError(dotted)


def test_every_normkit_name_the_docs_give_exists():
    # prose names a function for the reader to call (`normkit.language.detect_language`)
    wrong = []
    for path in DOCS:
        for name in sorted(set(re.findall(r"`(normkit(?:\.\w+)+)",
                                          path.read_text(encoding="utf-8")))):
            try:
                _resolve(name)
            except (ImportError, AttributeError):
                wrong.append(f"{path.name}: {name}")
    assert wrong == []
