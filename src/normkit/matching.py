"""Find many literal phrases in one pass, by Unicode word boundaries.

All the phrases of a stage compile into ONE matcher, so the cost of a scan grows
with the text, not with the number of phrases. Matching is case- and
accent-insensitive: text and phrases are folded one character to one character
(offsets survive), and the matcher runs on the folded text.

Two interchangeable engines sit behind :class:`LiteralMatcher`: an Aho-Corasick
automaton (pyahocorasick, the default where it is installed) and a regular
expression shaped like a trie (pure Python). ``benchmarks/lexicon_matchers.py``
measured both; they return the same matches.

>>> m = LiteralMatcher({"kiev": 0, "plaza san miguel": 1})
>>> [(s, e, v) for s, e, v in m.finditer("Kiev, KIEW and Kievé; Plaza San Miguel.")]
[(0, 4, 0), (22, 38, 1)]
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterator, Mapping

try:  # the fast engine; the trie regex stands in where the wheel is missing
    import ahocorasick
except ImportError:  # pragma: no cover - exercised on installs without the wheel
    ahocorasick = None

_APOSTROPHES = "’‘ʼ`´′"
_DASHES = "‐‑‒–—"


def _build_fold_table() -> dict[int, int]:
    """Accents off (after lower-casing), and one apostrophe, one dash, one space."""
    table: dict[int, int] = {}
    for lo, hi in ((0xC0, 0x530), (0x1E00, 0x2000)):
        for code in range(lo, hi):
            char = chr(code).lower()
            if len(char) != 1:
                continue
            base = "".join(
                c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c)
            )
            if len(base) == 1 and base != chr(code):
                table[code] = ord(base)
    for char in _APOSTROPHES:
        table[ord(char)] = ord("'")
    for char in _DASHES:
        table[ord(char)] = ord("-")
    table[0xDF] = 0xDF  # ß has no one-character fold
    table[0x3C2] = 0x3C3  # final sigma, which str.lower() produces at a word's end
    table[0xA0] = 0x20
    return table


FOLD_TABLE = _build_fold_table()
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def fold(text: str) -> str:
    """Lower-case, strip accents and unify apostrophes and dashes, one character for one.

    >>> fold("Volodímir ZELENSKI’s")
    "volodimir zelenski's"
    """
    if "\u0130" in text:  # İ is the one character whose lower case is two characters
        text = text.replace("\u0130", "I")
    low = text.lower()
    if low.isascii():
        return low
    return _NON_ASCII.sub(_fold_run, low)


def _fold_run(match: re.Match) -> str:
    return match.group().translate(FOLD_TABLE)


def is_word_char(char: str) -> bool:
    """What ``\\w`` matches in a ``str`` regular expression."""
    return char.isalnum() or char == "_"


# --- engine 1: a trie-shaped regular expression ---------------------------------------------


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


class TrieRegexEngine:
    """Leftmost-longest by the regex engine's greedy, backtracking trie."""

    name = "trie-regex"

    def __init__(self, keys: list[str]):
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(max(limit, 20000))
        try:
            body = _trie_regex(sorted(keys, key=len, reverse=True))
            self._regex = re.compile(rf"(?<!\w)(?:{body})(?!\w)")
        finally:
            sys.setrecursionlimit(limit)

    def spans(self, folded: str) -> Iterator[tuple[int, int, str]]:
        for match in self._regex.finditer(folded):
            yield match.start(), match.end(), match.group()


# --- engine 2: Aho-Corasick -----------------------------------------------------------------


_WORD_BYTES = bytes(b if is_word_char(chr(b)) else 0 for b in range(128)) + bytes(128)


