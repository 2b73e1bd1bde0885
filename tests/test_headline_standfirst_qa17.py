"""Headlines and standfirsts between page furniture and the article, in the shapes that
scraped news pages set them (the words are ours, in English, Spanish and German):

1. a headline, a photo credit, a standfirst without its full stop, the body;
2. a byline above the headline, a standfirst, an ``Updated 08:53`` stamp, the body;
3. a headline, a standfirst that is a full sentence, the byline and the date, the body;
4. a headline shown twice, its first copy among the furniture and the second one right
   above the body: one copy stays;
5. a headline with a bare name, a share counter or a photo caption before the body.

The headline and the standfirst stay, the bylines, dates, credits and counters go.
Near misses still go: lists of other stories (title, date, title, date), story cards
with teasers, titles under a ``Most popular`` label, a kicker, a teaser list below the
article. Cleaning twice changes nothing more.
"""

from __future__ import annotations

import pytest
from cleaning import clean_checked as _clean

from normkit import Normalizer


@pytest.fixture(scope="module")
def norms() -> dict[str, Normalizer]:
    return {}


PAGES = {
    "en": {
        "menu": "Home\nWorld\nBusiness\nSport\nCulture\n",
        "share": "Share this article\nFacebook\n",
        "headline": "Riverside opens three new cycle lanes in the city centre",
        "standfirst": "The council wants half of all trips to work to be made by bike "
                      "before the end of the decade",
        "byline": "By Jane Doe",
        "date": "12 March 2024",
        "updated": "Updated 08:53",
        "credit": "Photo: Reuters",
        "name": "Jane Doe",
        "caption": "A cyclist rides along the new lane next to the station",
        "body": "The council opened three cycle lanes between the station and the centre on "
                "Tuesday, after two years of building work in the area.\n"
                "Cyclists will be able to use them from next month, the councillor in charge "
                "of transport told a press conference.\n",
    },
    "es": {
        "menu": "Portada\nInternacional\nEconomía\nDeportes\nCultura\n",
        "share": "Compartir\nFacebook\n",
        "headline": "La ciudad abre tres nuevos carriles bici en el centro",
        "standfirst": "El Ayuntamiento quiere que la mitad de los desplazamientos al trabajo "
                      "se hagan en bicicleta antes de 2030",
        "byline": "Por Lucía Fernández",
        "date": "12 de marzo de 2024",
        "updated": "Actualizada 08:53",
        "credit": "Foto: EFE",
        "name": "Lucía Fernández",
        "caption": "Una ciclista recorre el nuevo carril junto a la estación",
        "body": "El Ayuntamiento inauguró el martes tres carriles bici que unen la estación con "
                "el centro, después de dos años de obras en el barrio.\n"
                "Los ciclistas podrán usarlos desde el mes que viene, según explicó la "
                "concejala de movilidad en una rueda de prensa.\n",
    },
    "de": {
        "menu": "Startseite\nPolitik\nWirtschaft\nKultur\nSport\n",
        "share": "Teilen\nFacebook\n",
        "headline": "Leipzig eröffnet drei neue Radwege in der Innenstadt",
        "standfirst": "Bis zum Jahr 2030 soll die Hälfte aller Wege zur Arbeit mit dem "
                      "Fahrrad zurückgelegt werden",
        "byline": "Von Anna Müller",
        "date": "12. März 2024, 10:30 Uhr",
        "updated": "Aktualisiert 08:53",
        "credit": "Foto: dpa",
        "name": "Anna Müller",
        "caption": "Eine Radfahrerin auf dem neuen Radweg neben dem Bahnhof",
        "body": "Die Stadt hat am Dienstag drei Radwege zwischen dem Hauptbahnhof und der "
                "Innenstadt eröffnet, nachdem die Arbeiten zwei Jahre gedauert hatten.\n"
                "Radfahrer können die Wege ab dem kommenden Monat nutzen, sagte die zuständige "
                "Bürgermeisterin auf einer Pressekonferenz.\n",
    },
}
LANGS = sorted(PAGES)


def _page(lang: str, *middle: str) -> tuple[str, dict[str, str]]:
    p = PAGES[lang]
    lines = "".join(f"{p.get(part, part)}\n" for part in middle)
    return f"{p['menu']}{lines}{p['body']}{p['share']}", p


@pytest.mark.parametrize("lang", LANGS)
def test_headline_credit_and_unended_standfirst_stay(norms, lang: str) -> None:
    page, p = _page(lang, "headline", "credit", "standfirst")
    assert _clean(norms, lang, page) == f"{p['headline']}\n{p['standfirst']}\n{p['body']}"


@pytest.mark.parametrize("lang", LANGS)
def test_byline_above_headline_standfirst_and_stamp(norms, lang: str) -> None:
    page, p = _page(lang, "byline", "headline", "standfirst", "updated")
    assert _clean(norms, lang, page) == f"{p['headline']}\n{p['standfirst']}\n{p['body']}"


