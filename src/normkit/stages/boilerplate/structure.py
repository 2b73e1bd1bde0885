"""Boilerplate that shows in a line's shape, whatever its words: menus and bylines.

>>> from normkit.stages.boilerplate.lines import split_lines
>>> lines = split_lines("Home | World | Europe\\nTalks went on.", "en")
>>> mark_menus(lines)
>>> [line.rule for line in lines]
['structure/menu', None]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

import regex

from normkit.stages.boilerplate.lines import Line

_SEPARATORS = re.compile(r"\s+[|»>•·/]\s+")
_ITEM_WORD = re.compile(r"\w+(?:[-'’.]\w+)*")
_NAME_LINE = regex.compile(
    r"^(?:(?:By|Por|Von|Par|Di|Door|Av)\s+)?"
    r"\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:de|da|del|van|von|der|al|bin|le|la|di)\s+)?"
    r"\p{Lu}[\p{L}'’.-]+){1,3}$"
)


def mark_menus(lines: Sequence[Line]) -> None:
    """Lines made of short items between separators: ``Home | World | Europe``."""
    for line in lines:
        if line.dropped or line.sentence:
            continue
        items = [item for item in _SEPARATORS.split(line.text) if item.strip()]
        if len(items) >= 3 and all(len(_ITEM_WORD.findall(item)) <= 3 for item in items):
            line.rule = "structure/menu"


_SPEAKER = re.compile(
    r"^\S.{0,40}\s(?:says|said|wrote|schrieb|escribió|dice|a écrit|ha scritto|escreveu"
    r"|napisał|написав|написал)\s*:$",
    re.I,
)


def name_line(text: str) -> bool:
    """A person's name alone on a line (``Olena Kovalenko``, ``By John Smith``)."""
    return bool(_NAME_LINE.match(text))


def mark_bylines(lines: Sequence[Line]) -> None:
    """Name-only lines next to a dropped date, counter or byline line.

    A ``jbaxt says:`` line above a dropped date is a comment's header.
    """
    for line, below in pairwise(lines):
        if (not line.dropped and below.dropped and not below.rule.startswith("structure/")
                and _SPEAKER.match(line.text)):
            line.rule = "structure/comment-header"
    changed = True
    while changed:
        changed = False
        for i, line in enumerate(lines):
            if line.dropped or not name_line(line.text):
                continue
            neighbours = [*lines[max(0, i - 1) : i], *lines[i + 1 : i + 2]]
            if any(n.dropped and not n.rule.startswith("structure/") for n in neighbours) or any(
                n.rule == "structure/byline" for n in neighbours
            ):
                line.rule = "structure/byline"
                changed = True
