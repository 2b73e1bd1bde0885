"""Closed-class words per language: what a short text's language is told by.

A headline or a single sentence gives a character-n-gram model too little to go on, and
the names in it are no evidence (see :class:`normkit.language.NeutralWords`). What it
still has are closed-class words: function words (:mod:`normkit.stopwords`) and the
names of weekdays and months with yesterday, today and tomorrow
(``data/calendar_words.txt``). A word belongs to a language; whether it speaks for it
depends on the rival: ``april`` speaks for English against Spanish (``abril``), for
neither against German.

>>> sorted(closed_words("es") & {"el", "lunes", "monday"})
['el', 'lunes']
>>> own_words("in on monday".split(), "en", "nl"), own_words("met in".split(), "en", "nl")
(2, 0)
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from importlib import resources

from normkit.stopwords import STOPWORDS


def _read_calendar_words() -> dict[str, frozenset[str]]:
    text = resources.files("normkit").joinpath("data/calendar_words.txt").read_text("utf-8")
    words: dict[str, set[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            lang, _, listed = line.partition(":")
            words.setdefault(lang.strip(), set()).update(listed.split())
    return {lang: frozenset(found) for lang, found in words.items()}


CALENDAR_WORDS = _read_calendar_words()
CLOSED_WORDS: dict[str, frozenset[str]] = {
    lang: STOPWORDS.get(lang, frozenset()) | CALENDAR_WORDS.get(lang, frozenset())
    for lang in STOPWORDS.keys() | CALENDAR_WORDS.keys()
}


def closed_words(lang: str) -> frozenset[str]:
    """The closed-class words of ``lang`` (none for a language without lists)."""
    return CLOSED_WORDS.get(lang, frozenset())


@functools.cache
def _own(lang: str, rivals: frozenset[str]) -> frozenset[str]:
    words = closed_words(lang)
    for rival in rivals:
        if rival != lang:
            words = words - closed_words(rival)
    return words


def own_words(words: Iterable[str], lang: str, *rivals: str) -> int:
    """How many different lower-case ``words`` are closed-class words of ``lang`` and of
    none of the ``rivals`` (a word they share speaks for neither).

    >>> own_words("die regierung war in am montag".split(), "de", "en", "nl")  # war, montag
    2
    """
    own = _own(lang, frozenset(rivals))
    return len(own.intersection(words))
