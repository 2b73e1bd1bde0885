"""Documents of unusual shapes: a page flattened onto one line, error and consent pages,
a newsletter e-mail, messenger posts, PDF text, a programme, short records.

Each test is a realistic document of its shape: its furniture goes, every sentence of
its text stays, and cleaning it twice changes nothing more.
"""

from __future__ import annotations

import pytest

from normkit import Normalizer


@pytest.fixture(scope="module")
def norm() -> Normalizer:
    return Normalizer(lang="en")


def removed(norm: Normalizer, text: str) -> list[str]:
    return [text[x.start : x.end].strip() for x in norm.run(text).removed]


def clean(norm: Normalizer, text: str) -> str:
    once = norm.run(text).text
    assert norm.run(once).text == once
    return once


STORY = [
    "Two freight trains collided near the station of Fastiv on Friday night, blocking the main "
    "line to the west for most of the weekend, Ukraine's state railway said.",
    "Nobody was hurt, but passenger services between Kyiv and Vinnytsia were diverted through "
    "Koziatyn, adding almost two hours to the journey.",
    '"Our crews worked through the night to clear the wagons," the railway said in a statement.',
    "Investigators are looking at a signal fault as the likely cause of the collision.",
]
MENU = ["Home", "News", "Economy", "Regions", "Opinion"]
FOOTER = ["Share this story", "Facebook", "Telegram", "Related news",
          "Rail fares rise by a tenth from April", "© 2025 Rail Weekly. All rights reserved."]


def test_a_page_flattened_onto_one_line_loses_its_furniture_and_keeps_its_story(norm):
    page = "  ".join([*MENU, "Freight trains collide near Fastiv", "By Iryna Melnyk",
                      STORY[0], STORY[1], "Advertisement", STORY[2], STORY[3], *FOOTER])
    out = clean(norm, page + "\n")
    # the headline above its byline stays, on the story's line as the page had it
    assert out == "Freight trains collide near Fastiv " + " ".join(STORY) + "\n"
    gone = removed(norm, page)
    assert "Advertisement" in gone and "Telegram" in gone and "Home" in gone
    assert "By Iryna Melnyk" in gone


def test_a_page_on_a_few_long_lines_is_read_block_by_block(norm):
    page = "\n".join(["  ".join([*MENU, "Freight trains collide near Fastiv"]),
                      "  ".join([STORY[0], STORY[1], "Advertisement", STORY[2], STORY[3]]),
                      "  ".join(FOOTER)]) + "\n"
    # the headline between the menu and the story heads it and stays
    assert clean(norm, page) == "Freight trains collide near Fastiv\n" + " ".join(STORY) + "\n"


def test_code_with_a_gap_on_a_flattened_page_is_kept_whole(norm):
    """A protected span over two blocks (`code  with gaps`) goes whole or stays whole."""
    page = "  ".join([*MENU, STORY[0], STORY[1], "`x =  load('kiev')`", STORY[2], *FOOTER])
    result = norm.run(page + "\n")
    assert "`x =  load('kiev')`" in result.text or "`x =" not in result.text
    for block in result.removed:
        assert block.text.count("`") % 2 == 0, block


def test_text_typed_with_two_spaces_after_each_full_stop_is_no_page(norm):
    text = "  ".join(STORY * 2) + "\n\nShare this story\n"
    out = clean(norm, text)
    assert out.startswith(" ".join(STORY))
    assert norm.run(text).removed[0].rule == "web/share-label"


def test_a_table_aligned_with_spaces_is_not_split_into_cells(norm):
    text = (STORY[0] + "\n\nRegion      Killed   Injured\nDonetsk      4,512     7,210\n"
            "Kharkiv      2,035     3,964\n\n" + STORY[3] + "\n")
    assert [r.rule for r in norm.run(text).removed] == []


@pytest.mark.parametrize("page", [
    "Page not found\n\nSorry, the page you are looking for does not exist or has been moved.\n\n"
    "Go to homepage",
    "Error 404\n\nOops! That page can’t be found.\n\nIt looks like nothing was found at this "
    "location. Maybe try a search?",
    "Please enable JavaScript to view this page.",
    "We value your privacy\n\nWe and our partners use cookies to store and access information on "
    "your device for personalised ads and content, ad and content measurement and audience "
    "insights.\n\nAccept all\nReject all",
    "Subscribe to continue reading\n\nYou have reached your limit of free articles this month.\n\n"
    "Already a subscriber? Log in",
])
def test_a_page_that_is_only_an_error_consent_or_paywall_box_comes_out_empty(norm, page):
    assert clean(norm, page) == ""


