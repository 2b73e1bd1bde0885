"""Shapes found on real machine-translated news pages (English MT of Ukrainian and Russian
agency copy, DeepL German of Ukrainian papers, MT French of an English magazine), each
written anew here: the text is ours, the shape the page's.

Repairs: a reporting clause after a full stop and a dash (``damaged. - Kalashnyk
reported.``), a guillemet quotation closed with a straight quote in French, a straight
opening quote closed by ``“`` in German, an HTML entity split by a space
(``d & apos; habitants``), a German spelling of Zelensky the lexicon lacked. Kept: an
omission mark ``(..)`` and a dotted service name (``Яндекс.Дзен``). Dropped: a German
machine-translation notice and a Russian browser warning or follow prompt under an English
article, which also made the page read as Russian, so that none of its English repairs ran.
"""

from __future__ import annotations

import pytest

from normkit import Normalizer


@pytest.fixture(scope="module")
def norm() -> Normalizer:
    return Normalizer()


def _clean(norm: Normalizer, text: str, lang: str | None = None) -> str:
    once = norm.run(text, lang=lang).text
    assert norm.run(once, lang=lang).text == once, "a second cleaning changed the text"
    return once


AGENCY_PAGE = """\
Two districts of Poltava region were hit by drones overnight, the head of the regional \
military administration Ivan Petrenko reported on Telegram.

We have damage in two districts. In Lubny district, a barn and a car were damaged. In \
Myrhorod district, a school roof was damaged. - Petrenko reported.

There are no casualties. We thank the air defense forces and all services working at the \
scene. — said Ivan Petrenko.

The alert lasted three hours. - The regional council said nothing about the damage.
"""


def test_a_reporting_clause_after_a_full_stop_and_a_dash_takes_a_comma(norm):
    text = _clean(norm, AGENCY_PAGE)
    assert "a school roof was damaged, Petrenko reported." in text
    assert "working at the scene, said Ivan Petrenko." in text
    # a new sentence after the dash is no reporting clause: its capital stays
    assert "The regional council said nothing about the damage." in text
    assert ", The regional" not in text


FRENCH_PAGE = """\
Le président ukrainien a visité un abri à Helsinki, où le pays de 5,6 millions \
d & apos; habitants a construit un réseau d & apos; abris pour presque toute sa \
population. «Ces enfants, ils ont joué au football là-bas", a déclaré le président avec \
surprise. «Ils ont des magasins comme dans les petites villes.» Il a signé un accord.
"""


def test_french_mt_entities_elisions_and_a_straight_close_are_repaired(norm):
    text = _clean(norm, FRENCH_PAGE, lang="fr")
    assert "5,6 millions d'habitants a construit un réseau d'abris" in text
    assert "«Ces enfants, ils ont joué au football là-bas», a déclaré" in text
    assert "«Ils ont des magasins comme dans les petites villes.»" in text
    assert "& apos;" not in text and "&apos;" not in text


def test_french_nested_straight_quotes_inside_guillemets_stay(norm):
    line = "«Selon le \"Monde\", la guerre continue», a-t-il dit devant les députés."
    assert _clean(norm, line, lang="fr") == line


GERMAN_PAGE = """\
Das ist eine maschinelle Übersetzung eines Artikels aus der Onlinezeitung Beispiel.ua. \
Die Übersetzung wurde weder überprüft noch redaktionell bearbeitet.

Mit deutlichen Worten hat der ukrainische Präsident Wolodymyr Selenskyi seine Landsleute \
am Sonntag zum Durchhalten aufgerufen. "Wir werden nicht aufgeben“, sagte Selenskyi in \
seiner Ansprache, die der Sender "Welt“ live übertrug.

Er sagte "nein" zu jedem Kompromiss, berichtete der Sender am Abend.

Übersetzer: DeepL — Wörter: 61
"""


def test_german_mt_quotes_name_and_notices(norm):
    text = _clean(norm, GERMAN_PAGE, lang="de")
    assert "„Wir werden nicht aufgeben“, sagte Selenskyj" in text
    assert "der Sender „Welt“ live" in text
    assert "Wolodymyr Selenskyj seine Landsleute" in text
    assert 'Er sagte "nein" zu jedem Kompromiss' in text  # a straight pair stays straight
    assert "maschinelle Übersetzung" not in text
    assert "DeepL" not in text


def test_a_sentence_about_machine_translation_stays(norm):
    line = "Das ist eine maschinelle Übersetzung, sagte der Linguist, und deshalb voller Fehler."
    assert _clean(norm, line, lang="de") == line


ENGLISH_WITH_RUSSIAN_FOOTER = """\
“Over these months we have changed ourselves,” the president said in Kiev. “Now we know \
who is truly a friend to us, and who is not even a casual acquaintance,” he added, \
speaking on the national holiday in front of the St Sophia Cathedral.

He said Ukrainians would spend the day in trenches and dugouts, at sea and on land, and \
thanked those who collect money for the army in Kharkov and in Odessa.

К сожалению, браузер, которым вы пользуйтесь, устарел и не позволяет корректно \
отображать сайт. Пожалуйста, установите любой из современных браузеров, например:

Google Chrome Firefox Safari
"""


def test_an_english_page_with_a_russian_browser_warning_is_cleaned_as_english(norm):
    result = norm.run(ENGLISH_WITH_RUSSIAN_FOOTER)
    assert result.lang == "en"
    assert "браузер" not in result.text and "Firefox" not in result.text
    assert "in Kyiv." in result.text and "in Kharkiv and in Odesa" in result.text
    assert '"Over these months we have changed ourselves," the president said' in result.text


ENGLISH_WITH_FOLLOW_PROMPT = """\
The acting president changed the heads of several regions. Kharkov got a new governor, \
and the governor of Nikolaev region was replaced too. The head of Kiev Regional State \
Administration is now a former minister of emergency situations, and the decrees were \
published on the website of the acting president on Sunday evening.

Присоединяйся к нам на канале в Яндекс.Дзен
"""


def test_an_english_page_with_a_russian_follow_prompt_gets_its_english_repairs(norm):
    result = norm.run(ENGLISH_WITH_FOLLOW_PROMPT)
    assert result.lang == "en"
    assert "Kharkiv got a new governor" in result.text
    assert "Mykolaiv region" in result.text and "Kyiv Regional" in result.text
    assert "Яндекс" not in result.text


@pytest.mark.parametrize("line", [
    "Sunt recunoscător partenerilor noştri din Moldova. (..) Acest format ne va ajuta.",
    "The advisers meet every month [..] and report to the president.",
])
def test_an_omission_mark_keeps_its_two_dots(norm, line):
    assert "(..)" in _clean(norm, line) or "[..]" in _clean(norm, line)


def test_a_dotted_service_name_is_no_glued_sentence(norm):
    line = "Новости агрегатора Яндекс.Дзен читают миллионы людей, сообщила компания в среду."
    assert _clean(norm, line, lang="ru") == line
