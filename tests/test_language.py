"""Language detection decides which rules apply."""

from __future__ import annotations

import pytest

import normkit
from normkit import language
from normkit.language import detect_language

SAMPLES = {
    "en": "The talks in the capital continued on Thursday, officials said, as allies met.",
    "es": "Las conversaciones en la capital continuaron el jueves, dijeron los funcionarios.",
    "de": "Die Gespräche in der Hauptstadt wurden am Donnerstag fortgesetzt, sagten Beamte.",
    "fr": "Les discussions dans la capitale se sont poursuivies jeudi, ont dit les responsables.",
    "uk": "Переговори у столиці тривали в четвер, повідомили посадовці після зустрічі.",
    "ru": "Переговоры в столице продолжились в четверг, сообщили официальные лица.",
}


@pytest.mark.parametrize("backend", ["fasttext", "langdetect"])
@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_backends_detect_news_sentences(backend, lang):
    assert detect_language(SAMPLES[lang], backend) == lang


def test_langdetect_backend_is_deterministic():
    text = "Kyiv Kharkiv Odesa Lviv"  # a hard, ambiguous sample
    assert len({detect_language(text * 2, "langdetect") for _ in range(5)}) == 1


@pytest.mark.parametrize("text", ["", "Kyiv", "NATO chief", "12:30 — 14:00", "https://x.org/a/b/c/d"])
def test_short_or_letterless_text_is_undetermined(text):
    assert detect_language(text) == "und"


def test_unknown_backend_is_an_error():
    with pytest.raises(ValueError, match="unknown language backend"):
        detect_language(SAMPLES["en"], "nope")


def test_an_english_rule_never_rewrites_spanish_text(norm):
    spanish = ("Según fuentes de la Alianza Atlántica, Jens Stoltenberg viajó a Kiev el jueves "
               "y se reunió con Volodímir Zelenski en la Plaza San Miguel -- dijeron.")
    result = norm.run(spanish)
    assert result.lang == "es"
    assert "Kiev" in result.text and "Zelenski" in result.text
    assert "Plaza San Miguel" in result.text
    assert not [e for e in result.edits if e.rule.startswith(("geo-ua/", "kyiv-landmarks/"))]


def test_undetermined_text_gets_only_language_neutral_rules(norm):
    result = norm.run("Kiev , Nato  --  Nato")
    assert result.lang == "und"
    # the neutral comma rule ran; the English lexicon and the English dash style did not
    assert result.text == "Kiev, Nato -- Nato"


def test_language_is_read_again_on_what_boilerplate_left_so_cleaning_is_idempotent():
    page = ("Related: Zelenskiy visits Kiev\n\nRelated: Zelenskiy visits Kiev\n\n"
            "Talks in Kiev went on -- for now , officials said.\n\n"
            "« Nous ne céderons pas ! » , a-t-il dit .\n\n")
    norm = normkit.Normalizer()
    once = norm.run(page)
    twice = norm.run(once.text)
    assert "Related:" not in once.text
    assert once.lang == twice.lang and twice.text == once.text


def test_a_foreign_article_inside_an_english_page_is_cleaned_as_itself():
    page = ("Home | World | Europe | Business\n\nBy John Smith\n\n"
            "Las conversaciones continuaron el lunes en Kiev, dijeron los funcionarios.\n\n"
            "Share this article\n")
    result = normkit.Normalizer().run(page)
    assert result.lang == "es"
    article = "Las conversaciones continuaron el lunes en Kiev, dijeron los funcionarios.\n"
    assert result.text == article  # Spanish: the Spanish name stays
    assert normkit.Normalizer().run(result.text).text == result.text


def test_a_space_put_after_an_address_does_not_change_the_sample():
    # the sample once cut "press@kyiv.gov.ua,Odessa" out whole, and the cleaned text's
    # "press@kyiv.gov.ua, Odessa" only in part: another sample, another language (fuzz.py)
    raw = "Write to press@kyiv.gov.ua,Odessa port officials said,or see www.x.org/a,b now"
    tidy = "Write to press@kyiv.gov.ua, Odessa port officials said, or see www.x.org/a,b now"
    assert language._sample(raw) == language._sample(tidy)


def test_cleaning_cannot_move_the_end_of_the_head_the_sample_comes_from(norm):
    # the head was the first 2,400 characters: tightening " , " in the price lines pulled
    # the English paragraph into the cleaned text's head, and it read as English (fuzz.py)
    french = "Les prix de l'énergie ont augmenté de 12 % en mars, selon les chiffres officiels."
    prices = "Prix : 12 , 13 , 14 , 15 , 16 , 17 , 18 , 19 , 20 , 21 , 22 , 23 , 24 , 25 , 26 ."
    english = ("The council met on Monday and agreed to keep the market open through the "
               "winter, and the mayor said that the stalls would stay for another year. ") * 2
    text = "\n".join([french, *[prices] * 28, english])
    once = norm.run(text)
    twice = norm.run(once.text)
    assert once.lang == twice.lang
    assert twice.text == once.text


def test_the_head_is_cut_by_words_not_by_what_lies_between_them():
    numbers = ", ".join(str(n) for n in range(100, 160))
    text = "\n".join(["Short first line.", *[numbers] * 8, "A long last line. " * 20])
    tidy = text.replace(", ", ",")  # the same words, the last line further up
    assert language._sample(text) == language._sample(tidy)


def test_a_name_the_lexicon_rewrites_is_no_evidence_of_a_language():
    # with "Politkovskaya" the text was long enough to read as English, and English rules
    # then turned its guillemets into quotes: a second cleaning changed it (fuzz.py)
    norm = normkit.Normalizer(options={"canonical_forms": "en"})
    once = norm.run("She met «Politkovska»")
    assert once.text == "She met «Politkovskaya»"
    assert norm.run(once.text).text == once.text
    neutral = norm.neutral_words
    assert (language._sample("Las tropas entraron en Járkov el lunes.", neutral)
            == language._sample("Las tropas entraron en Kharkiv el lunes.", neutral)
            == "Las tropas entraron en el lunes")


def test_language_is_read_again_when_a_later_pass_repairs_the_encoding():
    # "reuni√≥n" is repaired only once "Załużny" (not Latin-1) is rewritten, in the second
    # pass: the repaired words are read as Spanish, as a second cleaning reads them (fuzz.py)
    norm = normkit.Normalizer(options={"canonical_forms": "en"})
    once = norm.run("Hoy ! Załużny en la reuni√≥n , que")
    assert once.text == "Hoy! Zaluzhnyi en la reunión, que"
    assert once.lang == "es"
    assert norm.run(once.text).text == once.text
