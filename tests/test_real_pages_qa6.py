"""Shapes found on a second round of unseen real pages (markets, sport, courts, wires,
weather, blogs, in en/fr/es/de), each written anew here: the text is ours, the shape the
page's.

A US city named Odessa and a person called Odessa kept being rewritten to the Ukrainian
port's spelling; blog index labels, agency stamps and app prompts stayed in the text.
"""

from __future__ import annotations

import pytest

from normkit import Normalizer


@pytest.fixture(scope="module")
def norm() -> Normalizer:
    return Normalizer(lang="en")


# --- names: another bearer of the name keeps it ---------------------------------------


def test_a_texas_city_keeps_its_name_far_from_the_word_texas(norm: Normalizer) -> None:
    text = ("A gunman fired at drivers on the highway between Midland and Odessa on Saturday.\n"
            "The Odessa Police Department said the suspect was killed outside a cinema, and the "
            "City of Odessa thanked the agencies that helped.\n"
            "The state of Texas sent troopers to the area, the governor said.")
    assert "Odesa" not in norm.clean(text)


def test_an_actress_called_odessa_keeps_her_name(norm: Normalizer) -> None:
    text = ("The young actor Odessa Young plays the title role in both films.\n\n"
            "Asked about her name, Odessa laughed: her father grew up in a town of that name.")
    assert "Odesa" not in norm.clean(text)


def test_the_port_is_renamed_when_the_document_is_about_ukraine(norm: Normalizer) -> None:
    text = ("Drones hit Odessa overnight, Ukrainian officials said.\n\n"
            "A charity in Texas collected blankets for the city.")
    out = norm.clean(text)
    assert out.startswith("Drones hit Odesa overnight") and "Texas" in out


def test_a_florida_city_keeps_its_name_far_from_the_word_florida(norm: Normalizer) -> None:
    text = ("The St. Petersburg City Council voted 5-3 on Thursday to approve the new ballpark.\n\n"
            "The city of St. Petersburg would sell public land to the team, and Pinellas County "
            "would pay part of the cost from hotel taxes.")
    assert norm.clean(text) == text


def test_the_russian_city_is_renamed_when_the_document_is_about_russia(norm: Normalizer) -> None:
    text = "Talks in St. Petersburg ended, the Kremlin said; a Tampa firm was not invited."
    assert norm.clean(text).startswith("Talks in St Petersburg ended")


# --- furniture that stayed ------------------------------------------------------------


def _clean(norm: Normalizer, text: str) -> str:
    return norm.clean(text)


BODY = ("The committee approved the budget on Tuesday after a debate that lasted into the "
        "evening, the chairman said.\n\nThe vote was seven to two, and the plan now goes to the "
        "full council for a final reading next month.")


@pytest.mark.parametrize("furniture", [
    "Showing posts with label budget. Show all posts",
    "GET BREAKING NEWS IN YOUR BROWSER. CLICK HERE TO TURN ON NOTIFICATIONS.",
    "Published by on Mar 3rd, 2015, No Comments",
    "Auto Added by WPeMatico",
    "12.03.2015 - Update : 12.03.2015",
    "| 2015-03-12 09:41:07 | Editor: Wang Min",
    "(Xinhua) 09:41, March 12, 2015",
    "City News 12 March 2015 09:41 (UTC +04:00)",
    "Springfield // Updated: March 12, 2015, 09:41 IST",
])
def test_a_head_line_of_page_furniture_goes(norm: Normalizer, furniture: str) -> None:
    assert _clean(norm, f"{furniture}\n\n{BODY}") == BODY


@pytest.mark.parametrize("furniture", [
    "( Source : PTI )\nNext Story",
    "(More city council stories.)\n\nTap to install our app.",
    "Filed Under:Budget, City Council, Springfield",
    "Read more…",
    "also read..",
    "How informative is this news?",
    "AI summarized text",
    "【1】 【2】 【3】",
    "Back to Top Close",
    "The Agency website contains only a portion of the news stories offered to subscribers "
    "in its wire service. Please contact us for subscription options.",
])
def test_a_tail_line_of_page_furniture_goes(norm: Normalizer, furniture: str) -> None:
    assert _clean(norm, f"{BODY}\n\n{furniture}") == BODY


@pytest.mark.parametrize("furniture", [
    "Update 7:22 p.m.",
    "Council members vote in the chamber on Tuesday, March 10, 2015. Dana Smith—AP",
    "This file photo shows the chamber, where the vote was held. (City of Springfield via AP)",
])
def test_a_line_of_furniture_inside_the_article_goes(norm: Normalizer, furniture: str) -> None:
    first, second = BODY.split("\n\n")
    assert _clean(norm, f"{first}\n\n{furniture}\n\n{second}") == BODY


@pytest.mark.parametrize("sentence", [
    "The next story in the series will follow the vote on the budget, the editor said.",
    "She said the source: PTI had reported the figures first, before the ministry did.",
    "It was posted by the clerk on March 3, 2015, with no comments, and then taken down.",
    "Readers who tap to install our app get the council's agendas, the city said on Monday.",
])
def test_sentences_that_look_like_furniture_stay(norm: Normalizer, sentence: str) -> None:
    assert sentence in _clean(norm, f"{BODY}\n\n{sentence}")
