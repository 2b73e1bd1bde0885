"""Spans no stage may edit: URLs, e-mail addresses, @handles and #hashtags.

>>> text = "Mail press@kyiv.gov.ua or see https://x.org/kiev-news, @KyivIndependent."
>>> [text[s:e] for s, e in find_protected(text)]
['press@kyiv.gov.ua', 'https://x.org/kiev-news', '@KyivIndependent']
"""

from __future__ import annotations

import re

_URL = r"(?:(?:https?|ftp)://|www\.)[^\s<>\"'“”‘’«»]+"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_HANDLE = r"(?<![\w@])[@#][A-Za-z0-9_]{2,}"
_PROTECTED = re.compile(f"{_URL}|{_EMAIL}|{_HANDLE}")
_TRAILING = ".,;:!?)]}"


def find_protected(text: str) -> list[tuple[int, int]]:
    """Return sorted ``(start, end)`` spans of URLs, e-mails and handles in ``text``.

    Sentence punctuation right after a URL (``see x.org/a.``) is not part of it,
    unless the URL opened the bracket it closes.
    """
    if "@" not in text and "#" not in text and "://" not in text and "www." not in text:
        return []  # none of the patterns can match: skip the scan
    spans = []
    for match in _PROTECTED.finditer(text):
        start, end = match.span()
        while end > start + 1 and text[end - 1] in _TRAILING:
            if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
                break
            end -= 1
        spans.append((start, end))
    return spans
