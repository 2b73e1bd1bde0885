"""Headlines and standfirsts that went with the page's head, in the shapes of scraped news
pages (the words are ours, in English, Polish and Russian):

1. a headline with only a plain section label (``Economy``) or one menu line
   (``Home | World | Europe``, a breadcrumb, a share label) between it and the body;
2. a standfirst shown twice, its second copy right above the body or between two of
   its paragraphs, its first copy among the lines the page's head took: one copy stays;
3. a headline over page furniture that a rule of the page drops (a share label, a
   listen button, a reading time) beside the byline and the date, in Polish and Russian,
   and the listen buttons, reading times, audio readers and ``Текст:`` bylines that the
   web-pl and web-ru packs now drop there.

The headline and the standfirst stay; the label, the menu line and the furniture go.
Near misses still go: a section label alone above the body, two labels or two lines
of furniture without a byline or a date, a title whose lines below hold a line of
figures, a pointer label's titles. Cleaning twice changes nothing more.
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
        "headline": "Harbour town votes to close its old bridge to lorries",
        "standfirst": "The council says the bridge can no longer carry heavy traffic and "
                      "wants a bypass built within five years.",
        "byline": "By Tom Reed",
        "date": "12 March 2024",
        "share": "Share this article",
        "body": "Councillors voted nine to two on Tuesday night to close the bridge to "
                "vehicles heavier than seven tonnes from the start of next month.\n"
                "Engineers found cracks in two of its arches last year, and repairs would "
                "cost more than the town spends on its roads in a decade, they said.\n",
        "foot": "Share this article\nFacebook\n",
    },
    "pl": {
        "menu": "Strona główna\nKraj\nŚwiat\nBiznes\nSport\n",
        "headline": "Gdańsk otwiera trzy nowe drogi rowerowe w centrum miasta",
        "standfirst": "Miasto chce, by do końca dekady połowa dojazdów do pracy odbywała "
                      "się na rowerze, a nie samochodem.",
        "byline": "Anna Kowalska",
        "date": "12 stycznia 2024, 10:00",
        "share": "Udostępnij",
        "body": "Miasto otworzyło we wtorek trzy drogi rowerowe między dworcem a centrum, po "
                "dwóch latach budowy w tej okolicy.\n"
                "Rowerzyści będą mogli z nich korzystać od przyszłego miesiąca, powiedziała "
                "na konferencji prasowej wiceprezydent miasta.\n",
        "foot": "Udostępnij\nDrukuj\n",
    },
    "ru": {
        "menu": "Главная\nПолитика\nЭкономика\nОбщество\nСпорт\n",
        "headline": "В Казани откроют три новые велодорожки в центре города",
        "standfirst": "Власти хотят, чтобы к концу десятилетия половина поездок на работу "
                      "совершалась на велосипеде, а не на машине.",
        "byline": "Антон Иванов",
        "date": "12 января 2024, 10:00",
        "share": "Поделиться",
        "body": "Власти города во вторник открыли три велодорожки между вокзалом и центром, "
                "после двух лет строительства в этом районе.\n"
                "Велосипедисты смогут пользоваться ими со следующего месяца, сообщила на "
                "пресс-конференции заместитель мэра.\n",
        "foot": "Поделиться\nПечать\n",
    },
}
LANGS = sorted(PAGES)
LABELS = {"en": ["Economy", "World", "Politics"], "pl": ["Gospodarka", "Świat"],
          "ru": ["Экономика", "В мире"]}
MENU_LINES = {"en": ["Home | World | Europe", "Home > News > Economy", "Share this article"],
              "pl": ["Wiadomości | Kraj | Pomorze", "Strona główna > Kraj", "Udostępnij"],
              "ru": ["Новости | Общество | Казань", "Главная / Общество", "Поделиться"]}


def _page(lang: str, *middle: str) -> tuple[str, dict[str, str]]:
    p = PAGES[lang]
    lines = "".join(f"{p.get(part, part)}\n" for part in middle)
    return f"{p['menu']}{lines}{p['body']}{p['foot']}", p


# -- 1. one label or one menu line between the headline and the body --------------------

@pytest.mark.parametrize("lang", LANGS)
def test_a_headline_over_a_plain_section_label_stays(norms, lang: str) -> None:
    for label in LABELS[lang]:
        page, p = _page(lang, "headline", label)
        assert _clean(norms, lang, page) == f"{p['headline']}\n{p['body']}", label


@pytest.mark.parametrize("lang", LANGS)
def test_a_headline_over_one_menu_line_stays(norms, lang: str) -> None:
    for menu in MENU_LINES[lang]:
        page, p = _page(lang, "headline", menu)
        assert _clean(norms, lang, page) == f"{p['headline']}\n{p['body']}", menu


@pytest.mark.parametrize("lang", LANGS)
def test_a_headline_and_standfirst_over_one_menu_line_stay(norms, lang: str) -> None:
    page, p = _page(lang, "headline", "standfirst", MENU_LINES[lang][0])
    assert _clean(norms, lang, page) == f"{p['headline']}\n{p['standfirst']}\n{p['body']}"


# -- 2. a standfirst shown twice -------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_a_standfirst_shown_again_above_the_body_is_kept_once(norms, lang: str) -> None:
    """The second copy went as a repeat, and the walk up to the headline started at it:
    the head took the headline and the first copy."""
    page, p = _page(lang, "headline", "standfirst", "byline", "date", "standfirst")
    assert _clean(norms, lang, page) == f"{p['headline']}\n{p['standfirst']}\n{p['body']}"
    page, p = _page(lang, "headline", "standfirst", "share", "standfirst")
    assert _clean(norms, lang, page) == f"{p['headline']}\n{p['standfirst']}\n{p['body']}"


def test_a_standfirst_shown_again_inside_the_body_is_kept_there(norms) -> None:
    """The page head took the headline and the standfirst (too many unknown lines stand
    between them and the body); the body shows the standfirst again between two of its
    paragraphs, and that copy stays."""
    p = PAGES["en"]
    first, second = p["body"].splitlines()
    junk = "Fill 2 Copy 11\nCreated with Sketch.\nimage/svg+xml\nWhy you can trust us today"
    page = (f"{p['menu']}{p['headline']}\n{p['standfirst']}\n{junk}\n{first}\n"
            f"{p['standfirst']}\n{second}\n{p['foot']}")
    assert _clean(norms, "en", page) == f"{first}\n{p['standfirst']}\n{second}\n"


# -- 3. page furniture beside the byline and the date (pl, ru) ------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_a_headline_over_a_share_label_byline_and_date_stays(norms, lang: str) -> None:
    """A line that a rule of the page drops (the share label) among the byline and the
    date: the walk from the body up to the headline stopped at it."""
    page, p = _page(lang, "headline", "share", "byline", "date")
    assert _clean(norms, lang, page) == f"{p['headline']}\n{p['body']}"
    page, p = _page(lang, "headline", "byline", "date", "share")
    assert _clean(norms, lang, page) == f"{p['headline']}\n{p['body']}"


FURNITURE = {
    "pl": ["Posłuchaj artykułu", "Odsłuchaj artykuł · 4:12", "Czyta się 14 minut",
           "Artykuł przeczytasz w 5 minut", "Czyta: Maria Nowak", "Lektor: Maria Nowak"],
    "ru": ["Слушать новость", "Прослушать статью · 4:12", "Время прочтения: 3 мин",
           "Время чтения: 3 минуты", "Читать 5 минут", "Читает: Мария Петрова",
           "Текст: Антон Иванов", "Tекст: Антон Иванов", "Текст и фото: Анна Смирнова"],
}


@pytest.mark.parametrize("lang", sorted(FURNITURE))
def test_listen_buttons_reading_times_and_readers_go_the_headline_stays(norms,
                                                                        lang: str) -> None:
    for line in FURNITURE[lang]:
        page, p = _page(lang, "headline", line)
        assert _clean(norms, lang, page) == f"{p['headline']}\n{p['body']}", line
        page, p = _page(lang, "headline", "standfirst", line, "share", "byline", "date")
        assert (_clean(norms, lang, page)
                == f"{p['headline']}\n{p['standfirst']}\n{p['body']}"), line


def test_the_audio_player_of_a_long_read_goes_its_head_stays(norms) -> None:
    """A section label above the headline, the author, the reader, the reading time, a
    standfirst: all but the furniture stay."""
    page, p = _page("pl", "Zdrowie", "headline", "Anna Kowalska", "czyta: Maria Nowak",
                    "Czyta się 14 minut", "standfirst")
    assert _clean(norms, "pl", page) == f"{p['headline']}\n{p['standfirst']}\n{p['body']}"


SENTENCES = {
    "pl": ["Posłuchaj artykułu prezydenta, a zrozumiesz, o co chodzi, radził poseł.",
           "Czyta się to jednym tchem, pisze recenzentka o nowej powieści."],
    "ru": ["Слушать новость о мобилизации ему было страшно, признался он.",
           "Читать 5 минут в день полезно для детей, считают педагоги.",
           "Текст: Закон вступает в силу с первого января."],
}


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_sentences_that_open_with_the_furniture_words_stay(norms, lang: str) -> None:
    p = PAGES[lang]
    for sentence in SENTENCES[lang]:
        text = f"{p['body']}{sentence}\n{p['body']}"
        assert _clean(norms, lang, text) == text, sentence


# -- near misses -------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_a_section_label_alone_above_the_body_goes(norms, lang: str) -> None:
    page, p = _page(lang, LABELS[lang][0])
    assert _clean(norms, lang, page) == p["body"]


@pytest.mark.parametrize("lang", LANGS)
def test_a_title_over_two_labels_or_two_furniture_lines_goes(norms, lang: str) -> None:
    """Two lines between a title and the body need a byline or a date beside them: a
    share bar's last button over its labels is no headline."""
    labels = LABELS[lang]
    page, p = _page(lang, "headline", labels[0], labels[1])
    assert _clean(norms, lang, page) == p["body"]
    page, p = _page(lang, "headline", MENU_LINES[lang][0], "share")
    assert _clean(norms, lang, page) == p["body"]


def test_a_title_over_a_line_of_figures_goes(norms) -> None:
    """A line of figures that no rule knows (``Vol 12 No 3, 2024``) is no byline."""
    page, p = _page("en", "headline", "Vol 12 No 3, 2024")
    assert _clean(norms, "en", page) == p["body"]


def test_a_title_under_a_pointer_label_goes_over_a_menu_line(norms) -> None:
    page, p = _page("en", "Most popular", "", "headline", "Home | World | Europe")
    assert _clean(norms, "en", page) == p["body"]
