"""Cleaning for tests that check whole pages: one Normalizer per language, and a second
cleaning that must change nothing.

>>> clean_checked({}, "en", "Talks in Kiev went on.")
'Talks in Kyiv went on.'
>>> cleaned_twice(Normalizer(), "Talks in Kiev went on .")
'Talks in Kyiv went on.'
"""

from __future__ import annotations

from normkit import Normalizer


def clean_checked(norms: dict[str, Normalizer], lang: str, text: str) -> str:
    """``text`` cleaned as ``lang`` (with a Normalizer kept in ``norms``), checked idempotent."""
    norm = norms.setdefault(lang, Normalizer(lang=lang))
    once = norm.run(text).text
    assert norm.run(once).text == once, "a second cleaning changed the text"
    return once


def cleaned_twice(norm: Normalizer, text: str, lang: str | None = "en") -> str:
    """``text`` cleaned by ``norm`` as ``lang``, checked idempotent (a second cleaning
    changes nothing)."""
    once = norm.run(text, lang=lang).text
    assert norm.run(once, lang=lang).text == once, "a second cleaning changed the text"
    return once
