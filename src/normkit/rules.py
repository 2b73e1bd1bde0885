"""Rules ready to run: each pack rule with its stage, languages and compiled pattern.

>>> from normkit.packs.discovery import load_all
>>> rules = compile_rules(load_all())
>>> kyiv = next(r for r in rules if r.id == "geo-ua/kyiv")
>>> kyiv.stage, kyiv.applies("en", {}), kyiv.applies("es", {})
('lexicon', True, False)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import regex

from normkit.packs.loader import Pack
from normkit.packs.schema import Rule

DEFAULT_STAGE = {"alias": "lexicon", "drop": "boilerplate", "rewrite": "punctuation"}


@dataclass(frozen=True)
class CompiledRule:
    """A rule of a pack, compiled; ``id`` is ``pack-id/rule-id``."""

    id: str
    rule: Rule
    pack: Pack
    index: int  # position in its pack
    order: int  # position among all rules: ties break by it
    stage: str
    langs: frozenset[str] | None
    pattern: regex.Pattern | None = field(default=None, compare=False)
    triggers: tuple[str, ...] = ()  # speed hint: see stages.rewrite, boilerplate.packrules
    trusted: bool = False  # a bundled rule: reviewed and tested linear, run without a timeout

    @property
    def timeout_guard(self) -> bool:
        """Whether matching runs under the regex timeout (every rule from outside normkit)."""
        return not self.trusted

    def applies(self, lang: str, options: Mapping[str, str]) -> bool:
        """True if the rule runs for a document in ``lang`` under the profile ``options``."""
        if self.langs is not None and lang not in self.langs:
            return False
        return all(options.get(key) == value for key, value in self.rule.when.items())

    @property
    def location(self) -> str:
        return self.pack.location(self.index)


def rule_stage(pack: Pack, rule: Rule) -> str:
    """The stage a rule runs in: its own ``stage``, its pack's (rewrites), or its kind's."""
    stage = rule.stage or (pack.info.pack.stage if rule.kind == "rewrite" else None)
    return stage or DEFAULT_STAGE[rule.kind]


def compile_rules(packs: Iterable[Pack]) -> list[CompiledRule]:
    """Compile every rule of ``packs``, in order."""
    from normkit.packs.discovery import bundled_rules_dir

    bundled = bundled_rules_dir().resolve()
    compiled: list[CompiledRule] = []
    for pack in packs:
        info = pack.info.pack
        trusted = pack.path.resolve().is_relative_to(bundled)
        for index, rule in enumerate(pack.rules):
            langs = rule.lang if rule.lang is not None else info.lang
            compiled.append(
                CompiledRule(
                    id=f"{pack.id}/{rule.id}",
                    rule=rule,
                    pack=pack,
                    index=index,
                    order=len(compiled),
                    stage=rule_stage(pack, rule),
                    langs=frozenset(langs) if langs is not None else None,
                    pattern=rule.match.compile() if rule.match is not None else None,
                    triggers=tuple(rule.triggers),
                    trusted=trusted,
                )
            )
    return compiled
