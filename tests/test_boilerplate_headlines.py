"""Three wrong drops found on real scraped pages, in documents written anew here (the
text is ours, the shape the pages'):

1. a headline (and a standfirst without its full stop) between page furniture and
   the article, perhaps with a byline and a date below it, went with the head;
2. a record that is one pointer line (``Watch: <title>``) lost its only line;
3. a short sign-off under the last paragraph (``Слава Україні!``) went with the tail.

Each kept line stays once, the furniture around it still goes, and cleaning twice
changes nothing more.
"""

from __future__ import annotations

import pytest
from cleaning import clean_checked as _clean

from normkit import Normalizer


@pytest.fixture(scope="module")
def norms() -> dict[str, Normalizer]:
    return {}


BODIES = {
    "uk": ("Уряд у вівторок затвердив план відновлення теплових електростанцій, пошкоджених "
           "під час атак на енергосистему.\n"
           "За словами міністра, роботи на більшості об'єктів мають завершитися до початку "
           "опалювального сезону, а частину обладнання надасть Європейський Союз.\n"),
    "en": ("Engineers worked through the night to reconnect substations in three districts, "
           "the city administration said on Tuesday.\n"
           "Power returned to most homes by morning, though some neighbourhoods on the left "
           "bank were still on scheduled outages, officials said.\n"),
    "es": ("El Consejo de Ministros aprobó el martes un plan de ayudas para rehabilitar las "
           "viviendas dañadas por las inundaciones del otoño pasado.\n"
           "Las familias podrán pedir las ayudas desde el mes que viene, y el plazo estará "
           "abierto hasta final de año, según el ministerio.\n"),
    "de": ("Die Stadt will bis zum Herbst zwei durchgehende Radwege zwischen dem Hauptbahnhof "
           "und dem Marienplatz bauen, teilte die Verwaltung am Dienstag mit.\n"
           "Die Arbeiten sollen in den Sommerferien beginnen, damit der Verkehr weniger "
           "gestört wird, sagte ein Sprecher der Stadt.\n"),
    "ru": ("Городской совет во вторник утвердил бюджет после долгих дебатов, которые "
           "продолжались до позднего вечера, сообщил мэр.\n"
           "Голосование завершилось со счетом семь к двум, и план теперь отправится на "
           "окончательное чтение в следующем месяце.\n"),
}

