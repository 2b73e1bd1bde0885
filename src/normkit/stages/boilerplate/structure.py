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

from normkit.stages.boilerplate.bridges import Tables
from normkit.stages.boilerplate.lines import WORD_PATTERN, Line
from normkit.stages.boilerplate.stopwords import stopwords

_INITIAL_END = regex.compile(r"(?:\b\p{Lu}|\bJr|\bSr)\.$")
_SEPARATORS = re.compile(r"(?<!\s)\s+[|»›>•·/]\s+")  # starts after a non-space: linear
_ITEM_WORD = re.compile(WORD_PATTERN)
_NAME_LINE = regex.compile(
    r"^(?:(?:By|Por|Von|Par|Di|Door|Av)\s+)?"
    r"\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:de|da|del|van|von|der|al|bin|le|la|di)\s+)?"
    r"\p{Lu}[\p{L}'’.-]+){1,3}$"
)


def mark_menus(lines: Sequence[Line]) -> None:
    """Lines made of short items between separators: ``Home | World | Europe``.

    Rows of a table (``Kyiv | 12 | 11`` under ``Region | Drones | Downed``) are no menu.
    """
    table_end = 0
    tables = Tables(lines)  # lines before i only are marked: the answers hold
    for i, line in enumerate(lines):
        if i >= table_end:
            table_end = i + tables.rows(i)
        if line.dropped or line.sentence or i < table_end:
            continue
        items = [item for item in _SEPARATORS.split(line.text) if item.strip()]
        if len(items) >= 3 and all(len(_ITEM_WORD.findall(item)) <= 3 for item in items):
            line.rule = "structure/menu"


_SPEAKER = re.compile(
    r"^\S.{0,40}\s(?:says|said|wrote|schrieb|escribió|dice|a écrit|ha scritto|escreveu"
    r"|napisał|написав|написал)\s*:$",
    re.I,
)


BYLINE = "structure/byline"  # a name alone on a line beside a dropped byline or date
_PREFIX = re.compile(r"^(?:By|Por|Von|Par|Di|Door|Av)\s+")
# words of a page's titles and sections that are no one's name (``Essential Coronavirus
# FAQ``, ``Breaking News``, ``UK News``, ``Liveticker``): a line that holds one is a title
_NOT_NAME_WORDS = """
    news faq faqs update updates live latest breaking video videos photo photos gallery
    podcast opinion analysis explainer guide coronavirus covid weather sport sports business
    politics world today essential newsletter newsletters stories editorial headlines
    uk us usa eu un nato tv bbc cnn
    nachrichten aktuell aktuelle liveticker ticker newsblog
    actualités actualité direct infos vidéo vidéos
    noticias directo vivo actualidad última
    notizie diretta ultime
    новини новости онлайн
"""
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())


def name_line(text: str, lang: str = "und") -> bool:
    """A person's name alone on a line (``Olena Kovalenko``, ``By John Smith``).

    Two to four capitalised words (a particle such as ``de`` or ``van`` between them),
    perhaps after ``By``. Capitalised words that open with a function word (``Der
    Text.``) are no name, nor are a page's titles and sections, which hold a word no
    one is named (``Essential Coronavirus FAQ``, ``UK News``, ``Live Updates``).

    >>> name_line("By John Smith"), name_line("Der Text.", "de"), name_line("UK News")
    (True, False, False)
    >>> [name_line(x) for x in ("Jean-Pierre Dupont", "María José García López",
    ...                         "Essential Coronavirus FAQ", "Reuters Staff")]
    [True, True, False, True]
    """
    if not _NAME_LINE.match(text) or (text.endswith(".") and not _INITIAL_END.search(text)):
        return False
    words = _PREFIX.sub("", text).lower().split()
    return words[0] not in stopwords(lang) and _NOT_NAMES.isdisjoint(words)


def mark_bylines(lines: Sequence[Line], lang: str = "und") -> None:
    """Name-only lines next to a dropped date, counter or byline line.

    A ``jbaxt says:`` line above a dropped date is a comment's header.
    """
    for line, below in pairwise(lines):
        if (not line.dropped and below.dropped and not below.rule.startswith("structure/")
                and _SPEAKER.match(line.text)):
            line.rule = "structure/comment-header"
    # A line beside a dropped line (not one dropped for its structure) or beside a byline
    # may be a byline; each line marked makes its own neighbours candidates in turn.
    pending = [j for i, line in enumerate(lines)
               if (line.dropped and not line.rule.startswith("structure/"))
               or line.rule == BYLINE for j in (i - 1, i + 1)]
    tested: set[int] = set()
    while pending:
        i = pending.pop()
        if i < 0 or i >= len(lines) or i in tested:
            continue
        tested.add(i)
        line = lines[i]
        if not line.dropped and line.rule != BYLINE and name_line(line.text, lang):
            line.rule = BYLINE
            pending.extend((i - 1, i + 1))
