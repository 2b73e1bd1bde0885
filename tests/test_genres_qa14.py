"""Genres of news pages a quality pass (qa14) read: photo galleries, transcripts and
interviews, live blogs, explainers, wire copy.

Every page here is written for the test in the shape of the real pages read: the
furniture goes, every sentence of the article stays (an interview's answers, a
gallery's captions, a correction), and an ordinary sentence like the furniture stays.
"""

from __future__ import annotations

import pytest

from normkit import Normalizer


@pytest.fixture(scope="module")
def norm() -> Normalizer:
    return Normalizer(lang="en")


def removed(norm: Normalizer, text: str, lang: str | None = None) -> list[str]:
    return [text[x.start : x.end].strip() for x in norm.run(text, lang=lang).removed]


GALLERY = """\
The week in pictures

A selection of the photographs our agency partners sent from the region this week.

Firefighters spray water on a burning grain silo near the port of Izmail on Monday. \
Photograph: Anna Berg/Reuters

A woman carries her cat out of a damaged block of flats in the east of the city of \
Dnipro. Photograph: Piotr Nowak/AFP

Children wave flags from the window of an evacuation train as it leaves the station in \
Pokrovsk. Photograph: Olha Ivanenko/Reuters

Volunteers stack sandbags around the monument to a poet in the centre of the town of \
Chernihiv. Photograph: Ian Moore/AP
"""


def test_a_gallery_keeps_its_captions(norm):
    out = norm.run(GALLERY).text
    assert "grain silo near the port of Izmail" in out
    assert "Volunteers stack sandbags" in out
    assert removed(norm, GALLERY) == []


ARTICLE_WITH_PICTURES = """\
The city council approved the budget for the new tram line on Tuesday after a debate \
that lasted most of the afternoon.

Councillors from both groups said the line would link the two districts that have no \
fast connection to the centre today.

Workers lay rails on the first section of the line in the north of the city on Monday. \
Photograph: Anna Berg/Reuters

The first trams are expected to run in the spring of next year, the mayor said, if the \
rails arrive from the factory on time.

Construction will close two streets in the old town for most of the summer, the \
council's transport office said in a statement.
"""


def test_an_article_still_loses_its_one_caption(norm):
    assert removed(norm, ARTICLE_WITH_PICTURES) == [
        "Workers lay rails on the first section of the line in the north of the city on "
        "Monday. Photograph: Anna Berg/Reuters"]


TRANSCRIPT = """\
Q: Minister, will the bridge reopen before the winter?

Minister: The engineers tell me it will, if the steel arrives -- and I believe them.

Q: And if it does not?

Minister: -- then the ferry runs until it does. We have booked two more boats.
"""


def test_a_transcript_keeps_every_turn_and_the_space_after_the_speaker(norm):
    out = norm.run(TRANSCRIPT).text
    assert "Q: And if it does not?" in out
    assert "Minister: —then the ferry runs until it does." in out
    assert "if the steel arrives—and I believe them." in out
    assert removed(norm, TRANSCRIPT) == []


LIVE_EN = """\
Accessibility links

Storm on the coast: live updates

This page is no longer being updated.

Live blog

The storm reached the coast shortly after dawn, the weather service said.

Correction: An earlier version of this post gave the wrong time for the storm's landfall.

Rescue crews pulled two fishermen from the water near the harbour, the coastguard said.
"""


def test_an_ended_live_blog_loses_its_notices_and_keeps_its_correction(norm):
    gone = removed(norm, LIVE_EN)
    assert {"Accessibility links", "This page is no longer being updated.",
            "Live blog"} <= set(gone)
    out = norm.run(LIVE_EN).text
    assert "Correction: An earlier version of this post gave the wrong time" in out
    assert "Rescue crews pulled two fishermen" in out


@pytest.mark.parametrize(("lang", "text", "furniture", "kept"), [
    ("fr", "Tempête sur la côte\n\nEn direct\n\nCe direct est terminé. Suivez notre nouveau "
     "direct par ici\n\nLa tempête a touché la côte à l'aube, selon Météo-France.\n",
     ["En direct", "Ce direct est terminé. Suivez notre nouveau direct par ici"],
     "La tempête a touché la côte à l'aube"),
    ("de", "Sturm an der Küste\n\nLiveticker\n\nDieser Artikel wird nicht mehr aktualisiert. "
     "Alle News gibt es im neuen Ticker.\n\nVon: Anna Berg und Jan Roth\n\n"
     "Der Sturm erreichte die Küste am frühen Morgen, teilte der Wetterdienst mit.\n",
     ["Liveticker", "Dieser Artikel wird nicht mehr aktualisiert. Alle News gibt es im neuen "
      "Ticker.", "Von: Anna Berg und Jan Roth"],
     "Der Sturm erreichte die Küste"),
    ("es", "Enlaces accesibilidad\n\nEn directo\n\nMinuto a minuto\n\nTormenta en la costa\n\n"
     "La tormenta llegó a la costa al amanecer, según el servicio meteorológico.\n",
     ["Enlaces accesibilidad", "En directo", "Minuto a minuto"],
     "La tormenta llegó a la costa al amanecer"),
])
def test_live_pages_in_other_languages_lose_their_labels(norm, lang, text, furniture, kept):
    gone = removed(norm, text, lang)
    assert set(furniture) <= set(gone)
    assert kept in norm.run(text, lang=lang).text
