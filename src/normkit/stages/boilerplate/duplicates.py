"""Repeats inside one document: a headline shown twice, a lead that the body repeats.

Only repeats of the page's head go: a title or teaser that appears again, and a lead
paragraph that a later paragraph repeats in full. A sentence repeated inside the
body (a refrain, a machine translation that says the same thing twice) stays.

>>> from normkit.stages.boilerplate.lines import split_lines
>>> lines = split_lines("Talks resume in Kyiv\\nTalks resume in Kyiv\\nThe talks went on.", "en")
>>> mark_duplicates(lines, head_end=2)
>>> [line.rule for line in lines]
[None, 'structure/duplicate', None]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from normkit.matching import fold
from normkit.stages.boilerplate.lines import Line

_KEY = re.compile(r"[\W_]+")
_SITE_SUFFIX = re.compile(r"\s+(?:\||-|–|—|::|·|•)\s+[^|–—:·•]{2,40}$")
MIN_DUP_CHARS = 15


def key(text: str) -> str:
    """A line reduced to folded words, for comparing repeats."""
    return _KEY.sub(" ", fold(text)).strip()


def mark_duplicates(lines: Sequence[Line], head_end: int) -> None:
    """Drop later copies of head lines (``index < head_end``) and leads the body repeats."""
    keys = [key(line.text) for line in lines]
    first: dict[str, int] = {}
    for line, k in zip(lines, keys, strict=True):
        if len(k) < MIN_DUP_CHARS:
            continue
        if k not in first:
            first[k] = line.index
        elif not line.dropped and first[k] < head_end:
            line.rule = "structure/duplicate"
    _mark_page_titles(lines, keys, first, head_end)
    for line, k in zip(lines, keys, strict=True):
        if line.dropped or not line.sentence or line.index > head_end:
            continue
        for later, later_key in zip(lines[line.index + 1 :], keys[line.index + 1 :], strict=True):
            if not later.dropped and len(later_key) > len(k) and later_key.startswith(k + " "):
                line.rule = "structure/repeated-lead"
                break


def _mark_page_titles(lines: Sequence[Line], keys: list[str], first: dict[str, int],
                      head_end: int) -> None:
    """A page title (``Headline | Site``, ``Headline - Site``) above the headline itself."""
    for line in lines[:head_end]:
        if line.dropped:
            continue
        bare = _SITE_SUFFIX.sub("", line.text)
        k = key(bare)
        if bare != line.text and len(k) >= MIN_DUP_CHARS and first.get(k, -1) > line.index:
            line.rule = "structure/duplicate"
