"""Shapes of real scraped news pages met in the fifth QA pass on unseen sites.

Each text is written for this test in the shape a scraped page had (the pages
themselves are third-party and stay out of the repository): an agency story with
metadata labels and a language switcher, a French-typeset quote closing a story
before "Source link", a blog post whose last lines lack a full stop above its comment
form, a weather page with an archived-story notice, a site builder's page edges, a
Newspaper-theme page's ad placeholders, CSS kept as text. Every sentence of the story
stays; the furniture goes.
"""

from __future__ import annotations

import pytest

from normkit import Normalizer
from normkit.stages.boilerplate.lines import ends_sentence


@pytest.fixture(scope="module")
def norm() -> Normalizer:
    return Normalizer(lang="en")


def removed(norm: Normalizer, text: str) -> list[str]:
    return [text[x.start : x.end].strip() for x in norm.run(text).removed]


def kept(norm: Normalizer, text: str) -> list[str]:
    return [line for line in norm.run(text).text.splitlines() if line.strip()]


AGENCY_STORY = """\
Mayor says the metro will run through the winter
Region:World News, Europe
Theme: Society

The city's metro will keep running through the winter despite power cuts, the mayor told \
reporters on Tuesday, the local news agency reported.

The remarks came after a meeting of the city council on the state of the grid.

"Trains will run every ten minutes at rush hour. We have the reserve generators in place," \
the mayor said.
This text available in   Deutsch and Français
"""


def test_metadata_labels_and_language_switcher_go(norm):
    gone = removed(norm, AGENCY_STORY)
    assert gone == ["Region:World News, Europe", "Theme: Society",
                    "This text available in   Deutsch and Français"]
    lines = kept(norm, AGENCY_STORY)
    assert lines[0] == "Mayor says the metro will run through the winter"
    assert lines[-1].endswith("the mayor said.")


def test_filed_under_between_date_and_lead_does_not_cut_the_story_off(norm):
    page = ("Menu\nNews\nSport\nWeather\n\n"
            "Town council approves new bridge\n"
            "November 19, 2019 at 9:45 am\n"
            "Filed Under: bridge, council, river\n"
            "RIVERTON (AP) — The town council approved plans for a new bridge over the river "
            "on Monday, officials said.\n"
            "Work on the bridge is due to start next spring and last about two years, the "
            "mayor told reporters after the vote.\n")
    lines = kept(norm, page)
    assert "Filed Under: bridge, council, river" in removed(norm, page)
    assert lines[-2].startswith("RIVERTON (AP)")
    assert lines[-1].endswith("after the vote.")


def test_french_spaced_guillemet_ends_the_last_paragraph(norm):
    page = ("- Advertisement -spot_imgspot_img\n\n"
            "« The minister said the two attackers had crossed the border a week earlier, "
            "according to the ministry's statement.\n"
            "On Sunday, a car bomb exploded near the ministry, wounding two guards. A second "
            "attacker was stopped at the gate by the police. »\n\n"
            "Source link\n\n"
            "- Advertisement -spot_imgspot_img\n"
            "Latest news\n"
            "- Advertisement -spot_img\n")
    lines = kept(norm, page)
    assert lines[-1].startswith("On Sunday, a car bomb exploded")
    assert not any("spot_img" in line for line in lines)


@pytest.mark.parametrize("text", ["il est parti. »", "he left. \u00bb", "Il est parti.\u202f»"])
def test_a_space_inside_the_closing_quote_still_ends_a_sentence(text):
    assert ends_sentence(text)


def test_a_bloggers_unended_last_lines_stay_above_the_comments(norm):
    post = ("Match day 31\n\n"
            "In today's match the visitors won 2-0. They scored early in the first half and "
            "again on the counter late in the second half, and the hosts never got going.\n\n"
            "The visitors finish in third place\n\n"
            "The hosts are out of the tournament\n\n\n"
            "Comments\n\n"
            "Popular posts from this blog\n\n"
            "Match day 9")
    lines = kept(norm, post)
    assert lines[-2:] == ["The visitors finish in third place",
                          "The hosts are out of the tournament"]
    assert removed(norm, post) == ["Comments", "Popular posts from this blog", "Match day 9"]


