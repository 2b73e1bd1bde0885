"""What a line-anchored pattern says about the lines it can match: first character, length,
whether it needs a digit.

A drop rule anchored at the start of the line (``^Source link$``) can only match a
line whose first character is one of a few; reading that set off the pattern lets
the matcher try, on each line, only the rules that can start there. The answer is
always a superset, folded to lower case, with the classes ``\\d``, ``\\s`` and
``\\w`` standing for themselves, and ``None`` when the pattern does not tell (it
starts with ``.``, a negated class, a back-reference, syntax that Python's ``re``
parser does not read, ...): such a rule is tried on every line.

>>> sorted(leading_chars(r"^(?:Source link|via|-+ ?ad|\\d+ views)\\b"))
['-', '\\\\d', 's', 'v']
>>> leading_chars(r"^.*\\bfollow us\\b") is None  # can start anywhere
True
>>> leading_chars(r"(?:source link)$") is None  # not anchored
True

A pattern anchored at both ends with a bounded width matches no longer line:

>>> longest_line(r"^(?:source link|via \\w{1,20})$"), longest_line(r"^source link")
(25, None)

The first few characters tell more than the first one. A trie of the ways a match
can begin (:data:`PREFIX_CHARS` characters at most) lets the matcher skip a rule that
begins like the line only in its first character:

>>> trie = leading_prefixes(r"^(?:source link|sports)$", ["i"])
>>> prefix_accepts(trie, "Source"), prefix_accepts(trie, "Sunday")
(True, False)

A date or counter pattern matches no line without a digit:

>>> needs_digit(r"^\\d+ views$"), needs_digit(r"^(?:views|\\d+ views)$")
(True, False)
"""

from __future__ import annotations

import functools
import hashlib
import re
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from re import _constants as sre  # the parser of Python's own re: a stable tree since 3.11
from re import _parser as sre_parse
from typing import NamedTuple

from normkit.packs.cache import StoredTable

MAX_CLASS = 512  # a character range wider than this counts as "any character"
# letters, numbers and marks (\p{L}, \p{Lu}, \pN ...): read as \w, which holds them all
_PROPERTY = re.compile(r"\\p\{[LNM][a-z]?\}|\\p[LNM]")
# syntax of the regex module that re would misread rather than reject: POSIX classes,
# fuzzy matching, version switches; and every other property (\P{L}, \p{P}, \p{Cyrillic}),
# which no re class is known to cover
_REGEX_ONLY = re.compile(r"\[:\^?[A-Za-z]+:\]|\{[^}]*[eisd]\s*[<=]|\(\?[^)]*V|\\[pP]")
_UNKNOWN = None
PREFIX_CHARS = 3  # how many first characters of a line the prefix trie tells apart
MAX_PREFIXES = 3000  # a pattern that can begin in more ways tells only its first character
MAX_FORMS = 64  # a class of more characters than this is read as any character
ANY = ""  # a trie key: any one character (``.``, a negated or a wide class)
END = None  # a trie key: a way told in full


_CATEGORIES = {
    sre.CATEGORY_DIGIT: "\\d",
    sre.CATEGORY_SPACE: "\\s",
    sre.CATEGORY_WORD: "\\w",
}


def _case_forms(char: str) -> set[str]:
    base = unicodedata.normalize("NFD", char)[:1] or char
    return {char.lower(), char.upper().lower(), char.casefold(), base.lower()}


@functools.lru_cache(maxsize=8192)
def folds(char: str) -> frozenset[str]:
    """What a line's first character is looked up under: its lower-case forms, its classes.

    >>> sorted(folds("É")), sorted(folds("7"))
    (['\\\\w', 'e', 'é'], ['7', '\\\\d', '\\\\w'])
    """
    found = _case_forms(char)
    if char.isdecimal():
        found.add("\\d")
    if char.isspace():
        found.add("\\s")
    if char.isalnum() or char == "_" or unicodedata.category(char)[0] in "MN" \
            or unicodedata.category(char) == "Pc":
        found.add("\\w")
    return frozenset(found)


def _parse(pattern: str, flags: Iterable[str]):
    """Python's parse tree of a rule's pattern, or None where ``re`` cannot stand in for
    the regex module (``m`` flag, regex-only syntax, a pattern ``re`` rejects).

    Parsed once per pattern and flags: each question below reads the same tree.
    """
    return _parse_once(pattern, frozenset(flags))


