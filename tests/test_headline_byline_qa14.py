"""Two weaknesses around headlines, in documents written for these tests (the shapes are
those of scraped news pages; the words are ours):

1. a headline with a byline and a date line (and perhaps a standfirst, a photo credit)
   between it and the article went with the page's head when they went: the headline
   is article text and stays, the byline and the date still go;
2. a headline that asks (or exclaims) is a sentence, so a page that showed it twice
   kept both copies: it is kept once, as a headline that states is.

Near misses stay as they were: a page without a byline, a short body, a headline that
the body repeats as its first sentence, a list of other stories above the article, a
question that the body itself repeats, a chorus. Cleaning twice changes nothing more.
"""

from __future__ import annotations

import pytest
from cleaning import clean_checked as _clean

from normkit import Normalizer


@pytest.fixture(scope="module")
def norms() -> dict[str, Normalizer]:
    return {}


MENUS = {
    "en": "Home\nWorld\nBusiness\nSport\nCulture\n",
    "de": "Startseite\nPolitik\nWirtschaft\nKultur\nSport\n",
    "es": "Portada\nInternacional\nEconomía\nDeportes\nCultura\n",
    "fr": "Accueil\nInternational\nÉconomie\nSports\nCulture\n",
    "uk": "Головна\nНовини\nПолітика\nЕкономіка\nСуспільство\n",
}
SHARE = {"en": "Share this article\nFacebook\n", "de": "Teilen\nFacebook\n",
         "es": "Compartir\nFacebook\n", "fr": "Partager\nFacebook\n",
         "uk": "Поділитися\nFacebook\n"}

# headline, byline, date, body
STORIES = {
    "en": ("Ukraine's grain exports rise for a third month",
           "By Jane Doe", "Updated 12:04 GMT, 3 March 2024",
           "Ukraine shipped more grain in February than in any month since the autumn, the "
           "agriculture ministry said on Sunday.\n"
           "Exports through the sea corridor reached five million tonnes, up from four "
           "million in January, according to the ministry's figures.\n"),
    "de": ("Stuttgart baut zwei neue Radwege durch die Innenstadt",
           "Von Anna Müller", "20. April 2023, 04:25 Uhr",
           "Die Stadt will bis zum Herbst zwei durchgehende Radwege zwischen dem Hauptbahnhof "
           "und dem Marienplatz bauen, teilte die Verwaltung am Dienstag mit.\n"
           "Die Arbeiten sollen in den Sommerferien beginnen, damit der Verkehr weniger "
           "gestört wird, sagte ein Sprecher der Stadt.\n"),
    "es": ("El Gobierno aprueba un plan para rehabilitar viviendas en Valencia",
           "Por María García", "12 de marzo de 2024, 10:30",
           "El Consejo de Ministros aprobó el martes un plan de ayudas para rehabilitar las "
           "viviendas dañadas por las inundaciones del otoño pasado.\n"
           "Las familias podrán pedir las ayudas desde el mes que viene, y el plazo estará "
           "abierto hasta final de año, según el ministerio.\n"),
    "fr": ("La mairie de Lyon ouvre trois nouvelles pistes cyclables",
           "Par Claire Dubois", "Publié le 15 mars 2023 à 10h30",
           "La ville a annoncé mardi l'ouverture de trois pistes cyclables entre la gare et "
           "le centre, après deux ans de travaux dans le quartier.\n"
           "Les cyclistes pourront les emprunter dès le mois prochain, a précisé l'adjoint "
           "chargé des mobilités lors d'une conférence de presse.\n"),
    "uk": ("Уряд погодив план ремонту теплових станцій до зими",
           "Автор: Іван Петренко", "12.03.2024 10:15",
           "Уряд у вівторок затвердив план відновлення теплових електростанцій, пошкоджених "
           "під час атак на енергосистему.\n"
           "За словами міністра, роботи на більшості об'єктів мають завершитися до початку "
           "опалювального сезону, а частину обладнання надасть Європейський Союз.\n"),
}


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_headline_above_its_byline_and_date_stays(norms, lang: str) -> None:
    headline, byline, date, body = STORIES[lang]
    page = f"{MENUS[lang]}{headline}\n{byline}\n{date}\n{body}{SHARE[lang]}"
    assert _clean(norms, lang, page) == f"{headline}\n{body}"


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_headline_above_a_date_alone_stays(norms, lang: str) -> None:
    headline, _, date, body = STORIES[lang]
    page = f"{MENUS[lang]}{headline}\n{date}\n{body}{SHARE[lang]}"
    assert _clean(norms, lang, page) == f"{headline}\n{body}"


