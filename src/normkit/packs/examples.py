"""Run every rule's examples through the whole pipeline (``normkit rules test``).

An example with ``out`` must become exactly that; one without must come back
unchanged. Each runs with the profile options its rule's ``when:`` needs, in the
example's language (else the rule's first language, else ``und``).

>>> from normkit import Normalizer
>>> failures = run_examples(Normalizer())
>>> failures
[]
"""

from __future__ import annotations

from dataclasses import dataclass

from normkit.language import UNDETERMINED
from normkit.pipeline import Normalizer
from normkit.rules import CompiledRule


@dataclass(frozen=True)
class ExampleFailure:
    rule: CompiledRule
    number: int
    text_in: str
    expected: str
    got: str

    def __str__(self) -> str:
        return (
            f"{self.rule.location}: {self.rule.id}: example {self.number}:\n"
            f"  in:       {self.text_in!r}\n  expected: {self.expected!r}\n  got:      {self.got!r}"
        )


def example_lang(rule: CompiledRule, lang: str | None) -> str:
    if lang:
        return lang
    if rule.langs:
        return sorted(rule.langs)[0] if "en" not in rule.langs else "en"
    return UNDETERMINED


def run_examples(normalizer: Normalizer, pack_ids: set[str] | None = None) -> list[ExampleFailure]:
    """Check the examples of ``normalizer``'s rules (of ``pack_ids`` only, if given)."""
    variants: dict[tuple, Normalizer] = {}
    failures = []
    for rule in normalizer.rules:
        if pack_ids is not None and rule.pack.id not in pack_ids:
            continue
        key = tuple(sorted(rule.rule.when.items()))
        if key and key not in variants:
            profile, packs, lang, detector, options = normalizer._settings
            variants[key] = Normalizer(profile, packs, lang, detector=detector,
                                       options={**options, **rule.rule.when})
        runner = variants.get(key, normalizer)
        for number, example in enumerate(rule.rule.examples, start=1):
            expected = example.text_in if example.text_out is None else example.text_out
            got = runner.run(example.text_in, lang=example_lang(rule, example.lang)).text
            if got != expected:
                failures.append(ExampleFailure(rule, number, example.text_in, expected, got))
    return failures
