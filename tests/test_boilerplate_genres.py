"""Page furniture of news genres beyond the plain wire story: press releases, live blogs,
government pages, newspaper article tools, membership appeals and agency captions.

Each test is a short page of its genre: the furniture goes, every sentence of the
story stays, and the ordinary sentence that resembles the furniture stays too.
"""

from __future__ import annotations

import pytest

from normkit import Normalizer


@pytest.fixture(scope="module")
def norm() -> Normalizer:
    return Normalizer(lang="en")


def removed(norm: Normalizer, text: str) -> list[str]:
    return [text[x.start : x.end].strip() for x in norm.run(text).removed]


LEAD = ("KYIV, Ukraine (AP) — Ukraine's air force said Sunday it shot down 40 of 47 drones "
        "launched by Russia overnight, as attacks on the capital continued.\n\n"
        "The drones targeted energy facilities in the south, officials said.\n\n")

RELEASE = """\
Harbor Freightways Reports Third-Quarter Results

SEATTLE, Oct. 22, 2025 /PRNewswire/ -- Harbor Freightways Corp. (NYSE: HFW), a regional \
rail and trucking operator, today reported third-quarter revenue of $312.4 million, up 9% \
from a year earlier, as volumes on its grain routes recovered.

"Our crews moved more freight than in any quarter since 2019," said Chief Executive \
Officer Renata Olsen. "We expect that momentum to carry into the winter."

Quarter Highlights
- Revenue of $312.4 million, up 9%
- Operating ratio of 71.2%, an improvement of 150 basis points

Conference Call
The company will discuss the results on a call with analysts on Thursday at 10 a.m. \
Eastern, and a recording will stay on its website for a month.

About Harbor Freightways
Harbor Freightways runs 2,400 miles of track and a fleet of 900 trucks in the Pacific \
Northwest. It was founded in 1952 and is based in Seattle.

Cautionary Note Regarding Forward-Looking Statements
This news release contains forward-looking statements within the meaning of Section 27A \
of the Securities Act of 1933. Actual results may differ materially from these statements.

Media Contacts:
Lena Park
+1 206-555-0142

SOURCE Harbor Freightways Corp.
"""


def test_a_press_release_loses_its_legal_and_contact_sections(norm):
    out = norm.run(RELEASE).text
    for line in ("Cautionary Note", "forward-looking statements within", "Media Contacts",
                 "Lena Park", "+1 206-555-0142", "SOURCE Harbor"):
        assert line not in out
    # the release's own text, its list and its short title-case subhead stay
    for line in ("today reported third-quarter revenue", "Our crews moved more freight",
                 "- Operating ratio of 71.2%", "Conference Call",
                 "The company will discuss the results on a call"):
        assert line in out


def test_a_story_about_forward_looking_statements_stays(norm):
    sentence = ("Analysts said the forward-looking statements in the company's filing were "
                "more cautious than a year ago, and the shares fell 4%.")
    text = LEAD + sentence + "\n\nMedia contacts between the two ministries were cut in 2022.\n"
    assert removed(norm, text) == []


def test_live_blog_stamps_go_and_the_entries_under_them_stay(norm):
    text = ("Russia-Ukraine war live: Kyiv hit by missiles overnight\n\n"
            "Updated 14:32 GMT\n\n"
            "14:32 GMT\nUkraine's air force says it shot down 45 of 62 missiles launched "
            "overnight, and the rest hit the capital and the west.\n\n"
            "Posted at 10:41\nGood morning and welcome to our live coverage of the war, "
            "which we will bring you through the day from our desk in London.\n\n"
            "Share\nCopy link\n")
    # a bare entry time (14:32 GMT) is a stamp like "Posted at 10:41": it goes, its entry stays
    assert removed(norm, text) == ["Updated 14:32 GMT", "14:32 GMT", "Posted at 10:41", "Share",
                                   "Copy link"]


GOV_FOOTER = """\
Share this page
The following links open in a new tab
Share on Facebook (opens in new tab)
Share on Twitter (opens in new tab)

Is this page useful?
Yes this page is useful
No this page is not useful
Thank you for your feedback

Report a problem with this page
"""


def test_a_government_page_footer_goes(norm):
    out = norm.run(LEAD + GOV_FOOTER).text
    assert out == LEAD.rstrip("\n") + "\n"


@pytest.mark.parametrize("line", [
    "Listen to this article · 6:15 min Learn more",
    "Gift this article",
    "Share full article",
    "Reuse this content",
    "Report an error",
    "Advertisement:",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "A version of this article appears in print on May 2, 2025, Section A, Page 8 of the "
    "New York edition with the headline: Drones Hit Kyiv. Order Reprints | Today's Paper",
    "Follow AP's coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine",
    "Support Kyiv Daily on Patreon!",
    "Our reporting is made possible by readers like you. Please support us.",
    "Become a member",
    "Copyright 2025 Kyiv Daily Media Group, Ltd. (KDMG). Any copying, republication, "
    "redistribution or modification of Kyiv Daily content is expressly prohibited without "
    "the publisher's prior written consent.",
])
def test_article_tools_and_appeals_after_the_story_go(norm, line):
    assert removed(norm, LEAD + line + "\n") == [line]


@pytest.mark.parametrize("sentence", [
    "Support for the peace plan grew after the vote, and the speaker welcomed it.",
    "Support us, the soldiers told visitors to the front line near Bakhmut.",
    "Listen to this article's critics and you hear the same complaint, the editor said.",
    "Investors follow Reuters' coverage of the central bank closely, the analysts said.",
    "Most voters back the plan, a REUTERS/Ipsos poll found.",
    "Getty Images agreed to buy the picture agency, the companies said on Monday.",
    "Continue reading the report, the minister told lawmakers, and you will see why.",
])
def test_sentences_that_resemble_the_tools_stay(norm, sentence):
    assert removed(norm, LEAD + sentence + "\n\nCopy link\n") == ["Copy link"]


@pytest.mark.parametrize("caption", [
    "FILE PHOTO: The parliament building in Kyiv, Ukraine, Jan. 28, 2023. "
    "REUTERS/Valentyn Ogirenko/File Photo",
    "The general at a briefing in 2023. Photograph: Presidential Press Service/Reuters",
    "Photo by Genya Savilov/AFP via Getty Images",
    "EPA-EFE/SERGEY DOLZHENKO",
    "Credit...Nicole Tung for The New York Times",
    "AP Photo/Efrem Lukatsky",
    "View image in fullscreen",
])
def test_agency_captions_inside_the_story_go(norm, caption):
    text = LEAD + caption + "\n\nThe vote is expected next week, two aides said.\n"
    assert removed(norm, text) == [caption]


@pytest.mark.parametrize("stamp", [
    "Updated: 10:05 EST, March 5, 2025 | Published: 08:30 EST, March 5, 2025",
    "February 14, 2025 11:05 PM 4 min read",
])
def test_stamps_with_two_labels_or_a_reading_time_go(norm, stamp):
    text = "Drones hit Kyiv overnight\n\n" + stamp + "\n\n" + LEAD
    assert removed(norm, text) == [stamp]


@pytest.mark.parametrize("box", [
    "Support independent journalism in Ukraine. Join us in this fight.",
    "Become a member",
    "Listen to this article · 6:15 min Learn more",
    "Gift this article",
    "View image in fullscreen",
    "Continue reading",
])
def test_boxes_between_paragraphs_go_and_the_last_paragraph_stays(norm, box):
    text = LEAD + box + "\n\nThe vote is expected next week, two aides said.\n"
    assert removed(norm, text) == [box]