# furniture above the headline, the headline, furniture below the article
PAGES = {
    "uk": ("Головна\nНовини\nПолітика\nЕкономіка\nСуспільство\nПозначка: енергетика\n",
           "Уряд погодив план ремонту теплових станцій до зими",
           "Поділитися\nFacebook\nTelegram\n"),
    "en": ("Home\nWorld\nBusiness\nSport\nCulture\n",
           "Kyiv restores power to eastern districts after overnight strikes",
           "Share this article\nFacebook\nTwitter\n"),
    "es": ("Compartir\nFacebook\nTwitter\nWhatsApp\n",
           "El Gobierno aprueba un plan para rehabilitar viviendas en Valencia",
           "Lee también: Las obras del metro se retrasan otra vez\n"),
    "de": ("Startseite\nPolitik\nWirtschaft\nKultur\nSport\n",
           "Stuttgart baut zwei neue Radwege durch die Innenstadt",
           "Teilen\n"),
    "ru": ("Главная\nНовости\nПолитика\nЭкономика\nОбщество\n",
           "Горсовет утвердил бюджет на следующий год",
           "Поделиться\nПечать\n"),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_headline_between_furniture_and_the_article_stays(norms, lang: str) -> None:
    above, headline, below = PAGES[lang]
    out = _clean(norms, lang, f"{above}{headline}\n{BODIES[lang]}{below}")
    assert out == f"{headline}\n{BODIES[lang]}"


def test_a_standfirst_without_its_full_stop_stays_with_its_headline(norms) -> None:
    page = ("Головна\nНовини\nРегіони\nПозначка: Харківщина\n"
            "У Харкові відновили рух трамваїв після нічної атаки\n"
            "Комунальники працювали всю ніч, щоб повернути живлення на лінії у трьох "
            "районах міста\n"
            f"{BODIES['uk']}Поділитися\n")
    out = _clean(norms, "uk", page)
    assert out.startswith("У Харкові відновили рух трамваїв після нічної атаки\n"
                          "Комунальники працювали всю ніч")
    assert "Позначка" not in out and "Регіони" not in out and "Поділитися" not in out


def test_a_headline_under_a_tag_line_stays_when_more_lines_sit_above(norms) -> None:
    """Four lines above the first furniture are no title block: they go from the top,
    and the headline under the tag line stays all the same."""
    page = ("Новини Полтавщини — щоденне видання\nПро життя громад області\n"
            "Курс валют та погода\nРозклад руху автобусів\nПозначка: Громади\n"
            "Кременчук отримав нові автобуси для шкільних маршрутів\n"
            f"{BODIES['uk']}Поділитися\nTelegram\n")
    out = _clean(norms, "uk", page)
    assert out.startswith("Кременчук отримав нові автобуси для шкільних маршрутів\nУряд")


def test_the_repeated_page_title_is_kept_once_as_the_headline(norms) -> None:
    """``Headline | Site`` at the top goes; the headline it repeats, above the article
    and under a section kicker that is no furniture, stays."""
    page = ("Kyiv restores power to eastern districts | City Herald\n"
            "Skip to content\nEnergy\n"
            "Kyiv restores power to eastern districts\n"
            f"{BODIES['en']}Share this article\n")
    out = _clean(norms, "en", page)
    assert out == f"Kyiv restores power to eastern districts\n{BODIES['en']}"


@pytest.mark.parametrize("line", [
    # a photo caption without its full stop, longer than a headline
    "Workers repair a damaged power line in the Darnytskyi district of Kyiv on Tuesday "
    "morning after a night of drone attacks on the city's grid",
    "Posted in Energy on 10/03/2026 at 07:45",  # a date and time
    "This post is sponsored by the city utility. All opinions are our own",
    "阅读简体中文版 閱讀繁體中文版",  # a language switcher, not in the article's script
    "Energy",  # a kicker, one word
])
def test_a_line_that_is_no_headline_still_goes_with_the_head(norms, line: str) -> None:
    page = f"Home\nWorld\nBusiness\nSport\nCulture\n{line}\n{BODIES['en']}Share this article\n"
    assert _clean(norms, "en", page) == BODIES["en"]


def test_a_headline_with_a_byline_and_a_date_below_it_stays(norms) -> None:
    """The byline and the date between the headline and the article go; the headline,
    article text, stays (see tests/test_headline_byline_qa14.py for more shapes)."""
    headline = "Kyiv restores power to eastern districts after overnight strikes"
    page = ("Home\nWorld\nBusiness\nSport\nCulture\n"
            f"{headline}\nBy Olena Kovalenko\nMarch 10, 2026\n"
            f"{BODIES['en']}Share this article\n")
    assert _clean(norms, "en", page) == f"{headline}\n{BODIES['en']}"


@pytest.mark.parametrize(("lang", "record"), [
    ("en", "Watch: Firefighters free a kitten from a storm drain in Leeds"),
    ("en", "WATCH: How the new tram line will change the city centre\n"),
    ("uk", "Дивіться також: як рятувальники розбирали завали в Одесі"),
    ("de", "Lesen Sie auch: Stuttgart baut zwei neue Radwege"),
    ("es", "Lee también: Las obras del metro se retrasan otra vez"),
])
def test_a_record_that_is_one_pointer_line_keeps_it(norms, lang: str, record: str) -> None:
    """The title a pointer leads is the record's content when nothing else is there."""
    assert _clean(norms, lang, record) == record


def test_a_pointer_line_with_only_furniture_around_it_keeps_its_title(norms) -> None:
    record = "Watch: Firefighters free a kitten from a storm drain in Leeds\n"
    assert _clean(norms, "en", record + "Share this article\nFacebook\n") == record


@pytest.mark.parametrize("record", ["Read more", "Read more:", "Source link", "Watch"])
def test_a_record_of_a_bare_label_is_still_emptied(norms, record: str) -> None:
    assert _clean(norms, "en", record) == ""


def test_a_pointer_line_inside_an_article_still_goes(norms) -> None:
    body = BODIES["en"]
    page = f"{body}\nWatch: Firefighters free a kitten from a storm drain in Leeds\n"
    assert _clean(norms, "en", page) == body


@pytest.mark.parametrize(("lang", "sign_off", "tail"), [
    ("uk", "Слава Україні!", "Поділитися\nFacebook\nTelegram\n"),
    ("uk", "Слава Україні!\nГероям слава!", "Поділитися\n"),
    ("en", "Glory to Ukraine!", "Share this article\nFacebook\nTwitter\n"),
    ("en", "Stay safe!", "Source link\n"),
    ("ru", "Берегите себя!", "Поделиться\nПечать\n"),
])
def test_a_short_sign_off_under_the_last_paragraph_stays(norms, lang: str, sign_off: str,
                                                       tail: str) -> None:
    out = _clean(norms, lang, f"{BODIES[lang]}\n{sign_off}\n\n{tail}")
    assert out == f"{BODIES[lang]}\n{sign_off}\n"


@pytest.mark.parametrize(("lang", "trailer"), [
    ("en", "Source link"),
    ("en", "Read more"),
    ("en", "Share it!"),
    ("en", "Subscribe today!"),
    ("en", "Click here!"),
    ("uk", "Поділіться з друзями!"),
    ("ru", "Поделитесь с друзьями!"),
])
def test_a_trailer_under_the_last_paragraph_still_goes(norms, lang: str, trailer: str) -> None:
    furniture = {"en": "Facebook", "uk": "Поділитися", "ru": "Поделиться"}[lang]
    out = _clean(norms, lang, f"{BODIES[lang]}\n{trailer}\n{furniture}\n")
    assert out == BODIES[lang]


def test_a_short_exclamation_away_from_the_end_is_not_a_sign_off(norms) -> None:
    """Below a list of related headlines (no sentence above it), ``Subscribe!`` goes."""
    page = (f"{BODIES['en']}\nRelated news\nRail fares rise by a tenth from April\n"
            "Subscribe!\nFacebook\n")
    assert _clean(norms, "en", page) == BODIES["en"]
