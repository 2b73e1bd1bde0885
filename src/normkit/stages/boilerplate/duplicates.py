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
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from normkit.matching import fold
from normkit.stages.boilerplate.entries import entry_headings
from normkit.stages.boilerplate.lines import Line
from normkit.stages.boilerplate.region import Roles, headline_sentence, prose, role, score

_KEY = re.compile(r"[\W_]+")
_SITE_SUFFIX = re.compile(r"(?<!\s)\s+(?:\||-|–|—|::|·|•)\s+[^|–—:·•]{2,40}$")
# where a page title's first part ends: ``Headline | Section| Site | 19.01.2020``
_TITLE_PART_END = re.compile(r"\s*\|\s*|\s+(?:-|–|—|::|·|•)\s+")
TITLE_SUFFIXES = 4  # the most site, section and date parts a page title adds to a headline
MIN_DUP_CHARS = 15
REFRAIN = 2  # copies inside the article that make a line its own refrain
_COLUMN_GAP = re.compile(r"\S {2,}(?=\S)|\t")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _table_row(text: str) -> bool:
    """A row of a table (columns apart by runs of spaces, or two numbers): rows repeat."""
    return len(_COLUMN_GAP.findall(text)) >= 2 or len(_NUMBER.findall(text)) >= 2


_ASCII_NON_WORD = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalnum()})


def key(text: str) -> str:
    """A line reduced to folded words, for comparing repeats.

    >>> key("Talks -- in KYIV_2024!"), key("Talks in Kyïv 2024")
    ('talks in kyiv 2024', 'talks in kyiv 2024')
    """
    if text.isascii():  # the same words, without a regular expression: a third of the time
        return " ".join(text.lower().translate(_ASCII_NON_WORD).split())
    return _KEY.sub(" ", fold(text)).strip()


def first_lead(lines: Sequence[Line], start: int, end: int, keys: list[str]) -> int:
    """The article's first line of prose in ``[start, end)`` (``start`` if none), a
    headline that asks or exclaims aside.

    A headline that is a sentence (:func:`headline_sentence`) reads as prose; when the
    text shows it again, it is the head's title, not the lead: the lead is the next
    line of prose that is not one of its copies.

    >>> from normkit.stages.boilerplate.lines import split_lines
    >>> text = ("Why did the council vote against the new bridge?\\n"
    ...         "The council rejected the plan for a second bridge on Monday night.\\n"
    ...         "Why did the council vote against the new bridge?\\n")
    >>> lines = split_lines(text, "en")
    >>> first_lead(lines, 0, 3, [key(line.text) for line in lines])
    1
    """
    first = next((i for i in range(start, end) if prose(lines[i])), None)
    if first is None:
        return start
    title = keys[first]
    if (not headline_sentence(lines[first]) or len(title) < MIN_DUP_CHARS
            or keys.count(title) < 2):
        return first
    return next((i for i in range(first + 1, end) if prose(lines[i]) and keys[i] != title),
                first)


def mark_duplicates(lines: Sequence[Line], head_end: int, page: bool = True,
                    body: range = range(0), keys: list[str] | None = None,
                    roles: Roles = {}) -> None:  # noqa: B006 - read only
    """Drop later copies of head lines (``index < head_end``) and leads the body repeats.

    ``head_end`` is the article's lead (its first line of prose): the head runs down to
    it. In a text that shows no page furniture (``page`` false) only the title, its
    first line, counts as a head line: tables and lists repeat rows. A line that
    the article ``body`` itself shows twice or more (a table's header row, a shop
    link under each product) is the article's refrain, not a repeated headline; the
    title's copies right under it (:func:`mark_repeated_headline`) are no refrain.
    Nor does a copy go that heads one of a live blog's entries in the body
    (:func:`~normkit.stages.boilerplate.entries.entry_headings`): the head's copy is
    the blog's list of key events, which goes with the head.

    The head is counted in the lines that stay, as the next cleaning counts it: when
    a head line goes (a copy of the title, a lead that the body repeats in full), the
    head reaches down to the next line, or the next lead, and that line is checked too.
    """
    keys = keys or [key(line.text) for line in lines]
    mark_repeated_headline(lines, keys)
    if page:
        mark_copies_in_a_row(lines, keys, roles)
    lead = _kept_lead(lines, head_end, body)
    # copies of a head line at the top, above the lead, are no refrain, even where the
    # body reaches up over them (a headline that asks: a sentence, it joins the body)
    refrains = Counter(keys[i] for i in body if i >= lead and not lines[i].dropped)
    end = lead if page else _second_kept(lines, lead)
    headings = frozenset(entry_headings(lines, body.start, body.stop, roles)) if body else None
    # a head line that goes here moves the head's end only in the lines that stay
    while (_mark_copies(lines, keys, end, refrains, headings)
           | _mark_repeated_leads(lines, keys, end)):
        lead = _kept_lead(lines, lead, body)
        later = lead if page else _second_kept(lines, lead)
        if later <= end:
            return
        end = later


