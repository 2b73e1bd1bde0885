"""Read pack and profile files: safe YAML, strict schema, errors as ``file:line:col``.

>>> import pathlib, tempfile
>>> path = pathlib.Path(tempfile.mkdtemp()) / "bad.yaml"
>>> _ = path.write_text("normkit: 1\\npack: {id: demo}\\nrules:\\n  - id: x\\n    kind: drop\\n"
...                     "    match: 'a'\\n    replacment: b\\n    examples: [{in: a}]\\n")
>>> try:
...     load_pack(path)
... except PackError as err:
...     print(str(err).split("/")[-1])
bad.yaml:7:5: rules.0.replacment: unknown key (did you mean 'replace'?)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode

from normkit.packs.hints import schema_hint, unknown_key_hint, yaml_hint
from normkit.packs.schema import PackFile, ProfileFile, Rule


class PackError(ValueError):
    """A pack or profile that cannot be used; the message starts with ``file:line:col``."""


@dataclass(frozen=True)
class Pack:
    """A validated pack, with where it came from."""

    info: PackFile
    path: Path
    rule_lines: tuple[int, ...]

    @property
    def id(self) -> str:
        return self.info.pack.id

    @property
    def rules(self) -> list[Rule]:
        return self.info.rules

    def location(self, index: int) -> str:
        """``file:line`` of the rule at ``index``."""
        return f"{self.path}:{self.rule_lines[index]}"


def _read_yaml(path: Path) -> Any:
    yaml = YAML(typ="rt")  # round-trip: keeps line numbers, builds no Python objects
    yaml.allow_duplicate_keys = False
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        line, col = _byte_position(exc.object, exc.start)
        raise PackError(f"{path}:{line}:{col}: not UTF-8 text ({exc.reason} at byte "
                        f"{exc.start}; save the pack as UTF-8)") from None
    except OSError as exc:
        raise PackError(f"{path}: cannot read: {exc.strerror}") from None
    try:
        return yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = (exc.problem or exc.context or "invalid YAML").strip()
        raise PackError(f"{path}:{line}:{col}: {problem}{yaml_hint(problem)}") from None
    except YAMLError as exc:
        raise PackError(f"{path}:1:1: {str(exc).splitlines()[0]}") from None
    except (ValueError, IndexError, OverflowError) as exc:  # a number ruamel cannot build: -_
        line, col, value = _unreadable_number(yaml, text)
        raise PackError(f"{path}:{line}:{col}: cannot read {value!r} as a number ({exc}); "
                        "quote it if it is text") from None


def _byte_position(data: bytes, offset: int) -> tuple[int, int]:
    """Line and column (1-based, in bytes) of ``offset`` in ``data``.

    >>> _byte_position(b"a: 1\\nb: caf\\xe9\\n", 11)  # the byte of é in Latin-1
    (2, 7)
    """
    line_start = data.rfind(b"\n", 0, offset) + 1
    return data.count(b"\n", 0, offset) + 1, offset - line_start + 1


def _unreadable_number(yaml: YAML, text: str) -> tuple[int, int, str]:
    r"""Line, column and text of the first plain scalar that YAML reads as a number and
    Python cannot turn into one (``-_``, ``._``: a YAML library's resolver takes them for
    numbers, and building them fails); ``(1, 1, "")`` if none is found.

    >>> _unreadable_number(YAML(typ="rt"), "a: 1\nb: [x, -_]\n")
    (2, 8, '-_')
    """
    stack = [yaml.compose(text)]
    found = []
    while stack:
        node = stack.pop()
        if isinstance(node, ScalarNode):
            if str(getattr(node.tag, "value", node.tag)).endswith(("int", "float")):
                try:
                    YAML(typ="rt").constructor.construct_object(node)
                except (ValueError, IndexError, OverflowError):
                    found.append((node.start_mark.line + 1, node.start_mark.column + 1,
                                  node.value))
        elif isinstance(node, MappingNode):
            stack.extend(item for pair in node.value for item in pair)
        elif isinstance(node, SequenceNode):
            stack.extend(node.value)
    return min(found) if found else (1, 1, "")


def _locate(node: Any, loc: tuple) -> tuple[int, int]:
    """Line and column (1-based) of the deepest YAML node on the path ``loc``."""
    line, col = 1, 1
    for key in loc:
        lc = getattr(node, "lc", None)
        if lc is None:
            break
        try:
            if isinstance(node, dict) and key in node:
                line, col = lc.key(key)[0] + 1, lc.key(key)[1] + 1
                node = node[key]
            elif isinstance(node, list) and isinstance(key, int) and key < len(node):
                line, col = lc.item(key)[0] + 1, lc.item(key)[1] + 1
                node = node[key]
            else:
                line, col = lc.line + 1, lc.col + 1
                break
        except (KeyError, IndexError, TypeError):
            break
    return line, col


_MESSAGES = {
    "extra_forbidden": "unknown key",
    "missing": "required key is missing",
    "model_type": "should be a mapping",
    "model_attributes_type": "should be a mapping",
}


def _validation_error(
    path: Path, data: Any, exc: ValidationError, model: type = PackFile
) -> PackError:
    lines = []
    for error in exc.errors():
        loc = tuple(
            p for p in error["loc"] if not (isinstance(p, str) and p.startswith("function"))
        )
        # pydantic adds the tag of the failing type (e.g. 'str') to union paths
        loc = tuple(p for p in loc if p not in ("str", "Pattern", "list[str]"))
        line, col = _locate(data, loc)
        message = _MESSAGES.get(error["type"], error["msg"].removeprefix("Value error, "))
        if error["type"] == "extra_forbidden":
            message += unknown_key_hint(model, loc)
        else:
            message += schema_hint(error["type"], error.get("input"))
        dotted = ".".join(str(p) for p in loc) or "(top)"
        lines.append((line, col, f"{path}:{line}:{col}: {dotted}: {message}"))
    return PackError("\n".join(text for *_, text in sorted(lines)))


def load_pack(path: str | Path) -> Pack:
    """Load and validate one pack file; raise :class:`PackError` on any problem.

    >>> import normkit, pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "my-places.yaml"
    >>> _ = path.write_text("normkit: 1\\npack: {id: my-places, version: 1.0.0, lang: [en]}\\n"
    ...                     "rules:\\n  - id: myanmar\\n    kind: alias\\n"
    ...                     "    canonical: Myanmar\\n    variants: [Burma]\\n"
    ...                     "    examples: [{in: Burma, out: Myanmar}]\\n")
    >>> pack = normkit.load_pack(path)
    >>> pack.id, [rule.id for rule in pack.rules], pack.location(0).endswith("my-places.yaml:4")
    ('my-places', ['myanmar'], True)
    """
    path = Path(path)
    data = _read_yaml(path)
    if not isinstance(data, dict):
        raise PackError(f"{path}:1:1: a pack is a mapping with 'normkit', 'pack' and 'rules'")
    if "profile" in data and "pack" not in data:
        raise PackError(f"{path}:1:1: this is a profile, not a pack (use it with --profile)")
    try:
        info = PackFile.model_validate(_plain(data))
    except ValidationError as exc:
        raise _validation_error(path, data, exc) from None
    rules = data.get("rules") or []
    rule_lines = tuple(_locate(data, ("rules", i))[0] for i in range(len(rules)))
    seen: dict[str, int] = {}
    for i, rule in enumerate(info.rules):
        if rule.id in seen:
            raise PackError(
                f"{path}:{rule_lines[i]}:5: rules.{i}.id: duplicate rule id {rule.id!r}"
                f" (first at line {rule_lines[seen[rule.id]]})"
            )
        seen[rule.id] = i
    return Pack(info=info, path=path, rule_lines=rule_lines)


def load_profile(path: str | Path) -> ProfileFile:
    """Load and validate a profile file."""
    path = Path(path)
    data = _read_yaml(path)
    if not isinstance(data, dict):
        raise PackError(f"{path}:1:1: a profile is a mapping with 'normkit' and 'profile'")
    if "pack" in data and "profile" not in data:
        raise PackError(f"{path}:1:1: this is a rule pack, not a profile (use it with --pack)")
    try:
        return ProfileFile.model_validate(_plain(data))
    except ValidationError as exc:
        raise _validation_error(path, data, exc, ProfileFile) from None


def location(path: str | Path, loc: tuple) -> str:
    """``file:line:col`` of the key at ``loc`` in a YAML file already loaded once.

    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "p.yaml"
    >>> _ = path.write_text("normkit: 1\\nprofile: mine\\noptions: {dash: nope}\\n")
    >>> location(path, ("options", "dash")).rsplit("/", 1)[1]
    'p.yaml:3:11'
    """
    line, col = _locate(_read_yaml(Path(path)), loc)
    return f"{path}:{line}:{col}"


def _plain(node: Any) -> Any:
    """ruamel's commented containers as plain dicts, lists and scalars."""
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    if node is None or isinstance(node, bool | int | float):
        return node
    return str(node)
