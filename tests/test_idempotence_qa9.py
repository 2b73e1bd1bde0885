"""A second cleaning drops nothing the first kept, when the first cleaning's own drops
change how the text reads: which line is the head, how lines make blocks.

Both shapes were found by ``benchmarks/fuzz.py --wide`` (seed 29); the texts here are
written for these tests.
"""

from __future__ import annotations

import pytest

LEAD = "Russian troops shelled Kharkiv overnight, the Defence Ministry said on Friday."
MORE = " Two people were wounded, the regional governor said on Telegram."
BODY = ("Air raid sirens sounded across the east of the country for more than three hours, "
        "and the city's metro stations were opened as shelters.")


def _twice(norm, text: str, lang: str) -> tuple[str, str]:
    once = norm.clean(text, lang=lang)
    return once, norm.clean(once, lang=lang)


@pytest.mark.parametrize("top", ["", "Home | World | Europe | Ukraine\n"])
@pytest.mark.parametrize("copy", [LEAD, LEAD.replace(", the", ",the").replace(" on ", "  on ")])
def test_every_copy_of_a_lead_the_body_repeats_goes_at_once(norm, top, copy):
    # a scraped teaser shows the lead twice (once with a scraper's spacing) above the body
    # that repeats it in full: with the first copy gone, the second is the head line
    text = f"{top}{copy}\n{LEAD}\n{LEAD}{MORE}\n{BODY}\n"
    once, again = _twice(norm, text, "en")
    assert again == once
    assert once.count(LEAD) == 1
    assert f"{LEAD}{MORE}" in once and BODY in once


def test_a_title_shown_twice_leaves_the_lead_below_it_in_the_head(norm):
    # without page furniture the head is the title and the next line that stays; the copy
    # of the title goes, so the lead below it is a head line, and the body repeats it
    title = "Kharkiv shelled overnight, two wounded"
    text = f"{title}\n{title}\n{LEAD}\n{LEAD}{MORE}\n{BODY}\n"
    once, again = _twice(norm, text, "en")
    assert again == once
    assert once == f"{title}\n{LEAD}{MORE}\n{BODY}\n"


FRENCH_WRAPPED = (
    "Le maire a annoncé dimanche soir que la place\n"
    "» Place Saint-Michel : la circulation rouvre\n"
    "le lundi matin.\n"
    "Accueil > Monde\n"
    "https://www.example.fr/monde/2023/kharkiv\n"
)


def test_lines_a_drop_unwraps_are_read_as_the_next_cleaning_reads_them(norm):
    # read as one hard-wrapped paragraph, the » line hides inside it; once the breadcrumb
    # and the address at the margin go, the text is no wrapped text and the » line is a
    # link of its own, as a second cleaning reads it
    once, again = _twice(norm, FRENCH_WRAPPED, "fr")
    assert again == once
    assert "Accueil" not in once and "example.fr" not in once
    assert once.startswith("Le maire a annoncé dimanche soir que la place\n")


def test_a_wrapped_wire_story_that_loses_its_signature_is_read_alike(norm):
    # the common case: a short line at the end goes and the rest stays one wrapped text
    text = ("The central bank raised its key rate by half a point on Thursday,\n"
            "the third rise this year, citing inflation that has stayed well\n"
            "above its target for most of the past eighteen months, and said\n"
            "further rises could follow.\n"
            " Reuter\n")
    once, again = _twice(norm, text, "en")
    assert again == once
    assert "Reuter" not in once and "further rises could follow." in once


def test_a_follow_prompt_a_wrapped_reading_joined_goes_once_the_footer_goes(norm):
    # three unended lines of about one width read as a wrapped paragraph; without the
    # English footer, the two Russian prompts are lines of their own, and the one a rule
    # knows goes at once
    text = ("Подписывайтесь на «Вечерний Киев» ВКонтакте\n"
            "Следите за нашими новостями в удобном формате\n\n"
            "Do you have a photo or video to share? Email us\n")
    once, again = _twice(norm, text, "ru")
    assert again == once
    assert "Email" not in once and "Следите" not in once