def mark_repeated_headline(lines: Sequence[Line], keys: list[str]) -> None:
    """Drop the copies of the title (the first line that stays, if it is no sentence or
    a headline that asks or exclaims) shown again at the top, above the first sentence,
    when the text shows it nowhere below them.

    A page may show its headline two or three times before the article starts (the
    page title, the heading, a social-card caption). A copy of the title further down,
    below the first sentence (a chorus), makes it a refrain: all of them stay. A text
    without a sentence (a table, a list) has no top to tell apart.

    >>> from normkit.stages.boilerplate.lines import split_lines
    >>> text = "Talks resume in Kyiv\\n\\nTalks resume in Kyiv\\n\\nTalks resume in Kyiv\\n\\n"
    >>> lines = split_lines(text + "The talks went on for hours in the capital today.", "en")
    >>> mark_repeated_headline(lines, [key(line.text) for line in lines])
    >>> [line.rule for line in lines]
    [None, 'structure/duplicate', 'structure/duplicate', None]
    """
    first = next((line for line in lines if not line.dropped), None)
    if (first is None or (first.sentence and not headline_sentence(first))
            or len(keys[first.index]) < MIN_DUP_CHARS):
        return  # a text that opens with a sentence has no title above it
    title = keys[first.index]
    if keys.count(title) < 2 or _table_row(first.text):
        return
    kept = [line for line in lines if not line.dropped]
    lead = next((i for i, line in enumerate(kept)
                 if line.sentence and keys[line.index] != title), None)
    if lead is None:  # no sentence: a table, a list; nothing marks where the top ends
        return
    if any(keys[line.index] == title for line in kept[lead:]):
        return  # the text shows it again below the top: a refrain
    for line in kept[1:lead]:
        if keys[line.index] == title:
            line.rule = "structure/duplicate"


COPY_WORDS = 8  # a caption shown twice in a row: a sentence this long (a title, a chant stay)
TITLE_COPY_WORDS = 6  # a title shown twice in a row: no sentence, this long, no third copy
BETWEEN = 2  # lines an inline rule dropped between two copies in a row (the photo's credit)


