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

A list of cards of other stories under such a label (``More from Politics``) holds
sentences, not titles: each card's time stamp is glued to the next card's text, which
a rule marked ``card: true`` drops (``4 hours agoLONDON (AP) - ...``). The lines of the
label's block down to the last card go then, the first card (with no stamp in front)
too: each is a card's text above the next card.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from itertools import pairwise

from normkit.stages.boilerplate.lines import Line

RULE = "structure/pointer-title"
MAX_LABEL_WORDS = 5  # "También te puede interesar": a label alone, no title after it
MAX_TITLES = 3
MAX_WORDS = 20
MAX_CARDS = 12  # lines of a teaser list under its label
_TITLE_AFTER_LABEL = re.compile(r"[:|»›>–—-]\s*\w")


def _bare_label(line: Line, labels: Collection[str]) -> bool:
    return (line.rule in labels and line.words <= MAX_LABEL_WORDS
            and not _TITLE_AFTER_LABEL.search(line.text))


def _title(line: Line) -> bool:
    """A story title: not dropped yet, in the label's block, short, no sentence ending."""
    return (not line.dropped and not line.blank_before and 0 < line.words <= MAX_WORDS
            and (not line.terminal or line.text.endswith("?")))


def _mark_cards(lines: Sequence[Line], i: int, cards: Collection[str]) -> bool:
    """Under the bare label ``lines[i]``, mark each line of its block that stands right
    above a card (a line a rule of ``cards`` drops), down to the last card; False if no
    card follows the label that way.

    >>> from normkit.stages.boilerplate.lines import split_lines
    >>> lines = split_lines("Talks went on, the minister said on Monday.\\n\\nMore from Politics\\n"
    ...                     "LONDON (AP) - The vote was delayed again, officials said.\\n"
    ...                     "2 hours agoPARIS (AP) - Farmers blocked roads on Monday.\\n", "en")
    >>> lines[1].rule, lines[3].rule = "web/related-header", "web/teaser-card"
    >>> _mark_cards(lines, 1, {"web/teaser-card"}), [line.rule for line in lines]
    (True, [None, 'web/related-header', 'structure/pointer-title', 'web/teaser-card'])
    """
    block = []
    for below in lines[i + 1 : i + 1 + MAX_CARDS]:
        if below.blank_before:
            break
        block.append(below)
    marked = []
    for above, below in pairwise(block):
        if above.rule in cards:
            continue
        if above.dropped or below.rule not in cards:
            break
        marked.append(above)
    if not marked and not (block and block[0].rule in cards):
        return False
    for line in marked:
        line.rule = RULE
    return True


def mark_pointer_titles(lines: Sequence[Line], labels: Collection[str],
                        cards: Collection[str] = ()) -> None:
    """Mark the titles under each bare label dropped by one of the rules ``labels``, or
    the cards of other stories under it (:func:`_mark_cards`; ``cards``: rules that drop
    a card with its time stamp glued on)."""
    if not labels:
        return
    for i, line in enumerate(lines):
        if not _bare_label(line, labels):
            continue
        if cards and _mark_cards(lines, i, cards):
            continue
        for below in lines[i + 1 : i + 1 + MAX_TITLES]:
            if not _title(below):
                break
            below.rule = RULE
