"""Captions shown twice, title lines beside dates, glued pointer labels (fifteenth QA pass).

Texts written for these tests, in the shapes real live blogs and galleries showed:
a caption printed twice in a row (once as the image's alt text) keeps one copy; a
title such as ``Essential Coronavirus FAQ`` beside a dropped date line is no byline;
``Read MoreTitle of another story`` goes like ``Read more: Title``. Near misses stay:
a table's repeated rows, a chant, a song's repeated line, a person's name as a byline.
"""

from __future__ import annotations

import pytest

from normkit import Normalizer
from normkit.stages.boilerplate.structure import name_line


@pytest.fixture(scope="module")
def norm() -> Normalizer:
    return Normalizer()


def kept(norm: Normalizer, text: str, lang: str = "en") -> str:
    return norm.run(text, lang=lang).text


def removed(norm: Normalizer, text: str, lang: str = "en") -> list[str]:
    return [text[x.start : x.end].strip() for x in norm.run(text, lang=lang).removed]


PAGE = """\
Home
World
Europe
Video
{body}
Share this article
Related stories
"""

CAPTION = ("Members of parliament listen to the president during his video address to the "
           "chamber in Rome on Tuesday.")
STORY = ("The president asked the lawmakers to back new sanctions and to send more air "
         "defence systems before the winter, officials said after the session.\n\n"
         "He also spoke to the pope by phone on Tuesday about the war, his office said in "
         "a statement published later in the evening.")


@pytest.mark.parametrize("second", [CAPTION, CAPTION + " (Jane Roe/AP)",
                                    CAPTION + " Photo: Jane Roe"])
def test_a_caption_shown_twice_in_a_row_keeps_one_copy(norm, second):
    text = PAGE.format(body=f"{STORY}\n\n{CAPTION}\n{second}\n\n{STORY}")
    out = kept(norm, text)
    assert out.count("Members of parliament listen to the president") == 1
    assert out.count("The president asked the lawmakers") == 2  # paragraphs far apart stay


def test_a_caption_repeated_across_its_credit_keeps_one_copy(norm):
    text = PAGE.format(body=f"{STORY}\n\n{CAPTION}\nPhoto: Jane Roe, AP\n{CAPTION}\n\n{STORY}")
    assert kept(norm, text).count("Members of parliament listen") == 1


def test_a_sentence_that_goes_on_in_the_next_line_is_no_copy(norm):
    first = "The minister resigned on Monday after the vote in parliament."
    second = "The minister resigned on Monday after the vote in parliament, his office said."
    text = PAGE.format(body=f"{STORY}\n\n{first}\n{second}\n\n{STORY}")
    out = kept(norm, text)
    assert first in out and second in out


@pytest.mark.parametrize("block, repeated", [
    ("No war! No war!\nNo war! No war!", "No war! No war!"),  # a chant
    ("Oh, when the saints go marching in\nOh, when the saints go marching in\n"
     "Oh Lord, I want to be in that number", "Oh, when the saints go marching in"),  # a song
    ("Region  Drones  Downed\nKyiv  12  11\nOdesa  8  8\nOdesa  8  8\nLviv  3  3",
     "Odesa  8  8"),  # a table's rows
    ("Player Position Plays Percent Stats Total Score\n"
     "Player Position Plays Percent Stats Total Score\nJoe Smith  LB  74  100%  7  10  3",
     "Player Position Plays Percent Stats Total Score"),  # a table's header, shown again
])
def test_short_lines_repeated_in_a_row_stay(norm, block, repeated):
    text = PAGE.format(body=f"{STORY}\n\n{block}\n\n{STORY}")
    assert repeated not in removed(norm, text)


def test_copies_in_a_text_without_page_furniture_stay(norm):
    text = f"{STORY}\n\n{CAPTION}\n{CAPTION}\n\n{STORY}\n"
    assert kept(norm, text).count(CAPTION) == 2


DATED = """\
Home
World
Europe
Video
{top}
June 29, 2020
{body}
Share this article
"""


@pytest.mark.parametrize("title", ["Essential Coronavirus FAQ", "Ukraine Live Updates",
                                   "Breaking News Kharkiv Shelling", "Kyiv Weather Today"])
def test_a_title_beside_a_date_line_is_no_byline(norm, title):
    text = DATED.format(top=title, body=STORY)
    rules = {text[x.start : x.end].strip(): x.rule for x in norm.run(text).removed}
    assert rules.get(title) != "structure/byline"


@pytest.mark.parametrize("name", ["By John Smith", "Olena Kovalenko", "Jean-Pierre Dupont",
                                  "María José García López", "Ludwig van Beethoven",
                                  "Reuters Staff"])
def test_a_name_beside_a_date_line_is_a_byline(norm, name):
    text = DATED.format(top=f"Talks resume in Geneva\n{name}", body=STORY)
    rules = {text[x.start : x.end].strip(): x.rule for x in norm.run(text).removed}
    # ``By ...`` and a desk's ``Reuters Staff``: pack rules
    assert rules.get(name) in ("structure/byline", "web/byline", "web/desk-byline")


@pytest.mark.parametrize("line", ["Essential Coronavirus FAQ", "UK News", "Live Updates",
                                  "Nachrichten Aktuell", "Noticias Del Día"])
def test_section_and_title_words_are_no_names(line):
    assert not name_line(line)


@pytest.mark.parametrize("pointer", ["Read MoreKyiv braces for a long winter without power",
                                     "READ MOREMinisters meet again in Geneva",
                                     "RelatedNo proof that the mayor owns a villa abroad"])
def test_a_pointer_label_glued_to_its_title_goes(norm, pointer):
    text = f"{STORY}\n\n{pointer}\n\n{STORY}\n"
    assert pointer in removed(norm, text)


@pytest.mark.parametrize("line", [
    "Read MoreThe plan was published on Monday by the ministry in Kyiv.",  # a sentence
    "Readmore is the name of the shop that opened on the corner last week.",
    "Relatedness between the two cases was not proven, the court said.",
])
def test_glued_words_that_are_no_pointer_stay(norm, line):
    text = f"{STORY}\n\n{line}\n\n{STORY}\n"
    assert line not in removed(norm, text)
