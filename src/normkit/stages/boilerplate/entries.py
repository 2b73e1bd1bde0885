"""A live blog's or a gallery's entries, each under a date or time stamp like the article's.

A live blog stamps each entry with a date or a time on a line of its own (``March 22,
2022``, ``8:33 a.m. ET, March 22, 2022``), and a photo gallery may head each caption
with its date and agency (``26 février 2022`` / ``AFP``). The rules drop the stamps,
and a dropped date line is page furniture: where the densest run of prose stops at
one, the blog's other entries would go as the page's head or tail.

Related-story cards below an article carry dates too, but under a date a card shows a
short title, not prose. So the article reaches over a stamp next to it only when the
stamps repeat, and the entry under the stamp opens with a sentence (no question: a
card's title may ask one). The stamp must have the shape (numbers and words alike:
``March 23, 2022`` and ``April 2, 2021``) of

- a stamp inside the article, between entries it already spans: then the entry may
  open with a heading or two (``10:30 a.m. Brussels wants ...``), and a heading may
  stand above the stamp too;
- the stamp that heads the article, right above its first line: the stamp must then
  follow the article's last sentence at once, and a sentence must follow the stamp;
- or, below the article, of :data:`SERIES` stamps in a row that each follow the last
  entry's last sentence at once, each with a sentence right under it (a gallery's
  dates over their captions).

The article reaches down to the entry's last sentence (up to its first line under the
stamp when it grows upwards), then tries the next stamp.

>>> from normkit.stages.boilerplate.lines import split_lines
>>> text = ("March 23, 2022\\n"
...         "The talks went on in the capital until late on Monday night, officials said.\\n"
...         "March 22, 2022\\n"
...         "The delegations met again in the morning.\\n"
...         "March 21, 2022\\nA title of another story\\n")
>>> lines = split_lines(text, "en")
>>> for i in (0, 2, 4):
...     lines[i].rule = "web/dateline-stamp"
>>> extend_entries(lines, 1, 2)
(1, 4)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from normkit.stages.boilerplate.lines import Line
from normkit.stages.boilerplate.region import (
    CHEAP,
    Roles,
    _headline_shaped,
    furniture,
    prose,
    role,
)

STAMP_WORDS = 10  # a stamp is a short line: a date, a time, a label, an agency
LEAD_IN = 2  # lines between the article's edge and the next stamp (an entry's heading)
CREDITS = 2  # lines right under a stamp that go with it (``AFP``, a byline)
CREDIT_WORDS = 2  # a credit line that a rule has not dropped (yet): ``AFP``, ``Getty Images``
HEADINGS = 2  # lines above an entry's first sentence, under a stamp seen inside the article
SERIES = 3  # entries in a row, each a sentence right under its stamp: a gallery's captions
ENTRY_HEADINGS = 2  # headings inside the article over a paragraph each: a blog's entries
GAP = 2  # lines an inline rule dropped between an entry's last sentence and the next heading
_DATE_OR_TIME = re.compile(r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}[:.h]\d\d\b")
_FIGURE = re.compile(r"\d")
_TOKEN = re.compile(r"\d+|[^\W\d_]+|[^\w\s]")
_CLOSERS = "\"'”’»)]"


def shape(text: str) -> str:
    """A stamp's shape: its numbers as ``0``, its words as ``a``, its marks as they are.

    >>> shape("March 23, 2022") == shape("April 2, 2021"), shape("8:33 a.m. ET, March 22, 2022")
    (True, '0 : 0 a . a . a , a 0 , 0')
    """
    return " ".join("0" if t[0].isdigit() else "a" if t[0].isalpha() else t
                    for t in _TOKEN.findall(text))


def stamp_shape(line: Line) -> str | None:
    """The shape of a line a rule dropped that holds a date or a time, else None.

    >>> from normkit.stages.boilerplate.lines import split_lines
    >>> stamp, other = split_lines("24 février 2022\\nPartager\\n", "fr")
    >>> stamp.rule = other.rule = "web/x"
    >>> stamp_shape(stamp), stamp_shape(other)
    ('0 a 0', None)
    """
    if (not line.dropped or line.rule.startswith("structure/") or line.words > STAMP_WORDS
            or not _DATE_OR_TIME.search(line.text)):
        return None
    return shape(line.text)


def _sentence(line: Line) -> bool:
    """A sentence of four words or more that stays, and no question (a card's title)."""
    return (not line.dropped and line.terminal and not line.truncated and line.words >= 4
            and not line.text.rstrip(_CLOSERS).endswith("?"))


def _credit(line: Line) -> bool:
    """A short credit line under a stamp: an agency or a photographer (``AFP``, ``Jane Roe``).

    >>> from normkit.stages.boilerplate.lines import split_lines
    >>> [_credit(line) for line in split_lines("AFP\\nGetty Images\\nTalks end.\\nDay 3", "en")]
    [True, True, False, False]
    """
    return (not line.dropped and line.words <= CREDIT_WORDS and not line.terminal
            and _FIGURE.search(line.text) is None)


class _Entries:
    """The stamps of a text and the entries under them."""

    def __init__(self, lines: Sequence[Line], roles: Roles):
        self.lines = lines
        self.roles = roles
        self.marks = furniture(lines, roles)
        self.shapes = [stamp_shape(line) for line in lines]

    def _ad(self, i: int) -> bool:
        line = self.lines[i]
        return self.shapes[i] is None and line.dropped and role(line, self.roles) in CHEAP

    def stamp_below(self, end: int, lead_in: int) -> int | None:
        """The stamp below ``end``, with at most ``lead_in`` lines of text (an entry's
        heading) and any ads between, if any."""
        i, text = end, 0
        while i < len(self.lines) and self.shapes[i] is None:
            if self._ad(i):
                i += 1
            elif not self.lines[i].dropped and text < lead_in:
                i, text = i + 1, text + 1
            else:
                return None
        return i if i < len(self.lines) else None

    def stamp_above(self, start: int) -> int | None:
        """The stamp right above ``start``, its credits (dropped lines) between."""
        i = start - 1
        while i >= 0 and start - i <= CREDITS and self.shapes[i] is None and self.lines[i].dropped:
            i -= 1
        return i if i >= 0 and self.shapes[i] is not None else None

    def previous_stamp(self, stamp: int) -> int | None:
        """The nearest stamp above ``stamp`` with no other furniture between."""
        for i in range(stamp - 1, -1, -1):
            if self.shapes[i] is not None:
                return i
            if self.marks[i]:
                return None
        return None

    def entry(self, stamp: int, headings: int) -> tuple[int, int] | None:
        """``(first, last)`` sentence of the entry under ``stamp`` (down to the next piece of
        furniture), if a sentence opens it after at most ``headings`` lines; else None."""
        lines = self.lines
        i = stamp + 1
        while i < len(lines) and i - stamp <= CREDITS and (lines[i].dropped or _credit(lines[i])):
            i += 1  # ``AFP`` under a gallery's date, dropped or left to the tail rules
        while i < len(lines) and lines[i].dropped and not self.marks[i]:  # ads, inline credits
            i += 1
        first = None
        for k in range(i, min(i + headings + 1, len(lines))):
            if self.marks[k]:
                break
            if _sentence(lines[k]):
                first = k
                break
        if first is None:
            return None
        last = first
        for k in range(first + 1, len(lines)):
            if self.marks[k]:
                break
            if _sentence(lines[k]):
                last = k
        return first, last

    def series(self, stamp: int) -> int:
        """How many entries in a row, from ``stamp`` down, open with a sentence right under
        a stamp of its shape that follows the last one's last sentence."""
        count, kind = 0, self.shapes[stamp]
        while stamp is not None and self.shapes[stamp] == kind:
            found = self.entry(stamp, 0)
            if found is None:
                break
            count += 1
            stamp = self.stamp_below(found[1] + 1, 0)
        return count


def extend_entries(lines: Sequence[Line], start: int, end: int,
                   roles: Roles = {}) -> tuple[int, int]:  # noqa: B006 - read only
    """Widen the article ``[start, end)`` over the entries around it stamped like its own."""
    near = range(max(start - 1 - CREDITS, 0), min(end + 1 + LEAD_IN, len(lines)))
    if start == end or all(stamp_shape(lines[i]) is None for i in near):
        return start, end
    entries = _Entries(lines, roles)
    inside = {entries.shapes[i] for i in range(start, end)} - {None}
    top = entries.stamp_above(start)
    heads = {entries.shapes[top]} if top is not None else set()
    while (stamp := entries.stamp_below(end, LEAD_IN if inside else 0)) is not None:
        kind = entries.shapes[stamp]
        if kind in inside:
            found = entries.entry(stamp, HEADINGS)
        elif entries.stamp_below(end, 0) == stamp:
            found = entries.entry(stamp, 0)
            if kind not in heads and entries.series(stamp) < SERIES:
                found = None
        else:
            found = None
        if found is None:
            break
        end = found[1] + 1
        inside.add(kind)
    while top is not None:
        above = entries.previous_stamp(top)
        if above is None:
            break
        kind = entries.shapes[above]
        found = None
        if kind in inside:
            found = entries.entry(above, HEADINGS)
        elif kind in heads:
            found = entries.entry(above, 0)
            if found is not None and any(not lines[k].dropped for k in range(found[1] + 1, top)):
                found = None
        if found is None or found[1] >= top:
            break
        start = next(k for k in range(above + 1, found[0] + 1) if not lines[k].dropped)
        top = above
    return start, end


def entry_headings(lines: Sequence[Line], start: int, end: int,
                   roles: Roles = {}) -> list[int]:  # noqa: B006 - read only
    """The headings of a live blog's entries inside the article ``[start, end)``.

    A live blog without stamps in its text (its times in the markup) opens each entry
    with a heading: a headline-shaped line between the last entry's sentence (an ad or
    a ``Share`` button that an inline rule dropped may stand between) and a paragraph
    of prose. :data:`ENTRY_HEADINGS` of them or more make the article a run of entries;
    fewer are an article's subheadings, and the list is empty.

    >>> from normkit.stages.boilerplate.lines import split_lines
    >>> text = ("Talks went on late into the night in the capital, officials said.\\n"
    ...         "Power cut in the east of the country\\n"
    ...         "The grid operator said power would be cut for several hours a day.\\n"
    ...         "School hit in the city overnight\\n"
    ...         "A school was hit overnight, but nobody was hurt, the mayor said.\\n")
    >>> entry_headings(split_lines(text, "en"), 0, 5)
    [1, 3]
    """
    found = []
    for i in range(start + 1, end - 1):
        if not _headline_shaped(lines[i]) or not _over_prose(lines, i):
            continue
        j = i - 1
        while j > start and i - j <= GAP and lines[j].dropped and role(lines[j], roles) in CHEAP:
            j -= 1
        if _sentence(lines[j]):
            found.append(i)
    return found if len(found) >= ENTRY_HEADINGS else []


def _over_prose(lines: Sequence[Line], i: int) -> bool:
    """True if a paragraph of prose that stays is right under ``lines[i]``."""
    return i + 1 < len(lines) and not lines[i + 1].dropped and prose(lines[i + 1])


def first_entry_heading(lines: Sequence[Line], start: int, end: int, keys: Sequence[str],
                        roles: Roles = {},  # noqa: B006 - read only
                        live: bool = False) -> int:
    """``start``, or the line right above it if that heads a live blog's first entry.

    A live blog may open each entry with its heading (:func:`entry_headings`), and list
    those headings at the top (``Key events``). Where the page shows that it is a live
    blog (``live``: a rule marked ``live_blog`` dropped a line of it), or where
    :data:`ENTRY_HEADINGS` or more of the article's headings are listed above it (lines
    of the same ``keys``), the headline-shaped line right above its first paragraph is
    the first entry's heading, not a line of the page's head: the article starts there.
    (An article's subheadings are listed nowhere above it, and the line above its first
    paragraph may be its byline or its tags.)

    >>> from normkit.stages.boilerplate.duplicates import key
    >>> from normkit.stages.boilerplate.lines import split_lines
    >>> text = ("Home\\nKey events\\nPower cut in the east of the country\\n"
    ...         "School hit in the city overnight\\nAid agency warns of hunger in cities\\n"
    ...         "The agency said it could not reach the port cities, where food ran out.\\n"
    ...         "Power cut in the east of the country\\n"
    ...         "The grid operator said power would be cut for several hours a day.\\n"
    ...         "School hit in the city overnight\\n"
    ...         "A school was hit overnight, but nobody was hurt, the mayor said.\\n")
    >>> lines = split_lines(text, "en")
    >>> first_entry_heading(lines, 5, 10, [key(line.text) for line in lines])
    4
    """
    heading = start - 1
    if heading < 0 or not _headline_shaped(lines[heading]) or not _over_prose(lines, heading):
        return start
    headings = entry_headings(lines, start, end, roles)
    if len(headings) < ENTRY_HEADINGS:
        return start
    above = set(keys[:heading])
    listed = sum(keys[i] in above for i in headings) >= ENTRY_HEADINGS
    if not (live or listed) or furniture(lines, roles)[heading]:
        return start
    return heading
