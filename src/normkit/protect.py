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

import pycountry

_URL = r"(?:(?:https?|ftp)://|www\.)[^\s<>\"'“”‘’«»]+"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
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
_TRAILING = ".,;:!?)]}"


def find_protected(text: str) -> list[tuple[int, int]]:
    """Return sorted ``(start, end)`` spans of URLs, e-mails and handles in ``text``.

    Sentence punctuation right after a URL (``see x.org/a.``) is not part of it,
    unless the URL opened the bracket it closes.
    """
    spans = []
    if "@" in text or "#" in text or "://" in text or "www." in text or "`" in text:  # else none
        for match in _PROTECTED.finditer(text):
            spans.append((match.start(), _trim(text, *match.span())))
    bare = [span for span in _bare_addresses(text) if not _inside(span, spans)]
    return sorted(spans + bare) if bare else spans


def _trim(text: str, start: int, end: int) -> int:
    while end > start + 1 and text[end - 1] in _TRAILING:
        if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
            break
        end -= 1
    return end


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start < span[1] and span[0] < end for start, end in spans)


def _bare_addresses(text: str) -> list[tuple[int, int]]:
    """Addresses without a scheme: found from each dot between a lower-case letter or digit
    and a lower-case letter (few in prose), then checked against the public suffixes."""
    found: list[tuple[int, int]] = []
    dot = text.find(".", 1)
    while dot != -1 and dot + 1 < len(text):
        after = dot + 1
        if text[dot - 1] in _HOST_CHARS and "a" <= text[dot + 1] <= "z":
            start = dot - 1
            while start > 0 and text[start - 1] in _HOST_CHARS:
                start -= 1
            before = text[start - 1] if start else " "
            match = _BARE.match(text, start)
            if match and not (before.isalnum() or before in "@/_-.") and (
                    not found or found[-1][0] != start):  # not from an earlier dot already
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
