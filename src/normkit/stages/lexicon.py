"""The lexicon stage: every name variant becomes its canonical form, in one pass.

All alias rules active for a language compile into one :class:`LiteralMatcher`;
``protect:`` phrases are matched too, so that a longer protected phrase
(``Chicken Kiev``) wins over the variant inside it. Guards then decide whether a
match may change: protected spans, ``requires`` (the document mentions one of
these words), ``require_near`` / ``forbid_near`` (within ``near`` characters),
``forbid_document`` (the document names another place or person of the name, and
none of ``unless_document``), ``require_before`` / ``require_after`` /
``forbid_before`` / ``forbid_after`` (the neighbouring words) and ``match_lowercase``
(``turkey`` the bird is not ``Turkey``).

Which rules run is chosen by the document's language, or, with the profile option
``canonical_forms: en``, by that language for every document (English forms everywhere).

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

import bisect
import hashlib
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from normkit.language import words_of
from normkit.matching import LiteralMatcher, apply_case, fold, is_word_char
from normkit.packs.cache import StoredTable
from normkit.rules import CompiledRule
from normkit.stages.base import Context, PerLanguage
from normkit.stages.quotes import styled_apostrophes
from normkit.stages.rewrite import MAX_ROUNDS
from normkit.tracking import Change, TrackedText
from normkit.transliterate import generate_variants

OWN_FORMS = "own"
MIN_GENERATED_LETTERS = 4


@dataclass(frozen=True, slots=True)
class _Target:
    rule: CompiledRule | None  # None: a protected phrase
    variant: str
    final: bool  # a protected phrase or a canonical form: no other rule may take it


_BRACES = re.compile(r"\{([^{}]*)\}")
# the marks beside which a written form may make a protected span (@handle, `code`, an address)
_MAKES_PROTECTED = re.compile(r"[@#`./:]")


def expand_braces(pattern: str) -> list[str]:
    """Expand ``{a,b}`` alternatives, shell-style.

    >>> expand_braces("{Vladimir,Volodimir} {Zelenski,Zelenskiy}")
    ['Vladimir Zelenski', 'Vladimir Zelenskiy', 'Volodimir Zelenski', 'Volodimir Zelenskiy']
    """
    match = _BRACES.search(pattern) if "{" in pattern else None
    if match is None:
        return [pattern]
    head, tail = pattern[: match.start()], pattern[match.end() :]
    return [
        expanded
        for choice in match.group(1).split(",")
        for expanded in expand_braces(head + choice.strip() + tail)
    ]


@cache
def english_words() -> frozenset[str]:
    """Common English words that a generated variant must never be (``data/english_words.txt``).

    >>> "turkey" in english_words(), "kyiv" in english_words()
    (True, False)
    """
    text = resources.files("normkit").joinpath("data/english_words.txt").read_text("utf-8")
    return frozenset(
        fold(line.strip()) for line in text.splitlines() if line.strip() and line[0] != "#"
    )


def listed_variants(rule: CompiledRule) -> list[str]:
    """The variants a rule lists, braces expanded."""
    return [v for listed in rule.rule.variants for v in expand_braces(listed)]


def generated_variants(rule: CompiledRule) -> list[str]:
    """Variants romanised from the rule's ``source`` names, less the unsafe ones.

    A generated spelling is dropped when it is a common English word or a single
    word of fewer than four letters: nobody checked it by hand.
    """
    if not rule.rule.source:
        return []
    source = tuple(
        (lang, (names,) if isinstance(names, str) else tuple(names))
        for lang, names in sorted(rule.rule.source.items())
    )
    return list(_safe_variants(source, tuple(rule.rule.not_variants)))


@cache
def _stored_variants() -> StoredTable:
    """Generated variants kept between runs (romanising every name costs a quarter of a
    second at start-up), under a fingerprint of the code and word list that make them."""
    from normkit import __version__, transliterate

    fingerprint = hashlib.sha256(f"{__version__} {sys.version}".encode())  # and Unicode's
    for path in (Path(transliterate.__file__ or ""), Path(__file__)):
        fingerprint.update(path.read_bytes())
    fingerprint.update(resources.files("normkit").joinpath("data/english_words.txt").read_bytes())
    return StoredTable("variants", fingerprint.digest())


def store_variants() -> None:
    """Write the generated variants found so far to the cache (see :func:`_stored_variants`)."""
    _stored_variants().flush()


@cache
def _safe_variants(source: tuple[tuple[str, tuple[str, ...]], ...],
                   not_variants: tuple[str, ...]) -> tuple[str, ...]:
    key = repr((source, not_variants))
    stored = _stored_variants().get(key)
    if stored is None:
        stored = _stored_variants()[key] = _generate_safe_variants(source, not_variants)
    return stored


def _generate_safe_variants(source: tuple[tuple[str, tuple[str, ...]], ...],
                            not_variants: tuple[str, ...]) -> tuple[str, ...]:
    words = english_words()
    refused = {fold(v) for v in not_variants}
    kept = []
    for variant in generate_variants(dict(source)):
        key = fold(variant)
        if key in words or key in refused:
            continue
        if " " not in key and sum(c.isalpha() for c in key) < MIN_GENERATED_LETTERS:
            continue
        kept.append(variant)
    return tuple(kept)


def alias_variants(rule: CompiledRule) -> list[str]:
    """Every spelling a rule rewrites: listed (braces expanded) and generated ones.

    The canonical form itself is included, so that ``kyiv`` gets its capital;
    case-sensitive rules leave it out.
    """
    canonical = rule.rule.canonical or ""
    found = listed_variants(rule) + generated_variants(rule)
    if not rule.rule.case_sensitive:
        found.append(canonical)
    seen: dict[str, str] = {}
    for variant in found:
        seen.setdefault(fold(variant), variant)
    if rule.rule.case_sensitive:
        seen.pop(fold(canonical), None)
    return list(seen.values())


def rewritten_words(rules: Iterable[CompiledRule]) -> frozenset[str]:
    """The names (folded words) that a rule of ``rules`` may write, remove or recapitalise,
    and its phrases of several words (folded, one space between words).

    Every capitalised word of a canonical form (a rewrite may change its case:
    ``Nato`` -> ``NATO``) and every capitalised word of a variant that its canonical form
    lacks. Language detection leaves these words out, so that rewriting a name cannot
    change the language read on the cleaned text (see :class:`normkit.language.NeutralWords`).
    Words that are not names stay (``of`` and ``Republic`` in ``Republic of Austria``, any
    word some phrase writes in lower case, common English words): they are the evidence
    of a language, and one of them more or less does not change it. A whole phrase goes,
    though, canonical form and variants alike: ``Plaza de la Independencia`` becomes
    ``Independence Square``, and in a text of few words that swap alone would turn
    Spanish evidence into English.

    >>> from normkit.packs.discovery import load_all
    >>> from normkit.rules import compile_rules
    >>> words = rewritten_words(r for r in compile_rules(load_all()) if r.stage == "lexicon")
    >>> sorted(w for w in words if w in {"kiev", "kyiv", "nato", "otan", "the", "republic"})
    ['kiev', 'kyiv', 'nato', 'otan']
    >>> "plaza de la independencia" in words, "independence square" in words
    (True, True)
    """
    found: set[str] = set()
    lower: set[str] = set()
    phrases: set[str] = set()
    for rule in rules:
        variants = alias_variants(rule)
        for phrase in (rule.rule.canonical or "", *variants):
            words = words_of(phrase)
            if len(words) > 1:
                phrases.add(" ".join(fold(word) for word in words))
        canonical = words_of(rule.rule.canonical or "")
        written = {fold(word) for word in canonical}
        found.update(fold(word) for word in canonical if not word.islower())
        for variant in variants:
            for word in words_of(variant):
                if word.islower():
                    lower.add(fold(word))
                elif fold(word) not in written:
                    found.add(fold(word))
        lower.update(fold(word) for word in canonical if word.islower())
    store_variants()
    return frozenset(found - lower - english_words()) | phrases


def build_matcher(rules: list[CompiledRule]) -> LiteralMatcher:
    """One matcher for all variants and protected phrases of ``rules``.

    Each folded phrase maps to its candidate targets, best first: a protected
    phrase or a canonical form ends the search; variants are tried in priority
    order until one rule's guards allow the change (``Dnepropetrovsk`` is the city
    Dnipro, but ``Dnepropetrovsk region`` keeps the oblast's name). A generated
    variant that folds like a phrase of another canonical form is left out.
    """
    ordered = sorted(rules, key=lambda r: (-r.rule.priority, r.order))
    phrases: dict[str, list[_Target]] = {}

    def add(phrase: str, target: _Target) -> None:
        key = fold(phrase)
        if not key:
            return
        claims = phrases.setdefault(key, [])
        if claims and claims[-1].final:
            return
        if all(c.rule is not target.rule for c in claims):
            claims.append(target)

    for rule in ordered:
        for phrase in rule.rule.protect:
            add(phrase, _Target(None, phrase, True))
    for rule in ordered:
        if not rule.rule.case_sensitive:
            add(rule.rule.canonical or "", _Target(rule, rule.rule.canonical or "", True))
    for rule in ordered:
        for variant in listed_variants(rule):
            add(variant, _Target(rule, variant, False))
    generated: dict[str, list[tuple[CompiledRule, str]]] = {}
    for rule in ordered:
        for variant in generated_variants(rule):
            generated.setdefault(fold(variant), []).append((rule, variant))
    store_variants()
    for key, claims in generated.items():
        owners = {rule.rule.canonical for rule, _ in claims}
        owners.update(t.rule.rule.canonical if t.rule else None for t in phrases.get(key, ()))
        if len(owners) == 1:
            for rule, variant in claims:
                add(variant, _Target(rule, variant, False))
    return LiteralMatcher(phrases, folded=True)


class _Guards:
    """The neighbour-word and document checks of one rule, compiled."""

    def __init__(self, rule: CompiledRule):
        spec = rule.rule
        self.requires = _phrase_matcher(spec.requires)
        self.other = _phrase_matcher(spec.forbid_document)
        self.unless = _phrase_matcher(spec.unless_document)
        self.near = _phrase_matcher(spec.require_near)
        self.not_near = _phrase_matcher(spec.forbid_near)
        self.window = spec.near
        self.before = [fold(p) for p in spec.forbid_before]
        self.after = [fold(p) for p in spec.forbid_after]
        self.need_before = [fold(p) for p in spec.require_before]
        self.need_after = [fold(p) for p in spec.require_after]
        self.lowercase = spec.match_lowercase

    def allows(self, folded: str, text: str, start: int, end: int, doc_ok: dict, rid: str) -> bool:
        if not self.lowercase and text[start:end].islower():
            return False
        if self.requires is not None:
            if rid not in doc_ok:
                doc_ok[rid] = _mentions(self.requires, folded)
            if not doc_ok[rid]:
                return False
        if self.other is not None and self._elsewhere(folded, doc_ok, rid):
            return False
        lo, hi = max(0, start - self.window), end + self.window
        if self.near is not None and not _mentions(self.near, folded[lo:hi]):
            return False
        if self.not_near is not None and _mentions(self.not_near, folded[lo:hi]):
            return False
        if self.before and _neighbour_before(folded, start, self.before):
            return False
        if self.after and _neighbour_after(folded, end, self.after):
            return False
        if self.need_before and not _neighbour_before(folded, start, self.need_before):
            return False
        return not (self.need_after and not _neighbour_after(folded, end, self.need_after))


    def _elsewhere(self, folded: str, doc_ok: dict, rid: str) -> bool:
        """True if the document is about another bearer of the name (``forbid_document``)."""
        key = rid + "\0elsewhere"
        if key not in doc_ok:
            doc_ok[key] = _mentions(self.other, folded) and not (
                self.unless is not None and _mentions(self.unless, folded))
        return doc_ok[key]


def _phrase_matcher(phrases: Iterable[str]) -> LiteralMatcher | None:
    phrases = list(phrases)
    return LiteralMatcher(dict.fromkeys(phrases, True)) if phrases else None


def _mentions(matcher: LiteralMatcher, folded: str) -> bool:
    return next(matcher.finditer(folded, folded), None) is not None


# words that set a place's or person's two names side by side on purpose: a rename
# (`Bakhmut, formerly Artemivsk`, `renamed from Kirovograd to Kropyvnytskyi`, `Dnipro, then
# Dnepropetrovsk`) or a spelling note (`Zelensky, also spelt Zelenskiy`)
RENAME_CUES = frozenset({
    "formerly", "former", "previously", "once", "renamed", "rename", "renaming", "now",
    "known", "called", "named", "until", "till", "became", "becomes", "then", "spelled",
    "spelt", "spelling", "also", "instead", "rather", "nee", "old",
})
# words that say as much only right between the two names (`from Kirovograd to
# Kropyvnytskyi`, `Kyiv or Kiev`), not in a clause (`Kiev to host talks; Kyiv said`)
SHORT_RENAME_CUES = frozenset({"from", "to", "or", "not", "than", "into", "new"})
SHORT_CUE_WORDS = 2
RENAME_GAP = 40  # characters between the two names, at most


def _spans_by_rule(hits: list) -> dict[str, list[tuple[int, int]]]:
    """Where each alias rule's names (variants and canonical form) occur in the text."""
    found: dict[str, list[tuple[int, int]]] = {}
    for start, end, targets in hits:
        for target in targets:
            if target.rule is not None:
                found.setdefault(target.rule.id, []).append((start, end))
    return found