def test_related_headlines_above_comments_still_go(norm):
    post = ("The council met on Monday and approved the budget for next year after a long "
            "debate, the chairman said.\n\n"
            "Mayor Opens New Library In Riverside District\n\n"
            "Police Close Bridge After Crash\n\n"
            "Comments")
    assert kept(norm, post) == [post.splitlines()[0]]


def test_weather_page_notices_go(norm):
    page = ("Showers today, storms tonight\n\n"
            "This is an archived article and the information in the article may be outdated. "
            "Please look at the time stamp on the story to see when it was last updated.\n\n"
            "Showers will spread from the south this afternoon and the heaviest rain will come "
            "tonight, with strong gusts until early Tuesday.\n\n"
            "Expect an early high tomorrow and falling temperatures through the day.\n\n"
            "Read or Share this story:")
    lines = kept(norm, page)
    assert lines[0] == "Showers today, storms tonight"
    assert lines[1].startswith("Showers will spread")
    assert lines[-1].startswith("Expect an early high")


def test_site_builder_page_edges_go_and_the_title_stays(norm):
    page = ("top of page\n\n"
            "Central banks hold rates\n\n"
            "Most central banks kept their rates on hold this month, and several said they "
            "would wait for more data before they cut, according to a survey of economists.\n\n"
            "Comments\n\n\nbottom of page")
    assert kept(norm, page) == page.split("\n\n")[1:3]


def test_stamps_and_counters(norm):
    page = ("Date:2025-04-14 06:56:13\n"
            "KYIV (AP) — Drones hit the port overnight and two people were taken to hospital, "
            "the regional governor said on Sunday.\n"
            "The air force said most of the drones were shot down over the sea.\n"
            "2025-05-06 12:081137 view\n"
            "2025-05-06 11:43851 view\n")
    gone = removed(norm, page)
    assert gone[0] == "Date:2025-04-14 06:56:13"
    assert "2025-05-06 12:081137 view" in gone
    assert kept(norm, page)[-1].startswith("The air force said")


def test_css_kept_as_text_goes_from_a_live_page(norm):
    page = ("Live: the invasion, minute by minute\n\n"
            ".video-box { position: relative; width: 100%; overflow: hidden; } "
            ".video-frame { position: absolute; top: 0; border: none; }\n\n"
            "Strikes hit the outskirts of the capital overnight, and a curfew was declared "
            "until Saturday morning, the regional administration said.\n\n"
            "16:25: The curfew covers the whole region, officials said.")
    assert removed(norm, page) == [page.split("\n\n")[1]]
    assert len(kept(norm, page)) == 3


def test_glued_share_icons_and_markdown_images_go(norm):
    page = ("The coaches gave their views after the matches on Saturday, the league said.\n\n"
            "xwhatsappmailcopy-link\n\n"
            "![]() |\n\n"
            "Both coaches said the draw was a fair result, and both praised their players.")
    assert removed(norm, page) == ["xwhatsappmailcopy-link", "![]() |"]


def test_a_quotation_across_paragraphs_closes_in_english_text(norm):
    """French spacing (``« ...`` opening one paragraph, ``... the PKK. »`` closing
    another) in an English story: both guillemets become the profile's quote mark."""
    text = ("« The attackers came from abroad, the minister said.\n\n"
            "They had trained there for months before the attack. »\n\n"
            "Officials gave no further details.")
    out = norm.run(text).text
    assert "«" not in out and "»" not in out
    assert 'for months before the attack."' in out


def test_a_sentence_broken_by_a_blank_line_stays_whole_below_a_byline(norm):
    page = ("Council approves the budget\n\n"
            "By By Anna Smith / Riverside Press\n\n"
            "The wait for the budget is over. After the council put off its decision at the\n\n"
            "meeting last week, members voted for the proposal in a special session on Tuesday.\n\n"
            "The mayor said the town now earns more from its utility fees than from its "
            "property taxes, and that the council was ready to vote.")
    assert removed(norm, page) == ["By By Anna Smith / Riverside Press"]
