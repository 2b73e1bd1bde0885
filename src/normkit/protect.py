"""Spans no stage may edit: URLs, e-mail addresses, @handles, #hashtags and `code`.

>>> text = "Mail press@kyiv.gov.ua or see https://x.org/kiev-news, @KyivIndependent."
>>> [text[s:e] for s, e in find_protected(text)]
['press@kyiv.gov.ua', 'https://x.org/kiev-news', '@KyivIndependent']

Code between backticks (inline, or a fenced block) is kept as written; a backtick
typed for an apostrophe (``Kyiv`s``) opens no code span.

>>> text = "Run `pip install --upgrade kiev-tools` and read Kyiv`s guide (Ukraine`s too)."
>>> [text[s:e] for s, e in find_protected(text)]
['`pip install --upgrade kiev-tools`']

Addresses written without a scheme count when they cannot be prose: a lower-case
domain with a path, or a bare domain under a generic or second-level public suffix.

>>> text = "See kyivpost.com/post/kiev-news, bbc.co.uk and kyivpost.com. Kiev.It was late."
>>> [text[s:e] for s, e in find_protected(text)]
['kyivpost.com/post/kiev-news', 'bbc.co.uk', 'kyivpost.com']
>>> find_protected("More at bbc.co.uk...and i.e...so on")  # an ellipsis right after
[(8, 17)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pycountry

_URL = r"(?:(?:https?|ftp)://|www\.)[^\s<>\"'“”‘’«»]+"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_ADDRESS_CHARS = re.compile(r"[\w.+-]")  # what _EMAIL's first part is made of
# a handle or a hashtag with a letter in it; not an entity (&#8220;, &amp;#8220;)
_HANDLE = r"(?<![\w@&;])(?:@[A-Za-z0-9_]{2,}|#(?=[0-9_]*[A-Za-z])[A-Za-z0-9_]{2,})"
_GENERIC = frozenset({"com", "org", "net", "edu", "gov", "int", "mil", "info", "biz", "io", "news",
                      "online", "media", "tv", "app"})
_COUNTRY = frozenset({c.alpha_2.lower() for c in pycountry.countries} | {"uk", "eu", "su"})
_SECOND_LEVEL = frozenset({"co", "com", "gov", "org", "net", "edu", "ac"})  # bbc.co.uk, gov.ua
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-.")
_BARE = re.compile(r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)+(/[^\s<>\"'“”‘’«»]*)?")
# a fenced block; or inline code: opened after no word character, closed before none
_CODE = r"```[\s\S]*?```|(?<![\w`])`(?=[^`\s])[^`\n]{1,200}(?<=[^`\s])`(?![\w`])"
_PROTECTED = re.compile(f"{_CODE}|{_URL}|{_EMAIL}|{_HANDLE}")
# the same, with addresses only from the start of a word (see _protected_matches)
_PROTECTED_AT_WORDS = re.compile(f"{_CODE}|{_URL}|(?<![\\w.+-]){_EMAIL}|{_HANDLE}")
_TRAILING = ".,;:!?)]}"


def find_protected(text: str) -> list[tuple[int, int]]:
    """Return sorted ``(start, end)`` spans of URLs, e-mails and handles in ``text``.

    Sentence punctuation right after a URL (``see x.org/a.``) is not part of it,
    unless the URL opened the bracket it closes.
    """
    spans = []
    if "@" in text or "#" in text or "://" in text or "www." in text or "`" in text:  # else none
        spans = [(start, _trim(text, start, end)) for start, end in _protected_matches(text)]
    bare = [span for span in _bare_addresses(text) if not _inside(span, spans)]
    return sorted(spans + bare) if bare else spans


def _protected_matches(text: str) -> list[tuple[int, int]]:
    """The spans of ``_PROTECTED.finditer(text)``, found without trying an address at every
    character of a long word (each try reads on to the word's end: quadratic).

    >>> _protected_matches("@ab.c+d@x.org " + "a" * 50)
    [(0, 3), (3, 13)]
    """
    return [match.span() for match in matches_by_words(_PROTECTED, _PROTECTED_AT_WORDS, text)]


def matches_by_words(pattern: re.Pattern, at_words: re.Pattern, text: str) -> Iterator[re.Match]:
    """The matches of ``pattern.finditer(text)``, where ``at_words`` is ``pattern`` with its
    e-mail address tried only where a word of address characters begins.

    An address is also tried right where the last match ended (there the whole pattern
    is tried): it can match nowhere else in a word that it does not match there, and
    each try reads on to the word's end, so trying at every character is quadratic.
    """
    pos = 0
    while True:
        match = None
        if 0 < pos < len(text) and _ADDRESS_CHARS.match(text, pos - 1):  # inside a word
            match = pattern.match(text, pos)
        match = match or at_words.search(text, pos)
        if match is None:
            return
        yield match
        pos = match.end()


def _trim(text: str, start: int, end: int) -> int:
    opened = closed = None  # brackets in the span, counted once
    while end > start + 1 and text[end - 1] in _TRAILING:
        if text[end - 1] == ")":
            if opened is None:
                opened, closed = text.count("(", start, end), text.count(")", start, end)
            if opened >= closed:
                break
            closed -= 1
        end -= 1
    return end


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start < span[1] and span[0] < end for start, end in spans)


def _bare_addresses(text: str) -> list[tuple[int, int]]:
    """Addresses without a scheme: found from each dot between a lower-case letter or digit
    and a lower-case letter (few in prose), then checked against the public suffixes."""
    found: list[tuple[int, int]] = []
    run_end = 0  # the end of the run of host characters the last address was read from
    dot = text.find(".", 1)
    while dot != -1 and dot + 1 < len(text):
        after = dot + 1
        if dot >= run_end and text[dot - 1] in _HOST_CHARS and "a" <= text[dot + 1] <= "z":
            # every dot of one run of host characters starts from the same place: read it once
            start = run_end = dot - 1
            while start > 0 and text[start - 1] in _HOST_CHARS:
                start -= 1
            while run_end < len(text) and text[run_end] in _HOST_CHARS:
                run_end += 1
            before = text[start - 1] if start else " "
            match = None if before.isalnum() or before in "@/_-." else _BARE.match(text, start)
            if match and (not found or found[-1][0] != start):  # not from an earlier dot
                # the match may end before this dot ("bbc.co.uk...and"): search on after both
                after = max(after, match.end())
                if _is_address(match.group().split("/", 1)[0], has_path=match.group(1) is not None):
                    found.append((start, _trim(text, start, match.end())))
        dot = text.find(".", after)
    return found


def _is_address(host: str, *, has_path: bool) -> bool:
    labels = host.split(".")
    suffix, second = labels[-1], labels[-2]
    if has_path:
        return suffix in _GENERIC or suffix in _COUNTRY
    return suffix in _GENERIC or (
        suffix in _COUNTRY and (second in _SECOND_LEVEL or second in _GENERIC) and len(labels) >= 3
    )
