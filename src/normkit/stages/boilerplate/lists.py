"""Lists that belong to the article: tour dates, ingredients, standings, numbered picks.

Items of a list are rarely sentences, so the prose-density region leaves them out.
A run of at least :data:`MIN_ITEMS` lines of one shape that touches the article
(directly, or under a short heading such as ``Tour dates:``) is taken in. Lines of
one shape: all numbered or bulleted, or all sharing a separator (``:``, `` – ``,
`` @ ``, ``,``, ``(``). Menus do not qualify: their items are one to three words
without separators. After a line that ends in a colon, items written as clauses
(long, dense in function words, not in title case) are a list too.

>>> from normkit.stages.boilerplate.lines import split_lines
>>> text = ("The band announced the tour on Monday, and tickets go on sale on Friday.\\n"
...         "Tour dates:\\nJune 9 – Tampa, FL @ Amphitheatre\\n"
...         "June 10 – Nashville, TN @ Arena\\nJune 14 – Denver, CO @ Center\\nHome\\n")
>>> extend_lists(split_lines(text, "en"), 0, 1)
(0, 5)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from normkit.stages.boilerplate.lines import Line

MIN_ITEMS = 3
CLAUSE_WORDS = 6  # an item written as a clause: at least this many words ...
CLAUSE_SHARE = 0.2  # ... and this share of function words (prose has as many)
HEADING_WORDS = 8
_ENUMERATED = re.compile(r"^(?:\d|[-*•·–—]\s|\(?[a-z0-9]{1,2}[.)]\s)")
_URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$")
_SEPARATORS = (":", " – ", " — ", " -- ", " @ ", ",", "(")


def _shape(line: Line) -> tuple[bool, frozenset[str]] | None:
    if line.dropped or line.words < 2 or line.truncated:
        return None
    return bool(_ENUMERATED.match(line.text)), frozenset(s for s in _SEPARATORS if s in line.text)


def list_length(lines: Sequence[Line], i: int, step: int) -> int:
    """How many lines from ``i`` on (going ``step``) are items of one list.

    A bare link between items (``http://amzn.to/...``) counts as part of the list.
    """
    count, enumerated, common = 0, None, frozenset()
    while 0 <= i < len(lines):
        line = lines[i]
        if not line.dropped and _URL_LINE.match(line.text):
            count, i = count + 1, i + step
            continue
        shape = _shape(line)
        if shape is None:
            break
        if enumerated is None:
            enumerated, common = shape
        elif enumerated != shape[0] or (not enumerated and not common & shape[1]):
            break
        elif not enumerated:
            common &= shape[1]
        if not enumerated and not common:
            break
        count, i = count + 1, i + step
    return count


def clause_items(lines: Sequence[Line], i: int) -> int:
    """How many lines from ``i`` on are items written as clauses, after a line ending in ":".

    ``Features:`` then ``Dozens of tricky questions that help you know each other``:
    each item is long and dense in function words like prose, but ends without a mark.
    Titles of other stories are in title case, menus and tags too short.
    """
    if i == 0 or lines[i - 1].dropped or not lines[i - 1].text.endswith(":"):
        return 0
    count = 0
    while i + count < len(lines) and _clause(lines[i + count]):
        count += 1
    return count


def _clause(line: Line) -> bool:
    return (not line.dropped and not line.truncated and line.words >= CLAUSE_WORDS
            and line.stop_share >= CLAUSE_SHARE and line.title_share < 0.5)


def _heading(line: Line) -> bool:
    return (not line.dropped or line.rule == "structure/byline") and line.words <= HEADING_WORDS


def extend_lists(lines: Sequence[Line], start: int, end: int) -> tuple[int, int]:
    """Widen the article ``[start, end)`` over lists that touch it (and prose after them)."""
    if start == end:
        return start, end
    while end < len(lines):
        skip = 1 if _heading(lines[end]) and list_length(lines, end, 1) < MIN_ITEMS else 0
        count = max(list_length(lines, end + skip, 1), clause_items(lines, end + skip))
        if count < MIN_ITEMS:
            break
        end += skip + count
        while end < len(lines) and _prose_like(lines[end]):
            end += 1
    while start > 0:
        count = list_length(lines, start - 1, -1)
        if count < MIN_ITEMS:
            break
        start -= count
        if start > 0 and _heading(lines[start - 1]):
            start -= 1
        while start > 0 and _prose_like(lines[start - 1]):
            start -= 1
    return start, end


def _prose_like(line: Line) -> bool:
    return not line.dropped and line.sentence
