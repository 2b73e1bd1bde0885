"""Whole pages flattened onto one line: the work per edit stays local, and nothing of
the protection that a line read whole gave is lost.

Time is never asserted here (see ``benchmarks/long_lines.py``); what is asserted is how
much text the checks read, which is what grew with the square of the line before.
"""

from __future__ import annotations

import pytest

from normkit import protect, tracking
from normkit.stages import encoding

MT_UNIT = ("Talks in Kiev went on -- for now , officials said . “ We will see ” , he said. "
           "Visit https://example.com/a?b=c , or mail press@kiev.gov.ua . ")


@pytest.fixture()
def characters_read(monkeypatch):
    """The characters every protection check reads, counted."""
    read = [0]
    real = protect.find_protected

    def counting(text: str):
        read[0] += len(text)
        return real(text)

    monkeypatch.setattr(tracking, "find_protected", counting)
    return read


@pytest.mark.parametrize("unit", [
    MT_UNIT,
    "a@kiev.ua,b@kiev.ua;c@kiev.ua , ",  # addresses glued by punctuation, spaces in between
    "@KyivPost , @Zelensky -- #Kiev , said . ",
    "kyivpost.com/news , bbc.co.uk -- kiev.ua/x . ",
])
def test_checks_beside_protected_spans_read_a_bounded_stretch(norm, characters_read, unit):
    short, long = unit * 20, unit * 160
    characters_read[0] = 0
    norm.run(short, lang="en")
    per_char_short = characters_read[0] / len(short)
    characters_read[0] = 0
    result = norm.run(long, lang="en")
    per_char_long = characters_read[0] / len(long)
    assert per_char_long < 2 * per_char_short + 1  # flat, not growing with the line
    assert norm.run(result.text, lang="en").text == result.text


def test_a_long_line_keeps_its_addresses_and_is_cleaned_as_short_ones_are(norm):
    line = norm.clean(MT_UNIT * 150, lang="en")
    one = norm.clean(MT_UNIT, lang="en")
    assert line.count("https://example.com/a?b=c") == 150
    assert line.count("press@kiev.gov.ua") == 150
    assert line.startswith(one[:-1])  # each repeat repaired as the first is


def test_edits_that_would_glue_two_addresses_are_refused_far_into_a_long_line(norm):
    unit = "see x.org/a , ,b and then y.org today. "
    cleaned = norm.clean(unit * 120, lang="en")
    assert "x.org/a,,b" not in cleaned
    assert cleaned.count("x.org/a") == 120
    assert norm.clean(cleaned, lang="en") == cleaned


def test_a_long_line_with_code_and_many_links_leaves_edits_beside_them_alone(norm):
    unit = "Run `pip install kiev` -- then see https://x.org/a , too . "
    many = unit * (tracking.CODE_LINE_SPANS + 8)  # too many spans to read the line for each
    few = unit * 4
    assert "https://x.org/a , too" in norm.clean(many, lang="en")  # left as written
    assert "https://x.org/a, too" in norm.clean(few, lang="en")  # read whole and repaired
    cleaned = norm.clean(many, lang="en")
    assert norm.clean(cleaned, lang="en") == cleaned
    assert cleaned.count("`pip install kiev`") == tracking.CODE_LINE_SPANS + 8


def test_mojibake_repairs_on_a_long_repetitive_line_are_found_one_by_one():
    unit = "ÐšÐ¸Ñ—Ð² â€œtalksâ€\u009d Kiev , "
    before = unit * 300
    fixed = encoding.ftfy.fix_text(before, encoding._FTFY_CONFIG)
    changes = encoding._diff_changes(0, before, fixed, "encoding/mojibake")
    assert len(changes) == 3 * 300  # one per repaired run, not one for the whole line
    rebuilt, pos = [], 0
    for change in changes:
        rebuilt += [before[pos:change.start], change.replacement]
        pos = change.end
    assert "".join(rebuilt) + before[pos:] == fixed
