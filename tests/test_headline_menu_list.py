"""A headline under a short menu set a line per item (a page's ``<li>`` links read as text)."""

from __future__ import annotations

from cleaning import clean_checked

NORMS: dict = {}
BODY = ("Negotiators met in Kiev on Monday for a third round of talks, officials said. The "
        "talks are expected to last several days, according to a spokesman for the ministry."
        "\n\nThe previous round, held in Geneva last month, ended without agreement.\n")


def test_a_headline_under_a_three_item_menu_stays_and_the_menu_goes():
    page = ("Home\nWorld\nBusiness\n\nTalks resume in Kiev as allies meet\n\n"
            "By Olena Marchenko\n\nPublished 3 March 2024\n\n" + BODY)
    out = clean_checked(NORMS, "en", page)
    assert out.startswith("Talks resume in Kyiv as allies meet\n\nNegotiators met in Kyiv")
    assert "Home" not in out and "Olena" not in out and "Published" not in out


def test_a_short_list_in_the_article_does_not_make_a_headline_of_what_follows():
    text = ("The ministry listed the regions where the power will be cut tonight:\n\n"
            "Kharkiv\nSumy\nPoltava\n\n"
            "Engineers expect the repairs to take at least two more weeks, the ministry said, "
            "and asked residents to save power in the evenings.\n")
    assert clean_checked(NORMS, "en", text) == text  # every line of it stays
