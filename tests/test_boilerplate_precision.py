"""Sentences of the article that the boilerplate stage must keep (issue #4: "never a
sentence of the article").

Each reproduction is a short wire story with a list, a table, a caption, a subhead, a
line of markup or an ordinary sentence that resembles a prompt; only the footer or the
newsletter prompt may go. The negative twins show that boilerplate of the same shapes
still goes: a footer, a "Related:" list, a menu at the top, a teaser card.
"""

from __future__ import annotations

import pytest

from normkit import Normalizer

A = ("KYIV, Ukraine (AP) — Ukraine's air force said Sunday it shot down 40 of 47 drones "
     "launched by Russia overnight, as attacks on the capital continued.\n\n"
     "The drones targeted energy facilities in the south, officials said.\n\n")
T = "Copyright 2024 The Associated Press. All rights reserved.\n"
VOTE = ("The vote is expected next week, two aides said, and the White House has urged "
        "speedy passage.\n\n")
NEWSLETTER = ("Sign up for our newsletter to get the latest news delivered to your inbox.\n")


@pytest.fixture(scope="module")
def norm() -> Normalizer:
    return Normalizer(lang="en")


def removed(norm: Normalizer, text: str) -> list[tuple[str, str]]:
    """``(rule, line)`` of every dropped block."""
    return [(x.rule, text[x.start : x.end].strip()) for x in norm.run(text).removed]


def only_footer_goes(norm: Normalizer, text: str, *footer: str) -> None:
    assert [line for _, line in removed(norm, text)] == [f.strip() for f in footer]


# -- non-prose blocks inside the article --------------------------------------------


def test_a_short_list_under_a_heading_stays_before_the_footer(norm):
    text = A + "Key facts:\n\n- 40 drones were shot down\n- 7 reached their targets\n\n" + T
    only_footer_goes(norm, text, T)


def test_a_subhead_and_a_sentence_after_a_photo_caption_stay(norm):
    caption = "Firefighters at the scene. (Photo: Reuters/Gleb Garanich)"
    text = (A + caption + "\n\nThe attacks come as Ukraine awaits new aid\n\n"
            "Lawmakers in Washington have yet to approve the package.\n\n" + NEWSLETTER)
    only_footer_goes(norm, text, caption, NEWSLETTER)


def test_a_tab_table_and_the_sentence_after_it_stay(norm):
    text = A + "Region\tDrones\tDowned\nKyiv\t12\t11\nOdesa\t20\t17\n\n" + VOTE + T
    only_footer_goes(norm, text, T)


def test_a_pipe_table_is_no_menu(norm):
    table = "Region | Drones | Downed\nKyiv | 12 | 11\nOdesa | 20 | 17\n\n"
    only_footer_goes(norm, A + table + VOTE + T, T)
    longer = (A + "Officials said the strikes hit a power plant and two substations in the "
              "region.\n\nRepairs were under way on Monday, the energy ministry said in a "
              "statement.\n\n" + table + VOTE)
    assert removed(norm, longer) == []


def test_a_markdown_table_keeps_its_header_row(norm):
    # the header row alone looks like a menu (three short items between bars)
    table = ("| City | Population | Region |\n|------|-----------:|--------|\n"
             "| Kyiv | 2,952,301 | Kyiv City |\n| Odesa | 1,010,537 | Odesa Oblast |\n\n")
    only_footer_goes(norm, A + table + VOTE + T, T)


def test_markup_around_a_sentence_does_not_drop_it(norm):
    line = ("<p>Lawmakers in Washington have yet to approve the package, which has been "
            "stalled for months.</p>")
    only_footer_goes(norm, A + line + "\n\n" + VOTE + T, T)


def test_markup_without_a_sentence_still_goes(norm):
    script = "<div class=\"ad-slot\"><script>loadAd('slot-1');</script></div>"
    only_footer_goes(norm, A + script + "\n\n" + VOTE + T, script, T)


# -- drop rules and ordinary sentences ----------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Copyright infringement claims against the broadcaster rose 12% last year, the court said.",
    "Police said the fraudsters told victims that by clicking here they could claim a refund.",
    "Telegram channels urged Russians to subscribe to the channel and share the videos.",
    "The Kremlin's channels are now on Telegram and WhatsApp, the researchers found.",
    "Copyright 2019 figures show more claims were filed than ever, the court said.",
    "Share prices of the two largest lenders fell more than 3% after the vote.",
    "Follow-up talks with the International Monetary Fund are planned for May, she said.",
    "Read more about the tax in the ministry's note, she added, which was published Monday.",
])
def test_an_ordinary_sentence_mid_article_stays(norm, sentence):
    only_footer_goes(norm, A + sentence + "\n\n" + VOTE + T, T)