def named_together(folded: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """True if another name of the same rule stands close to ``[start, end)`` with words
    that set the two side by side: a rename or a spelling note, whose old name is meant.

    >>> text = "bakhmut, formerly artemivsk, was shelled"
    >>> named_together(text, 18, 27, [(0, 7), (18, 27)])
    True
    >>> text = "artemivsk and bakhmut"  # no such word between them
    >>> named_together(text, 0, 9, [(0, 9), (14, 21)])
    False
    >>> text = "kiev to host talks; kyiv said"  # `to` only right between two names
    >>> named_together(text, 0, 4, [(0, 4), (20, 24)])
    False
    """
    # ``spans`` are in the order of the text: only those that start near this one are read
    first = bisect.bisect_left(spans, start - RENAME_GAP - LONGEST_NAME, key=_span_start)
    last = bisect.bisect_right(spans, end + RENAME_GAP, key=_span_start)
    for other_start, other_end in spans[first:last]:
        if other_start == start:
            continue
        gap = folded[end:other_start] if other_start >= end else folded[other_end:start]
        if (other_start < end and other_end > start) or len(gap) > RENAME_GAP:
            continue
        words = _GAP_WORDS.findall(gap)
        if (RENAME_CUES.intersection(words)
                or (len(words) <= SHORT_CUE_WORDS and SHORT_RENAME_CUES.intersection(words))
                or (not words and ("(" in gap or "/" in gap))):
            return True
    return False


_GAP_WORDS = re.compile(r"[^\W\d_]+")
LONGEST_NAME = 120  # characters: a name of a rule is never longer


def _span_start(span: tuple[int, int]) -> int:
    return span[0]


_GAP = " ,-\t"
# a quotation mark around the name, as a title has one: the film "Chernobyl"
_GAP_BEFORE = _GAP + "\"“‘«„'"
_GAP_AFTER = _GAP + "\"”’»'"


def _neighbour_after(folded: str, end: int, words: list[str]) -> bool:
    """True if one of ``words`` follows ``end`` with only spaces, commas, hyphens or
    closing quotation marks between.

    >>> _neighbour_after("odessa, texas", 6, ["texas"])
    True
    """
    pos = end
    while pos < len(folded) and folded[pos] in _GAP_AFTER:
        pos += 1
    for word in words:
        stop = pos + len(word)
        if folded.startswith(word, pos) and (stop >= len(folded) or not is_word_char(folded[stop])):
            return True
    return False


def _neighbour_before(folded: str, start: int, words: list[str]) -> bool:
    """True if one of ``words`` ends right before ``start`` (spaces, commas, hyphens or
    opening quotation marks between).

    >>> _neighbour_before("chicken kiev", 8, ["chicken"]), _neighbour_before('film "x', 6, ["film"])
    (True, True)
    """
    pos = start
    while pos > 0 and folded[pos - 1] in _GAP_BEFORE:
        pos -= 1
    for word in words:
        begin = pos - len(word)
        if begin >= 0 and folded.startswith(word, begin) and (
            begin == 0 or not is_word_char(folded[begin - 1])
        ):
            return True
    return False


_GUARD_FIELDS = ("requires", "forbid_document", "require_near", "forbid_near", "forbid_before",
                 "forbid_after", "require_before", "require_after")


def has_context_guards(rule: CompiledRule) -> bool:
    """True if the rule's neighbours decide whether it applies (``forbid_after``, ...)."""
    return any(getattr(rule.rule, name) for name in _GUARD_FIELDS)


def _has_guards(rule: CompiledRule) -> bool:
    return not rule.rule.match_lowercase or has_context_guards(rule)


class LexiconStage:
    name = "lexicon"

    def __init__(self, rules: list[CompiledRule], options: Mapping[str, str]):
        self._quotes = options.get("quotes", "straight")
        self._matchers = PerLanguage(rules, options, build_matcher)
        self._forms = options.get("canonical_forms", OWN_FORMS)
        self._exact = {  # case-sensitive rules: the spellings exactly as written
            rule.id: frozenset(listed_variants(rule) + generated_variants(rule))
            for rule in rules if rule.rule.case_sensitive
        }
        self._guards = {
            rule.id: _Guards(rule)
            for rule in rules
            if _has_guards(rule)
        }
        # the words guards look for: a rewrite that writes or removes one may decide another
        # (``unless_document`` too: ``Mikoláiv`` written ``Mykolaiv`` lifts a forbid_document)
        self._context_words = _phrase_matcher(sorted({
            phrase for rule in rules for name in (*_GUARD_FIELDS, "unless_document")
            for phrase in getattr(rule.rule, name)}))

    def matcher(self, lang: str) -> LiteralMatcher:
        """The compiled matcher the stage uses for documents in ``lang``."""
        return self._matchers.get(lang if self._forms == OWN_FORMS else self._forms)

    def _allows(self, target: _Target, folded: str, text: str, start: int, end: int,
                doc_ok: dict[str, bool]) -> bool:
        rule = target.rule
        if rule.rule.case_sensitive and text[start:end] not in self._exact[rule.id]:
            return False
        guards = self._guards.get(rule.id)
        return guards is None or guards.allows(folded, text, start, end, doc_ok, rule.id)

    @staticmethod
    def _canonical(rule: CompiledRule, matched: str) -> str:
        canonical = rule.rule.canonical or ""
        return canonical if rule.rule.case == "exact" else apply_case(matched, canonical)

    def run(self, doc: TrackedText, ctx: Context) -> None:
        """Rewrite every variant; again if a rewrite wrote or removed a guard's word.

        A guard reads the text around a match, and this stage's own rewrites change it:
        ``Seversk, Zaporizhia`` mentions ``Zaporizhzhia`` (a word that tells Siversk in
        Ukraine from Seversk in Russia) only once ``Zaporizhia`` is rewritten. The stage
        runs to a fixed point, as a second cleaning would.

        >>> from normkit.packs.discovery import load_all
        >>> from normkit.rules import compile_rules
        >>> stage = LexiconStage([r for r in compile_rules(load_all())
        ...                       if r.stage == "lexicon"], {})
        >>> doc = TrackedText("Shelling near Seversk, Zaporizhia.")
        >>> stage.run(doc, Context(lang="en", options={}))
        >>> doc.text
        'Shelling near Siversk, Zaporizhzhia.'
        """
        matcher = self.matcher(ctx.lang)
        if not matcher.size:
            return
        for _ in range(MAX_ROUNDS):
            text = doc.text
            changes = self._changes(doc, matcher)
            doc.apply(changes, stage=self.name)
            if self._context_words is None or not any(
                    _mentions(self._context_words, fold(words))
                    for change in changes
                    for words in (change.replacement, text[change.start:change.end])):
                return

    @staticmethod
    def _changes_protected(doc: TrackedText, start: int, end: int, canonical: str) -> bool:
        """True if writing ``canonical`` over ``[start, end)`` changes what is protected."""
        if doc.protected and doc.protected_beside(start, end) is not None:
            return doc.moves_protected_edge(start, end, canonical)
        text = doc.text
        # only a handle's or code's mark, or an address's, can make a protected span
        near = text[max(0, start - 1):start] + text[end:end + 1]
        return bool(_MAKES_PROTECTED.search(near + canonical)) and doc.makes_protected(
            start, end, canonical)

    def _changes(self, doc: TrackedText, matcher: LiteralMatcher) -> list[Change]:
        text = doc.text
        folded = fold(text)
        doc_ok: dict[str, bool] = {}
        changes = []
        hits = list(matcher.finditer(text, folded))
        names = _spans_by_rule(hits)
        for start, end, targets in hits:
            if doc.protected and doc.overlaps_protected(start, end):
                continue
            matched = text[start:end]
            for target in targets:
                if target.rule is None:
                    break
                if named_together(folded, start, end, names[target.rule.id]):
                    break  # `Bakhmut, formerly Artemivsk`: both names are meant
                if self._allows(target, folded, text, start, end, doc_ok):
                    canonical = styled_apostrophes(
                        self._canonical(target.rule, matched), matched, self._quotes)
                    # a form that touches a protected span may change how it reads
                    # (``N.A.T.O.`Kiev``` -> ``NATO`Kiev```: a backtick after a word
                    # opens no code), or make one (``@N.A.T.O.`` -> ``@NATO``, a
                    # handle): then the form stays as written
                    if canonical != matched and not self._changes_protected(
                            doc, start, end, canonical):
                        changes.append(Change(start, end, canonical, target.rule.id))
                    break
                if target.final:
                    break
        return changes
