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

from normkit.corpus import RULE, RecurringLines
from normkit.stages.boilerplate.lines import Line

LABEL_WORDS = 4  # a recurring line this short, and no sentence, is a label wherever it is


def mark_recurring(lines: list[Line], recurring: RecurringLines) -> list[Line]:
    """Drop recurring labels (a few words, no sentence); return the other recurring lines.

    Those go only outside the article body: syndicated stories share headlines,
    subheadings and sentences, and a stock sentence recurs in many articles.
    """
    others = []
    for line in lines:
        if line.dropped or not recurring.recurs(line.text):
            continue
        if line.words <= LABEL_WORDS and not line.terminal:
            line.rule = RULE
        else:
            others.append(line)
    return others
