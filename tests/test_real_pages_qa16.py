"""Pages in the shapes of the qa16 pass (regional papers, English pages of agencies and
foreign outlets, opinion pieces): the new web rules take the furniture (skip links,
desk and agency bylines, published stamps, ``Source:`` credits, credit chains with
``/ Sputnik / Scanpix``, player notices, embedded posts' footers, WhatsApp prompts)
and every sentence of the article stays, the headline and the standfirst too. The
texts are written for these tests."""

from __future__ import annotations

AGENCY_BODY = [
    "The chancellor met the bloc's leaders in Brussels on Friday, his second trip abroad "
    "since he took office.",
    "He said the country would again speak with one voice in European policy.",
    "\"A tariff dispute can only harm us all,\" he told reporters after the talks.",
]
AGENCY_PAGE = "\n".join([
    "1. Skip to content",
    "2. Skip to main menu",
    "3. Skip to more sites",
    "Chancellor says Berlin is back in Europe",
    "",
    "Anna Weber | Tom Brandt with AFP, AP, dpa, Reuters",
    "Published May 9, 2025last updated May 9, 2025",
    "",
    "The chancellor has met the bloc's leaders, promising that the biggest economy was "
    "back to help steer it at a hard time.",
    "",
    "Skip next section What you need to know",
    "",
    "What you need to know",
    "",
    AGENCY_BODY[0],
    "",
    AGENCY_BODY[1],
    "",
    "This browser does not support the video element.",
    "",
    AGENCY_BODY[2],
]) + "\n"


def test_an_agency_page_loses_its_skip_links_byline_and_stamp(norm):
    result = norm.run(AGENCY_PAGE, lang="en")
    for sentence in AGENCY_BODY:
        assert sentence in result.text
    assert "Chancellor says Berlin is back in Europe" in result.text
    assert "promising that the biggest economy was back" in result.text  # the standfirst
    assert "\nWhat you need to know\n" in result.text  # the heading the skip link named
    for gone in ("Skip to", "Skip next section", "with AFP, AP", "last updated",
                 "does not support the video"):
        assert gone not in result.text, gone
    assert {"web/skip-link", "web/agency-byline", "web/published-stamp",
            "web/player-notice"} <= {removed.rule for removed in result.removed}
    assert norm.clean(result.text, lang="en") == result.text


FEATURE_PAGE = "\n\n".join([
    "Skip to main content",
    "Looking back The stories we followed up on this year",
    "Source: Riverside Post",
    "Every year there are stories the public forgets once the reporters leave. Before "
    "the year ends, our correspondents go back to the biggest of them to see what "
    "happened next.",
    "The fire at the shopping centre",
    "Residents outside the burned shopping centre, March 26, 2018",
    "Olga Petrova / Sputnik / Scanpix / LETA",
    "What happened: a fire at the shopping centre killed 60 people, most of them "
    "children, and our correspondent spent three days in the city.",
    "The story since: the governor resigned a week later, and 15 officials were charged "
    "with negligence.",
]) + "\n"


def test_a_feature_keeps_its_standfirst_over_a_credit_chain(norm):
    result = norm.run(FEATURE_PAGE, lang="en")
    assert "Every year there are stories the public forgets" in result.text
    assert "The fire at the shopping centre\n" in result.text
    assert "What happened: a fire" in result.text
    assert "The story since:" in result.text
    assert "Source: Riverside Post" not in result.text
    assert "Scanpix" not in result.text
    assert {"web/source-credit", "web/photo-credit"} <= {r.rule for r in result.removed}


REGIONAL_BODY = [
    "District collectors were told to take precautions as heavy rain is forecast for the "
    "next five days.",
    "They may declare holidays for schools where the local conditions call for it, the "
    "minister said.",
    "Officials of the city corporation and the water board were asked to work together.",
]
REGIONAL_PAGE = "\n\n".join([
    "Collectors told to decide on school holidays",
    "Published - August 20, 2024 02:00 pm IST - RIVERSIDE:",
    "The Riverside Bureau",
    *REGIONAL_BODY,
    "Stay informed! Follow The Riverside Times on WhatsApp for real-time updates and "
    "breaking news. Join now!",
    "Join The Riverside Times Channel",
    "Reporters hold their own front line. Support Riverside Daily or become our patron!",
]) + "\n"


def test_a_regional_page_loses_its_desk_byline_stamp_and_prompts(norm):
    result = norm.run(REGIONAL_PAGE, lang="en")
    assert result.text.startswith("Collectors told to decide on school holidays\n")
    for sentence in REGIONAL_BODY:
        assert sentence in result.text
    for gone in ("Published", "Bureau", "WhatsApp", "Channel", "patron"):
        assert gone not in result.text, gone


def test_a_news_desk_signature_goes_with_the_tail(norm):
    page = ("Russian forces shelled three villages overnight, the governor said.\n\n"
            "Two people were hurt and a school was damaged, he added.\n\n"
            "Avatar\nThe Riverside Independent news desk\n\n"
            "We are the news team of the Riverside Independent. We bring our readers "
            "quick updates about the events in the region.\n")
    result = norm.run(page, lang="en")
    assert result.text == ("Russian forces shelled three villages overnight, the governor "
                           "said.\n\nTwo people were hurt and a school was damaged, he "
                           "added.\n")


def test_sentences_that_open_with_the_furniture_words_stay(norm):
    sentences = [
        "Source: the ministry said the figures would be revised in May.",
        "Posted by the mayor on Monday, 12 March 2018, the note went unread for weeks.",
        "Published May 9, 2025, the report found that prices had risen again.",
        "Skip to the end: the council approved the budget on Tuesday.",
        "Anna Weber spoke with AFP on Monday about the talks in Brussels.",
        "The mayor thanked the staff of the city desk for their work during the flood.",
    ]
    page = "\n\n".join(["Share on Facebook", "Council approves the budget", *sentences,
                        "Leave a Reply"]) + "\n"
    result = norm.run(page, lang="en")
    for sentence in sentences:
        assert sentence in result.text, sentence
