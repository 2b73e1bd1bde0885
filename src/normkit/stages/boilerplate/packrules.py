"""Which ``drop`` rule of the packs, if any, matches a line, without trying them all.

The first rule (in pack order) that matches a line names it. Most lines are prose
that no rule matches, so the matcher narrows the rules down before running any:

- a rule bounded to short lines (its pattern opens with ``^(?=.{0,280}$)``, or
  matches whole lines of a bounded width) is not tried on longer lines;
- a rule anchored at the start of the line is tried only on lines that begin the way
  one of its matches can: their first three characters, read off the pattern by
  :mod:`.shape` (or the first character alone, where that is all the pattern tells);
- a rule that matches nothing without a digit (dates, counters) is not tried on lines
  without one;
- a rule with ``triggers`` (lower-case strings, one of which every line it drops
  contains) is tried only on lines that hold one: the prompt and credit patterns that
  scan a whole line are not run on lines of prose at all.

Rules from outside normkit run under the regex timeout, so that a rule that
backtracks without end is stopped and named.

>>> from normkit.packs.discovery import load_all
>>> from normkit.rules import compile_rules
>>> rules = [r for r in compile_rules(load_all()) if r.rule.kind == "drop"]
>>> matcher = DropMatcher(rules)
>>> matcher.first("Source link"), matcher.first("The talks went on.")
('web/source-link', None)
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence

import regex

from normkit.rules import CompiledRule
from normkit.stages.base import RuleTimeout, regex_timeout
from normkit.stages.boilerplate.shape import (
    PREFIX_CHARS,
    folds,
    merged_prefixes,
    rules_beginning,
    shape_of,
    store_shapes,
)
from normkit.stages.rewrite import TriggerIndex

CACHE_LINES = 1 << 16  # distinct lines whose answer is remembered, per matcher
CACHE_STARTS = 1 << 14  # distinct line starts whose candidate rules are remembered

_LENGTH_BOUND = regex.compile(r"^\^\(\?=\.\{0,(\d+)\}\$\)")
_DIGIT = re.compile(r"\d")  # re's \d and the regex module's are both Unicode's Nd

# number in pack order, rule, anchored, and how to try it on a line (match or search)
Candidate = tuple[int, CompiledRule, bool, Callable[[str], object]]


def length_bound(rule: CompiledRule) -> int | None:
    """The longest line a rule can match: its ``^(?=.{0,N}$)``, or the width of a whole-line match.

    >>> from normkit.packs.discovery import load_all
    >>> from normkit.rules import compile_rules
    >>> rules = {r.id: r for r in compile_rules(load_all())}
    >>> length_bound(rules["web/follow-prompt"]), length_bound(rules["web/markup"])
    (280, None)
    """
    match = rule.rule.match
    found = _LENGTH_BOUND.match(match.regex)
    bounds = [int(found.group(1))] if found else []
    width = shape_of(match.regex, match.flags).width
    return min([*bounds, width]) if width is not None else min(bounds, default=None)


class DropMatcher:
    """Which drop rule, if any, matches a line; only the rules that can match are tried."""

    def __init__(self, rules: Sequence[CompiledRule]):
        self.rules = list(rules)
        bounds = [length_bound(rule) for rule in self.rules]
        self._limits = sorted({b for b in bounds if b is not None})
        shapes = [shape_of(r.rule.match.regex, r.rule.match.flags) for r in self.rules]
        store_shapes()
        leading = [shape.leading for shape in shapes]
        self._leading = leading
        self._needs_digit = [shape.digit for shape in shapes]
        prefixes = [shape.prefixes for shape in shapes]
        # the rules whose patterns tell how their lines begin, and one trie of those starts
        self._told = frozenset(number for number, trie in enumerate(prefixes) if trie is not None)
        self._starts = merged_prefixes({number: trie for number, trie in enumerate(prefixes)
                                        if trie is not None})
        self._classes: list[list[Candidate]] = []  # up to each limit, then beyond
        for limit in [*self._limits, None]:
            self._classes.append([
                (number, rule, leading[number] is not None, _attempt(rule, leading[number]))
                for number, (rule, bound) in enumerate(zip(self.rules, bounds, strict=True))
                if not rule.triggers and (bound is None or (limit is not None and bound >= limit))
            ])
        self._candidates: dict[tuple[int, str, bool], tuple[Candidate, ...]] = {}
        self._first_candidates: dict[tuple[int, str, bool], tuple[Candidate, ...]] = {}
        self._triggered = [
            (number, rule, bound, frozenset(rule.triggers))
            for number, (rule, bound) in enumerate(zip(self.rules, bounds, strict=True))
            if rule.triggers
        ]
        self._index = TriggerIndex([t for *_, ts in self._triggered for t in ts])
        self._woken: dict[str, list[int]] = {}  # trigger -> positions in _triggered it wakes
        for position, (*_, triggers) in enumerate(self._triggered):
            for trigger in triggers:
                self._woken.setdefault(trigger, []).append(position)
        self._cached = functools.lru_cache(maxsize=CACHE_LINES)(self._first)
        # the longest line any rule can match (None: some rule has no bound)
        self.longest = max(bounds) if bounds and None not in bounds else None

    def _untriggered(self, line: str) -> tuple[Candidate, ...]:
        """The rules without triggers that can match ``line``: by its length, its first
        characters and whether it has a digit."""
        length_class = bisect.bisect_left(self._limits, len(line))
        digit = _DIGIT.search(line) is not None
        key = (length_class, line[:PREFIX_CHARS], digit)
        found = self._candidates.get(key)
        if found is None:
            if len(self._candidates) >= CACHE_STARTS:
                self._candidates.clear()
            begins = rules_beginning(self._starts, line)  # one walk for all the rules
            found = self._candidates[key] = tuple(
                candidate for candidate in self._by_first(length_class, line[:1], digit)
                if candidate[0] in begins or candidate[0] not in self._told
            )
        return found

    def _by_first(self, length_class: int, first: str, digit: bool) -> tuple[Candidate, ...]:
        """The rules without triggers that can match a line of this length class, first
        character and digits, by the first character alone."""
        key = (length_class, first, digit)
        found = self._first_candidates.get(key)
        if found is None:
            forms = folds(first) if first else frozenset()
            found = self._first_candidates[key] = tuple(
                candidate for candidate in self._classes[length_class]
                if (digit or not self._needs_digit[candidate[0]])
                and (not candidate[2] or not forms.isdisjoint(self._leading[candidate[0]]))
            )
        return found

    def first(self, line: str, doc_id: str = "<text>") -> str | None:
        """The id of the first rule that matches ``line``, or None.

        Answers are cached: menus, footers and share bars repeat across a corpus.
        """
        if self.longest is not None and len(line) > self.longest:
            return None
        try:
            return self._cached(line)
        except _Timeout as exc:
            which = f"rule {exc.rule.id} ({exc.rule.location})" if exc.rule else "a drop rule"
            raise RuleTimeout(f"{which} timed out on document {doc_id}") from None

    def _first(self, line: str) -> str | None:
        found: tuple[int, CompiledRule] | None = None
        for number, rule, _, attempt in self._untriggered(line):
            if attempt(line) is not None:
                found = number, rule
                break
        if self._triggered:
            present = self._index.present(line.lower())
            woken = self._woken
            positions = {p for trigger in present for p in woken[trigger]} if present else ()
            for position in sorted(positions):  # pack order: the rules were listed in it
                number, rule, bound, _ = self._triggered[position]
                if found is not None and number > found[0]:
                    break
                if (bound is None or len(line) <= bound) \
                        and _search(rule.pattern, rule, line) is not None:
                    found = number, rule
                    break
        return found[1].id if found is not None else None


def _attempt(rule: CompiledRule, leading: frozenset[str] | None) -> Callable[[str], object]:
    """How to try ``rule`` on a line: under the timeout (rules from outside normkit), or as
    a plain ``match`` (anchored: it matches at the start or nowhere) or ``search``."""
    if rule.timeout_guard:
        return functools.partial(_search, rule.pattern, rule)
    return rule.pattern.match if leading is not None else rule.pattern.search


class _Timeout(Exception):
    def __init__(self, rule: CompiledRule | None):
        self.rule = rule


def _search(pattern: regex.Pattern, rule: CompiledRule | None, line: str) -> regex.Match | None:
    if rule is None or not rule.timeout_guard:  # bundled rules: reviewed, linear
        return pattern.search(line)
    try:
        return pattern.search(line, timeout=regex_timeout(line))
    except TimeoutError:
        raise _Timeout(rule) from None