@functools.lru_cache(maxsize=4096)
def _parse_once(pattern: str, flags: frozenset[str]):
    pattern = _PROPERTY.sub(r"\\w", pattern)
    if "m" in flags or _REGEX_ONLY.search(pattern):
        return None
    try:
        return sre_parse.parse(pattern, re.VERBOSE if "x" in flags else 0)
    except (re.error, OverflowError, RecursionError, ValueError):
        return None


def leading_chars(pattern: str, flags: Iterable[str] = ()) -> frozenset[str] | None:
    """The lower-cased characters a match of ``pattern`` at the start of a line can begin with.

    Only the start of the line counts: the pattern must open with ``^`` or ``\\A``
    in every top-level branch; otherwise the answer is ``None``. ``flags`` are the
    rule's (``i``, ``m``, ``s``, ``x``); case is ignored either way.
    """
    parsed = _parse(pattern, flags)
    if parsed is None or not _anchored(list(parsed)):
        return _UNKNOWN
    found = _first(list(parsed))
    if found is _UNKNOWN or found[1]:  # could match the empty string: any line
        return _UNKNOWN
    folded: set[str] = set()
    for char in found[0]:
        folded |= _case_forms(char) if len(char) == 1 else {char}
    return frozenset(folded)


def longest_line(pattern: str, flags: Iterable[str] = ()) -> int | None:
    """The longest line ``pattern`` can match whole, if it must match all of it; else None."""
    parsed = _parse(pattern, flags)
    if parsed is None:
        return _UNKNOWN
    try:
        _low, high = parsed.getwidth()
    except (OverflowError, RecursionError):
        return _UNKNOWN
    items = list(parsed)
    if high >= sre.MAXREPEAT or not _anchored(items) or not _anchored(items, at_end=True):
        return _UNKNOWN
    return high + 1  # ``$`` also matches before a final newline


class Shape(NamedTuple):
    """What a pattern tells about the lines it can match (the answers of this module)."""

    leading: frozenset[str] | None  # :func:`leading_chars`
    width: int | None  # :func:`longest_line`
    digit: bool  # :func:`needs_digit`
    prefixes: dict | None  # :func:`leading_prefixes` (anchored patterns only)


def shape_of(pattern: str, flags: Iterable[str] = ()) -> Shape:
    """Every answer of this module for ``pattern``, read once and kept between runs in the
    cache folder (Python's parser of patterns is slow: a tenth of a second at start-up).

    >>> shape_of(r"^(?:source link|\\d+ views)$", ["i"]).leading == {"s", "\\\\d"}
    True
    """
    key = (pattern, tuple(sorted(flags)))
    found = _stored_shapes().get(key)
    if found is None:
        leading = leading_chars(pattern, flags)
        found = _stored_shapes()[key] = Shape(
            leading, longest_line(pattern, flags), needs_digit(pattern, flags),
            leading_prefixes(pattern, flags) if leading is not None else None)
    return found


def store_shapes() -> None:
    """Write the shapes read so far to the cache (see :func:`shape_of`)."""
    _stored_shapes().flush()


@functools.cache
def _stored_shapes() -> StoredTable:
    from normkit import __version__

    code = Path(__file__).read_bytes()  # and Python's own parser, which reads the patterns
    made_by = f"{__version__} {sys.version}".encode()
    return StoredTable("shapes", hashlib.sha256(made_by + code).digest())


def leading_prefixes(pattern: str, flags: Iterable[str] = ()) -> dict | None:
    """A trie of the ways a match of ``pattern`` at the start of a line can begin: its
    first :data:`PREFIX_CHARS` characters, lower-cased, ``\\d``, ``\\s``, ``\\w`` or
    :data:`ANY` at each step, :data:`END` where a way is told in full (it has that many
    characters, or the match can stop there). ``None`` when the pattern is not anchored
    at the start or does not tell (as for :func:`leading_chars`).
    """
    parsed = _parse(pattern, flags)
    if parsed is None or not _anchored(list(parsed)):
        return _UNKNOWN
    try:
        found = _ways(list(parsed))
    except (_Untold, RecursionError):
        return _UNKNOWN
    trie: dict = {}
    for way in found:
        node = trie
        for step in way:
            node = node.setdefault(step, {})
        node[END] = True  # a line that begins this way may match
    return trie


