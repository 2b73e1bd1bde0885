"""Discover what the packs miss: names a corpus spells more than one way.

``suggest_draft`` turns cleaned documents into a draft pack of alias rules;
``consistency.inconsistencies`` lists the names still spelled several ways.
Both cluster capitalised words and phrases by transliteration skeleton, letters
and shared context (see :mod:`normkit.discover.cluster`).

>>> from normkit import Normalizer
>>> norm = Normalizer("no-lexicon", lang="en")
>>> docs = [(f"{i}.txt", t) for i, t in enumerate([
...     "Shelling in Kharkov went on overnight, the mayor of Kharkov said.",
...     "Shelling in Kharkiv went on overnight, the mayor of Kharkiv said.",
...     "Shelling in Kharkiv went on overnight, the mayor of Kharkiv said."])]
>>> draft = suggest_draft(norm, docs, "en", profile="no-lexicon", pack_id="demo")
>>> [(p.canonical.text, [v.text for v in p.variants]) for p in draft.proposals]
[('Kharkiv', ['Kharkov'])]
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from normkit.discover.candidates import collect
from normkit.discover.cluster import MIN_CONTEXT, MIN_COUNT, MIN_LETTERS
from normkit.discover.draft import Draft, validate
from normkit.discover.suggest import Proposal, propose
from normkit.matching import fold
from normkit.pipeline import Normalizer


def preferred_canonicals(norm: Normalizer, lang: str) -> frozenset[str]:
    """The folded canonical forms of the alias rules ``norm`` runs for ``lang``."""
    return frozenset(
        fold(rule.rule.canonical)
        for rule in norm.rules
        if rule.rule.kind == "alias" and rule.rule.canonical
        and rule.applies(lang, norm.options)
    )


def drop_covered(norm: Normalizer, proposals: list[Proposal], lang: str) -> list[Proposal]:
    """Leave out variants the profile's packs already turn into the canonical form."""
    kept = []
    for proposal in proposals:
        target = norm.clean(proposal.canonical.text, lang=lang)
        proposal.variants = [
            v for v in proposal.variants if norm.clean(v.text, lang=lang) != target
        ]
        if proposal.variants:
            kept.append(proposal)
    return kept


def suggest_draft(
    norm: Normalizer,
    documents: Sequence[tuple[str, str]],
    lang: str,
    *,
    profile: str | Path = "default",
    packs: Sequence[str | Path] = (),
    pack_id: str = "draft",
    min_count: int = MIN_COUNT,
    min_letters: float = MIN_LETTERS,
    min_context: float = MIN_CONTEXT,
) -> Draft:
    """A draft pack for documents already cleaned by ``norm`` (built from profile + packs)."""
    corpus = collect(documents)
    proposals = propose(
        corpus,
        min_count=min_count,
        min_letters=min_letters,
        min_context=min_context,
        preferred=preferred_canonicals(norm, lang),
        romanisation=norm.options.get("romanisation"),
    )
    proposals = drop_covered(norm, proposals, lang)
    header = [
        f"Draft pack written by `normkit suggest` from {len(documents)} document(s),"
        f" profile {Path(str(profile)).stem}, spellings seen at least {min_count} times.",
        "Each rule lists the spellings with their counts and an example. Review every rule:",
        "delete the ones that are not the same name, then test with",
        f"`normkit rules test --profile {profile} <this file>`.",
    ]
    return validate(proposals, profile=profile, packs=packs, pack_id=pack_id, lang=lang,
                    header=header)


__all__ = ["Draft", "Proposal", "drop_covered", "preferred_canonicals", "suggest_draft"]
