"""Odd shapes of big documents (repeated menus, logs of same-width lines, thousands of
dropped lines, dotted tokens, long lines of quotes or figures): the work per line or
per character stays flat as the document grows.

Time is never asserted here (see ``benchmarks/long_lines.py``, which prints the time at
1x and 4x for these shapes too); what is asserted is how much the code reads, or that
a pattern made linear matches exactly what the pattern it replaced matched.
"""

from __future__ import annotations

import random

import pytest
import regex

from normkit import protect
from normkit.document import Removed
from normkit.stages.boilerplate import bridges
from normkit.stages.boilerplate.lines import split_lines
from normkit.tracking import Change, TrackedText


@pytest.fixture()
def rows_read(monkeypatch):
    """How many times a line is split into table cells, counted."""
    read = [0]
    real = bridges.row_cells

    def counting(text: str):
        read[0] += 1
        return real(text)

    monkeypatch.setattr(bridges, "row_cells", counting)
    return read


@pytest.mark.parametrize("unit", [
    "Home  News  Sport  Business  Share  Tweet\n\n",  # a menu repeated: two-space cells
    "Kiev\tLviv\tOdesa\n",  # a log of same-width rows without figures: no table
    "Home | News | Sport | Video\n",  # bars
])
def test_table_rows_are_read_once_per_line(norm, rows_read, unit):
    per_line = []
    for repeats in (50, 400):
        rows_read[0] = 0
        norm.run(unit * repeats, lang="en")
        per_line.append(rows_read[0] / repeats)
    assert per_line[1] < 2 * per_line[0] + 1  # flat, not growing with the run


def test_tables_answer_as_table_rows_did_line_by_line():
    pieces = ["Kyiv\t12\t11", "Region\tDrones\tDowned", "Home | News | Sport",
              "Sales | $ | 4,293 | $ | 10,126 | |||", "Net income | $ | (647 | ) | $ | 452 | |||",
              "| Kyiv | 12 |", "|---|---|", "Dow Jones    46,921.13  -112.40", "1 | 2 | Next",
              "A sentence of prose here.", "2019 | 2020 | 2021", "x | 12", "a  b  c"]
    rng = random.Random(7)
    for _ in range(300):
        lines = split_lines("\n".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))), "en")
        for line in lines:
            if rng.random() < 0.1:
                line.rule = "x"
        tables = bridges.Tables(lines)
        for i in range(len(lines)):
            assert tables.rows(i) == _table_rows_by_scanning(lines, i)


def _table_rows_by_scanning(lines, i: int) -> int:
    """table_rows as it read the lines from ``i`` on (the reference)."""
    width = bridges.cells(lines[i].text)
    if width < 2:
        return 0
    if "|" in lines[i].text:
        barred = bridges._barred_rows(lines, i)
        if barred:
            return barred
    count = 1
    while i + count < len(lines) and bridges.cells(lines[i + count].text) == width:
        count += 1
    rows = [lines[j].text for j in range(i + 1, i + count)]
    figures = sum(bool(bridges._FIGURE.search(row)) for row in rows)
    if count < bridges.MIN_ROWS or figures * 2 < len(rows):
        return 0
    texts = [lines[j].text for j in range(i, i + count)]
    if all(bridges._FIGURE.search(c) for t in texts for c in bridges.row_cells(t)):
        return 0
    return count


class _CountingList(list):
    """A list that counts the items read from it by iteration or slicing."""

    read = 0

    def __iter__(self):
        for item in super().__iter__():
            self.read += 1
            yield item

    def __getitem__(self, index):
        found = super().__getitem__(index)
        if isinstance(index, slice):
            self.read += len(found)
        return found


def test_each_drop_reads_the_removed_blocks_near_it_not_all():
    lines = 2000
    doc = TrackedText("".join(f"Share line {i}\n" for i in range(lines)))
    doc.removed = _CountingList()
    doc.apply([Change(0, 5, "Share", "warm-up")], stage="encoding")  # no longer the original
    for step in (2, 1):  # every other line, then the rest
        text = doc.text
        starts = [i for i in range(len(text)) if i == 0 or text[i - 1] == "\n"]
        doc.apply([Change(a, b, "", "drop", drop=True)
                   for a, b in list(zip(starts, [*starts[1:], len(text)], strict=True))[::step]],
                  stage="boilerplate")
    assert doc.text == "" and len(doc.removed) == lines
    assert doc.removed.read <= 2 * lines  # each block read once, not once per later drop


def test_blocks_dropped_over_earlier_ones_claim_what_was_left():
    rng = random.Random(3)
    for _ in range(2000):
        doc = TrackedText("x" * 40)
        for _ in range(rng.randint(0, 6)):
            start = rng.randint(0, 40)
            doc.removed.append(Removed(start, rng.randint(start, min(40, start + 15)), "", "r"))
            lo = rng.randint(0, 40)
            hi = rng.randint(lo, 40)
            assert doc._not_removed(lo, hi) == _not_removed_by_scanning(doc.removed, lo, hi)


def _not_removed_by_scanning(removed, start: int, end: int) -> list[tuple[int, int]]:
    pieces = [(start, end)]
    for block in removed:
        if block.start < end and start < block.end:
            pieces = [piece for lo, hi in pieces
                      for piece in ((lo, min(hi, block.start)), (max(lo, block.end), hi))
                      if piece[0] < piece[1]]
    return pieces


