"""Furniture glued into article lines, and labels on lines of their own (qa22): an
agency's photo licensing link run into the dateline, a read-more pointer or a source
site run on to a paragraph's end, section and genre labels, a media tag in front of a
headline, a bare pair of counters under a headline. The texts are written for these
tests; background paragraphs (``Напомним, ...``) and sentences that merely use the same
words stay."""

from __future__ import annotations

import pytest

EN_BODY = [
    "The grid operator cut power in six regions on Wednesday after overnight strikes, "
    "officials said.",
    "Repairs will take several days, the operator said in a statement.",
]
RU_BODY = [
    "Городской совет утвердил во вторник бюджет после четырёх часов дебатов.",
    "Мэр пообещал отремонтировать дороги до зимы.",
]


def _run(norm, page: str, lang: str, keep: list[str]) -> str:
    text = norm.run(page, lang=lang).text
    for sentence in keep:
        assert sentence in text
    assert norm.clean(text, lang=lang) == text  # idempotent
    return text


@pytest.mark.parametrize("link", ["Acquire Licensing Rights", "Purchase Licensing Rights"])
def test_a_licensing_link_glued_to_a_caption_and_a_dateline_goes(norm, link):
    dateline = "LVIV, Nov 12 (Reuters) - " + EN_BODY[0]
    page = ("Power cut in six regions\n\n"
            "Workers mend a line near a substation, May 3, 2025. "
            f"REUTERS/Ivan Petrenko/File Photo {link}{dateline}\n\n{EN_BODY[1]}\n")
    text = _run(norm, page, "en", [dateline, EN_BODY[1]])
    assert "Licensing" not in text
    assert "REUTERS/Ivan Petrenko" not in text  # the caption, now a line of its own, goes too
    assert text.splitlines()[2] == dateline


def test_a_licensing_link_ending_a_caption_goes_and_a_sentence_about_licences_stays(norm):
    page = (f"{EN_BODY[0]}\n\nA crane lifts a pylon, May 3, 2025. REUTERS/Ivan Petrenko "
            "Purchase Licensing Rights\n\nPublishers must acquire licensing rights from "
            "the agency before they print the photos, the court said.\n")
    text = _run(norm, page, "en", [EN_BODY[0], "Publishers must acquire licensing rights"])
    assert "Purchase" not in text


@pytest.mark.parametrize("pointer", ["Читать далее example.ru »", "example.ru »",
                                     "Читать далее", "Читать полностью…"])
def test_a_read_more_pointer_at_a_paragraphs_end_goes_and_the_paragraph_stays(norm, pointer):
    page = f"Бюджет утверждён\n\n{RU_BODY[0]} {pointer}\n\n{RU_BODY[1]}\n"
    text = _run(norm, page, "ru", RU_BODY)
    assert "Читать" not in text and "example.ru" not in text
    assert f"{RU_BODY[0]}\n\n{RU_BODY[1]}" in text


def test_a_read_more_line_under_a_teaser_goes(norm):
    page = f"Бюджет утверждён\n\n{RU_BODY[0]}\nЧитать далее...\n\n{RU_BODY[1]}\n"
    assert "Читать" not in _run(norm, page, "ru", RU_BODY)


@pytest.mark.parametrize("line", [
    "Он сказал: «Читать далее я не буду». Совет разошёлся.",
    "Мы писали об этом на сайте example.ru в среду.",
    "Напомним, в прошлом году совет не смог утвердить бюджет до весны.",
    "Нагадаємо, торік рада не змогла ухвалити бюджет до весни.",
])
def test_sentences_that_look_like_pointers_or_background_stay(norm, line):
    page = f"Бюджет утверждён\n\n{RU_BODY[0]}\n\n{line}\n\n{RU_BODY[1]}\n"
    _run(norm, page, "ru", [*RU_BODY, line])


@pytest.mark.parametrize(("lang", "label", "headline", "body"), [
    ("fr", "Edito", "Le budget, enfin",
     "Le conseil municipal a voté mardi soir le budget après quatre heures de débat."),
    ("es", "ACTUALIDAD NACIONAL", "El Concejo aprueba el presupuesto",
     "El Concejo Deliberante aprobó el martes el presupuesto municipal por mayoría."),
    ("de", "Statusmeldungen", "Der Haushalt ist ein Wagnis",
     "Die Koalition hat sich am Montag auf einen Haushalt geeinigt, sagte der Sprecher."),
    ("en", "(opinion article)", "Why the bridge matters",
     "The council voted on Monday to go ahead with the bridge, and it was wrong to do so."),
    ("ru", "544 / 0", "Совет утвердил бюджет", RU_BODY[0]),
])
def test_a_label_above_a_headline_goes_and_the_headline_stays(norm, lang, label, headline,
                                                              body):
    text = _run(norm, f"{label}\n\n{headline}\n\n{body}\n", lang, [headline, body])
    assert label not in text


