"""News genres of the fifth QA pass: live blogs, match reports, market reports, obituaries,
interviews, opinion, corrections, podcast pages, local listings and machine translations.

Each test is a short page of its genre as HTML-to-text scraping leaves it: the furniture
goes, and every line of the story stays, including the genre's own closing lines (a wire
story's credits, an obituary's life dates) and editorial notes (corrections).
"""

from __future__ import annotations

import pytest

from normkit import Normalizer


@pytest.fixture(scope="module")
def norm() -> Normalizer:
    return Normalizer(lang="en")


def removed(norm: Normalizer, text: str) -> list[str]:
    return [text[x.start : x.end].strip() for x in norm.run(text).removed]


LIVE_BLOG = """\
Ukraine war live: Kyiv hit by overnight drone attack as talks resume in Geneva

Updated 3 min ago

Key events

Show key events only

Please turn on JavaScript to use this feature

Pinned post

10:58 GMT

Russia launched 61 drones and three ballistic missiles at Ukraine overnight, the \
Ukrainian air force said, with most of the strikes aimed at the capital.

At least four people were injured in Kyiv's Darnytskyi district, where debris fell on a \
nine-storey residential building.

10:42 GMT

Kyiv's mayor said emergency crews were still working at two sites on the left bank of the \
Dnipro.

Share

10:31 GMT

The head of the Kharkov regional administration said a guided bomb hit a warehouse on the \
outskirts of the city, injuring one man.

Updated at 10.35 GMT

Share

10:15 GMT

Poland scrambled fighter jets as a precaution during the attack, its operational command said.

Share

Show more

Reuse this content
"""


def test_live_blog_posts_below_a_share_button_stay(norm):
    result = norm.run(LIVE_BLOG)
    gone = removed(norm, LIVE_BLOG)
    for line in ("Key events", "Show key events only", "Pinned post", "10:58 GMT", "10:31 GMT",
                 "Updated at 10.35 GMT", "Share", "Please turn on JavaScript to use this feature"):
        assert line in gone
    # every post stays, the last two below a Share button and a bare time (lost before)
    for sentence in ("Russia launched 61 drones", "Kyiv's mayor said emergency crews",
                     "The head of the Kharkiv regional administration said a guided bomb",
                     "Poland scrambled fighter jets"):
        assert sentence in result.text


BBC_LIVE = """\
Live Reporting

Edited by Laura Gozzi and Paul Kirby

All times stated are UK

Posted at 13:48

Death toll in Kyiv rises to six

The number of people killed in the overnight attack on Kyiv has risen to six, the head of \
the city's military administration says.

Image source, Reuters

Image caption, Rescuers worked through the morning at a damaged building in the west of the city

13:20

What we know so far

Here is a quick recap if you are just joining us:
- Russia launched more than 400 drones and 40 missiles overnight, Ukraine's air force says
- Kyiv, Lviv and Ternopil were among the cities hit

1 new update

Copyright 2025 BBC. All rights reserved.
"""


def test_a_labelled_caption_does_not_cut_off_the_recap_below_it(norm):
    out = norm.run(BBC_LIVE).text
    assert "Image caption" not in out and "Live Reporting" not in out
    assert "1 new update" not in out
    for line in ("The number of people killed", "Here is a quick recap",
                 "- Russia launched more than 400 drones", "- Kyiv, Lviv and Ternopil"):
        assert line in out


MARKET = """\
STOCKS-Wall Street slips as tech weighs; Treasury yields climb

By Johann M Cherian and Purvi Agarwal

Nov 25 (Reuters) - U.S. stocks fell on Tuesday, with technology shares leading declines, \
as investors weighed fresh comments from Federal Reserve officials.

Nvidia (NVDA.O) shed 2.1% and Microsoft (MSFT.O) was down 1.4%, while energy stocks gained \
as oil prices rose.

MARKETS AT A GLANCE

Index        Last       Change    % Change
Dow Jones    46,921.13  -112.40   -0.24%
S&P 500      6,683.70   -21.63    -0.32%

($1 = 0.8654 euros)

(Reporting by Johann M Cherian in Bengaluru; Editing by Maju Samuel)

Most Read from Bloomberg

To contact the reporter on this story: Anna Kowalczyk in Warsaw at ak@example.net
"""


def test_a_market_report_keeps_its_table_rate_note_and_credits(norm):
    gone = removed(norm, MARKET)
    assert gone == ["By Johann M Cherian and Purvi Agarwal", "Most Read from Bloomberg",
                    "To contact the reporter on this story: Anna Kowalczyk in Warsaw at "
                    "ak@example.net"]


def test_a_wire_trailer_right_under_the_story_stays(norm):
    text = ("LONDON, Nov 25 (Reuters) - European shares edged higher on Tuesday, as gains in "
            "defence stocks offset losses among miners.\n\n"
            "(Reporting by Danilo Masoni; Editing by Sharon Singleton)\n\n"
            "Our Standards: The Thomson Reuters Trust Principles.\n")
    assert removed(norm, text) == ["Our Standards: The Thomson Reuters Trust Principles."]