@pytest.mark.parametrize("line", [
    "© 2024 Kyiv Daily. All rights reserved.",
    "Copyright The Associated Press. All rights reserved.",
    "For breaking news, follow us on Telegram",
    "Kyiv Daily is now on WhatsApp. Click here to join our channel",
    "Please fill in the form to subscribe to our newsletter",
    "Subscribe to RIA Novosti on Telegram",
    "Follow The Kyiv Independent on X.",
])
def test_prompts_and_notices_after_the_article_still_go(norm, line):
    only_footer_goes(norm, A + VOTE + line + "\n", line)


# -- boilerplate of the same shapes still goes --------------------------------------


def test_an_advertisement_pointer_mid_article_goes(norm):
    for line in ("Story continues below advertisement", "Advertisement - Scroll to continue"):
        only_footer_goes(norm, A + line + "\n\n" + VOTE + T, line, T)


def test_share_buttons_in_other_languages_go():
    cases = [("de", "Der Kanzler reiste am Dienstag nach Kiew, wo er den Präsidenten traf.",
              "Teilen auf Facebook"),
             ("pt", "O presidente disse nesta terça-feira em Kiev que a situação é difícil.",
              "Compartilhe no WhatsApp"),
             ("es", "El alcalde anunció el martes un plan para reformar la plaza.",
              "Comparte en WhatsApp")]
    for lang, sentence, label in cases:
        result = Normalizer(lang=lang).run(f"{sentence}\n\n{label}\n")
        assert result.text.strip() == sentence, lang


def test_a_list_of_other_stories_after_a_french_article_goes():
    article = ("Le maire de Lviv a annoncé lundi la réouverture du théâtre après la réparation "
               "de son toit, endommagé par une frappe en juillet.\n\n"
               "Les spectateurs pourront acheter leurs billets en ligne dès vendredi ; le prix "
               "moyen est de 200 hryvnias.\n\n")
    cards = ["Vous aimerez aussi", "Kiev : les sirènes retentissent toute la nuit",
             "Odessa : le port rouvre partiellement"]
    result = Normalizer(lang="fr").run(article + "\n".join(cards) + "\n")
    assert result.text.strip() == article.strip()


def test_a_footer_after_the_article_goes(norm):
    footer = ["About us", "Contact", "Privacy Policy", "Terms of Use"]
    only_footer_goes(norm, A + "\n".join(footer) + "\n" + T, *footer, T)


def test_a_related_list_at_the_end_goes(norm):
    items = ["- Poland closes its border crossing", "- Kyiv braces for a hard winter",
             "- Drone strikes hit Odesa port"]
    text = A + "Related:\n\n" + "\n".join(items) + "\n\n" + T
    only_footer_goes(norm, text, "Related:", *items, T)
    two = A + "Related stories\n\n" + "\n".join(items[:2]) + "\n\n" + T
    only_footer_goes(norm, two, "Related stories", *items[:2], T)


def test_a_menu_of_separators_at_the_top_goes(norm):
    menu = "Home | World | Europe | Ukraine"
    only_footer_goes(norm, menu + "\n\n" + A + T, menu, T)


def test_rows_of_figures_alone_are_a_menu_not_a_table(norm):
    menu = ["2019 | 2020 | 2021", "2022 | 2023 | 2024"]
    only_footer_goes(norm, "\n".join(menu) + "\n\n" + A + T, *menu, T)


def test_teaser_cards_after_the_footer_go(norm):
    cards = ["Poland closes its border",
             "The crossing at Medyka will shut on Monday, officials said.",
             "Kyiv braces for winter",
             "The city has stocked generators for the cold months, the mayor said."]
    text = A + "Share this article\n\n" + "\n\n".join(cards) + "\n"
    only_footer_goes(norm, text, "Share this article", *cards)


@pytest.mark.parametrize("signature", ["PTI", "(AFP)", "— IANS", "(Reuters)", "AP/PTI"])
def test_a_last_paragraph_signed_by_an_agency_stays(norm, signature):
    """Wire copy signs its last paragraph (`... into the US. PTI`): still a sentence."""
    text = (A + VOTE + "Last month more than 300 people were sent back on a similar "
            f"flight, the ministry said. {signature}\n\n"
            "Download Premium Themes Free\nOnline free course\nRelated Articles\n" + T)
    kept = norm.run(text).text
    assert "the ministry said." in kept and signature.strip("— ") in kept
    assert "Download Premium Themes" not in kept and "Related Articles" not in kept
