"""The encoding stage: mojibake (ftfy, first and only where needed), entities, invisible
and control characters, odd spaces; newlines and paragraphs are kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import normkit
import normkit.stages.encoding as encoding
from normkit.stages.base import Context
from normkit.stages.punctuation import EncodingAndPunctuation
from normkit.tracking import TrackedText

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
FTFY_CASES = SHARED_DATA / "ftfy-test-cases"
# ftfy keeps these; normkit's policy removes control characters (0x1A is never text)
CONTROL_CHARACTER_POLICY = {"Synthetic, negative: don't leak our internal use of byte 0x1A",
                            "Synthetic, negative: U+1A on its own"}
# mojibake that the quick check deliberately does not flag: it would flag too much real
# Ukrainian text (cp1251 'п' lead byte) - ftfy itself is not asked
NOT_FLAGGED = {"English example in UTF-8 / Windows-1251 with a ligature"}


@pytest.fixture(scope="module")
def cleaner() -> EncodingAndPunctuation:
    return EncodingAndPunctuation({"nbsp": "keep"})


def encode(cleaner: EncodingAndPunctuation, text: str) -> str:
    doc = TrackedText(text)
    cleaner.encoding.run(doc, Context(lang="und", options=cleaner.options))
    return doc.text


def ftfy_cases(name: str) -> list[dict]:
    path = FTFY_CASES / f"{name}.json"
    if not path.is_file():
        pytest.skip(f"{path} is not present")
    return [case for case in json.loads(path.read_text(encoding="utf-8"))
            if case["expect"] == "pass"]


@pytest.mark.parametrize("name", ["in-the-wild", "synthetic", "language-names", "negative"])
def test_ftfy_cases(cleaner, name):
    failures = []
    for case in ftfy_cases(name):
        if case["label"] in NOT_FLAGGED:
            continue
        expected = case.get("fixed-encoding", case["fixed"])
        if case["label"] in CONTROL_CHARACTER_POLICY:
            expected = "".join(c for c in expected if c not in "\x1a\x81")
        got = encode(cleaner, case["original"])
        if got != expected:
            failures.append((case["label"], got, expected))
    # entity decoding is policy: `10Î&frac14;s` becomes `10μs` (ftfy leaves the entity)
    failures = [f for f in failures if "HTML entity" not in f[0]]
    assert failures == []


def test_entity_on_top_of_mojibake_is_repaired_fully(cleaner):
    assert encode(cleaner, "10Î&frac14;s") == "10μs"


def test_ftfy_runs_before_punctuation_and_not_on_clean_text(monkeypatch):
    calls = []
    real = encoding.ftfy.fix_text
    monkeypatch.setattr(encoding.ftfy, "fix_text", lambda t, c=None: calls.append(t) or real(t, c))
    cleaner = EncodingAndPunctuation()
    clean = "“Kyiv will stand,” he said – and left.\nNaïve café owners in Zürich agreed."
    assert cleaner.run(clean).text == (
        '"Kyiv will stand," he said—and left.\nNaïve café owners in Zürich agreed.')
    assert calls == []
    broken = "The presidentâ€™s office said â€œno commentâ€\x9d -- again ."
    assert cleaner.run(broken).text == "The president's office said \"no comment\"—again."
    assert len(calls) == 1


def test_entities_invisibles_and_controls(cleaner):
    text = "Kyi\u00adv &amp; Lviv&#8217;s \u200bmayor\x07 said &quot;no&quot;\ufeff"
    assert encode(cleaner, text) == "Kyiv & Lviv’s mayor said \"no\""


def test_newlines_and_paragraphs_are_kept(cleaner):
    text = "Headline\r\n\r\nFirst paragraph.\u2029Second\x0b paragraph.\nThird\tline."
    assert encode(cleaner, text) == "Headline\n\nFirst paragraph.\nSecond paragraph.\nThird\tline."


def test_nbsp_policy():
    text = "10\u00a0000 troops\u202fand more"
    assert encode(EncodingAndPunctuation({"nbsp": "space"}), text) == "10 000 troops and more"
    assert encode(EncodingAndPunctuation({"nbsp": "keep"}), text) == text


def test_zero_width_joiner_kept_in_emoji(cleaner):
    family = "family \U0001F468\u200d\U0001F469\u200d\U0001F467 photo"
    assert encode(cleaner, family) == family
    assert encode(cleaner, "Zelen\u200dsky") == "Zelensky"


def test_urls_are_not_edited():
    cleaner = EncodingAndPunctuation()
    text = "See https://example.org/a&amp;b?x=1 , he said ."
    assert cleaner.run(text).text == "See https://example.org/a&amp;b?x=1, he said."


@pytest.mark.parametrize("text", ["Kyiv’s", "Grüße aus München", "Привіт, Київ", "naïve — café"])
def test_quick_check_passes_clean_text(text):
    assert not encoding.may_be_mojibake(text)


@pytest.mark.parametrize("text", ["Ukraineâ€™s", "РџСЂРёРІС–С‚", "g√¢teaux", "\x84Handwerk\x93",
                                  "─îe┼ítina", "MĂĄm dost"])
def test_quick_check_flags_mojibake(text):
    assert encoding.may_be_mojibake(text)


def test_flagged_real_text_is_left_to_ftfy_judgement(cleaner):
    # "Рі" looks like cp1251 mojibake of "г"; the check lets ftfy decide, and it keeps it
    assert encoding.may_be_mojibake("Рівне")
    assert encode(cleaner, "Місто Рівне, Сімферополь") == "Місто Рівне, Сімферополь"


def test_each_mojibake_repair_is_its_own_edit_so_later_edits_keep_their_spans():
    text = "The cafÃ© owner in Kiev said itâ€™s closed."
    result = normkit.Normalizer(lang="en").run(text)
    assert result.text == "The café owner in Kyiv said it's closed."
    spans = {(e.rule, text[e.start:e.end]) for e in result.edits}
    assert ("encoding/mojibake", "Ã©") in spans and ("encoding/mojibake", "â€™") in spans
    assert ("geo-ua/kyiv", "Kiev") in spans
    assert all(text[e.start:e.end] == e.before for e in result.edits)


# --- decomposed letters (NFD) ----------------------------------------------------------

def _nfd(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFD", text)


def test_decomposed_vietnamese_is_composed_and_its_pack_applies():
    body = "Bộ Y tế vừa có văn bản gửi các địa phương về phòng chống dịch."
    after = "Theo Bộ Y tế, số ca mắc đã tăng gấp ba lần."
    page = _nfd(f"{body}\n\nXem thêm: Dịch sốt xuất huyết tăng mạnh ở phía Nam\n\n{after}")
    result = normkit.Normalizer().run(page)
    assert result.lang == "vi"
    assert result.text == f"{body}\n\n{after}"  # composed, and the read-more line dropped
    assert {e.rule for e in result.edits} >= {"encoding/compose"}
    assert all(page[e.start:e.end] == e.before for e in result.edits)


def test_korean_syllables_spelt_in_jamo_are_composed():
    text = "대통령은 화요일 기자회견에서 새로운 경제 정책을 발표했다."
    assert normkit.Normalizer().run(_nfd(text)).text == text


def test_composing_leaves_protected_spans_and_lone_compatibility_characters_alone():
    url = _nfd("https://example.vn/thủ-tướng")
    text = f"Xem {url} và \u212b, \uf900 nữa."
    out = normkit.clean(text, lang="vi")
    assert url in out  # a URL is never edited, even to compose it
    assert "\u212b" in out and "\uf900" in out  # NFC alone would replace these


def test_a_closing_quote_whose_last_byte_cp1252_lost_is_a_quote_not_a_dagger(norm):
    # `”` is E2 80 9D; cp1252 has no 0x9D, so a page that went through it kept `â€`
    text = ("The minister said â€œwe will rebuild every bridgeâ€ and left the hall.\n\n"
            "Officials called the plan â€œambitiousâ€.\n")
    result = norm.run(text, lang="en")
    assert result.text == ('The minister said "we will rebuild every bridge" and left the hall.\n\n'
                           'Officials called the plan "ambitious".\n')
    for edit in result.edits:  # every repair maps to the mojibake it replaced
        assert text[edit.start:edit.end] == edit.before
    assert norm.clean(result.text, lang="en") == result.text


def test_a_lost_byte_written_as_a_question_mark_is_left_to_ftfy(norm):
    # lossy decoders write `?` for the byte: ftfy's replacement character, not a quote and a `?`
    assert "”?" not in norm.clean("upgraded to â€œbb+â€? from â€œbbâ€?", lang="en")
