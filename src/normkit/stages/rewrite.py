"""Regex rewrite rules, run to a fixed point so that cleaning is idempotent.

All active rules scan the same text; overlapping matches are settled by position,
then priority, then pack order; protected spans are never touched.

Speed: a rule with ``triggers`` (literal strings, one of which any text it can
change contains) is skipped when the text contains none of them; the check is a
few ``str.__contains__`` scans, far cheaper than a regex scan. Rules that share a
trigger set are checked once per round. Each rule's scan keeps its timeout guard.

>>> from normkit.packs.discovery import load_all
>>> from normkit.rules import compile_rules
>>> rules = [r for r in compile_rules(load_all()) if r.stage == "punctuation"]
>>> doc = TrackedText("Hello , world .")
>>> run_rewrites(doc, [r for r in rules if r.applies("en", {})], "punctuation", "<doc>")
True
>>> doc.text
'Hello, world.'
"""

from __future__ import annotations

from collections.abc import Sequence

from normkit.rules import CompiledRule
from normkit.stages.base import REGEX_TIMEOUT, RuleTimeout
from normkit.tracking import Change, TrackedText

MAX_ROUNDS = 5


def triggered(text: str, rules: Sequence[CompiledRule]) -> list[CompiledRule]:
    """The rules that may match ``text``: those without triggers, or with one present.

    >>> from normkit.packs.discovery import load_all
    >>> from normkit.rules import compile_rules
    >>> rules = [r for r in compile_rules(load_all()) if r.id == "punct/space-before-comma"]
    >>> len(triggered("Kyiv, Lviv", rules)), len(triggered("Kyiv , Lviv", rules))
    (0, 1)
    """
    seen: dict[tuple[str, ...], bool] = {}
    active = []
    for rule in rules:
        triggers = rule.triggers
        if triggers:
            present = seen.get(triggers)
            if present is None:
                present = seen[triggers] = any(t in text for t in triggers)
            if not present:
                continue
        active.append(rule)
    return active


def _candidates(text: str, rules: Sequence[CompiledRule], doc_id: str) -> list[tuple]:
    found = []
    for rule in rules:
        template = rule.rule.replace
        try:
            for match in rule.pattern.finditer(text, timeout=REGEX_TIMEOUT):
                replacement = match.expand(template)
                if replacement != match.group():
                    found.append((match.start(), -rule.rule.priority, rule.order, match.end(),
                                  replacement, rule.id))
        except TimeoutError:
            raise RuleTimeout(
                f"rule {rule.id} ({rule.location}) timed out on document {doc_id}"
            ) from None
    found.sort()
    return found


def rewrite_round(doc: TrackedText, rules: Sequence[CompiledRule], stage: str,
                  doc_id: str) -> bool:
    """Apply one round of ``rules`` to ``doc``; True if anything changed."""
    active = triggered(doc.text, rules)
    if not active:
        return False
    changes: list[Change] = []
    last_end = -1
    for start, _prio, _order, end, replacement, rule_id in _candidates(doc.text, active, doc_id):
        if start < last_end or (start == last_end and end == start and changes
                                and changes[-1].end == start):
            continue
        if doc.protected and doc.overlaps_protected(start, end):
            continue
        changes.append(Change(start, end, replacement, rule_id))
        last_end = end
    if not changes:
        return False
    doc.apply(changes, stage=stage)
    return True


def run_rewrites(doc: TrackedText, rules: Sequence[CompiledRule], stage: str,
                 doc_id: str) -> bool:
    """Apply ``rules`` to ``doc`` until nothing changes (at most MAX_ROUNDS rounds).

    Returns True if the text changed.
    """
    changed = False
    if not rules:
        return changed
    for _ in range(MAX_ROUNDS):
        if not rewrite_round(doc, rules, stage, doc_id):
            break
        changed = True
    return changed