@pytest.mark.parametrize("lang", LANGS)
def test_a_full_sentence_standfirst_above_the_byline_and_date(norms, lang: str) -> None:
    p = PAGES[lang]
    sentence = f"{p['standfirst']}."
    page, _ = _page(lang, "headline", sentence, "byline", "date")
    assert _clean(norms, lang, page) == f"{p['headline']}\n{sentence}\n{p['body']}"


@pytest.mark.parametrize("lang", LANGS)
def test_a_headline_whose_first_copy_goes_with_the_page_head_is_kept_once(norms,
                                                                         lang: str) -> None:
    p = PAGES[lang]
    for between in ("Subscribe to our newsletter", p["share"].split("\n")[0]):
        page, _ = _page(lang, "headline", between, "headline")
        assert _clean(norms, lang, page) == f"{p['headline']}\n{p['body']}"


@pytest.mark.parametrize("lang", LANGS)
def test_a_headline_shown_twice_in_a_row_is_kept_once(norms, lang: str) -> None:
    page, p = _page(lang, "headline", "headline")
    assert _clean(norms, lang, page) == f"{p['headline']}\n{p['body']}"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("between", ["name", "1.2K", "@janedoe"])
def test_a_bare_name_or_a_counter_goes_the_headline_stays(norms, lang: str,
                                                          between: str) -> None:
    page, p = _page(lang, "headline", between)
    assert _clean(norms, lang, page) == f"{p['headline']}\n{p['body']}"


@pytest.mark.parametrize("lang", LANGS)
def test_a_caption_over_its_credit_stays_under_the_headline(norms, lang: str) -> None:
    page, p = _page(lang, "headline", "caption", "credit")
    assert _clean(norms, lang, page) == f"{p['headline']}\n{p['caption']}\n{p['body']}"


# -- near misses -----------------------------------------------------------------------

CARDS = ("Rail fares rise by a tenth from April for all season ticket holders",
         "New bridge over the river opens to traffic after two years of work")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("order", ["title-date", "date-title"])
def test_a_list_of_other_stories_above_the_article_goes(norms, lang: str, order: str) -> None:
    p = PAGES[lang]
    cards = [x for title in CARDS
             for x in ((title, p["date"]) if order == "title-date" else (p["date"], title))]
    page, _ = _page(lang, *cards)
    assert _clean(norms, lang, page) == p["body"]


def test_story_cards_with_teasers_above_the_article_go(norms) -> None:
    teasers = ("Commuters will pay more for their season tickets from the spring onwards",
               "Drivers can use the bridge from Monday after two years of building work")
    page, p = _page("en", CARDS[0], teasers[0], CARDS[1], teasers[1])
    assert _clean(norms, "en", page) == p["body"]


def test_cards_with_a_byline_and_a_credit_above_the_article_go(norms) -> None:
    page, p = _page("en", CARDS[0], "By Tom Hill", CARDS[1], "credit")
    assert _clean(norms, "en", page) == p["body"]


def test_a_title_under_a_most_popular_label_goes(norms) -> None:
    page, p = _page("en", "Most popular", "", CARDS[0])
    assert _clean(norms, "en", page) == p["body"]


@pytest.mark.parametrize("kicker", ["Energy", "Economy"])
def test_a_kicker_or_section_label_goes(norms, kicker: str) -> None:
    page, p = _page("en", kicker)
    assert _clean(norms, "en", page) == p["body"]
    page, p = _page("en", kicker, "byline", "date")
    assert _clean(norms, "en", page) == p["body"]


def test_a_menu_line_goes_and_a_headline_above_it_stays(norms) -> None:
    """A menu line goes; a headline right above it, the only line between the headline
    and the body, stays (tests/test_headlines_qa19.py has more of these shapes)."""
    page, p = _page("en", "Home | World | Europe")
    assert _clean(norms, "en", page) == p["body"]
    page, p = _page("en", "headline", "Home | World | Europe")
    assert _clean(norms, "en", page) == f"{p['headline']}\n{p['body']}"


def test_a_teaser_list_below_the_article_goes(norms) -> None:
    p = PAGES["en"]
    teasers = ("Commuters will pay more for their season tickets from the spring",
               "Drivers can use the bridge from Monday after two years of work")
    tail = (f"More stories\n{CARDS[0]}\n{p['date']}\n{CARDS[1]}\n{p['date']}\n"
            f"{CARDS[0]}\n{teasers[0]}\n{CARDS[1]}\n{teasers[1]}\n")
    page = f"{p['menu']}{p['headline']}\n{p['body']}{tail}{p['share']}"
    assert _clean(norms, "en", page) == f"{p['headline']}\n{p['body']}"
