"""The ``drop`` rules of the packs, compiled into one pattern per position.

Each rule becomes one alternative, a lookahead in a named group; the first rule
(in pack order) that matches a line names it, exactly as running the rules one by
one would, but in a single search per line. A rule with back-references or named
groups of its own cannot share the pattern and runs on its own, in its turn; so does
every rule from outside normkit, under the regex timeout, so that a rule that
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
from collections.abc import Sequence

import regex

from normkit.rules import CompiledRule
from normkit.stages.base import RuleTimeout, regex_timeout

CACHE_LINES = 1 << 16  # distinct lines whose answer is remembered, per matcher
_SELF_CONTAINED = regex.compile(r"\\[1-9]|\\g<|\(\?P[<=]|\(\?<[A-Za-z_]|\(\?&|\(\?P>|\(\?[0-9R]")


def _branches(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression.

    >>> _branches(r"^a(b|c)$|^[|]d")
    ['^a(b|c)$', '^[|]d']
    """
    branches, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    return branches


def _anchored(pattern: str) -> bool:
    """True if every top-level alternative starts at the start of the line."""
    return all(b.startswith(("^", "\\A")) for b in _branches(pattern))


def _alternative(name: str, rule: CompiledRule) -> str:
    match = rule.rule.match
    flags = "".join(match.flags)
    body = f"(?{flags}:{match.regex})" if flags else f"(?:{match.regex})"
    scan = "" if _anchored(match.regex) else ".*?"
    return f"(?P<{name}>(?={scan}{body}))"


_LENGTH_BOUND = regex.compile(r"^\^\(\?=\.\{0,(\d+)\}\$\)")

Plan = list[tuple[regex.Pattern, dict[str, CompiledRule]] | CompiledRule]


def length_bound(rule: CompiledRule) -> int | None:
    """The longest line a rule can match, when its pattern opens with ``^(?=.{0,N}$)``.

    >>> from normkit.packs.discovery import load_all
    >>> from normkit.rules import compile_rules
    >>> rules = {r.id: r for r in compile_rules(load_all())}
    >>> length_bound(rules["web/follow-prompt"]), length_bound(rules["web/source-link"])
    (280, None)
    """
    found = _LENGTH_BOUND.match(rule.rule.match.regex)
    return int(found.group(1)) if found else None


class DropMatcher:
    """Which drop rule, if any, matches a line: one search for all combinable rules.

    Rules bounded to short lines (``^(?=.{0,280}$)``) are left out of the search for
    longer lines: a paragraph of prose is not tried against every prompt pattern.
    """

    def __init__(self, rules: Sequence[CompiledRule]):
        self.rules = list(rules)
        bounds = [length_bound(rule) for rule in self.rules]
        self._limits = sorted({b for b in bounds if b is not None})
        self._plans: list[Plan] = []  # one per length class: up to each limit, then beyond
        for limit in [*self._limits, None]:
            pairs = enumerate(zip(self.rules, bounds, strict=True))
            keep = [(number, rule) for number, (rule, bound) in pairs
                    if bound is None or (limit is not None and bound >= limit)]
            self._plans.append(self._plan_for(keep))
        self._cached = functools.lru_cache(maxsize=CACHE_LINES)(self._first)

    def _plan_for(self, numbered: list[tuple[int, CompiledRule]]) -> Plan:
        plan: Plan = []
        batch: list[tuple[str, CompiledRule]] = []
        for number, rule in numbered:
            if rule.timeout_guard or _SELF_CONTAINED.search(rule.rule.match.regex):
                self._flush(plan, batch)
                batch = []
                plan.append(rule)
            else:
                batch.append((f"r{number}", rule))
        self._flush(plan, batch)
        return plan

    @staticmethod
    def _flush(plan: Plan, batch: list[tuple[str, CompiledRule]]) -> None:
        if not batch:
            return
        pattern = "\\A(?:" + "|".join(_alternative(n, r) for n, r in batch) + ")"
        try:
            combined = regex.compile(pattern, regex.VERSION0)
        except regex.error:  # a construct that cannot be scoped: run each alone
            plan.extend(rule for _, rule in batch)
            return
        plan.append((combined, dict(batch)))

    def first(self, line: str, doc_id: str = "<text>") -> str | None:
        """The id of the first rule that matches ``line``, or None.

        Answers are cached: menus, footers and share bars repeat across a corpus.
        """
        try:
            return self._cached(line)
        except _Timeout as exc:
            which = f"rule {exc.rule.id} ({exc.rule.location})" if exc.rule else "a drop rule"
            raise RuleTimeout(f"{which} timed out on document {doc_id}") from None

    def _first(self, line: str) -> str | None:
        plan = self._plans[bisect.bisect_left(self._limits, len(line))]
        for step in plan:
            if isinstance(step, CompiledRule):
                if _search(step.pattern, step, line) is not None:
                    return step.id
                continue
            pattern, names = step
            found = _search(pattern, None, line)
            if found is not None:
                return names[found.lastgroup].id
        return None


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
