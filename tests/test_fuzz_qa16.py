"""Regressions the qa16 fuzzing campaigns found (benchmarks/fuzz.py, its --scripts, --wide
and --packs modes): each test holds a minimised failure, rewritten in our own words, and
the promise it broke (idempotence, protected spans, edits that map to the input).
"""

from __future__ import annotations


def _twice(norm, text: str, lang: str | None = "en") -> tuple[str, str]:
    once = norm.clean(text, lang=lang)
    return once, norm.clean(once, lang=lang)


def test_a_name_the_lexicon_writes_lifts_a_document_guard_in_the_same_cleaning(norm):
    # Texas in the document keeps Odessa (forbid_document) unless the document names
    # Mykolaiv (unless_document); here it does so only once Mikoláiv is rewritten, and the
    # first cleaning must see that as the second would
    text = "Odessa reopened its port.\n\nA church group in Midland, Texas, sent aid to Mikoláiv."
    once, again = _twice(norm, text)
    assert again == once
    assert once.startswith("Odesa reopened its port.")
    assert once.endswith("sent aid to Mykolaiv.")
    # without the Ukrainian city the Texan reading stands
    texan = "Odessa reopened its pool.\n\nA church group in Midland, Texas, sent aid."
    assert norm.clean(texan, lang="en") == texan
