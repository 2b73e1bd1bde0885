"""Alias rules a corpus asks for: names it spells more than one way.

Words are clustered first; each word cluster gets a canonical spelling. Phrases are
then rewritten with those canonical words and clustered in turn, which finds the
variants that are only safe inside a name (``Vladimir Zelensky`` is
``Volodymyr Zelensky``, but ``Vladimir Putin`` stays). A phrase proposal is kept only
if no shorter phrase carries the same change.

>>> from normkit.discover.candidates import collect
>>> docs = [(str(i), t) for i, t in enumerate([
...     "On Monday, Vladimir Zelensky spoke in Kiev about the war.",
...     "On Monday, Volodymyr Zelensky spoke in Kyiv about the war.",
...     "On Monday, Volodymyr Zelensky spoke in Kyiv about the war.",
...     "Vladimir Putin replied from Moscow on Tuesday.",
...     "Vladimir Putin replied from Moscow on Tuesday."])]
>>> for p in propose(collect(docs), min_count=1):
...     print(p.canonical.text, "<-", [v.text for v in p.variants])
Kyiv <- ['Kiev']
Volodymyr Zelensky <- ['Vladimir Zelensky']
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from normkit.discover.candidates import Corpus, Form
from normkit.discover.canonical import choose
from normkit.discover.cluster import (
    MIN_CONTEXT,
    MIN_COUNT,
    MIN_LETTERS,
    Cluster,
    Evidence,
    find_clusters,
)
from normkit.matching import fold


@dataclass
class Proposal:
    """One alias rule: the canonical spelling and the variants it replaces."""

    canonical: Form
    variants: list[Form]
    evidence: dict[str, Evidence] = field(default_factory=dict)

    def written(self, variant: Form) -> list[str]:
        """The spellings a variant stands for: itself, and the texts merged into it.

        A phrase variant is clustered with its words already canonical
        (``Alexander Lytvynenko``); the texts were ``Alexander Litvinenko``.
        """
        found = [variant.text]
        for text, _ in variant.written.most_common():
            if text not in found and fold(text) != fold(self.canonical.text):
                found.append(text)
        return found

    def variant_spellings(self) -> list[str]:
        return [text for v in self.variants for text in self.written(v)]

    @property
    def spellings(self) -> list[str]:
        return [self.canonical.text, *self.variant_spellings()]

    @property
    def phrase(self) -> bool:
        return " " in self.canonical.text

    def pairs(self) -> list[tuple[str, str]]:
        """``(variant, canonical)`` for each variant spelling."""
        return [(text, self.canonical.text) for text in self.variant_spellings()]


Chooser = Callable[[list[str], dict[str, int]], str]


def _proposal(cluster: Cluster, pick: Chooser) -> Proposal:
    counts = {f.text: f.count for f in cluster.forms}
    canonical = pick(cluster.spellings, counts)
    by_text = {f.text: f for f in cluster.forms}
    variants = [f for f in cluster.forms if f.text != canonical]
    evidence = dict(cluster.evidence)
    if canonical != cluster.head.text:  # the head's evidence is against itself
        evidence[cluster.head.text] = evidence.pop(canonical)
    return Proposal(by_text[canonical], variants, evidence)


def _rekey_phrases(corpus: Corpus, words: dict[str, str]) -> dict[str, Form]:
    """Multi-word forms with each word replaced by its canonical, merged."""
    phrases: dict[str, Form] = {}
    for form in corpus.forms.values():
        if form.words < 2:
            continue
        text = " ".join(words.get(fold(w), w) for w in form.text.split())
        target = phrases.get(text)
        if target is None:
            target = phrases[text] = Form(text)
        target.count += form.count
        target.files.update(form.files)
        target.context.update(form.context)
        target.followers.update(form.followers)
        target.written[form.text] += form.count
        target.examples.extend(e for e in form.examples if e not in target.examples)
    return {text: form for text, form in phrases.items() if not form.is_fragment()}


def _shorter_exists(variant: str, canonical: str, accepted: set[tuple[str, str]]) -> bool:
    """True if a shorter span of the pair, still holding every changed word, is accepted."""
    a, b = variant.split(), canonical.split()
    changed = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if not changed:
        return True
    first, last = changed[0], changed[-1]
    for start in range(first + 1):
        for end in range(last + 1, len(a) + 1):
            if end - start >= 2 and end - start < len(a):
                x, y = " ".join(a[start:end]), " ".join(b[start:end])
                if (x, y) in accepted or (y, x) in accepted:
                    return True
    return False


def propose(
    corpus: Corpus,
    *,
    min_count: int = MIN_COUNT,
    min_letters: float = MIN_LETTERS,
    min_context: float = MIN_CONTEXT,
    preferred: Collection[str] = (),
    romanisation: str | None = None,
) -> list[Proposal]:
    """Alias proposals for ``corpus``: word rules first, then the phrase rules they leave."""

    def pick(spellings: list[str], counts: dict[str, int]) -> str:
        return choose(spellings, counts=counts, preferred=preferred, romanisation=romanisation)

    settings = {"min_count": min_count, "min_letters": min_letters, "min_context": min_context}
    single = {t: f for t, f in corpus.forms.items() if f.words == 1}
    word_rules = [_proposal(c, pick) for c in find_clusters(corpus, forms=single, **settings)]
    words = {fold(v.text): p.canonical.text for p in word_rules for v in p.variants}
    phrases = _rekey_phrases(corpus, words)
    phrase_rules = [_proposal(c, pick) for c in find_clusters(corpus, forms=phrases, **settings)]
    accepted = {pair for p in phrase_rules for pair in p.pairs()}
    kept = []
    for proposal in phrase_rules:
        proposal.variants = [
            v for v in proposal.variants
            if not _shorter_exists(v.text, proposal.canonical.text, accepted)
        ]
        if proposal.variants:
            kept.append(proposal)
    return word_rules + kept
