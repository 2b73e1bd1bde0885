"""Live blogs and galleries of the fifteenth QA pass: entries under repeated stamps stay.

A live blog that stamps each entry with a date line (``March 22, 2022``) or a gallery
that heads each caption with its date and agency lost every entry below (or above) the
densest run of prose: the dropped date line was read as the page's edge. Dates on
related-story cards after an article (a date over a short title) still mark the tail.
Texts written for these tests, in the shapes the real pages showed.
"""

from __future__ import annotations

import pytest

from normkit import Normalizer


@pytest.fixture(scope="module")
def norm() -> Normalizer:
    return Normalizer()


def removed(norm: Normalizer, text: str, lang: str = "en") -> list[str]:
    return [text[x.start : x.end].strip() for x in norm.run(text, lang=lang).removed]


SHORT_ENTRIES = """\
Home
World
Live: talks in Geneva

March 23, 2022

Talks resumed in the morning, officials said.

March 22, 2022

The delegations met for six hours in the old hotel by the lake and agreed to meet \
again the next day, a spokesman for the foreign ministry said after the meeting.

Neither side gave details of what had been discussed, but both said that the \
atmosphere had been constructive and that progress had been made on prisoners.

March 21, 2022

Ministers from both countries arrived in Geneva on Monday evening for the first round.

March 20, 2022

Talks are expected next week.

Share this article
"""


def test_short_entries_above_and_below_the_densest_entry_stay(norm):
    gone = removed(norm, SHORT_ENTRIES)
    assert gone == ["March 23, 2022", "March 22, 2022", "March 21, 2022", "March 20, 2022",
                    "Share this article"]


DAYS_WITH_TITLED_ENTRIES = """\
Skip to main content

War in Ukraine: live updates

Follow our live coverage of the war. The latest entries are at the top and every \
time is given in Eastern time, as the agencies report them to us.

March 23, 2022

10:30 a.m. The commission says food stores were hit on purpose

The commission said on Wednesday that food stores in the east had been hit on \
purpose, and that it would ask the member states for help with the harvest.

8:15 a.m. Explosions heard in the capital

A series of explosions was heard in the capital shortly after the curfew ended.

March 22, 2022

11:25 p.m. The president names the leader he likes talking to

8:40 p.m. New sanctions announced

The government announced a new package of sanctions on Tuesday evening.

Share
Related: More live coverage
"""


def test_a_day_stamp_between_a_live_blogs_entries_is_no_page_edge(norm):
    gone = removed(norm, DAYS_WITH_TITLED_ENTRIES)
    assert "The government announced a new package of sanctions on Tuesday evening." not in gone
    assert "8:40 p.m. New sanctions announced" not in gone
    assert "11:25 p.m. The president names the leader he likes talking to" not in gone
    assert "March 22, 2022" in gone and "Share" in gone


GALLERY = """\
Cent jours de guerre en huit images

L'agence a choisi cent photos prises depuis le début de la guerre. En voici huit, \
dans l'ordre où elles ont été prises.

24 février 2022

AFP

Une enseignante blessée pose devant un hôpital de l'est du pays après les bombardements.

26 février 2022

AFP

Les étages supérieurs d'un immeuble de la capitale ont été endommagés par une frappe.

4 mars 2022

AFP

Une femme apprend à manier un fusil d'assaut lors d'un cours de défense civile à Lviv.

Partager sur Facebook
"""


def test_a_gallerys_date_and_agency_lines_do_not_end_it(norm):
    gone = removed(norm, GALLERY, "fr")
    for caption in ("Les étages supérieurs d'un immeuble de la capitale ont été endommagés",
                    "Une femme apprend à manier un fusil d'assaut"):
        assert not any(line.startswith(caption) for line in gone)
    assert "26 février 2022" in gone and "4 mars 2022" in gone


ARTICLE_WITH_CARDS = """\
Home
World
Talks in Geneva end without a deal

March 23, 2022

The delegations met for six hours in the old hotel by the lake and agreed to meet \
again the next day, a spokesman for the foreign ministry said after the meeting.

Neither side gave details of what had been discussed, but both said that the \
atmosphere had been constructive and that progress had been made on prisoners.

March 22, 2022

Ministers arrive in Geneva for talks

The ministers of both countries arrived in Geneva on Monday evening for the first round.

March 21, 2022

Prisoner exchange planned for next week

Officials said that the exchange would take place at the border.

Share this article
"""


def test_dated_cards_under_an_article_still_go(norm):
    """A card's date heads a title, not prose: the cards stay the page's tail, though the
    article's own date line has their shape."""
    gone = removed(norm, ARTICLE_WITH_CARDS)
    assert "Ministers arrive in Geneva for talks" in gone
    assert ("The ministers of both countries arrived in Geneva on Monday evening for the "
            "first round.") in gone
    assert "Officials said that the exchange would take place at the border." in gone


def test_dated_question_titles_under_an_article_still_go(norm):
    text = ARTICLE_WITH_CARDS.replace("Ministers arrive in Geneva for talks\n\n", "").replace(
        "The ministers of both countries arrived in Geneva on Monday evening for the first "
        "round.", "Will the ministers of both countries reach a deal in Geneva this week?")
    gone = removed(norm, text)
    assert "Will the ministers of both countries reach a deal in Geneva this week?" in gone


def test_a_stamp_of_another_shape_is_still_the_page_edge(norm):
    """The body's stamps are ``March 23, 2022``; ``Updated 22/03/2022 14:05`` is another
    shape: the teaser under it goes with the tail."""
    text = SHORT_ENTRIES.replace("March 21, 2022", "Updated 22/03/2022 14:05")
    gone = removed(norm, text)
    assert ("Ministers from both countries arrived in Geneva on Monday evening for the "
            "first round.") in gone
