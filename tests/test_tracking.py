"""Edit composition: changes made by later passes still map to original spans."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from normkit.tracking import Change, TrackedText


def test_two_passes_compose():
    doc = TrackedText("Talks in Kiev , today")
    doc.apply([Change(13, 14, "", "space")], stage="punctuation")  # "Kiev ," -> "Kiev,"
    doc.apply([Change(9, 13, "Kyiv", "kyiv")], stage="lexicon")
    assert doc.text == "Talks in Kyiv, today"
    assert [(e.before, e.after, e.rule) for e in doc.edits] == [(" ", "", "space"),
                                                                ("Kiev", "Kyiv", "kyiv")]


def test_edit_over_an_earlier_edit_covers_its_original_span():
    doc = TrackedText("a -- b")
    doc.apply([Change(1, 5, "—", "dash")], stage="punctuation")  # "a—b"
    doc.apply([Change(1, 2, " — ", "spaced")], stage="layout")
    assert doc.text == "a — b"
    last = doc.edits[-1]
    assert (last.start, last.end, last.before) == (1, 5, " -- ")


def test_protected_spans_shift_and_drop_with_removed_blocks():
    text = "xx https://a.org/kiev yy\nSee https://b.org now\n"
    doc = TrackedText(text, [(3, 21), (29, 42)])
    doc.apply([Change(0, 2, "z", "r")], stage="s")
    assert doc.text[doc.protected[0][0]:doc.protected[0][1]] == "https://a.org/kiev"
    doc.apply([Change(24, 46, "", "drop", drop=True)], stage="boilerplate")
    assert doc.protected == [(2, 20)]
    assert doc.removed[0].text == "See https://b.org now\n"


@st.composite
def edit_rounds(draw):
    text = draw(st.text(alphabet="ab c\n", min_size=0, max_size=40))
    rounds = draw(st.lists(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 4),
                                              st.text(alphabet="XY ", max_size=3)),
                                    max_size=5), max_size=4))
    return text, rounds


@settings(max_examples=300, deadline=None)
@given(edit_rounds())
def test_every_edit_maps_to_a_real_span_of_the_input(data):
    text, rounds = data
    doc = TrackedText(text)
    for round_ in rounds:
        changes, pos = [], 0
        for offset, length, replacement in round_:
            start = pos + offset % 7
            end = start + length
            if end > len(doc.text):
                break
            changes.append(Change(start, end, replacement, "r"))
            pos = end
        doc.apply(changes, stage="s")
    for edit in doc.edits:
        assert 0 <= edit.start <= edit.end <= len(text)
        assert text[edit.start:edit.end] == edit.before


class _AlwaysMapped(TrackedText):
    """A TrackedText that maps every change through the segment map, the first one too."""

    def _apply_first(self, changes, stage):
        self.edits.append(None)  # not empty: the general path runs ...
        TrackedText.apply(self, changes, stage=stage)
        self.edits.remove(None)  # ... and the marker goes again


@settings(max_examples=300, deadline=None)
@given(edit_rounds(), st.lists(st.booleans(), max_size=5))
def test_the_first_edit_shortcut_maps_as_the_general_path_does(data, drops):
    text, rounds = data
    fast, mapped = TrackedText(text, [(1, 3)]), _AlwaysMapped(text, [(1, 3)])
    for round_ in rounds:
        changes, pos = [], 0
        for i, (offset, length, replacement) in enumerate(round_):
            start = pos + offset % 7
            end = start + length
            if end > len(fast.text):
                break
            drop = i < len(drops) and drops[i]
            changes.append(Change(start, end, "" if drop else replacement, "r", drop=drop))
            pos = end
        fast.apply(changes, stage="s")
        mapped.apply(changes, stage="s")
        assert fast.text == mapped.text
        assert fast._segments == mapped._segments and fast.protected == mapped.protected
    assert fast.edits == mapped.edits and fast.removed == mapped.removed
