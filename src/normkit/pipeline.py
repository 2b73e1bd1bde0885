"""The Normalizer: packs and a profile compiled once, then run on any number of texts.

>>> norm = Normalizer()
>>> norm.clean("Nato says talks in Kiev went on -- for now.", lang="en")
'NATO says talks in Kyiv went on—for now.'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from normkit.corpus import RecurringLines
from normkit.document import Result
from normkit.langcodes import language_code
from normkit.language import (
    BACKENDS,
    NO_NEUTRAL_WORDS,
    UNDETERMINED,
    NeutralWords,
    detect_with_evidence,
    same_evidence,
)
from normkit.packs.discovery import bundled_profile_paths, load_all, load_paths
from normkit.packs.loader import Pack, PackError, load_profile, location
from normkit.packs.schema import STAGES, ProfileFile, Rule
from normkit.protect import find_protected
from normkit.rules import CompiledRule, compile_rules, rule_stage
from normkit.stages.base import Context, Stage
from normkit.stages.boilerplate import BoilerplateStage
from normkit.stages.encoding import EncodingStage
from normkit.stages.lexicon import LexiconStage, rewritten_words
from normkit.stages.punctuation import PunctuationStage
from normkit.stages.rewriting import RewriteStage
from normkit.tracking import TrackedText


def resolve_profile(profile: str | Path) -> ProfileFile:
    """A bundled profile by name, or a profile file by path."""
    path = _profile_file(profile)
    if path is not None:
        return load_profile(path)
    for candidate in bundled_profile_paths():
        if candidate.stem == str(profile):
            return load_profile(candidate)
    names = ", ".join(p.stem for p in bundled_profile_paths())
    raise PackError(f"unknown profile {profile!r}: bundled profiles are {names}")


def select_packs(profile: ProfileFile, available: list[Pack]) -> list[Pack]:
    """The packs a profile turns on (``*`` means all), less its ``exclude`` list
    and the packs whose rules all run in an ``exclude_stages`` stage."""
    by_id = {pack.id: pack for pack in available}
    chosen: list[Pack] = []
    for name in profile.packs:
        if name == "*":
            chosen.extend(p for p in available if p not in chosen)
        elif name in by_id:
            if by_id[name] not in chosen:
                chosen.append(by_id[name])
        else:
            raise PackError(f"profile {profile.profile!r} names unknown pack {name!r}")
    skipped = set(profile.exclude_stages)
    return [
        p for p in chosen
        if p.id not in profile.exclude
        and not (skipped and {rule_stage(p, r) for r in p.rules} <= skipped)
    ]


# options read by code rather than by rules' ``when:``, with their values
CODE_OPTIONS = {"canonical_forms": {"own", "en"}, "romanisation": {"ukrainian", "none"}}


def check_options(options: dict, profile_options: dict, rules: Iterable[Rule]) -> None:
    """Reject option names and values that nothing reads, so a typo is not silently ignored.

    A value is known if the profile uses it, a rule's ``when:`` names it, or it is ``keep``
    (no rule: leave the text as it is).

    >>> check_options({"dash": "keep"}, {"dash": "em"}, [])
    >>> check_options({"dahs": "em"}, {"dash": "em"}, [])
    Traceback (most recent call last):
    ...
    ValueError: unknown option 'dahs' (known: canonical_forms, dash, romanisation)
    """
    known: dict[str, set[str]] = {key: {str(value), "keep"}
                                  for key, value in profile_options.items()}
    for key, values in CODE_OPTIONS.items():
        known.setdefault(key, set()).update(values)
    for rule in rules:
        for key, value in rule.when.items():
            known.setdefault(key, {"keep"}).add(value)
    for key, value in options.items():
        if key not in known:
            raise ValueError(f"unknown option {key!r} (known: {', '.join(sorted(known))})")
        if not isinstance(value, str) or value not in known[key]:
            raise ValueError(f"option {key}={value!r} is not one of: "
                             f"{', '.join(sorted(known[key]))}")


def _profile_file(profile: str | Path) -> Path | None:
    """The path of a profile given as a file (None for a bundled profile's name)."""
    path = Path(profile)
    return path if path.suffix in (".yaml", ".yml") or path.exists() else None


def check_profile_file(path: Path, profile: ProfileFile, packs: Sequence[Pack]) -> None:
    """A profile file's options must be ones some pack reads, with values it knows, and its
    ``exclude`` must name packs that exist: a typo is an error naming its line, instead of
    a repair turned off without a word."""
    rules = [rule for pack in packs for rule in pack.rules]
    for key, value in profile.options.items():
        try:
            check_options({key: value}, {}, rules)
        except ValueError as exc:
            raise PackError(f"{location(path, ('options', key))}: {exc}") from None
    known = {pack.id for pack in packs}
    for index, name in enumerate(profile.exclude):
        if name not in known:
            raise PackError(f"{location(path, ('exclude', index))}: exclude names unknown "
                            f"pack {name!r}")


_EVIDENCE = "language/sample"  # what detection read, to tell whether a later text reads the same
MAX_PASSES = 3  # a later stage's repair can expose work for an earlier one; rerun to a fixed point


class Normalizer:
    """Cleans texts with a profile and packs; build it once, use it everywhere.

    It is immutable, thread-safe, and pickles by its settings (workers rebuild it).

    - ``profile``: a bundled profile's name (``default``, ``minimal``, ``no-lexicon``) or
      a profile YAML file; it chooses the packs and the options.
    - ``packs``: one extra pack file or directory, or a sequence of them; they run beside
      the profile's packs.
    - ``lang``: the language of every document (ISO 639-1, ``"en"``); skips detection.
    - ``detector``: the language detector, ``"fasttext"`` or ``"langdetect"``.
    - ``options``: profile options to override, e.g. ``{"dash": "em-spaced"}``; an unknown
      name or value is a :class:`ValueError` that lists the known ones.

    Packs and profiles that cannot be used raise :class:`~normkit.PackError`.

    >>> norm = Normalizer(options={"dash": "em-spaced"})
    >>> result = norm.run("Nato says talks in Kiev went on -- for now.", lang="en")
    >>> result.text
    'NATO says talks in Kyiv went on — for now.'
    >>> [edit.rule for edit in result.edits]
    ['punct/double-hyphen-spaced', 'orgs/nato', 'geo-ua/kyiv']
    """

    recurring: RecurringLines | None = None  # corpus mode: see with_recurring()

    def __init__(
        self,
        profile: str | Path = "default",
        packs: str | Path | Sequence[str | Path] = (),
        lang: str | None = None,
        *,
        detector: str = "fasttext",
        options: dict[str, str] | None = None,
    ):
        if isinstance(packs, str | Path):  # one pack, not a sequence of one-letter paths
            packs = (packs,)
        if lang is not None:  # EN, eng, en-GB: the packs' en
            lang = language_code(lang)
        self._settings = (profile, tuple(str(p) for p in packs), lang, detector,
                          dict(options or {}))
        if detector not in BACKENDS:
            raise ValueError(f"unknown language detector {detector!r}; choose from "
                             f"{', '.join(sorted(BACKENDS))}")
        self.profile = resolve_profile(profile)
        self.profile_path = _profile_file(profile)
        available = load_all()
        extra = load_paths(packs, taken=available)
        chosen = select_packs(self.profile, available)
        self.packs: tuple[Pack, ...] = tuple(chosen + [p for p in extra if p not in chosen])
        self.options = {**self.profile.options, **(options or {})}
        self.lang = lang
        self.detector = detector
        self.rules: tuple[CompiledRule, ...] = tuple(compile_rules(self.packs))
        check_options(options or {}, self.profile.options, [r.rule for r in self.rules])
        if self.profile_path is not None:
            check_profile_file(self.profile_path, self.profile, [*available, *extra])
        by_stage = {stage: [r for r in self.rules if r.stage == stage] for stage in STAGES}
        stages = (
            EncodingStage(by_stage["encoding"], self.options),
            BoilerplateStage(by_stage["boilerplate"], self.options),
            PunctuationStage(by_stage["punctuation"], self.options),
            LexiconStage(by_stage["lexicon"], self.options),
            RewriteStage("layout", by_stage["layout"], self.options),
        )
        self._encoding, *rest = stages
        self._stages = tuple(s for s in rest if s.name in self.profile.stages)
        self._run_encoding = "encoding" in self.profile.stages
        early = [r for r in by_stage["layout"] if r.rule.early]
        self._early_layout = (RewriteStage("layout", early, self.options)
                              if early and "layout" in self.profile.stages else None)
        # names the lexicon rewrites are no evidence of a language: the cleaned text must
        # read as the same language as the text it came from (idempotence)
        self.neutral_words = (NeutralWords(rewritten_words(by_stage["lexicon"]))
                         if "lexicon" in self.profile.stages else NO_NEUTRAL_WORDS)
        self.__dict__["_built"] = True  # from here on, attributes are read-only

    def __setattr__(self, name: str, value) -> None:
        """A built Normalizer is immutable: its stages were compiled from its settings.

        >>> Normalizer(lang="en").lang = "de"
        Traceback (most recent call last):
        ...
        AttributeError: a Normalizer is immutable: build another, Normalizer(..., lang=...)
        """
        if self.__dict__.get("_built"):
            raise AttributeError(
                f"a Normalizer is immutable: build another, Normalizer(..., {name}=...)")
        object.__setattr__(self, name, value)

    def __reduce__(self):
        profile, packs, lang, detector, options = self._settings
        return (_rebuild, (profile, packs, lang, detector, options, self.recurring))

    def with_recurring(self, recurring: RecurringLines | None) -> Normalizer:
        """This normalizer, also dropping lines that recur across a corpus (corpus mode).

        ``recurring`` comes from :meth:`normkit.corpus.RecurringLines.count`, a first
        pass over the corpus; the stages and packs are shared with this normalizer.
        """
        clone = object.__new__(Normalizer)
        clone.__dict__.update(self.__dict__, recurring=recurring)
        return clone

    def stage(self, name: str) -> Stage:
        """The stage called ``name`` (``encoding``, ``boilerplate``, ``punctuation``, ...)."""
        for stage in (self._encoding, *self._stages):
            if stage.name == name:
                return stage
        raise KeyError(name)

    def rule(self, rule_id: str) -> CompiledRule:
        """The compiled rule with this id (``pack/rule``, or a bare rule id if unique)."""
        matches = [r for r in self.rules if r.id == rule_id or r.id.split("/", 1)[1] == rule_id]
        if len(matches) != 1:
            raise KeyError(rule_id)
        return matches[0]

    def run(self, text: str, *, lang: str | None = None, doc_id: str = "<text>") -> Result:
        """Clean ``text`` and return the result with every edit and removed block.

        ``lang`` fixes this text's language (else the Normalizer's, else detection);
        ``doc_id`` names the text in errors (a rule that runs too long).
        """
        if not isinstance(text, str):
            raise TypeError(f"normkit cleans str, not {type(text).__name__}")
        if lang:
            lang = language_code(lang)
        doc = TrackedText(text, find_protected(text))
        ctx = Context(lang=lang or self.lang or UNDETERMINED, options=self.options, doc_id=doc_id)
        if self.recurring is not None:
            ctx.notes["recurring"] = self.recurring
        if self._run_encoding:
            self._encoding.run(doc, ctx)
        detected = lang is None and self.lang is None
        if detected:
            ctx.lang, ctx.notes[_EVIDENCE] = detect_with_evidence(
                doc.text, self.detector, self.neutral_words)
        if self._early_layout is not None:  # tidy line edges and blank lines first
            self._early_layout.run(doc, ctx)
        produced: dict[str, str] = {}  # each stage's last output
        for passes in range(MAX_PASSES):
            before = doc.text
            if passes:
                # the text changed in the pass before: protect what it shows now, as a
                # second cleaning would (removing `¡` from `ftp¡://x.org` makes an address);
                # a stage's own output is then no fixed point of it any more
                protected = find_protected(doc.text)
                if protected != doc.protected:
                    doc.protected = protected
                    produced.clear()
            if passes and self._run_encoding:
                text_in = doc.text
                self._encoding.run(doc, ctx)
                # a repair a later stage made possible (mojibake beside a name the lexicon
                # rewrote) changes words: the language is read again, as a second cleaning
                # would read it
                if detected and doc.text != text_in and self._redetect(doc, ctx, removed=False):
                    produced.clear()
            for stage in self._stages:
                if produced.get(stage.name) != doc.text:  # else: its own output, a fixed point
                    text_in = doc.text
                    stage.run(doc, ctx)
                    produced[stage.name] = doc.text
                    # what a stage wrote can read as another language: the next cleaning
                    # would read it so (``WhyI'Ll`` written ``WhyI'll`` reads as English)
                    if detected and doc.text != text_in and self._redetect(
                            doc, ctx, removed=stage.name == "boilerplate" and not passes):
                        produced.clear()  # another language: every stage runs again
                        before = None
            if doc.text == before:
                break
        return Result(
            text=doc.text,
            original=text,
            lang=ctx.lang,
            edits=tuple(doc.edits),
            removed=tuple(doc.removed),
        )

    def _redetect(self, doc: TrackedText, ctx: Context, *, removed: bool = True) -> bool:
        """The language of what the boilerplate stage left: the article's, not the page's.

        Detection on the cleaned text must agree with the run that produced it, or a
        second cleaning could take other rules (an English menu around a Spanish article).
        ``removed``: the text is the one detection read less some blocks (the first pass's
        boilerplate; later, the lexicon has rewritten words). True if the language changed.
        """
        evidence = ctx.notes[_EVIDENCE]
        if not removed:
            evidence = evidence._replace(nameless=False)
        if same_evidence(evidence, doc.text, self.neutral_words):
            return False
        was = ctx.lang
        ctx.lang, ctx.notes[_EVIDENCE] = detect_with_evidence(
            doc.text, self.detector, self.neutral_words)
        return ctx.lang != was

    def clean(self, text: str, *, lang: str | None = None) -> str:
        """The cleaned text alone."""
        return self.run(text, lang=lang).text

    def clean_many(self, texts: Iterable[str], *, lang: str | None = None) -> Iterator[str]:
        """Clean a stream of texts lazily, in order.

        >>> list(Normalizer().clean_many(["Nato met in Kharkov.", "Talks in Kiev."], lang="en"))
        ['NATO met in Kharkiv.', 'Talks in Kyiv.']
        """
        for text in texts:
            yield self.run(text, lang=lang).text


def _rebuild(profile, packs, lang, detector, options, recurring=None) -> Normalizer:
    norm = Normalizer(profile, packs, lang, detector=detector, options=options)
    return norm if recurring is None else norm.with_recurring(recurring)