def test_byline_date_and_photo_credit_go_with_a_handle_the_headline_stays(norms) -> None:
    headline, byline, date, body = STORIES["en"]
    page = (f"{MENUS['en']}{headline}\n{byline}\n@janedoe\n{date}\nPhoto: Reuters\n"
            f"{body}{SHARE['en']}")
    assert _clean(norms, "en", page) == f"{headline}\n{body}"


def test_a_standfirst_between_the_headline_and_the_byline_stays_too(norms) -> None:
    headline, byline, date, body = STORIES["en"]
    standfirst = ("Shipments through the sea corridor have grown every month since the "
                  "autumn despite the attacks on the ports")
    page = f"{MENUS['en']}{headline}\n{standfirst}\n{byline}\n{date}\n{body}{SHARE['en']}"
    assert _clean(norms, "en", page) == f"{headline}\n{standfirst}\n{body}"


def test_a_headline_over_a_one_paragraph_body_stays(norms) -> None:
    headline, byline, date, _ = STORIES["en"]
    body = ("Ukraine shipped more grain in February than in any month since the autumn, the "
            "agriculture ministry said on Sunday, as exports through the sea corridor reached "
            "five million tonnes.\n")
    page = f"{MENUS['en']}{headline}\n{byline}\n{date}\n{body}{SHARE['en']}"
    assert _clean(norms, "en", page) == f"{headline}\n{body}"


def test_a_headline_that_the_body_opens_with_keeps_every_sentence(norms) -> None:
    """A brief whose first sentence is its headline: the body stays whole."""
    headline, byline, date, body = STORIES["en"]
    lead = "Ukraine's grain exports rise for a third month, the ministry said on Sunday."
    page = f"{MENUS['en']}{headline}\n{byline}\n{date}\n{lead}\n{body}{SHARE['en']}"
    out = _clean(norms, "en", page)
    assert out.endswith(f"{lead}\n{body}")
    assert byline not in out and date not in out and "Home" not in out


def test_a_page_without_a_byline_keeps_its_headline_as_before(norms) -> None:
    headline, _, _, body = STORIES["en"]
    page = f"{MENUS['en']}{headline}\n{body}{SHARE['en']}"
    assert _clean(norms, "en", page) == f"{headline}\n{body}"


def test_the_last_of_a_list_of_other_stories_is_no_headline(norms) -> None:
    """Cards of other stories (title, date) above the article: a title under another
    card's date is no headline of this article."""
    body = STORIES["en"][3]
    cards = ("Rail fares rise by a tenth from April\n12 March 2024\n"
             "New bridge over the river opens to traffic\n11 March 2024\n")
    page = f"{MENUS['en']}{cards}{body}{SHARE['en']}"
    assert _clean(norms, "en", page) == body


@pytest.mark.parametrize("line", [
    "Energy",  # a kicker, one word
    "Posted in Energy on 10/03/2026 at 07:45",  # a date and time
    "阅读简体中文版 閱讀繁體中文版",  # not in the article's script
])
def test_a_line_that_is_no_headline_still_goes_above_a_byline(norms, line: str) -> None:
    _, byline, date, body = STORIES["en"]
    page = f"{MENUS['en']}{line}\n{byline}\n{date}\n{body}{SHARE['en']}"
    assert _clean(norms, "en", page) == body