def mark_copies_in_a_row(lines: Sequence[Line], keys: list[str],
                         roles: Roles = {}) -> None:  # noqa: B006 - read only
    """Drop a caption that the next line that stays shows again.

    A gallery prints a photo's caption twice (once as the image's alt text), perhaps
    with its credit between the copies or after the second: the copy goes. A copy is
    as long as a caption (a sentence of :data:`COPY_WORDS` words or more) or a title
    (:data:`TITLE_COPY_WORDS` words or more, mostly capitalised), no table row, and it
    repeats the line right above it (dropped lines between: a credit), or adds its credit
    to it. A title (a page's headline printed twice, as its heading and as its story's)
    counts when the text shows it just those two times, each copy a paragraph of its
    own. Short lines repeated in a row stay: a table's cells, a chant, a song's or a
    poem's refrain (its lines set one under the other).

    >>> from normkit.stages.boilerplate.lines import split_lines
    >>> caption = "Rescuers search the rubble of a house in the village on Monday."
    >>> lines = split_lines(f"{caption}\\n{caption} (Jane Roe/AP)\\nNo war!\\nNo war!", "en")
    >>> mark_copies_in_a_row(lines, [key(line.text) for line in lines])
    >>> [line.rule for line in lines]
    [None, 'structure/duplicate', None, None]
    >>> title = "Coalition sworn in seven months after the election"
    >>> lines = split_lines(f"{title}\\n\\n{title}\\n\\nThe king swore in the ministers.", "en")
    >>> mark_copies_in_a_row(lines, [key(line.text) for line in lines])
    >>> [line.rule for line in lines]
    [None, 'structure/duplicate', None]
    """
    previous: Line | None = None
    between = 0
    for line in lines:
        if line.dropped:  # a credit (role inline) between copies; other furniture parts them
            between += 1 if role(line, roles) == "inline" else BETWEEN + 1
            continue
        if (previous is not None and between <= BETWEEN
                and (_copy_sized(previous) or (_title_sized(previous) and line.blank_before
                                               and keys.count(keys[previous.index]) == 2))
                and _copy_of(previous, line, keys)
                and not _table_row(line.text)):
            line.rule = "structure/duplicate"
            between += 1
            continue
        previous, between = line, 0


def _copy_sized(line: Line) -> bool:
    """As long as a caption: a sentence of :data:`COPY_WORDS` words or more."""
    return line.terminal and line.words >= COPY_WORDS


def _title_sized(line: Line) -> bool:
    """As long as a title: no sentence, :data:`TITLE_COPY_WORDS` words or more."""
    return not line.terminal and not line.sentence and line.words >= TITLE_COPY_WORDS


_CREDIT = re.compile(r"\s*(?:\([^()]{1,60}\)|[|/©–—-]\s*[^|]{1,60}"
                     r"|(?i:photo|photograph|credit|image|foto|bild)\b[^|]{0,60})\.?")


def _copy_of(first: Line, later: Line, keys: list[str]) -> bool:
    """``later`` repeats ``first``, or adds its credit to it (``... on Monday. (Jane Roe/AP)``).

    >>> from normkit.stages.boilerplate.lines import split_lines
    >>> a, b, c = split_lines("The minister resigned on Monday after the vote.\\n"
    ...                       "The minister resigned on Monday after the vote. Photo: AP\\n"
    ...                       "The minister resigned on Monday after the vote, he said.", "en")
    >>> keys = [key(x.text) for x in (a, b, c)]
    >>> _copy_of(a, b, keys), _copy_of(a, c, keys)
    (True, False)
    """
    if keys[later.index] == keys[first.index]:
        return True
    return (later.text.startswith(first.text)
            and _CREDIT.fullmatch(later.text[len(first.text):]) is not None)


def may_repeat(keys: list[str]) -> bool:
    """True if :func:`mark_duplicates` may find a repeat among lines of these ``keys``:
    two lines alike, or a line that another goes on from. A page title
    (``Headline | Site``) goes on from its headline too.

    >>> may_repeat(["talks resume in kyiv", "talks went on", "talks resume in kyiv"])
    True
    >>> may_repeat(["talks resume in kyiv news", "home", "talks resume in kyiv"])
    True
    >>> may_repeat(["talks resume in kyiv", "talks resumed", "home"])
    False
    """
    ordered = sorted(keys)  # a key sorts right before the keys that go on from it
    for k, following in pairwise(ordered):
        if (k == following and len(k) >= MIN_DUP_CHARS) or following.startswith(k + " "):
            return True
    return False


def _kept_lead(lines: Sequence[Line], lead: int, body: range) -> int:
    """``lead`` if it stays, else the body's next line of prose that stays, else its next
    line that stays and speaks for the article (where a body without prose starts),
    else ``lead``."""
    if lead >= len(lines) or not lines[lead].dropped:
        return lead
    kept = [lines[i] for i in range(lead + 1, body.stop) if not lines[i].dropped]
    return next((line.index for line in kept if prose(line)),
                next((line.index for line in kept if score(line) > 0), lead))


