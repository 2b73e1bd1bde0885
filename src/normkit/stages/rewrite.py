"""Regex rewrite rules, run to a fixed point so that cleaning is idempotent.

All active rules scan the same text; overlapping matches are settled by position,
then priority, then pack order; protected spans are never touched.

>>> from normkit.packs.discovery import load_all
>>> from normkit.rules import compile_rules
>>> rules = [r for r in compile_rules(load_all()) if r.stage == "punctuation"]
>>> doc = TrackedText("Hello , world .")
>>> run_rewrites(doc, [r for r in rules if r.applies("en", {})], "punctuation", "<doc>")
>>> doc.text
'Hello, world.'
"""

from __future__ import annotations

from normkit.rules import CompiledRule
from normkit.stages.base import RuleTimeout, regex_timeout
from normkit.tracking import Change, TrackedText

MAX_ROUNDS = 5


def _candidates(text: str, rules: list[CompiledRule], doc_id: str) -> list[tuple]:
    found = []
    timeout = regex_timeout(text)
    for rule in rules:
        try:
            for match in rule.pattern.finditer(text, timeout=timeout):
                replacement = match.expand(rule.rule.replace)
                if replacement != match.group():
                    found.append((match.start(), -rule.rule.priority, rule.order, match.end(),
                                  replacement, rule.id))
        except TimeoutError:
            raise RuleTimeout(
                f"rule {rule.id} ({rule.location}) timed out on document {doc_id}"
            ) from None
    found.sort()
    return found


def run_rewrites(doc: TrackedText, rules: list[CompiledRule], stage: str, doc_id: str) -> None:
    """Apply ``rules`` to ``doc`` until nothing changes (at most MAX_ROUNDS rounds)."""
    if not rules:
        return
    for _ in range(MAX_ROUNDS):
        changes: list[Change] = []
        last_end = -1
        for start, _prio, _order, end, replacement, rule_id in _candidates(doc.text, rules, doc_id):
            if start < last_end or (start == last_end and end == start and changes
                                    and changes[-1].end == start):
                continue
            if doc.protected and doc.overlaps_protected(start, end):
                continue
            changes.append(Change(start, end, replacement, rule_id))
            last_end = end
        if not changes:
            return
        doc.apply(changes, stage=stage)
