"""Find rules that fight each other (``normkit rules lint``, or loading with ``--strict``).

Checks, each finding naming the rule's ``file:line``:
- the same variant claimed by two alias rules (a conflict if their canonical forms differ);
- a variant that starts or ends in an apostrophe or quote mark (``Mozyr'``);
- a canonical form that another alias rule rewrites (cycles ``A -> B -> A`` included);
  rules whose context guards divide a phrase between them are not reported;
- examples that the whole pipeline does not turn into their ``out`` (another rule broke them);
- examples whose cleaned output changes when cleaned again (a non-idempotent rule).

>>> from normkit import Normalizer
>>> lint(Normalizer())
[]
"""

from __future__ import annotations

from dataclasses import dataclass

from normkit.matching import fold
from normkit.packs.examples import example_lang, run_examples
from normkit.pipeline import Normalizer
from normkit.rules import CompiledRule

QUOTES = "'’‘`\"“”«»„"


@dataclass(frozen=True)
class Finding:
    rule: CompiledRule
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        return f"{self.rule.location}: {self.severity}: {self.rule.id}: {self.message}"


def _alias_rules(norm: Normalizer) -> list[CompiledRule]:
    return [r for r in norm.rules if r.rule.kind == "alias"]


def _overlapping_langs(a: CompiledRule, b: CompiledRule) -> bool:
    return a.langs is None or b.langs is None or bool(a.langs & b.langs)


def _may_fight(a: CompiledRule, b: CompiledRule) -> bool:
    """Two rules fight over a phrase unless context guards divide it between them
    (``Dnepropetrovsk`` -> Dnipro, but ``Dnepropetrovsk region`` -> Dnipropetrovsk)."""
    from normkit.stages.lexicon import has_context_guards

    return _overlapping_langs(a, b) and not (has_context_guards(a) or has_context_guards(b))


def check_variants(norm: Normalizer) -> list[Finding]:
    """Variants claimed twice, and canonical forms that another rule rewrites."""
    from normkit.stages.lexicon import alias_variants

    findings: list[Finding] = []
    claims: dict[str, list[CompiledRule]] = {}
    rules = _alias_rules(norm)
    for rule in rules:
        canonical = fold(rule.rule.canonical or "")
        for variant in alias_variants(rule):
            key = fold(variant)
            if key == canonical:
                continue
            if variant and (variant[0] in QUOTES or variant[-1] in QUOTES):
                findings.append(Finding(
                    rule, f"variant {variant!r} starts or ends in a quote mark: it would take "
                          f"the quote around the name (\"born in 'Mozyr'.\" lost its closing '"))
            for other in claims.get(key, []):
                if other is rule or not _may_fight(rule, other):
                    continue
                same = fold(other.rule.canonical or "") == canonical
                findings.append(Finding(
                    rule,
                    f"variant {variant!r} is also claimed by {other.id} ({other.location})"
                    + ("" if same else
                       f": it would become {other.rule.canonical!r} or {rule.rule.canonical!r}"),
                    "warning" if same else "error",
                ))
                break
            claims.setdefault(key, []).append(rule)
    for rule in rules:
        for other in claims.get(fold(rule.rule.canonical or ""), []):
            if other is rule or not _may_fight(rule, other):
                continue
            back = claims.get(fold(other.rule.canonical or ""), [])
            findings.append(Finding(
                rule,
                f"canonical form {rule.rule.canonical!r} is rewritten by {other.id}"
                f" ({other.location}) to {other.rule.canonical!r}"
                + (" (a cycle)" if rule in back else ""),
            ))
            break
    return findings


def check_idempotence(norm: Normalizer, pack_ids: set[str] | None = None) -> list[Finding]:
    """Examples whose output changes when it is cleaned a second time."""
    findings = []
    for rule in norm.rules:
        if pack_ids is not None and rule.pack.id not in pack_ids:
            continue
        for number, example in enumerate(rule.rule.examples, start=1):
            lang = example_lang(rule, example.lang)
            once = norm.run(example.text_in, lang=lang).text
            twice = norm.run(once, lang=lang).text
            if twice != once:
                findings.append(Finding(
                    rule, f"example {number} is not idempotent: {once!r} -> {twice!r}"))
    return findings


def lint(norm: Normalizer, pack_ids: set[str] | None = None) -> list[Finding]:
    """Every finding for the rules of ``norm`` (of ``pack_ids`` only, if given)."""
    findings = [f for f in check_variants(norm)
                if pack_ids is None or f.rule.pack.id in pack_ids]
    findings += [Finding(f.rule, f"example {f.number} gives {f.got!r}, not {f.expected!r}")
                 for f in run_examples(norm, pack_ids)]
    findings += check_idempotence(norm, pack_ids)
    return findings
