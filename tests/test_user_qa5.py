"""A new user's first hour: the fixes for what tripped them up (QA session 5).

Each test is one thing a newcomer did with the README and docs in hand, and what
normkit now does about it.
"""

from __future__ import annotations

import gzip
import json

import pytest

import normkit
from normkit import Normalizer
from normkit.packs.loader import PackError, load_pack

PACK = """\
normkit: 1
pack:
  id: daily-planet
  version: 1.0.0
  lang: [en]
rules:
  - id: myanmar
    kind: alias
    canonical: Myanmar
    variants: [Burma]
    protect: ["Burma Road"]
    examples:
      - in: "Diplomats from Burma attended the summit."
        out: "Diplomats from Myanmar attended the summit."
      - {in: "Veterans of the Burma Road gathered on Sunday."}
  - id: planet-footer
    kind: drop
    match: {regex: '^Daily Planet newsroom, Metropolis$', flags: [i]}
    examples:
      - in: "The council met on Tuesday to discuss it.\\n\\nDaily Planet newsroom, Metropolis"
        out: "The council met on Tuesday to discuss it."
"""
ARTICLE = ("Diplomats from Burma attended the summit in the capital on Tuesday, officials said.\n\n"
           "Daily Planet newsroom, Metropolis\n")


def _pack(tmp_path, text: str = PACK):
    path = tmp_path / "newsroom.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _error(tmp_path, text: str) -> str:
    with pytest.raises(PackError) as info:
        load_pack(_pack(tmp_path, text))
    return str(info.value)


# -- rule packs: every mistake names file:line and says how to fix it ----------------------

@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("    canonical: Myanmar", "      canonical: Myanmar",
         "newsroom.yaml:9:16: mapping values are not allowed here (a ':' YAML did not expect:"
         " check this line's indentation"),
        ("  - id: planet-footer\n    kind", "  - id: planet-footer\n   kind",
         "newsroom.yaml:17:4: expected <block end>, but found '<block mapping start>' (check this"
         " line's indentation"),
        ("    canonical: Myanmar", "\tcanonical: Myanmar",
         "newsroom.yaml:9:1: found character '\\t' that cannot start any token (YAML indents"
         " with spaces, not tabs)"),
        ("    protect:", "    protected:",
         "newsroom.yaml:11:5: rules.0.protected: unknown key (did you mean 'protect'?)"),
        ("  version: 1.0.0", "  vresion: 1.0.0",
         "newsroom.yaml:4:3: pack.vresion: unknown key (did you mean 'version'?)"),
        ("    kind: alias", "    kind: alias\n    colour: red",
         "rules.0.colour: unknown key (allowed here: id, kind, description,"),
        ("  lang: [en]", "  lang: en", "newsroom.yaml:5:3: pack.lang: Input should be a valid list"
         " (write a list: [en])"),
        ("  id: daily-planet", "  id: Daily Planet",
         "pack.id: String should match pattern '^[a-z0-9][a-z0-9._-]*$' (use lower-case"
         " letters, digits, dots, underscores and hyphens: daily-planet)"),
        ("rules:\n  - id: myanmar\n", "rules:\n  - myanmar\n  - id: myanmar\n",
         "newsroom.yaml:7:5: rules.0: should be a mapping (write it as 'key: value' lines"),
        ("    variants: [Burma]", "    variants: [Burma]\n    match: 'Burma'",
         "rules.0: 'match' belongs to drop and rewrite rules only (an alias rule matches its"
         " 'variants')"),
        ("flags: [i]}\n", "flags: [i]}\n    replace: ''\n",
         "rules.1: 'replace' belongs to rewrite rules only (a drop rule drops the whole line)"),
    ],
)
def test_a_pack_mistake_names_the_line_and_the_fix(tmp_path, old, new, expected):
    body = PACK.replace(old, new, 1)
    assert body != PACK
    assert expected in _error(tmp_path, body)


def test_an_unknown_key_in_a_profile_is_named_with_the_key_meant(tmp_path):
    from normkit.packs.loader import load_profile

    path = tmp_path / "house.yaml"
    path.write_text("normkit: 1\nprofile: house\npakcs: ['*']\n")
    with pytest.raises(PackError, match=r"house.yaml:3:1: pakcs: unknown key \(did you mean"
                                        r" 'packs'\?\)"):
        load_profile(path)


def test_the_newsroom_pack_runs_from_the_library_and_the_cli(tmp_path, cli):
    path = _pack(tmp_path)
    result = Normalizer(packs=str(path)).run(ARTICLE)
    assert result.text.startswith("Diplomats from Myanmar attended")
    assert [(e.rule, e.before) for e in result.edits if e.stage == "lexicon"] == [
        ("daily-planet/myanmar", "Burma")]
    assert [b.rule for b in result.removed] == ["daily-planet/planet-footer"]
    (tmp_path / "story.txt").write_text(ARTICLE)
    proc = cli("clean", str(tmp_path / "story.txt"), "--pack", str(path))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ("Diplomats from Myanmar attended the summit in the capital on"
                           " Tuesday, officials said.\n")
    assert cli("rules", "test", str(path)).stdout.strip() == "3 passed, 0 failed"


