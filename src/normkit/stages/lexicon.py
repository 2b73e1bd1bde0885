"""The lexicon stage: every name variant becomes its canonical form, in one pass.

All alias rules active for a language compile into one :class:`LiteralMatcher`;
``protect:`` phrases are matched too, so that a longer protected phrase
(``Chicken Kiev``) wins over the variant inside it.

>>> from normkit.packs.discovery import load_all
>>> from normkit.rules import compile_rules
>>> from normkit.tracking import TrackedText
>>> stage = LexiconStage([r for r in compile_rules(load_all()) if r.stage == "lexicon"], {})
>>> doc = TrackedText("KIEV, March 3: talks in kiev; a plate of Chicken Kiev.")
>>> stage.run(doc, Context(lang="en", options={}))
>>> doc.text
'KYIV, March 3: talks in Kyiv; a plate of Chicken Kiev.'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from normkit.matching import LiteralMatcher, apply_case, fold
from normkit.rules import CompiledRule
from normkit.stages.base import Context, PerLanguage
from normkit.stages.quotes import styled_apostrophes
from normkit.tracking import Change, TrackedText
from normkit.transliterate import generate_variants


@dataclass(frozen=True, slots=True)
class _Target:
    rule: CompiledRule | None  # None: a protected phrase
    variant: str


def _mentions(matcher: LiteralMatcher, folded: str) -> bool:
    return next(matcher.finditer(folded, folded), None) is not None


_BRACES = re.compile(r"\{([^{}]*)\}")


def expand_braces(pattern: str) -> list[str]:
    """Expand ``{a,b}`` alternatives, shell-style.

    >>> expand_braces("{Vladimir,Volodimir} {Zelenski,Zelenskiy}")
    ['Vladimir Zelenski', 'Vladimir Zelenskiy', 'Volodimir Zelenski', 'Volodimir Zelenskiy']
    """
    match = _BRACES.search(pattern)
    if match is None:
        return [pattern]
    head, tail = pattern[: match.start()], pattern[match.end() :]
    return [
        expanded
        for choice in match.group(1).split(",")
        for expanded in expand_braces(head + choice.strip() + tail)
    ]


def alias_variants(rule: CompiledRule) -> list[str]:
    """Every spelling a rule rewrites: listed (braces expanded) and generated ones.

    The canonical form itself is included, so that ``kyiv`` gets its capital;
    case-sensitive rules leave it out.
    """
    canonical = rule.rule.canonical or ""
    found = [v for listed in rule.rule.variants for v in expand_braces(listed)]
    if rule.rule.source:
        found.extend(generate_variants(rule.rule.source))
    if not rule.rule.case_sensitive:
        found.append(canonical)
    seen: dict[str, str] = {}
    for variant in found:
        seen.setdefault(fold(variant), variant)
    if rule.rule.case_sensitive:
        seen.pop(fold(canonical), None)
    return list(seen.values())


def build_matcher(rules: list[CompiledRule]) -> LiteralMatcher:
    """One matcher for all variants and protected phrases of ``rules``."""
    phrases: dict[str, _Target] = {}
    ordered = sorted(rules, key=lambda r: (-r.rule.priority, r.order))
    for rule in ordered:
        for phrase in rule.rule.protect:
            phrases.setdefault(phrase, _Target(None, phrase))
    for rule in ordered:
        for variant in alias_variants(rule):
            phrases.setdefault(variant, _Target(rule, variant))
    return LiteralMatcher(phrases)


class LexiconStage:
    name = "lexicon"

    def __init__(self, rules: list[CompiledRule], options):
        self._quotes = options.get("quotes", "straight")
        self._matchers = PerLanguage(rules, options, build_matcher)
        self._requires = {
            rule.id: LiteralMatcher(dict.fromkeys(rule.rule.requires, True))
            for rule in rules
            if rule.rule.requires
        }

    def run(self, doc: TrackedText, ctx: Context) -> None:
        matcher = self._matchers.get(ctx.lang)
        if not matcher.size:
            return
        text = doc.text
        folded = fold(text)
        allowed: dict[str, bool] = {}
        changes = []
        for start, end, target in matcher.finditer(text, folded):
            if target.rule is None:
                continue
            rule_id = target.rule.id
            if rule_id in self._requires:
                if rule_id not in allowed:
                    allowed[rule_id] = _mentions(self._requires[rule_id], folded)
                if not allowed[rule_id]:
                    continue
            matched = text[start:end]
            rule = target.rule.rule
            if rule.case_sensitive and matched != target.variant:
                continue
            if doc.protected and doc.overlaps_protected(start, end):
                continue
            canonical = (rule.canonical if rule.case == "exact"
                         else apply_case(matched, rule.canonical))
            canonical = styled_apostrophes(canonical, matched, self._quotes)
            if canonical != matched:
                changes.append(Change(start, end, canonical, rule_id))
        doc.apply(changes, stage=self.name)
