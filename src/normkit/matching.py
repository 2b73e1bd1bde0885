"""Find many literal phrases in one pass, by Unicode word boundaries.

All the phrases of a stage compile into ONE regular expression built from a trie,
so the cost of a scan grows with the text, not with the number of phrases.
Matching is case- and accent-insensitive: text and phrases are folded one
character to one character (offsets survive), and the regex runs on the folded text.

>>> m = LiteralMatcher({"kiev": 0, "plaza san miguel": 1})
>>> [(s, e, v) for s, e, v in m.finditer("Kiev, KIEW and Kievé; Plaza San Miguel.")]
[(0, 4, 0), (22, 38, 1)]
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping

_APOSTROPHES = "’‘ʼ`´′"
_DASHES = "‐‑‒–—"


def _build_fold_table() -> dict[int, int]:
    table: dict[int, int] = {}
    ranges = [(0x41, 0x5B), (0xC0, 0x250), (0x370, 0x400), (0x400, 0x530), (0x1E00, 0x1F00)]
    for lo, hi in ranges:
        for code in range(lo, hi):
            char = chr(code)
            low = char.lower()
            if len(low) != 1:
                continue
            base = "".join(
                c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c)
            )
            folded = base if len(base) == 1 else low
            if folded != char:
                table[code] = ord(folded)
    for char in _APOSTROPHES:
        table[ord(char)] = ord("'")
    for char in _DASHES:
        table[ord(char)] = ord("-")
    table[0xDF] = 0xDF  # ß has no one-character fold
    table[0xA0] = 0x20
    return table


FOLD_TABLE = _build_fold_table()


def fold(text: str) -> str:
    """Lower-case, strip accents and unify apostrophes, one character for one.

    >>> fold("Volodímir ZELENSKI’s")
    "volodimir zelenski's"
    """
    return text.translate(FOLD_TABLE)


def _trie_regex(words: list[str]) -> str:
    """A regex alternation shaped like a trie: shared prefixes are matched once."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = True
    return _node_regex(trie)


def _node_regex(node: dict) -> str:
    ends_here = "" in node
    branches = []
    singles = []
    for char in sorted(k for k in node if k):
        child = node[char]
        if len(child) == 1 and "" in child:
            singles.append(re.escape(char))
        else:
            branches.append(re.escape(char) + _node_regex(child))
    if singles:
        branches.append(singles[0] if len(singles) == 1 else "[" + "".join(singles) + "]")
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return f"(?:{body})?"
    return body


class LiteralMatcher:
    """Leftmost-longest matcher for many folded phrases.

    ``phrases`` maps each phrase (any case) to a value returned with its matches.
    Phrases fold before they are compiled; when two phrases fold alike the first wins.
    """

    def __init__(self, phrases: Mapping[str, object]):
        self._values: dict[str, object] = {}
        for phrase, value in phrases.items():
            key = fold(phrase)
            if key and key not in self._values:
                self._values[key] = value
        self.size = len(self._values)
        if self._values:
            body = _trie_regex(sorted(self._values, key=len, reverse=True))
            self._regex: re.Pattern | None = re.compile(rf"(?<!\w)(?:{body})(?!\w)")
        else:
            self._regex = None

    def finditer(
        self, text: str, folded: str | None = None
    ) -> Iterator[tuple[int, int, object]]:
        """Yield ``(start, end, value)`` for each leftmost-longest match."""
        if self._regex is None:
            return
        folded = fold(text) if folded is None else folded
        for match in self._regex.finditer(folded):
            yield match.start(), match.end(), self._values[match.group()]


def apply_case(matched: str, canonical: str) -> str:
    """The ``case: smart`` policy: an all-capitals match gets an all-capitals canonical form.

    >>> apply_case("KIEW", "Kyiv"), apply_case("kiev", "Kyiv"), apply_case("Kiev", "Kyiv")
    ('KYIV', 'Kyiv', 'Kyiv')
    """
    letters = [c for c in matched if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters) and not canonical.isupper():
        return canonical.upper()
    return canonical