def test_one_pack_path_is_a_pack_not_a_sequence_of_letters(tmp_path):
    path = _pack(tmp_path)
    text = "Diplomats from Burma attended the summit."
    assert Normalizer(packs=str(path)).clean(text, lang="en") == Normalizer(
        packs=[str(path)]).clean(text, lang="en") == "Diplomats from Myanmar attended the summit."
    assert Normalizer(packs=path).packs[-1].id == "daily-planet"
    assert normkit.clean(text, packs=str(path), lang="en").endswith("Myanmar attended the summit.")
    with pytest.raises(PackError, match=r"nope\.yaml: no such pack"):
        normkit.clean(text, packs="nope.yaml")


# -- explain: what a user types first is a spelling, not a rule id --------------------------

def test_explain_a_spelling_points_at_the_rules_that_rewrite_it(tmp_path, cli):
    path = _pack(tmp_path)
    proc = cli("explain", "Burma", "--pack", str(path))
    assert proc.returncode == 0, proc.stderr  # since QA 15 it shows the rule (was: exit 2)
    assert proc.stdout.startswith("'Burma' is not a rule id; it is a spelling that a rule "
                                  "rewrites: daily-planet/myanmar\n\ndaily-planet/myanmar  (alias")
    assert cli("explain", "daily-planet/myanmar", "--pack", str(path)).returncode == 0


def test_explain_a_bare_id_in_two_packs_lists_both(tmp_path, cli):
    path = _pack(tmp_path, PACK.replace("id: myanmar", "id: kyiv"))
    proc = cli("explain", "kyiv", "--pack", str(path))
    assert proc.returncode == 0, proc.stderr  # since QA 15 it shows both (was: exit 2)
    assert "'kyiv' is a rule id in 2 packs: " in proc.stdout
    assert "\ndaily-planet/kyiv  (alias" in proc.stdout and "\ngeo-ua/kyiv  (alias" in proc.stdout


# -- the command line -------------------------------------------------------------------

def test_version(cli):
    proc = cli("--version")
    assert (proc.returncode, proc.stdout) == (0, f"normkit {normkit.__version__}\n")


def test_in_place_backup_keeps_the_originals_of_changed_files_only(tmp_path, cli):
    changed, same = tmp_path / "a.txt", tmp_path / "b.txt"
    changed.write_text("Talks in Kiev went on -- for now , officials said.\n")
    same.write_text("Talks in Kyiv went on, officials said.\n")
    proc = cli("clean", str(changed), str(same), "--in-place", "--backup", ".orig", "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    assert changed.read_text() == "Talks in Kyiv went on—for now, officials said.\n"
    assert (tmp_path / "a.txt.orig").read_text() == (
        "Talks in Kiev went on -- for now , officials said.\n")
    assert not (tmp_path / "b.txt.orig").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "a.txt.orig", "b.txt"]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--backup", ".bak"], "--backup keeps the originals of an --in-place run: add --in-place"),
        (["--in-place", "--backup", ""], "--backup takes a suffix for the file name"),
        (["--in-place", "--backup", "/x"], "--backup takes a suffix for the file name"),
    ],
)
def test_a_backup_that_cannot_work_is_refused_before_any_work(tmp_path, cli, args, expected):
    path = tmp_path / "a.txt"
    path.write_text("Talks in Kiev.\n")
    proc = cli("clean", str(path), *args)
    assert proc.returncode == 2 and expected in proc.stderr
    assert path.read_text() == "Talks in Kiev.\n" and len(list(tmp_path.iterdir())) == 1


def test_a_backup_never_overwrites_another_input(tmp_path, cli):
    (tmp_path / "a").write_text("Talks in Kiev.\n")
    (tmp_path / "a.bak").write_text("Talks in Kharkov.\n")
    proc = cli("clean", str(tmp_path / "a"), str(tmp_path / "a.bak"), "--in-place",
               "--backup", ".bak")
    assert proc.returncode == 2
    assert "the --backup of" in proc.stderr and "would overwrite an input" in proc.stderr
    assert (tmp_path / "a.bak").read_text() == "Talks in Kharkov.\n"


def test_a_file_name_for_many_outputs_is_refused(tmp_path, cli):
    (tmp_path / "in").mkdir()
    for name in ("a.txt", "b.txt"):
        (tmp_path / "in" / name).write_text("Talks in Kiev went on, officials said.\n")
    proc = cli("clean", str(tmp_path / "in"), "-o", str(tmp_path / "cleaned.txt"))
    assert proc.returncode == 2
    assert "looks like a file name: give a directory (-o " in proc.stderr
    assert not (tmp_path / "cleaned.txt").exists()
    proc = cli("clean", str(tmp_path / "in"), "-o", str(tmp_path / "cleaned"))
    assert proc.returncode == 0 and (tmp_path / "cleaned" / "a.txt").is_file()