def _word_starts(folded: str) -> str:
    """``folded`` with every character that may end a word before it as NUL, one for one.

    ASCII letters, digits and ``_`` stay; everything else, non-ASCII letters too,
    becomes NUL (callers check the real boundary). Runs at about 1 GB/s.

    >>> _word_starts("pro-kiev, kievé").replace("\\0", "|")
    'pro|kiev||kiev|'
    """
    return folded.encode("ascii", "replace").translate(_WORD_BYTES).decode("ascii")


class AhoCorasickEngine:
    """An automaton anchored at word starts; boundaries checked, then leftmost-longest.

    Every key is stored as NUL + the key with its non-word characters as NUL, and
    the automaton scans NUL + the text mapped the same way: inside a word it stays at
    its root, so the scan costs the same for 100 or 100,000 keys. A hit is kept if
    the folded text there equals one of the keys and has word boundaries around it.
    """

    name = "aho-corasick"

    def __init__(self, keys: list[str]):
        anchored: dict[str, list[str]] = {}
        shapes = _word_starts("\n".join(keys))  # one pass for all keys: same length
        offset = 0
        for key in keys:
            shape = shapes[offset : offset + len(key)]
            offset += len(key) + 1
            anchored.setdefault("\0" + shape, []).append(key)
        automaton = ahocorasick.Automaton()
        for shape, originals in anchored.items():
            automaton.add_word(shape, (len(shape) - 1, originals))
        automaton.make_automaton()
        self._automaton = automaton

    def spans(self, folded: str) -> Iterator[tuple[int, int, str]]:
        size = len(folded)
        found: list[tuple[int, int, str]] = []
        for end, (length, originals) in self._automaton.iter("\0" + _word_starts(folded)):
            start = end - length  # `end` counts the leading NUL: it is the end in `folded`
            if start and is_word_char(folded[start - 1]):
                continue
            if end < size and is_word_char(folded[end]):
                continue
            piece = folded[start:end]
            for key in originals:
                if key == piece:
                    found.append((start, -end, key))
                    break
        found.sort()
        reached = 0
        for start, neg_end, key in found:
            if start >= reached:
                reached = -neg_end
                yield start, reached, key


ENGINES = {"aho-corasick": AhoCorasickEngine, "trie-regex": TrieRegexEngine}
DEFAULT_ENGINE = "aho-corasick" if ahocorasick is not None else "trie-regex"


class LiteralMatcher:
    """Leftmost-longest matcher for many folded phrases.

    ``phrases`` maps each phrase (any case) to a value returned with its matches.
    Phrases fold before they are compiled (``folded=True``: they already are); when
    two phrases fold alike the first wins. A key must neither start nor end with a space.
    """

    def __init__(self, phrases: Mapping[str, object], engine: str | None = None, *,
                 folded: bool = False):
        if folded:
            self._values = {key: value for key, value in phrases.items() if key}
        else:
            self._values = {}
            for phrase, value in phrases.items():
                key = fold(phrase)
                if key and key not in self._values:
                    self._values[key] = value
        self.size = len(self._values)
        self.engine = engine or DEFAULT_ENGINE
        self._engine = ENGINES[self.engine](list(self._values)) if self._values else None

    def __contains__(self, phrase: str) -> bool:
        return fold(phrase) in self._values

    def finditer(
        self, text: str, folded: str | None = None
    ) -> Iterator[tuple[int, int, object]]:
        """Yield ``(start, end, value)`` for each leftmost-longest match."""
        if self._engine is None:
            return
        folded = fold(text) if folded is None else folded
        values = self._values
        for start, end, key in self._engine.spans(folded):
            yield start, end, values[key]


def apply_case(matched: str, canonical: str) -> str:
    """The ``case: smart`` policy: an all-capitals match gets an all-capitals canonical form.

    >>> apply_case("KIEW", "Kyiv"), apply_case("kiev", "Kyiv"), apply_case("Kiev", "Kyiv")
    ('KYIV', 'Kyiv', 'Kyiv')
    """
    letters = [c for c in matched if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters) and not canonical.isupper():
        return canonical.upper()
    return canonical
