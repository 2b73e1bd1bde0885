"""Blocks inside an article that are not prose: tables, short lists, captions, subheads.

The prose-density region ends at the article's last run of prose; a table, a short
list, a photo caption or a subhead between two paragraphs costs more than a short
last paragraph brings, so the region can stop before them. Such a block belongs to
the article when article text comes after it: a sentence, or (for a list or a table,
which may close an article) clear page furniture or the end of the text. A bridge
is a run of such blocks; :func:`bridge_blocks` widens the article over each bridge
that a sentence (or, after a list or a table, the page's furniture) closes.

What a bridge may hold, each part in its own shape:

- a line a rule of role ``inline`` dropped (a photo caption, an ad);
- a table: two rows or more with the same number of cells (split by tabs or `` | ``,
  or a Markdown table's bars), with figures in its rows and a header or a label column;
- a short list: two numbered or bulleted items or more, under the article's last
  line or under a short heading that ends in a colon;
- a subhead: one short line that is no sentence, followed at once by a sentence.

Teaser cards of other stories (a title, then a sentence) look like a subhead and a
paragraph: a title in title case is no subhead unless it has at most
:data:`SHORT_TITLE` words and running prose follows (``Conference Call``, ``Key
Findings``: a story's title is longer), and a bridge of a subhead alone may not follow
another (a second card after the first).

>>> from normkit.stages.boilerplate.lines import split_lines
>>> text = ("Ukraine's air force said it shot down 40 of 47 drones launched overnight.\\n"
...         "Region\\tDrones\\tDowned\\nKyiv\\t12\\t11\\nOdesa\\t20\\t17\\n"
...         "The vote is expected next week, two aides said.\\n")
>>> bridge_blocks(split_lines(text, "en"), 0, 1)
(0, 5)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from normkit.stages.boilerplate.lines import Line
from normkit.stages.boilerplate.region import CHEAP, Roles, prose, role

MIN_ROWS = 2  # a table has at least this many rows (a header and a row)
MIN_ITEMS = 2  # a short list has at least this many items
SUBHEAD_WORDS = 12  # a subhead is at most this long
TITLE_CASE = 0.5  # a line with this share of capitalised words is a title, not a subhead
SHORT_TITLE = 3  # ... unless it is this short: a section's name, not a story's title
# tabs, a bar, or a gap of two spaces or more (columns aligned by spaces, as HTML-to-text
# tools lay tables out); a run of spaces is tried once: linear
_CELLS = re.compile(r"\t+|(?<!\s)\s+\|\s+|(?<=\S) {2,}(?=\S)")
_FIGURE = re.compile(r"\d")
MIN_BARRED_ROWS = 2  # a table of rows of unequal width has at least this many rows
# a cell that is a figure: 4,293 (789 12.5% -0.3 $1.42 2020 (an amount, a share, a change),
# three characters or more: a page number (``1 | 2 | Next``) is none
_NUMBER_CELL = re.compile(r"^[-+−–$€£¥(]*\s?\d[\d.,]*\s?[%)]?$")
_ITEM = re.compile(r"^(?:[-*•·–—]\s|\d{1,2}[.)]\s|\(?[a-z]\)\s)")


def row_cells(text: str) -> list[str]:
    """The cells of a table row; a Markdown row (``| Kyiv | 12 |``, and the rule under
    its header, ``|---|---:|``) is split at its inner bars.

    >>> row_cells("| Kyiv | 12 |"), row_cells("|------|:--:|"), row_cells("Kyiv | 12")
    ([' Kyiv ', ' 12 '], ['------', ':--:'], ['Kyiv', '12'])
    """
    if len(text) > 2 and text[0] == "|" and text[-1] == "|":
        return text[1:-1].split("|")
    return _CELLS.split(text)


def cells(text: str) -> int:
    """How many cells a table row has (1: no table row).

    >>> cells("Kyiv\\t12\\t11"), cells("Kyiv | 12 | 11"), cells("Home and away")
    (3, 3, 1)
    >>> cells("| City | Population |"), cells("|------|-----------|")
    (2, 2)
    >>> cells("Dow Jones    46,921.13  -112.40"), cells("Talks went on.  They ended.")
    (3, 2)
    """
    if "\t" not in text and "|" not in text and "  " not in text:  # no cell separator
        return 1
    return len(row_cells(text))


def table_rows(lines: Sequence[Line], i: int) -> int:
    """How many lines from ``i`` on are rows of one table (0 if none).

    Rows share their number of cells, the rows below the first hold figures, and some
    cell holds none (a header or a label column: ``2019 | 2020 | 2021`` is a menu).
    A table that HTML-to-text tools print with its merged and empty cells as bars
    (``Sales | $ | 4,293 | $ | 10,126 | ||||``) has rows of unequal width:
    :func:`_barred_rows` reads those. To ask for many lines, use :class:`Tables`.
    """
    return Tables(lines[i:]).rows(0)


class Tables:
    """:func:`table_rows` for every line of ``lines``, each answer read off sums made in
    one pass: a run of thousands of lines of the same width (a log, a repeated menu)
    is read once, not once for each of its lines.

    The lines must not change (be dropped) while it is in use.

    >>> from normkit.stages.boilerplate.lines import split_lines
    >>> text = "Intro line\\nRegion\\tDrones\\nKyiv\\t12\\nOdesa\\t20\\nA sentence."
    >>> tables = Tables(split_lines(text, "en"))
    >>> [tables.rows(i) for i in range(5)]
    [0, 3, 2, 0, 0]
    """

    def __init__(self, lines: Sequence[Line]):
        size = len(lines)
        texts = [line.text for line in lines]
        self._width = width = [cells(text) for text in texts]
        if max(width, default=1) < 2:  # no line is a row: rows() answers 0 from the widths
            return
        # where the run of lines of the same width as line i ends
        self._same_end = same_end = [size] * size
        for i in range(size - 2, -1, -1):
            same_end[i] = same_end[i + 1] if width[i + 1] == width[i] else i + 1
        self._figures = _sums(bool(_FIGURE.search(text)) for text in texts)
        self._all_figures = _sums(
            w >= 2 and all(_FIGURE.search(cell) for cell in row_cells(text))
            for text, w in zip(texts, width, strict=True))
        # rows split by bars, of any width: where their run ends, which hold figures
        barred = [_barred_row(line) for line in lines]
        self._barred_end = barred_end = [size] * (size + 1)
        for i in range(size - 1, -1, -1):
            barred_end[i] = barred_end[i + 1] if barred[i] is not None else i
        self._numbered = _sums(row is not None and row[0] for row in barred)
        self._labelled = _sums(row is not None and row[1] for row in barred)
        self._bars = ["|" in text for text in texts]

    def rows(self, i: int) -> int:
        """How many lines from ``i`` on are rows of one table (0 if none)."""
        width = self._width[i]
        if width < 2:
            return 0
        if self._bars[i]:
            count = self._barred_end[i] - i
            numbered = self._numbered[i + count] - self._numbered[i]
            labelled = self._labelled[i + count] > self._labelled[i]
            if count >= MIN_BARRED_ROWS and numbered * 2 >= count and labelled:
                return count
        count = self._same_end[i] - i
        figures = self._figures[i + count] - self._figures[i + 1]
        if count < MIN_ROWS or figures * 2 < count - 1:
            return 0
        if self._all_figures[i + count] - self._all_figures[i] == count:
            return 0
        return count


def _sums(flags) -> list[int]:
    """Running sums of ``flags``: ``sums[j] - sums[i]`` counts the true ones in ``[i, j)``."""
    sums = [0]
    for flag in flags:
        sums.append(sums[-1] + bool(flag))
    return sums


def _barred_row(line: Line) -> tuple[bool, bool] | None:
    """For a row of a table split by `` | ``: whether a cell is a figure and whether one is
    not (a label); None for a line that is no such row."""
    text = line.text
    if " |" not in text or line.dropped:
        return None
    parts = [part.strip() for part in row_cells(text)]
    parts = [part for part in parts if part.strip("|")]
    if not parts:
        return None
    numbers = sum(len(part) >= 3 and _NUMBER_CELL.match(part) is not None for part in parts)
    return numbers > 0, numbers < len(parts)


def _barred_rows(lines: Sequence[Line], i: int) -> int:
    """Rows of a table whose cells are split by `` | `` from ``i`` on, of any width (0 if none).

    At least :data:`MIN_BARRED_ROWS` lines in a row with two cells or more split by bars,
    half of them or more with a cell that is a figure (``4,293``, ``(2.17``, ``12%``), and
    a cell that is none (a label). A run of headlines with their ages
    (``Talks resume | 3 hours ago``) or a pager (``1 | 2 | Next``) has no figure cell.

    >>> from normkit.stages.boilerplate.lines import split_lines
    >>> rows = "Sales | $ | 4,293 | $ | 10,126 | |||\\nNet income | $ | (647 | ) | $ | 452 | |||"
    >>> _barred_rows(split_lines(rows, "en"), 0)
    2
    >>> _barred_rows(split_lines("Home | News | 1 | 2\\nSport | Video | 3 | Next", "en"), 0)
    0
    """
    count = numbered = 0
    labelled = False
    while i + count < len(lines):
        row = _barred_row(lines[i + count])
        if row is None:
            break
        count += 1
        numbered += row[0]
        labelled = labelled or row[1]
    if count < MIN_BARRED_ROWS or numbered * 2 < count or not labelled:
        return 0
    return count


def _items(lines: Sequence[Line], i: int) -> int:
    count = 0
    while (i + count < len(lines) and not lines[i + count].dropped
           and _ITEM.match(lines[i + count].text)):
        count += 1
    return count if count >= MIN_ITEMS else 0


def _short_list(lines: Sequence[Line], i: int) -> int:
    """Lines of a short list from ``i`` on, with its heading (``Key facts:``), or 0."""
    if i == 0 or lines[i - 1].dropped:
        return 0
    heading = (not lines[i].dropped and lines[i].text.endswith(":")
               and lines[i].words <= SUBHEAD_WORDS)
    items = _items(lines, i + 1) if heading else _items(lines, i)
    return items + 1 if heading and items else items


def _subhead(line: Line, below: Line) -> bool:
    """A subhead over the line ``below`` (a sentence, already checked)."""
    return (not line.dropped and not line.terminal and not line.truncated
            and 2 <= line.words <= SUBHEAD_WORDS
            and (line.title_share < TITLE_CASE or (line.words <= SHORT_TITLE and prose(below))))


def _table_title(lines: Sequence[Line], i: int, tables: Tables) -> bool:
    """A short heading right above a table (``MARKETS AT A GLANCE``)."""
    line = lines[i]
    return (not line.dropped and not line.terminal and line.words <= SUBHEAD_WORDS
            and i + 1 < len(lines) and tables.rows(i + 1) > 0)


def _sentence(line: Line) -> bool:
    """A sentence of four words or more, or a line that closes a story (``($1 = 0.87 euros)``)."""
    return not line.dropped and ((line.terminal and line.words >= 4) or line.closing)


def _clear_furniture(line: Line, roles: Roles) -> bool:
    return (line.dropped and role(line, roles) in ("page", "ending")
            and line.rule != "structure/duplicate")


def bridge_blocks(lines: Sequence[Line], start: int, end: int,
                  roles: Roles = {}) -> tuple[int, int]:  # noqa: B006 - read only
    """Widen the article's end over bridges of non-prose blocks that article text closes."""
    if start == end:
        return start, end
    after_card = False  # the last bridge was a subhead alone, as a teaser card's title is
    tables = Tables(lines)
    while end < len(lines):
        i, block = end, False
        while i < len(lines):
            size = tables.rows(i) or _short_list(lines, i)
            if lines[i].dropped and role(lines[i], roles) in CHEAP:
                i += 1
            elif not size and _table_title(lines, i, tables):
                i, block = i + 1 + tables.rows(i + 1), True
            elif size:
                i, block = i + size, True
            else:
                break
        card = (not block and not after_card and i + 1 < len(lines)
                and _sentence(lines[i + 1]) and _subhead(lines[i], lines[i + 1]))
        if card:
            i += 1  # a subhead ends a bridge: the sentence under it follows at once
        if i == end:
            break
        if i < len(lines) and _sentence(lines[i]):
            end = i + 1
            while end < len(lines) and _sentence(lines[end]):
                end += 1
        elif block and (i == len(lines) or _clear_furniture(lines[i], roles)):
            end = i
        else:
            break
        after_card = card
    while end > start and lines[end - 1].dropped:  # an edge is text, not an ad
        end -= 1
    return start, end