OBITUARY = """\
Margaret Ellison obituary

Margaret Ellison, who has died aged 91, spent four decades charting the kelp forests off \
the coasts of Scotland and Norway.

She married the geologist Ian Ellison in 1960; he died in 2015. She is survived by their \
two children, Catriona and Neil, and by four grandchildren.

Margaret Jean Ellison, marine biologist, born 4 March 1934; died 2 November 2025

Do you have an obituary to share? Email obituaries@example.co.uk

Explore more on these topics
Marine life
Scotland
"""


def test_an_obituary_keeps_its_life_dates_and_loses_the_appeal_and_topics(norm):
    out = norm.run(OBITUARY).text
    assert "born 4 March 1934; died 2 November 2025" in out
    for line in ("Do you have an obituary", "Explore more", "Marine life"):
        assert line not in out


def test_an_obituary_page_loses_its_guest_book_tools(norm):
    text = ("Robert Kessler, 84, of Cedar Falls, passed away peacefully on Thursday at home "
            "surrounded by his family.\n\n"
            "Services will be held at 11 a.m. Saturday at St. Paul Lutheran Church, with "
            "visitation one hour before the service.\n\n"
            "Sign the Guest Book\n\nSend Flowers\n\nShare a Memory\n\n"
            "Published by Waterloo-Cedar Falls Courier on Nov. 23, 2025.\n")
    assert removed(norm, text) == ["Sign the Guest Book", "Send Flowers", "Share a Memory",
                                   "Published by Waterloo-Cedar Falls Courier on Nov. 23, 2025."]


PODCAST = """\
Today in Focus

The battle for Pokrovsk

Listen

Duration 28:41

Published: 25 Nov 2025

Subscribe: Apple Podcasts | Spotify | RSS

Russian forces have been closing in on the eastern Ukrainian city of Pokrovsk for more than \
a year. Our correspondent describes what she saw there last week.

SAFI: And what did you see in Pokrovsk?

WALKER: Almost nothing is left standing. The soldiers I spoke to said the drones make it \
impossible to move in daylight.

Play video

0:00 / 3:12

Subscribe wherever you get your podcasts.
"""


def test_a_podcast_page_keeps_its_title_and_transcript_and_loses_the_player(norm):
    out = norm.run(PODCAST).text
    assert out.startswith("Today in Focus\n\nThe battle for Pokrovsk\n\n")
    for line in ("Listen\n", "Duration", "Play video", "0:00 / 3:12", "Apple Podcasts",
                 "wherever you get"):
        assert line not in out
    assert "WALKER: Almost nothing is left standing." in out


POLICE_LOG = """\
Police log: Stolen bike, noise complaint on Elm Street

The following incidents were reported to the Millbrook Police Department last week.

Monday, Nov. 17

9:14 a.m.: A resident of Oak Avenue reported that a bicycle was stolen from an unlocked garage.

Tuesday, Nov. 18

3:30 p.m.: A driver was cited for running a red light at Main and Church streets.

Upcoming events

Holiday craft fair
When: Saturday, Dec. 6, 10 a.m. to 3 p.m.
Where: Millbrook Community Center, 12 Park Road

Got a story? Email news@example.com or call 555-0100.
"""


def test_a_police_log_keeps_its_day_headings_entries_and_listings(norm):
    assert removed(norm, POLICE_LOG) == ["Got a story? Email news@example.com or call 555-0100."]


def test_a_dated_stamp_with_a_year_still_goes(norm):
    text = ("Monday 24 November 2025 4:12 pm\n\nThe monthly farmers' market returns to the "
            "High Street on Saturday after a two-month break, the council said.\n")
    assert removed(norm, text) == ["Monday 24 November 2025 4:12 pm"]


CORRECTIONS = """\
UPDATE 2-Ukraine's parliament approves 2026 budget with record defence spending

(Corrects spelling of minister's name in paragraph 5)

KYIV, Nov 25 (Reuters) - Ukraine's parliament on Tuesday approved the 2026 budget, with more \
than half of spending going to defence and security.

The budget passed with 257 votes in the 450-seat chamber, a lawmaker said.

Correction: An earlier version of this article misstated the number of votes. It was 257, \
not 275.

Editor's note: This story has been updated to include comment from the finance ministry.

This article was amended on 25 November 2025. An earlier version gave the wrong figure for \
defence spending.
"""


def test_corrections_and_editors_notes_are_article_text(norm):
    assert removed(norm, CORRECTIONS) == []


def test_an_interview_keeps_its_questions_and_loses_its_byline(norm):
    text = ("Kyiv's chief architect: 'We are rebuilding a city that is still being bombed'\n\n"
            "Interview by Natalia Shevchenko\n\n"
            "This interview has been condensed and edited for clarity.\n\n"
            "Q: Which projects come first?\n\n"
            "A: Shelters, schools and heating. Everything else waits, and the city knows it.\n\n"
            "KP: Is there money for it?\n\n"
            "OS: Some of it comes from the city budget, some from international partners.\n")
    assert removed(norm, text) == ["Interview by Natalia Shevchenko"]


