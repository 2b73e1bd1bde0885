"""Property tests: tokens that punctuation rules must never damage, idempotence, and the
soundness of the engine's speed-ups (triggers, paragraph-local rescans)."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from normkit.stages.base import Context
from normkit.stages.punctuation import EncodingAndPunctuation, PunctuationStage
from normkit.stages.rewrite import TriggerIndex
from normkit.tracking import TrackedText

CLEANER = EncodingAndPunctuation()

# tokens that must come out exactly as they went in
numbers = st.builds("{:,}".format, st.integers(0, 10**9))
decimals = st.builds(lambda a, b: f"{a}.{b}", st.integers(0, 999), st.integers(0, 99))
negatives = st.builds(lambda a: f"-{a}", st.integers(1, 999))
times = st.builds(lambda h, m: f"{h}:{m:02d}", st.integers(0, 23), st.integers(0, 59))
dates = st.builds(lambda d, m, y: f"{d}.{m}.{y}", st.integers(1, 28), st.integers(1, 12),
                  st.integers(1990, 2030))
urls = st.builds(lambda host, path: f"https://{host}.org/{path}?q=1&x=a,b",
                 st.sampled_from(["kyiv", "news.example", "a-b"]),
                 st.sampled_from(["", "a/b", "x_y-z", "2023/04/20/story"]))
emails = st.builds(lambda user, host: f"{user}@{host}.gov.ua",
                   st.sampled_from(["press", "first.last", "a_b"]),
                   st.sampled_from(["kyiv", "mfa"]))
abbreviations = st.sampled_from(["U.S.", "St.", "e.g.", "i.e.", "a.m.", "Mr.", "Dr.", "U.K."])
ellipses = st.sampled_from(["...", "…", ". . ."])
emoticons = st.sampled_from([":)", ":-)", ";)", ":D", ":(", ":-(", ":P", ";-)", "<3"])
tokens = st.one_of(numbers, decimals, negatives, times, dates, urls, emails, abbreviations,
                   ellipses, emoticons)
words = st.sampled_from(["Kyiv", "the", "talks", "went", "on", "officials", "said", "and"])
separators = st.sampled_from([" ", " ", " , ", ", ", " - ", " -- ", " ( ", " ) ", ' " ',
                              " '", ". ", " ? ", "! ", "\n", "\n\n", " : "])


@st.composite
def texts_with_token(draw):
    token = draw(tokens)
    before = draw(st.lists(st.tuples(words, separators), max_size=6))
    after = draw(st.lists(st.tuples(separators, words), max_size=6))
    head = "".join(w + s for w, s in before)
    tail = "".join(s + w for s, w in after)
    return token, f"{head} {token} {tail}".strip()


@settings(max_examples=300, deadline=None)
@given(texts_with_token())
def test_tokens_are_never_damaged(case):
    token, text = case
    assert token in CLEANER.run(text, "en").text


punctuation_soup = st.lists(
    st.sampled_from([*"ab Kyiv.,;:!?'\"“”‘’«»„()[]-–—¿¡\n\t", "--", "...", "  ", "Kyiv"]),
    max_size=40,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(punctuation_soup, st.sampled_from(["straight", "curly", "keep"]),
       st.sampled_from(["en", "fr", "es", "de"]))
def test_idempotent_on_punctuation_soup(text, quotes, lang):
    cleaner = CLEANERS[quotes]
    once = cleaner.run(text, lang).text
    assert cleaner.run(once, lang).text == once


CLEANERS = {q: EncodingAndPunctuation({"quotes": q}) for q in ("straight", "curly", "keep")}
BARE = EncodingAndPunctuation()
_rules = [dataclasses.replace(r, triggers=()) for r in BARE.punctuation._rules._rules]
BARE.punctuation = PunctuationStage(_rules, BARE.options)
BARE.punctuation.local = False


@settings(max_examples=400, deadline=None)
@given(punctuation_soup)
def test_triggers_and_local_rescans_change_nothing(text):
    fast = CLEANER.run(text, "en").text
    doc = TrackedText(text)
    CLEANER.encoding.run(doc, Context(lang="en", options=CLEANER.options))
    BARE.punctuation.run(doc, Context(lang="en", options=CLEANER.options))
    assert doc.text == fast


ALL_TRIGGERS = sorted({t for r in CLEANER.punctuation._rules._rules for t in r.triggers})
INDEXES = (TriggerIndex(ALL_TRIGGERS), TriggerIndex(ALL_TRIGGERS, automaton=False))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(sorted(set("".join(ALL_TRIGGERS)) | {"a"})), max_size=20))
def test_trigger_index_finds_every_trigger(text):
    for index in INDEXES:  # the Aho-Corasick automaton, and the regular expressions
        assert index.present(text) == {t for t in ALL_TRIGGERS if t in text}


dash_soup = st.lists(
    st.sampled_from(["KYIV", ", Ukraine", " (AP)", "Kyiv", " ", "3", "10", "-", "--", " -- ",
                     " - ", " – ", " — ", "—", "«", "»", ", ", "!", "?", ":", "\n", '"', "“", "”",
                     "."]),
    max_size=30,
).map("".join)
DASH_CLEANERS = {d: EncodingAndPunctuation({"dash": d}) for d in ("em", "em-spaced", "keep")}


@settings(max_examples=400, deadline=None)
@given(dash_soup, st.sampled_from(["em", "em-spaced", "keep"]),
       st.sampled_from(["en", "uk", "de", "fr", "und"]))
def test_idempotent_on_dash_soup(text, dash, lang):
    cleaner = DASH_CLEANERS[dash]
    once = cleaner.run(text, lang).text
    assert cleaner.run(once, lang).text == once


@settings(max_examples=300, deadline=None)
@given(dash_soup)
def test_triggers_and_local_rescans_change_nothing_on_dash_soup(text):
    fast = CLEANER.run(text, "en").text
    doc = TrackedText(text)
    CLEANER.encoding.run(doc, Context(lang="en", options=CLEANER.options))
    BARE.punctuation.run(doc, Context(lang="en", options=CLEANER.options))
    assert doc.text == fast