def test_compressed_and_parquet_inputs_say_what_they_are(tmp_path, cli):
    (tmp_path / "docs.jsonl.gz").write_bytes(gzip.compress(b'{"text": "Talks in Kiev."}\n'))
    (tmp_path / "docs.parquet").write_bytes(b"PAR1\x15\x00\x15\x1c" + b"\x00" * 32 + b"PAR1")
    proc = cli("clean", str(tmp_path / "docs.jsonl.gz"), "--field", "text")
    assert "binary file skipped (gzip-compressed: decompress it first, e.g. zcat FILE |" in (
        proc.stderr)
    proc = cli("clean", str(tmp_path / "docs.parquet"))
    assert "binary file skipped (a Parquet file: " in proc.stderr
    assert "normkit.integrations.dask.clean_column" in proc.stderr


def test_a_null_field_is_named_in_json_words(tmp_path, cli):
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps({"id": 1, "text": None}) + "\n")
    proc = cli("clean", str(path), "--field", "text")
    assert proc.returncode == 2
    assert f"{path}:1: field 'text' is null, not a string" in proc.stderr


def test_rejects_help_shows_its_default(cli):
    proc = cli("clean", "--help")
    assert "rejects.jsonl" in proc.stdout and "records ." not in proc.stdout


def test_integrations_are_reachable_from_a_bare_import():
    import subprocess
    import sys

    code = ("import sys, normkit; m = normkit.integrations; "
            "print(sorted(k for k in sys.modules if k.split('.')[0] in "
            "('dask', 'datasets', 'datatrove')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out == "[]\n"  # the engines load only when an adapter is used
    with pytest.raises(AttributeError, match="has no attribute 'nothing'"):
        normkit.integrations.nothing  # noqa: B018


def test_a_csv_file_is_not_taken_for_text_or_jsonl_without_a_word(tmp_path, cli):
    path = tmp_path / "news.csv"
    path.write_text('id,text\n1,"Talks in Kiev went on -- for now , officials said."\n')
    proc = cli("clean", str(path), "--lang", "en")
    assert proc.returncode == 0  # cleaned as asked, but the user is told what happened
    assert f"warning: {path}: cleaned as plain text, its commas and quotes too" in proc.stderr
    assert "normkit.integrations.dask.clean_column" in proc.stderr
    proc = cli("clean", str(path), "--field", "text", "-j", "1")  # the message, not the pool
    assert proc.returncode == 2
    assert f"{path}:1: malformed JSON" in proc.stderr and "a CSV/TSV file is not" in proc.stderr


# -- a bad first record with a process pool: exit 2, never a hang ----------------------------

def _stubborn() -> None:
    import signal
    import time

    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # as a worker still under the CLI's handler
    time.sleep(60)


def test_a_failed_run_stops_workers_that_would_not_stop_on_sigterm():
    import threading
    import time
    from concurrent.futures import ProcessPoolExecutor

    from normkit import parallel

    executor = ProcessPoolExecutor(1, mp_context=parallel._context())
    executor.submit(_stubborn)
    time.sleep(1.0)  # the worker is in _stubborn, deaf to SIGTERM
    parallel._terminate(executor)
    done = threading.Thread(target=executor.shutdown, kwargs={"wait": True,
                                                            "cancel_futures": True})
    done.start()
    done.join(timeout=20)
    assert not done.is_alive(), "shutdown waited for a worker that was never stopped"


def test_workers_take_sigterm_as_the_default_not_the_clis_handler(norm):
    import signal
    from concurrent.futures import ProcessPoolExecutor

    from normkit import parallel

    previous = signal.signal(signal.SIGTERM, lambda *_: None)  # what the CLI installs
    try:
        with ProcessPoolExecutor(1, mp_context=parallel._context(),
                                 initializer=parallel._init_worker, initargs=(norm,)) as pool:
            assert pool.submit(signal.getsignal, signal.SIGTERM).result() == signal.SIG_DFL
    finally:
        signal.signal(signal.SIGTERM, previous)


def test_clean_takes_the_options_a_normalizer_takes():
    text = "Talks in Kiev went on -- for now."
    assert normkit.clean(text, lang="en", options={"dash": "em-spaced"}) == (
        "Talks in Kyiv went on — for now.")
    assert normkit.clean(text, lang="en") == "Talks in Kyiv went on—for now."
    with pytest.raises(ValueError, match=r"unknown option 'dahs' \(known: .*dash"):
        normkit.clean(text, options={"dahs": "em"})