@pytest.mark.parametrize("sentence", [
    "The ministry's website showed a page not found error for most of Tuesday, officials said.",
    "We value your privacy, the bank told its customers after the breach, and we will pay.",
    "We and our partners in the coalition will keep sending air defence, the minister said.",
    "You have reached the end of the line, the conductor told the last passengers in Fastiv.",
])
def test_sentences_that_tell_of_such_boxes_stay(norm, sentence):
    assert clean(norm, f"{STORY[0]}\n\n{sentence}\n\n{STORY[3]}") == (
        f"{STORY[0]}\n\n{sentence}\n\n{STORY[3]}")


NEWSLETTER = f"""\
View this email in your browser

Welcome to Rail Weekly, our Friday letter on Ukraine's railways. Here is what you need to know.

{STORY[0]}

{STORY[1]}

Thanks for reading, and see you next Friday.

Was this email forwarded to you? Sign up here.

You are receiving this email because you subscribed to Rail Weekly.
Unsubscribe
"""


def test_a_newsletter_loses_its_e_mail_frame(norm):
    gone = removed(norm, NEWSLETTER)
    assert "View this email in your browser" in gone
    assert "You are receiving this email because you subscribed to Rail Weekly." in gone
    out = clean(norm, NEWSLETTER)
    assert STORY[0] in out and STORY[1] in out and "Here is what you need to know." in out
    assert "Unsubscribe" not in out and "forwarded" not in out


POST = """\
Forwarded from Rail Watch UA
⚡️Freight trains collided near Fastiv overnight – Ukrzaliznytsia

🔹 Nobody was hurt, the railway said.
🔹 Trains to Vinnytsia go through Koziatyn until Sunday.

#Ukraine #railways #Fastiv

👍 214 🔥 15 😢 9
👁 12.4K views
👉 Subscribe | Rail Watch UA
"""


def test_a_messenger_post_loses_its_channel_furniture_and_keeps_its_lead(norm):
    out = clean(norm, POST)
    assert out.startswith("⚡️Freight trains collided near Fastiv overnight")
    assert "🔹 Nobody was hurt, the railway said." in out
    assert "🔹 Trains to Vinnytsia go through Koziatyn until Sunday." in out
    for furniture in ("Forwarded", "#Ukraine", "👍", "views", "Subscribe"):
        assert furniture not in out


def test_a_hashtag_inside_a_sentence_stays(norm):
    text = "Rail fans shared the photos under #Fastiv on Saturday, the railway said."
    assert clean(norm, text) == text


PDF = f"""\
The railways after the blackout
Iryna Melnyk
{STORY[0]}
{STORY[1]}
Page 12 of 40
Rail Weekly, Vol. 3, No. 2
{STORY[2]}
{STORY[3]}
Page 13 of 40
"""


def test_pdf_page_counters_go_between_the_pages(norm):
    assert removed(norm, PDF) == ["Page 12 of 40", "Page 13 of 40"]


def test_a_programme_keeps_the_days_that_head_its_sessions(norm):
    text = ("Rail Recovery Forum: programme\n\nDay 1, Tuesday 11 June\n09:00 Registration\n"
            "10:00 Opening session: rebuilding bridges\n\nDay 2, Wednesday 12 June\n"
            "09:30 Keynote by the minister\n\nAll sessions take place in Lviv. Times are local.\n")
    assert clean(norm, text) == text


def test_a_page_date_stamp_still_goes(norm):
    text = f"Freight trains collide near Fastiv\n\nTuesday 11 June 2024 09:05\n\n{STORY[0]}\n"
    assert removed(norm, text) == ["Tuesday 11 June 2024 09:05"]


@pytest.mark.parametrize("record", [
    "Freight trains collide near Fastiv",
    "FREIGHT TRAINS COLLIDE NEAR FASTIV",
    STORY[0],
    "Trains to Vinnytsia diverted again tonight 🚆 #Fastiv",
    "Q: Will the line reopen on Monday?",
])
def test_a_short_record_keeps_its_text(norm, record):
    assert clean(norm, record) == record
