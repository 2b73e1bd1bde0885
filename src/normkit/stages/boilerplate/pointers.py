"""Titles of other stories right under a bare pointer label inside an article.

Scraped pages flatten a "related story" box into a label line and the linked
titles below it, in the same block (no blank line between)::

    Leggi anche
    Ucraina, attacco russo su Kharkiv: colpito un ospedale pediatrico

The label goes by a pack rule marked ``titles_below: true`` (the web packs'
``read-more`` and ``related-header``); the titles are no sentences, but short lines
are no reason to drop text on their own. Under a bare label (the label alone, no
title after a colon) up to :data:`MAX_TITLES`
lines in the same block go if they read as titles: at most :data:`MAX_WORDS`
words and no sentence ending other than a question mark. The first line that
reads as a sentence, or a blank line, ends the box.

>>> from normkit.stages.boilerplate.lines import split_lines
>>> lines = split_lines("Talks went on.\\nRead more\\nKyiv braces for winter\\n"
...                     "The talks went on until late at night.\\n", "en")
>>> lines[1].rule = "web/read-more"
>>> mark_pointer_titles(lines, labels={"web/read-more"})
>>> [line.rule for line in lines]
[None, 'web/read-more', 'structure/pointer-title', None]
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from normkit.stages.boilerplate.lines import Line

RULE = "structure/pointer-title"
MAX_LABEL_WORDS = 5  # "También te puede interesar": a label alone, no title after it
MAX_TITLES = 3
MAX_WORDS = 20
_TITLE_AFTER_LABEL = re.compile(r"[:|»›>–—-]\s*\w")


def _bare_label(line: Line, labels: Collection[str]) -> bool:
    return (line.rule in labels and line.words <= MAX_LABEL_WORDS
            and not _TITLE_AFTER_LABEL.search(line.text))


def _title(line: Line) -> bool:
    """A story title: not dropped yet, in the label's block, short, no sentence ending."""
    return (not line.dropped and not line.blank_before and 0 < line.words <= MAX_WORDS
            and (not line.terminal or line.text.endswith("?")))


def mark_pointer_titles(lines: Sequence[Line], labels: Collection[str]) -> None:
    """Mark the titles under each bare label dropped by one of the rules ``labels``."""
    if not labels:
        return
    for i, line in enumerate(lines):
        if not _bare_label(line, labels):
            continue
        for below in lines[i + 1 : i + 1 + MAX_TITLES]:
            if not _title(below):
                break
            below.rule = RULE