def _second_kept(lines: Sequence[Line], lead: int) -> int:
    """``min(lead, 1)`` counted in the lines that stay: the lead if no line above it stays,
    else the second line that stays."""
    above = False
    for i in range(min(lead, len(lines))):
        if not lines[i].dropped:
            if above:
                return i
            above = True
    return lead


def _mark_copies(lines: Sequence[Line], keys: list[str], head_end: int,
                 refrains: Counter[str], keep: frozenset[int] | None = None) -> bool:
    """Later copies of the lines above ``head_end`` (but those at ``keep``), and page
    titles above their headline.

    True if a line down to ``head_end`` went.
    """
    if not head_end:
        return False
    first: dict[str, int] = {}
    went = False
    for line, k in zip(lines, keys, strict=True):
        if len(k) < MIN_DUP_CHARS:
            continue
        if k not in first:
            first[k] = line.index
        elif (not line.dropped and first[k] < head_end and not _table_row(line.text)
              and refrains[k] < REFRAIN and not (keep and line.index in keep)):
            line.rule = "structure/duplicate"
            went = went or line.index <= head_end
    return _mark_page_titles(lines, keys, first, head_end) or went


def _mark_repeated_leads(lines: Sequence[Line], keys: list[str], head_end: int) -> bool:
    """Head lines (down to ``head_end``) that a later line repeats in full, and goes on.

    True if one went.
    """
    went = False
    for line, k in zip(lines[: head_end + 1], keys, strict=False):
        if line.dropped or not line.sentence:
            continue
        for later, later_key in zip(lines[line.index + 1 :], keys[line.index + 1 :], strict=True):
            if not later.dropped and len(later_key) > len(k) and later_key.startswith(k + " "):
                line.rule = "structure/repeated-lead"
                went = True
                break
    return went


def title_stems(text: str) -> list[str]:
    """The headline a page title may hold: the title less one, two... of its site,
    section and date parts, and its first part alone. Empty if it has no such part.

    >>> title_stems("Talks resume in Kyiv | World| News from Europe and beyond | DW | 19.01.2020")
    ['Talks resume in Kyiv | World| News from Europe and beyond | DW', \
'Talks resume in Kyiv | World| News from Europe and beyond', 'Talks resume in Kyiv']
    >>> title_stems("Talks resume in Kyiv - BBC News"), title_stems("Talks resume in Kyiv")
    (['Talks resume in Kyiv'], [])
    """
    stems: list[str] = []
    bare = text
    for _ in range(TITLE_SUFFIXES):
        shorter = _SITE_SUFFIX.sub("", bare)
        if shorter == bare:
            break
        stems.append(bare := shorter)
    part = _TITLE_PART_END.split(text, maxsplit=1)[0]
    if part != text and part not in stems:
        stems.append(part)
    return stems


def _mark_page_titles(lines: Sequence[Line], keys: list[str], first: dict[str, int],
                      head_end: int) -> bool:
    """A page title (``Headline | Site``, ``Headline - Site``, ``Headline | Section |
    Site | Date``) above the headline itself.

    True if one went.
    """
    went = False
    for line in lines[:head_end]:
        if line.dropped:
            continue
        for bare in title_stems(line.text):
            k = key(bare)
            if len(k) >= MIN_DUP_CHARS and first.get(k, -1) > line.index:
                line.rule = "structure/duplicate"
                went = True
                break
    return went


def headline(lines: Sequence[Line], keys: list[str] | None = None) -> int | None:
    """Where the page's first line (its title: ``Headline | Site``) shows again as a headline.

    A scraped page opens with its ``<title>``; the article's own headline repeats it
    further down, and the article starts right after that. None if it does not repeat.

    >>> from normkit.stages.boilerplate.lines import split_lines
    >>> headline(split_lines("Talks resume in Kyiv | News\\nHome\\nTalks resume in Kyiv\\n", "en"))
    2
    """
    if len(lines) < 2:
        return None
    keys = keys or [key(line.text) for line in lines]
    for bare in title_stems(lines[0].text) or [lines[0].text]:
        title = key(bare)
        if len(title) < MIN_DUP_CHARS:
            continue
        found = next((i for i in range(1, len(lines)) if keys[i] == title), None)
        if found is not None:
            return found
    return None