def prefix_accepts(trie: dict, line: str) -> bool:
    """True if ``line`` begins in one of the ways of ``trie`` (:func:`leading_prefixes`)."""
    return bool(rules_beginning(merged_prefixes({0: trie}), line))


def merged_prefixes(tries: dict[int, dict]) -> dict:
    """One trie of many rules' :func:`leading_prefixes`, its :data:`END` keys holding the
    numbers of the rules whose ways end there, for :func:`rules_beginning`.

    >>> merged = merged_prefixes({1: leading_prefixes("^ab"), 2: leading_prefixes("^a\\\\d")})
    >>> sorted(rules_beginning(merged, "ABC")), sorted(rules_beginning(merged, "a7"))
    ([1], [2])
    """
    merged: dict = {}

    def add(number: int, node: dict, into: dict) -> None:
        for step, child in node.items():
            if step is END:
                into.setdefault(END, set()).add(number)
            else:
                add(number, child, into.setdefault(step, {}))

    for number, trie in tries.items():
        add(number, trie, merged)
    return merged


def rules_beginning(merged: dict, line: str) -> set[int]:
    """The numbers of the rules in ``merged`` (:func:`merged_prefixes`) that ``line``
    begins like: one walk over the line's first characters for all of them."""
    found: set[int] = set()
    _walk(merged, [folds(char) for char in line[:PREFIX_CHARS]], found)
    return found


def _walk(node: dict, forms: list[frozenset[str]], found: set[int]) -> None:
    ends = node.get(END)
    if ends:
        found |= ends
    if not forms:
        return
    rest = forms[1:]
    following = node.get(ANY)
    if following is not None:
        _walk(following, rest, found)
    for form in forms[0]:
        child = node.get(form)
        if child is not None:
            _walk(child, rest, found)


class _Untold(Exception):
    """The pattern does not tell how its matches begin (a back-reference, too many ways)."""


def _ways(items: list) -> set[tuple[str, ...]]:
    """The first :data:`PREFIX_CHARS` steps of every way through ``items`` (shorter ones end)."""
    found: set[tuple[str, ...]] = {()}
    for op, av in items:
        if _told(found):
            break  # every way has its first characters: the rest of the pattern cannot add any
        found = _then(found, _ways_of(op, av))
    return found


def _told(ways: set[tuple[str, ...]]) -> bool:
    return all(len(way) >= PREFIX_CHARS for way in ways)