def test_a_quote_label_inside_an_article_goes(norm):
    quote = "«Мы не можем ждать до весны», — сказал мэр."
    text = _run(norm, f"{RU_BODY[0]}\n\nЦитата\n\n{quote}\n\n{RU_BODY[1]}\n", "ru",
                [*RU_BODY, quote])
    assert "Цитата\n" not in text


@pytest.mark.parametrize(("lang", "tag", "headline", "body"), [
    ("es", "[VIDEO]", "El Concejo aprueba el presupuesto",
     "El Concejo Deliberante aprobó el martes el presupuesto municipal por mayoría."),
    ("en", "[PHOTOS]", "Floods cut roads across the valley",
     "Floods cut three roads across the valley on Sunday, the police said."),
])
def test_a_media_tag_goes_from_a_headline_and_the_headline_stays(norm, lang, tag, headline,
                                                                body):
    text = _run(norm, f"{tag} {headline}\n\n{body}\n", lang, [headline, body])
    assert text.startswith(headline)


@pytest.mark.parametrize("line", [
    "The clip was labelled [VIDEO] on the site, the editor said.",
    "[Video] of the meeting was posted on Monday, the clerk said.",
    "About 3 / 4 of the members backed the plan on Monday.",
])
def test_lines_that_only_mention_tags_or_figures_stay(norm, line):
    _run(norm, f"Council backs the plan\n\n{EN_BODY[0]}\n\n{line}\n", "en", [EN_BODY[0], line])


def test_a_pair_of_figures_inside_an_article_stays(norm):
    page = f"{EN_BODY[0]}\n\n3 / 4\n\nThat is the share of members who backed it.\n"
    assert "3 / 4" in _run(norm, page, "en", [EN_BODY[0]])


PL_BODY = "Rada Ministrów zbierze się w czwartek, poinformował rzecznik rządu."


def test_a_caption_credit_run_on_to_a_quote_headline_goes(norm):
    headline = "Nowak: szkoły zostaną otwarte po feriach zimowych"
    text = _run(norm, f"{headline} Anna Nowak PAP\n\n{PL_BODY}\n", "pl", [headline, PL_BODY])
    assert "PAP" not in text and text.startswith(headline + "\n")


@pytest.mark.parametrize("line", [
    "Szef rządu rozmawiał w piątek z Anna Nowak PAP",  # no quote headline, no sentence end
    "Nowak: szkoły zostaną otwarte, powiedziała Anna Nowak dla PAP.",
])
def test_a_name_and_an_agency_inside_a_sentence_stay(norm, line):
    _run(norm, f"{PL_BODY}\n\n{line}\n", "pl", [PL_BODY, line])


@pytest.mark.parametrize(("lang", "page", "keep"), [
    ("en", f"{EN_BODY[0][:60]},Read more »\n\n{EN_BODY[1]}\n", [EN_BODY[0][:60], EN_BODY[1]]),
    ("en", f"{EN_BODY[0]}\nRead More →{EN_BODY[1]}\n", EN_BODY),
    ("es", "El Concejo aprobó el martes el presupuesto municipal. Leer más »\n\n"
           "El intendente celebró la decisión.\n",
     ["El Concejo aprobó el martes el presupuesto municipal.", "El intendente celebró"]),
    ("ru", f"{RU_BODY[0]} Читать далее →\n\n{RU_BODY[1]}\n", RU_BODY),
    ("ru", f"Он сказал: «Бюджет будет утверждён в срок». example.ru »\n\n{RU_BODY[1]}\n",
     ["«Бюджет будет утверждён в срок».", RU_BODY[1]]),
])
def test_a_read_more_link_with_its_arrow_goes_wherever_it_was_glued(norm, lang, page, keep):
    text = _run(norm, page, lang, keep)
    for pointer in ("Read", "Leer más", "Читать", "example.ru"):
        assert pointer not in text


def test_a_sentence_that_names_the_read_more_button_stays(norm):
    line = "Readers who click Read more → see the whole of the council's report."
    _run(norm, f"{EN_BODY[0]}\n\n{line}\n", "en", [EN_BODY[0], line])


@pytest.mark.parametrize("line", [
    "Il sindaco ha detto che “il bilancio è pronto” e vuole ” di più per le strade.",
    "Il sindaco vuole ” di più per le strade, ha detto martedì.",
])
def test_a_stray_closing_quote_is_not_moved_onto_the_word_before_it(norm, line):
    assert norm.run(line, lang="it").text.rstrip("\n") == line


def test_a_spaced_closing_quote_inside_an_open_quotation_still_closes_it(norm):
    text = norm.run("Il sindaco ha detto “il bilancio è pronto ” e se ne è andato.",
                    lang="it").text
    assert "pronto”" in text or 'pronto"' in text
