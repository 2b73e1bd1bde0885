"""Properties of the lexicon: cleaning twice changes nothing; protected spans never change."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from normkit import Normalizer
from normkit.matching import ENGINES, LiteralMatcher
from normkit.protect import find_protected

LEXICON_ONLY = """normkit: 1
profile: lexicon-only
packs: [geo-ua, geo-ru, orgs, kyiv-landmarks, countries]
options: {}
"""

# real variants, canonical forms, their neighbours and traps, and plain words
WORDS = [
    "Kiev", "KIEV", "kiev", "Kyiv", "Kiew", "Kyjiw", "Kievé", "Kiev's", "Kiev’s", "Kiev-based",
    "pro-Kiev", "Chicken", "Kievan", "Rus", "Kiev-88", "Odessa", "Texas", "Odesa", "Lvov",
    "Prince", "Dnepropetrovsk", "region", "Zelenskiy", "Zelenskyy", "Volodímir", "Vladimir",
    "Volodymyr", "Zelensky", "Putin", "Poutine", "poutine", "Nato", "NATO", "OTAN", "Plaza",
    "San", "Miguel", "Saint", "Michael's", "Square", "St.", "Kharkov", "Charkiw", "Gostomel",
    "Irpen", "Russian", "Federation", "Türkiye", "turkey", "Swaziland", "the", "in", "said",
    "Ukraine", "Nikolaev", "Artemovsk", "Winery", "Khmelnitsky", "Bogdan", "Dniester",
    "Moldova", "Babi", "Yar", "Donbass", "Lugansk", "human", "Uman", "Luck", "Lutsk",
]
URLS = ["https://x.org/kiev-news", "www.kiev.ua/odessa", "press@kiev.gov.ua", "@KievPost",
        "#Kiev"]
SEPARATORS = [" ", " ", " ", ", ", ". ", "\n", "-", " (", ") ", "'", "’", "/"]

FIXTURE_OK = [HealthCheck.function_scoped_fixture]  # the module-scoped Normalizer is reused
pieces = st.lists(
    st.tuples(st.sampled_from(WORDS + URLS), st.sampled_from(SEPARATORS)), min_size=1, max_size=25
)


@pytest.fixture(scope="module")
def lexicon(tmp_path_factory) -> Normalizer:
    path = tmp_path_factory.mktemp("profiles") / "lexicon-only.yaml"
    path.write_text(LEXICON_ONLY, "utf-8")
    return Normalizer(path, lang="en")


def _text(parts: list[tuple[str, str]]) -> str:
    return "".join(word + sep for word, sep in parts)


@settings(max_examples=150, deadline=None, suppress_health_check=FIXTURE_OK)
@given(pieces)
def test_cleaning_is_idempotent(lexicon: Normalizer, parts) -> None:
    once = lexicon.clean(_text(parts))
    assert lexicon.clean(once) == once


@settings(max_examples=150, deadline=None, suppress_health_check=FIXTURE_OK)
@given(pieces)
def test_protected_spans_are_never_edited(lexicon: Normalizer, parts) -> None:
    text = _text(parts)
    result = lexicon.run(text)
    for start, end in find_protected(text):
        for edit in result.edits:
            assert edit.end <= start or edit.start >= end, (text[start:end], edit)
        assert text[start:end] in result.text


@settings(max_examples=100, deadline=None, suppress_health_check=FIXTURE_OK)
@given(pieces)
def test_edits_replace_whole_words_only(lexicon: Normalizer, parts) -> None:
    text = _text(parts)
    for edit in lexicon.run(text).edits:
        before = text[edit.start - 1] if edit.start else " "
        after = text[edit.end] if edit.end < len(text) else " "
        assert not (before.isalnum() or before == "_"), edit
        assert not (after.isalnum() or after == "_"), edit


ALPHABET = "abkiev é'ł-.ж_2"
keys = st.lists(
    st.text(alphabet=ALPHABET, min_size=1, max_size=6).map(str.strip).filter(bool),
    min_size=1, max_size=8,
)


@pytest.mark.skipif(len(ENGINES) < 2, reason="one engine only")
@settings(max_examples=300, deadline=None)
@given(keys, st.text(alphabet=ALPHABET + "AKIÉ", max_size=60))
def test_engines_find_the_same_matches(phrases, text) -> None:
    table = {phrase: i for i, phrase in enumerate(phrases)}
    found = [list(LiteralMatcher(table, engine=name).finditer(text)) for name in ENGINES]
    assert all(other == found[0] for other in found[1:])
