"""How to fix a broken pack: a short hint after the parser's or the schema's message.

The loader says where a pack is wrong (``file:line:col``); these functions add what to do,
in the pack writer's words rather than the YAML parser's or pydantic's.

>>> from normkit.packs.schema import PackFile
>>> unknown_key_hint(PackFile, ("rules", 0, "protected"))
" (did you mean 'protect'?)"
>>> yaml_hint("found character '\\\\t' that cannot start any token")
' (YAML indents with spaces, not tabs)'
"""

from __future__ import annotations

import difflib
import re
import types
import typing
from typing import Any

from pydantic import BaseModel

_INDENT = (
    " (check this line's indentation: keys of one rule line up under its 'id',"
    " list items start with '- ' under their key)"
)


def yaml_hint(problem: str) -> str:
    """A fix for a YAML syntax error, from the parser's message (``''`` if none is known).

    >>> yaml_hint("mapping values are not allowed here").startswith(" (a ':' YAML")
    True
    >>> yaml_hint("while parsing a flow mapping")
    ''
    """
    if "'\\t'" in problem:
        return " (YAML indents with spaces, not tabs)"
    if "mapping values are not allowed here" in problem:
        return (
            " (a ':' YAML did not expect: check this line's indentation against the line"
            " above, or quote a value that holds ': ')"
        )
    if "expected <block end>" in problem or "could not find expected ':'" in problem:
        return _INDENT
    return ""


def _models(annotation: Any) -> list[type[BaseModel]]:
    """The pydantic models an annotation holds (``list[Rule]`` -> ``[Rule]``)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    found: list[type[BaseModel]] = []
    origin = typing.get_origin(annotation)
    if origin is not None or isinstance(annotation, types.UnionType):
        for arg in typing.get_args(annotation):
            found += _models(arg)
    return found


def known_keys(model: type[BaseModel], loc: tuple) -> list[str]:
    """The keys allowed where ``loc`` points (its last part is the key itself).

    >>> from normkit.packs.schema import PackFile
    >>> known_keys(PackFile, ("pack", "licence"))[:3]
    ['id', 'version', 'description']
    >>> known_keys(PackFile, ("rules", 2, "examples", 0, "output"))
    ['in', 'out', 'lang']
    """
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        field = next((f for name, f in model.model_fields.items()
                      if (f.alias or name) == part), None)
        inner = _models(field.annotation) if field is not None else []
        if not inner:
            return []
        model = inner[0]
    return [field.alias or name for name, field in model.model_fields.items()]


def unknown_key_hint(model: type[BaseModel], loc: tuple) -> str:
    """``did you mean`` the closest allowed key, or the list of allowed keys."""
    if not loc or not isinstance(loc[-1], str):
        return ""
    keys = known_keys(model, loc)
    if not keys:
        return ""
    close = difflib.get_close_matches(loc[-1], keys, n=1, cutoff=0.6)
    if close:
        return f" (did you mean {close[0]!r}?)"
    return f" (allowed here: {', '.join(keys)})"


def schema_hint(kind: str, value: Any) -> str:
    """A fix for a schema error of pydantic type ``kind`` on ``value``.

    >>> schema_hint("list_type", "en")
    ' (write a list: [en])'
    >>> schema_hint("string_pattern_mismatch", "Daily Planet")
    ' (use lower-case letters, digits, dots, underscores and hyphens: daily-planet)'
    """
    if kind == "list_type" and isinstance(value, str | int | float):
        return f" (write a list: [{value}])"
    if kind == "string_pattern_mismatch" and isinstance(value, str):
        suggestion = re.sub(r"[^a-z0-9._-]+", "-", value.lower()).strip("-._") or "my-pack"
        return f" (use lower-case letters, digits, dots, underscores and hyphens: {suggestion})"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return " (write it as 'key: value' lines, or as {key: value, ...})"
    return ""