def test_an_agency_error_prompt_goes(norm):
    text = ("Air defense forces shot down drones over the Nikolaev and Zaporozhye regions, "
            "the command said.\n\n"
            "If you have noticed an error, select it with the mouse and press Ctrl+Enter.\n")
    result = norm.run(text)
    assert result.text == ("Air defense forces shot down drones over the Mykolaiv and "
                           "Zaporizhzhia regions, the command said.\n")


@pytest.mark.parametrize(("text", "expected"), [
    # machine translation moved the space of a closing quote inside it
    ('"We have received signals from Washington. We are studying them, "Lavrov said.',
     '"We have received signals from Washington. We are studying them," Lavrov said.'),
    ('" As a result of the shelling, a man was injured. Two women were wounded, "Syniehubov said.',
     '"As a result of the shelling, a man was injured. Two women were wounded," Syniehubov said.'),
    ('"The enemy shelled the region. There are wounded, " - the head of the administration said.',
     '"The enemy shelled the region. There are wounded," the head of the administration said.'),
    # an opening quote after a comma stays as it is
    ('Lavrov said, "We are studying them."', 'Lavrov said, "We are studying them."'),
    ('Critics called it "a farce", while Lavrov said, "It was fair."',
     'Critics called it "a farce", while Lavrov said, "It was fair."'),
    # a quotation inside a quotation, typed with the same marks: no reporting words follow
    ('"I wanted to hear him say, "You know, Justin, you did the right thing.',
     '"I wanted to hear him say, "You know, Justin, you did the right thing.'),
    # a quotation that goes on in the next paragraph: no pair to read, left alone
    ('Lavrov said, "We are studying them.', 'Lavrov said, "We are studying them.'),
])
def test_machine_translated_quotes_get_their_space_back(norm, text, expected):
    assert norm.run(text).text.rstrip("\n") == expected


OPINION = """\
The Kremlin is betting that the West will tire first. It is wrong

Guest Essay

By Oleksandra Matviichuk

Ms. Matviichuk is a human rights lawyer and the head of the Center for Civil Liberties in \
Kyiv, which was a co-recipient of the 2022 Nobel Peace Prize.

For almost four years, Russia has waged its war on the assumption that democracies cannot \
stay the course.

Every winter, it strikes our power plants and waits for the West to blink.

The Times is committed to publishing a diversity of letters to the editor. We'd like to hear \
what you think about this or any of our articles.

Follow the New York Times Opinion section on Facebook, Instagram, TikTok, WhatsApp, X and Threads.
"""


def test_an_opinion_piece_keeps_its_author_bio_and_loses_the_letters_call(norm):
    out = norm.run(OPINION).text
    assert "Ms. Matviichuk is a human rights lawyer" in out
    assert "Every winter, it strikes our power plants" in out
    assert "letters to the editor" not in out and "Follow the New York Times" not in out


def test_a_video_page_loses_its_player_labels(norm):
    text = ("Now playing\n\nUp next\n\nAutoplay\n\n"
            "Firefighters in Kyiv battled a large fire at a shopping centre on the city's left "
            "bank after a Russian drone attack overnight, the emergency service said.\n\n"
            "Video transcript\n\n"
            "Firefighters are still working at the site. The fire covered an area of about "
            "3,000 square metres.\n\nMore videos\n\nDuration 1:45\n")
    assert removed(norm, text) == ["Now playing", "Up next", "Autoplay", "Video transcript",
                                   "More videos", "Duration 1:45"]


def test_a_wire_page_loses_its_standards_link_and_topics(norm):
    text = ("KYIV, Nov 25 (Reuters) - Ukraine's hryvnia fell to a record low of 48.9 per euro "
            "on Tuesday, central bank data showed.\n\n"
            "($1 = 42.1500 hryvnias)\n\n"
            "(Reporting by Max Hunder; Writing by Tom Balmforth; Editing by Andrew Osborn)\n\n"
            "Our Standards: The Thomson Reuters Trust Principles., opens new tab\n\n"
            "Suggested Topics:\nMarkets\nCurrencies\n")
    assert removed(norm, text) == [
        "Our Standards: The Thomson Reuters Trust Principles., opens new tab",
        "Suggested Topics:", "Markets", "Currencies"]


def test_a_festival_named_after_leopolis_keeps_its_name(norm):
    text = "The Leopolis Jazz Fest returns to Lvov in June, the organisers said."
    assert norm.run(text).text == (
        "The Leopolis Jazz Fest returns to Lviv in June, the organisers said.")


def test_a_share_button_after_the_article_still_marks_the_page(norm):
    # role between: inside a live blog it costs little, after the article it is furniture
    text = ("Headline of the story\n\nShare\n\n"
            "The minister said the talks would go on in the capital next week, aides said.\n\n"
            "He did not say when they would end or who would attend them, officials added.\n\n"
            "Share\n\nPoland closes its border crossing\n\nEU ministers meet in Brussels\n\n"
            "Prices rise again in Kyiv\n")
    assert removed(norm, text) == ["Share", "Share", "Poland closes its border crossing",
                                   "EU ministers meet in Brussels", "Prices rise again in Kyiv"]