@pytest.fixture()
def address_characters_read(monkeypatch):
    """The characters the bare-address pattern reads, counted."""
    read = [0]
    real = protect._BARE

    class Counting:
        def match(self, text: str, pos: int = 0):
            found = real.match(text, pos)
            read[0] += (found.end() if found else pos + 1) - pos
            return found

    monkeypatch.setattr(protect, "_BARE", Counting())
    return read


@pytest.mark.parametrize("unit", ["a.", ".a", "x.org/a", "www.x.org/a.b/", "kyiv.ua/x?y=1 "])
def test_dotted_tokens_are_read_once(address_characters_read, unit):
    per_char = []
    for repeats in (100, 800):
        text = "/" + unit * repeats  # after a slash: the inside of a path, no address
        address_characters_read[0] = 0
        protect.find_protected(text)
        protect.find_protected(text[1:])  # and one that starts as an address
        per_char.append(address_characters_read[0] / len(text))
    assert per_char[1] < 2 * per_char[0] + 1


def test_protected_spans_are_those_a_scan_at_every_character_finds():
    tokens = ["a", "x", "1", ".", "@", "+", "-", "_", "/", " ", "(", ")", "`", "#", "com", "org",
              "co", "uk", "ua", "https://", "www.", ":", ",", "\n", "é", "..."]
    rng = random.Random(11)
    for _ in range(5000):
        text = "".join(rng.choice(tokens) for _ in range(rng.randint(0, 24)))
        found = [m.span() for m in protect._PROTECTED.finditer(text)]
        assert protect._protected_matches(text) == found


# the patterns that read the rest of a line (or of a run) for every match, as they were
READ_THE_LINE_FOR_EACH_MATCH = {
    "punct/curly-double-quotes-undetermined": (r"(?<!„[^\n]*)[“”‟〝〞＂](?![^\n]*„)", "“”„‟ a\n\""),
    "punct/curly-single-quotes-undetermined": (
        r"(?<!‚[^\n]*)(?!(?<=\p{Cyrillic})[‘’‛ʼ]\p{Cyrillic})[‘’‛ʼ](?![^\n]*‚)", "‘’‛ʼ‚aд \n"),
    "encoding/zero-width-joiner-latin": (
        r"(?<=[\p{Latin}\p{Cyrillic}\p{Greek}\s])[\u200c\u200d]+"
        r"|[\u200c\u200d]+(?=[\p{Latin}\p{Cyrillic}\p{Greek}\s])", "\u200c\u200da ٹ\n😀"),
    "punct/lone-closing-guillemet": (
        r"(?<=[\p{L}\p{N}.,;:!?…])»|[ \t]+»(?=[.,;:!?])"
        r"|(?<=[.!?…])[ \t\u00a0\u202f]+»(?=[ \t]*(?:\n|\Z))", "» \t.a\n\u00a0!"),
}


@pytest.mark.parametrize("rule_id", sorted(READ_THE_LINE_FOR_EACH_MATCH))
def test_linear_patterns_match_what_the_line_readers_matched(norm, rule_id):
    before, alphabet = READ_THE_LINE_FOR_EACH_MATCH[rule_id]
    before = regex.compile(before)
    now = norm.rule(rule_id).pattern
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        line_starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]
        pos = rng.choice(line_starts)  # later rounds read from a paragraph's start
        assert ([(m.span(), m.group()) for m in now.finditer(text, pos)]
                == [(m.span(), m.group()) for m in before.finditer(text, pos)]), repr(text)


def test_dangling_spanish_marks_after_a_removed_one_go_too(norm):
    # many marks before one ? with no Spanish letter: each is removed, found from the last
    assert norm.clean("¿" * 3000 + "What happened?", lang="en") == "What happened?"
    kept = 'Protesters chanted "¡No a la guerra!" and asked "¿Dónde está Europa?" twice.'
    assert norm.clean(kept, lang="en") == kept


def test_a_long_line_of_figures_with_one_double_hyphen_is_cleaned_as_a_short_one(norm):
    short = "Results 1 2 3 -- then 4 5 6 went on."
    long = "Results " + "1 2 3 " * 3000 + "-- then 4 5 6 went on."
    assert norm.clean(short, lang="en") == "Results 1 2 3—then 4 5 6 went on."
    assert norm.clean(long, lang="en").endswith("1 2 3—then 4 5 6 went on.")


def test_the_language_sample_reads_a_long_word_beside_an_address_as_the_regex_would(norm):
    from normkit import language

    rng = random.Random(13)
    tokens = ["a", "x", "1", ".", "@", "+", "-", "_", "/", " ", "#", "com", "https://", "www.",
              ":", "\n", "é", "д", "b@c.d"]
    for _ in range(3000):
        text = "".join(rng.choice(tokens) for _ in range(rng.randint(0, 20))) + "@"
        assert language._letters(text) == language._NOT_LETTERS.sub(" ", text).strip()
    # a page that is one giant word after a handle: detection reads on and stays linear
    result = norm.run("@ab " + "a" * 20_000 + " went on.")
    assert result.text.endswith("went on.")
