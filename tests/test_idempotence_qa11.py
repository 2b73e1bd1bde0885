"""A second cleaning takes the first's verdicts when the first cleaning's drops move
what the text reads as its article, its head, its refrains or its page furniture.

The shapes were found by a hypothesis search over the pieces below (lead, title, menu,
body); the texts are written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

LEAD = "Russian troops shelled Kharkiv overnight, the Defence Ministry said on Friday."
MORE = " Two people were wounded, the regional governor said on Telegram."
BODY = ("Air raid sirens sounded across the east of the country for more than three hours, "
        "and the city's metro stations were opened as shelters.")
TITLE = "Kharkiv shelled overnight, two wounded"
MENU = "Home | World | Europe | Ukraine"


def _twice(norm, text: str, lang: str = "en") -> tuple[str, str]:
    once = norm.clean(text, lang=lang)
    return once, norm.clean(once, lang=lang)


def test_a_title_the_article_repeats_is_no_refrain_once_the_lead_goes(norm):
    # the lead above the title holds the article's start while it stays, and the title
    # and its copy both fall inside the article (a line it repeats: a refrain); the lead
    # goes as the body repeats it, and the article starts at the body's lead
    text = f"{LEAD}\n{TITLE}\n{TITLE}\n{LEAD}{MORE}\n"
    once, again = _twice(norm, text)
    assert again == once
    assert once == f"{TITLE}\n{LEAD}{MORE}\n"


def test_a_title_repeated_under_the_lead_goes_with_the_lead(norm):
    text = f"{LEAD}\n{TITLE}\n{LEAD}{MORE}\n{TITLE}\n{BODY}\n"
    once, again = _twice(norm, text)
    assert again == once
    assert once == f"{TITLE}\n{LEAD}{MORE}\n{BODY}\n"


def test_a_credit_between_two_paragraphs_holds_no_article_apart(norm):
    # with the credit line in place the two short paragraphs are no article, and there
    # is no head; without it they are one, and the title above is its head
    text = f"{TITLE}\n{LEAD}\n{TITLE}\nSource link\n{LEAD}\n"
    once, again = _twice(norm, text)
    assert again == once
    assert once.count(TITLE) == 1 and "Source link" not in once


def test_a_menu_line_that_goes_leaves_a_text_without_page_furniture(norm):
    # the menu line is the page's only furniture, and with no article found there is no
    # head; without it, the text shows no page, its head is the title and the next line,
    # and the title's copy goes
    text = f"{TITLE}\n{TITLE}\n{LEAD}\n{MENU}\n{LEAD}\n"
    once, again = _twice(norm, text)
    assert again == once
    assert once == f"{TITLE}\n{LEAD}\n{LEAD}\n"


def test_lines_that_go_between_copies_of_the_lead_bring_them_into_the_head(norm):
    # without page furniture the head is the first two lines that stay: once the ad and
    # the label between them go, the lead's copies are head lines the body repeats
    text = f"Sport\n{LEAD}\n- Advertisement -\nPolitics\n{LEAD}\n{LEAD}\n{LEAD}{MORE}\n"
    once, again = _twice(norm, text)
    assert again == once
    assert LEAD + "\n" not in once and f"{LEAD}{MORE}" in once


def test_link_labels_a_copied_title_stood_between_are_one_menu(norm):
    text = f"{TITLE}\nPolitics\n{TITLE}\nHome\nWorld\nSport\n{BODY}\n"
    once, again = _twice(norm, text)
    assert again == once
    assert once == f"{TITLE}\n{BODY}\n"


def test_a_menu_below_paragraphs_a_credit_held_apart_goes_as_the_page_tail(norm):
    text = f"{LEAD}\nSource link\n{LEAD}\nSport\nPolitics\nSport\nHome\n"
    once, again = _twice(norm, text)
    assert again == once
    assert "Sport" not in once and "Source link" not in once


PIECES = [LEAD, LEAD, f"{LEAD}{MORE}", BODY, TITLE, TITLE, MENU, "Source link",
          "- Advertisement -", "", "Home", "World", "Sport", "Politics"]


@settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), min_size=2, max_size=9))
def test_lead_title_menu_and_body_pieces_clean_to_a_fixed_point(norm, pieces):
    once, again = _twice(norm, "\n".join(pieces) + "\n")
    assert again == once


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_the_same_shapes_hold_under_another_language(norm, lang):
    text = f"{LEAD}\n{TITLE}\n{TITLE}\n{LEAD}{MORE}\n"
    once, again = _twice(norm, text, lang)
    assert again == once


def test_a_name_form_beside_inline_code_keeps_the_code_read_as_code(norm):
    # ``N.A.T.O.`` -> ``NATO`` would put a word right before the backtick, which then
    # opens no code, and the next cleaning would rewrite the name inside it
    text = "The N.A.T.O.`Kiev` key stays as written."
    once, again = _twice(norm, text)
    assert again == once
    assert "`Kiev`" in once


def test_a_removal_never_joins_backticks_into_a_fence(norm):
    # dropping the stray ``¡`` would make ``` of ``, and the fence below would pair with it
    text = "Run ``¡`\n``` \ncode\n```\n"
    once, again = _twice(norm, text)
    assert again == once
