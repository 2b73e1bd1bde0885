"""Corpus mode inside the stage: which recurring lines go, and where.

>>> from normkit.corpus import RecurringLines
>>> from normkit.stages.boilerplate.lines import split_lines
>>> docs = ["Kyiv Daily Ledger\\nStory one.\\n", "Kyiv Daily Ledger\\nStory two.\\n"]
>>> lines = split_lines(docs[0], "en")
>>> mark_recurring(lines, RecurringLines.count(docs, min_docs=2))
[]
>>> [line.rule for line in lines]
['corpus/recurring', None]
"""

from __future__ import annotations

import re

from normkit.corpus import RULE, RecurringLines
from normkit.stages.boilerplate.lines import Line

LABEL_WORDS = 4  # a recurring line this short, and no sentence, is a label wherever it is
_FIGURE = re.compile(r"\d")


def mark_recurring(lines: list[Line], recurring: RecurringLines) -> list[Line]:
    """Drop recurring labels (a few words, no sentence); return the other recurring lines.

    Those go only outside the article body: syndicated stories share headlines,
    subheadings and sentences, and a stock sentence recurs in many articles. A
    recurring line is no page furniture at all when it is the start of a sentence
    that the next line goes on with (``Moody's Investors Service Inc said it`` over
    ``upgraded the ratings ...``), or when it labels the document's own figures
    (``Nine mths`` over ``Shr 1.20 dlrs vs 1.05 dlrs``, ``Pay March 31``): menus and
    footers recur with lines that recur too, not with new figures.
    """
    others = []
    for i, line in enumerate(lines):
        if line.dropped or not recurring.recurs(line.text):
            continue
        if _continued(lines, i) or _labels_figures(lines, i, recurring):
            continue
        if line.words <= LABEL_WORDS and not line.terminal:
            line.rule = RULE
        else:
            others.append(line)
    return others


def _continued(lines: list[Line], i: int) -> bool:
    """The line's sentence goes on in the next line of its paragraph (lower case)."""
    if lines[i].terminal or i + 1 >= len(lines):
        return False
    below = lines[i + 1]
    return not below.blank_before and below.text[:1].islower()


def _labels_figures(lines: list[Line], i: int, recurring: RecurringLines) -> bool:
    """A line of figures (no sentence, not recurring) stands next to it in its paragraph."""
    for j in (i - 1, i + 1):
        if not 0 <= j < len(lines):
            continue
        near = lines[j]
        same_paragraph = not (lines[i] if j < i else near).blank_before
        if (same_paragraph and not near.dropped and not near.sentence
                and _FIGURE.search(near.text) and not recurring.recurs(near.text)):
            return True
    return False