def _then(heads: set[tuple[str, ...]], tails: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    joined = {head if len(head) >= PREFIX_CHARS else (head + tail)[:PREFIX_CHARS]
              for head in heads for tail in (tails if len(head) < PREFIX_CHARS else [()])}
    if len(joined) > MAX_PREFIXES:
        raise _Untold
    return joined


def _ways_of(op, av) -> set[tuple[str, ...]]:
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return {()}  # zero-width: ignoring what it asks only admits more lines
    if op is sre.LITERAL:
        return {(form,) for form in _case_forms(chr(av))}
    if op is sre.IN:
        chars = _class(av)
        forms: set[str] = set()
        for char in chars or ():
            forms |= _case_forms(char) if len(char) == 1 else {char}
        if chars is _UNKNOWN or len(forms) > MAX_FORMS:
            return {(ANY,)}
        return {(form,) for form in forms}
    if op in (sre.ANY, sre.NOT_LITERAL):
        return {(ANY,)}
    if op is sre.SUBPATTERN:
        return _ways(list(av[-1]))
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _ways(list(av))
    if op is sre.BRANCH:
        return set().union(*(_ways(list(branch)) for branch in av[1]))
    if op in _REPEATS:
        low, high, body = av
        once = _ways(list(body))
        found: set[tuple[str, ...]] = set()
        ways: set[tuple[str, ...]] = {()}
        for times in range(PREFIX_CHARS + 2):  # enough repeats to fill the prefix
            if times >= low:
                found |= ways
            if times >= high or (times >= low and _told(ways)):
                break
            ways = _then(ways, once)
        else:
            found |= ways
        return found
    raise _Untold


def needs_digit(pattern: str, flags: Iterable[str] = ()) -> bool:
    """True if every match of ``pattern`` contains a decimal digit (``\\d``, ``[0-9]``, ``7``).

    False when the pattern does not tell, so a rule is never skipped on a line it matches.
    """
    parsed = _parse(pattern, flags)
    try:
        return parsed is not None and _needs_digit(list(parsed))
    except RecursionError:
        return False


def _needs_digit(items: list) -> bool:
    """True if every way through ``items`` consumes (or looks ahead at) a digit."""
    for op, av in items:
        if op is sre.LITERAL and chr(av).isdecimal():
            return True
        if op is sre.IN and _digits_only(av):
            return True
        if op is sre.SUBPATTERN and _needs_digit(list(av[-1])):
            return True
        if op is sre.BRANCH and all(_needs_digit(list(branch)) for branch in av[1]):
            return True
        if op in _REPEATS and av[0] >= 1 and _needs_digit(list(av[2])):
            return True
        if op is getattr(sre, "ATOMIC_GROUP", None) and _needs_digit(list(av)):
            return True
        if op is sre.ASSERT and _needs_digit(list(av[1])):  # a look-around reads the line too
            return True
    return False


def _digits_only(items) -> bool:
    """True if a character class holds nothing but decimal digits."""
    for op, av in items:
        if op is sre.LITERAL and chr(av).isdecimal():
            continue
        if op is sre.RANGE and all(chr(c).isdecimal() for c in range(av[0], av[1] + 1)):
            continue
        if op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            continue
        return False
    return bool(items)


_REPEATS = tuple(op for op in (sre.MAX_REPEAT, sre.MIN_REPEAT,
                               getattr(sre, "POSSESSIVE_REPEAT", None)) if op is not None)
_STARTS = (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING)
_ENDS = (sre.AT_END, sre.AT_END_STRING)


def _anchored(items: list, *, at_end: bool = False) -> bool:
    """True if every way through ``items`` begins at the start of the text (or ends at its end)."""
    for op, av in reversed(items) if at_end else items:
        if op is sre.AT:
            return av in (_ENDS if at_end else _STARTS)
        if op is sre.BRANCH:
            return all(_anchored(list(branch), at_end=at_end) for branch in av[1])
        if op is sre.SUBPATTERN:
            return _anchored(list(av[-1]), at_end=at_end)
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            continue
        return False
    return False


def _first(items: list) -> tuple[set[str], bool] | None:
    """(characters a match of ``items`` can begin with, whether it can be empty)."""
    chars: set[str] = set()
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: constrains, consumes nothing (ignoring it is safe)
        step = _first_of(op, av)
        if step is _UNKNOWN:
            return _UNKNOWN
        chars |= step[0]
        if not step[1]:
            return chars, False
    return chars, True


def _first_of(op, av) -> tuple[set[str], bool] | None:
    if op is sre.LITERAL:
        return {chr(av)}, False
    if op is sre.IN:
        chars = _class(av)
        return (chars, False) if chars is not _UNKNOWN else _UNKNOWN
    if op is sre.SUBPATTERN:
        return _first(list(av[-1]))
    if op is sre.BRANCH:
        chars, empty = set(), False
        for branch in av[1]:
            step = _first(list(branch))
            if step is _UNKNOWN:
                return _UNKNOWN
            chars |= step[0]
            empty = empty or step[1]
        return chars, empty
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
        low, _high, body = av
        step = _first(list(body))
        if step is _UNKNOWN:
            return _UNKNOWN
        return step[0], step[1] or low == 0
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _first(list(av))
    return _UNKNOWN  # ANY, NOT_LITERAL, CATEGORY, GROUPREF, ...


def _class(items) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.NEGATE:
            return _UNKNOWN
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE:
            low, high = av
            if high - low > MAX_CLASS:
                return _UNKNOWN
            chars.update(chr(c) for c in range(low, high + 1))
        elif op is sre.CATEGORY and av in _CATEGORIES:
            chars.add(_CATEGORIES[av])
        else:  # negated classes (\W, \D, \S) and the rest
            return _UNKNOWN
    return chars