QUESTIONS = {
    "en": "Why did the council vote against the new bridge over the river?",
    "de": "Warum hat der Stadtrat gegen die neue Brücke über den Fluss gestimmt?",
    "es": "¿Por qué votó el ayuntamiento en contra del nuevo puente sobre el río?",
    "fr": "Pourquoi le conseil municipal a-t-il voté contre le nouveau pont sur le fleuve ?",
    "uk": "Чому міська рада проголосувала проти нового мосту через річку?",
}


@pytest.mark.parametrize("lang", sorted(QUESTIONS))
def test_a_question_headline_shown_twice_at_the_top_is_kept_once(norms, lang: str) -> None:
    question, body = QUESTIONS[lang], STORIES[lang][3]
    out = _clean(norms, lang, f"{question}\n\n{question}\n\n{body}")
    assert out == f"{question}\n\n{body}"


@pytest.mark.parametrize("lang", sorted(QUESTIONS))
def test_a_question_headline_shown_again_below_the_article_is_kept_once(norms,
                                                                       lang: str) -> None:
    """The page's title line (``og:title``) repeats the headline under the article."""
    question, body = QUESTIONS[lang], STORIES[lang][3]
    out = _clean(norms, lang, f"{question}\n{body}{question}\n")
    assert out == f"{question}\n{body}"


@pytest.mark.parametrize("lang", sorted(QUESTIONS))
def test_a_question_headline_under_a_menu_shown_twice_is_kept_once(norms, lang: str) -> None:
    question, body = QUESTIONS[lang], STORIES[lang][3]
    for page in (f"{MENUS[lang]}{question}\n{question}\n{body}{SHARE[lang]}",
                 f"{MENUS[lang]}{question}\n{body}{question}\n{SHARE[lang]}"):
        assert _clean(norms, lang, page) == f"{question}\n{body}"


def test_a_question_headline_with_a_byline_shown_twice_is_kept_once(norms) -> None:
    question = QUESTIONS["en"]
    _, byline, date, body = STORIES["en"]
    page = f"{MENUS['en']}{question}\n{byline}\n{date}\n{body}{question}\n{SHARE['en']}"
    assert _clean(norms, "en", page) == f"{question}\n{body}"


def test_an_exclamation_headline_shown_twice_is_kept_once(norms) -> None:
    headline = "Kyiv wins the bid to host the European athletics championships!"
    body = STORIES["en"][3]
    assert _clean(norms, "en", f"{headline}\n\n{headline}\n\n{body}") == f"{headline}\n\n{body}"


def test_a_question_headline_shown_once_stays(norms) -> None:
    question, body = QUESTIONS["en"], STORIES["en"][3]
    page = f"{MENUS['en']}{question}\n{body}{SHARE['en']}"
    assert _clean(norms, "en", page) == f"{question}\n{body}"


def test_a_question_that_the_body_asks_twice_stays_twice(norms) -> None:
    """A text that opens with a statement: its repeated question is the body's."""
    body = STORIES["en"][3]
    question = "What will the ministry do with the money from the new exports?"
    text = f"{body}{question}\nThe ministry has not said yet.\n{question}\nNobody knows.\n"
    out = _clean(norms, "en", text)
    assert out.count(question) == 2


def test_a_question_chorus_that_the_song_repeats_stays(norms) -> None:
    chorus = "Where did all the boats go when the morning came?"
    verse = ("We walked down to the water when the town was fast asleep, and the boats "
             "were waiting for the morning that would take them out to sea.")
    second = ("In the evening all the lanterns on the harbour wall were burning, and we "
              "counted every one of them until the last boat had come home again.")
    text = f"{chorus}\n\n{verse}\n\n{chorus}\n\n{second}\n\n{chorus}\n\n{verse}\n"
    out = _clean(norms, "en", text)
    assert out.count(chorus) == 3 and out.count(verse) == 2 and second in out
