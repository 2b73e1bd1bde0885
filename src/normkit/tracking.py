"""Text that remembers where each of its characters came from.

Stages edit the *current* text; :class:`TrackedText` applies their changes and
maps every change back to a span of the original input, so the pipeline can
report edits in original offsets however many stages ran before.

>>> t = TrackedText("Talks in Kiev .")
>>> t.apply([Change(13, 14, "", "space")], stage="punctuation")
>>> t.apply([Change(9, 13, "Kyiv", "kyiv")], stage="lexicon")
>>> t.text
'Talks in Kyiv.'
>>> [(e.start, e.end, e.before, e.after) for e in t.edits]
[(13, 14, ' ', ''), (9, 13, 'Kiev', 'Kyiv')]
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import regex

from normkit.document import Edit, Removed
from normkit.protect import _TRAILING, find_protected

BESIDE = 16  # characters between an edit and a protected span that still touch it
# backticks pair over a whole line: a line with one is read whole for each edit beside
# one of its protected spans, and with more spans than this, such edits are not made
CODE_LINE_SPANS = 32
_SPACE_BEFORE = regex.compile(r"(?r)\s")  # the last white space in a stretch
_SPACE_AFTER = regex.compile(r"\s")


def _has_space(text: str) -> bool:
    return any(char.isspace() for char in text)


@dataclass(frozen=True, slots=True)
class Change:
    """A replacement of ``text[start:end]`` of the stage's input by ``replacement``."""

    start: int
    end: int
    replacement: str
    rule: str
    drop: bool = False  # a removed block: may swallow protected spans whole


@dataclass(slots=True)
class _Segment:
    cur_start: int
    cur_end: int
    orig_start: int
    orig_end: int
    copied: bool  # True: characters copied from the original; False: inserted by an edit


class TrackedText:
    """The current text, its map to the original, protected spans and the edit log."""

    def __init__(self, original: str, protected: list[tuple[int, int]] | None = None):
        self.original = original
        self.text = original
        self._segments = [_Segment(0, len(original), 0, len(original), True)] if original else []
        self._starts = [0] if original else []
        self.protected: list[tuple[int, int]] = sorted(protected or [])
        self.edits: list[Edit] = []
        self.removed: list[Removed] = []
        self._gone: tuple[list[int], list[int]] = ([], [])  # see _index_removed
        self._gone_count = 0
        self._gone_points: list[int] = []

    # -- mapping -------------------------------------------------------------
    def to_original(self, pos: int, *, side: str) -> int:
        """Map a current offset to an original one (``side`` is "start" or "end")."""
        if not self._segments:
            return 0
        if side == "start":
            if pos >= len(self.text):
                return len(self.original)
            seg = self._segments[bisect_right(self._starts, pos) - 1]
            return seg.orig_start + (pos - seg.cur_start) if seg.copied else seg.orig_start
        if pos <= 0:
            return 0
        seg = self._segments[bisect_left(self._starts, pos) - 1]
        return seg.orig_start + (pos - seg.cur_start) if seg.copied else seg.orig_end

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original span that produced ``text[start:end]``."""
        o_start = self.to_original(start, side="start")
        if end == start:
            return o_start, o_start
        return o_start, max(o_start, self.to_original(end, side="end"))

    # -- protection ----------------------------------------------------------
    def overlaps_protected(self, start: int, end: int) -> bool:
        """True if ``[start, end)`` touches a protected span (an insertion inside one counts)."""
        i = bisect_right(self.protected, (end, end))
        for p_start, p_end in self.protected[max(0, i - 2) : i + 1]:
            if start < p_end and p_start < end:
                return True
            if start == end and p_start < start < p_end:
                return True
        return False

    def protected_beside(self, start: int, end: int) -> tuple[int, int] | None:
        """The protected span that ``[start, end)`` touches with no space between (at
        most :data:`BESIDE` characters, or only the punctuation that may end it), if any.

        >>> TrackedText("`a  b`¿¡D", [(0, 6)]).protected_beside(7, 8)
        (0, 6)
        >>> TrackedText("`a  b` ¿D", [(0, 6)]).protected_beside(7, 8) is None
        True
        """
        i = bisect_right(self.protected, (end, end))
        for p_start, p_end in self.protected[max(0, i - 2) : i + 1]:
            gap = self.text[p_end:start] if p_end <= start else " "
            # near, or after nothing but the punctuation that may end it (url.......)
            if not _has_space(gap) and (len(gap) <= BESIDE or not gap.strip(_TRAILING)):
                return p_start, p_end
            if p_start - BESIDE <= end <= p_start and not _has_space(self.text[end:p_start]):
                return p_start, p_end
        return None

    def keeps_protected(self, span: tuple[int, int],
                        edits: list[tuple[int, int, str]]) -> bool:
        """True if ``span`` is still protected, where it moves to, once all ``edits``
        (sorted, not overlapping, none inside it) are made. Edits beside a span that pass
        one by one may move its edge together (`a  b`¿¡D loses both marks).

        >>> doc = TrackedText("`a  b`¿¡D", [(0, 6)])
        >>> one, both = [(6, 7, "")], [(6, 7, ""), (7, 8, "")]
        >>> doc.keeps_protected((0, 6), one), doc.keeps_protected((0, 6), both)
        (True, False)
        """
        window = self._window(span[0], span[1], edits)
        return window is not None and self._keeps_in_window(*window, edits, [span])

    def keeps_protected_near(self, start: int, end: int, edits: list[tuple[int, int, str]],
                             starts: list[int] | None = None) -> bool:
        """True if every protected span near ``[start, end)`` is still protected, where it
        moves to, once all ``edits`` (sorted, not overlapping, none inside a span) are made.

        Near: between the closest white space on each side that no edit removes (a URL,
        an address or a handle ends at white space), or on the same line where a
        backtick is (backticks pair over a line). So a line with hundreds of links is
        checked link by link, not whole for each edit.

        >>> doc = TrackedText("see x.org/a , ,b and y.org", [(4, 11), (21, 26)])
        >>> doc.keeps_protected_near(11, 12, [(11, 12, "")])
        True
        >>> doc.keeps_protected_near(11, 15, [(11, 12, ""), (13, 15, "")])  # x.org/a,,b
        False
        """
        starts = [e[0] for e in edits] if starts is None else starts
        window = self._window(start, end, edits, starts)
        if window is None:
            return False
        lo, hi = window
        first = bisect_left(self.protected, (lo, lo))
        last = bisect_right(self.protected, (hi, hi))
        spans = [(a, b) for a, b in self.protected[first:last] if lo <= a and b <= hi]
        return not spans or self._keeps_in_window(lo, hi, edits, spans, starts)

    def _window(self, start: int, end: int, edits: list[tuple[int, int, str]],
                starts: list[int] | None = None) -> tuple[int, int] | None:
        """The stretch of text whose protected spans ``edits`` near ``[start, end)`` may
        change: from the closest white space before it that no edit removes (or that an
        edit writes) to the closest after it, within the line; the whole line where a
        backtick is in it, or None if that line has more than ``CODE_LINE_SPANS``
        protected spans (too costly to check for each edit: the edit is not made).
        ``starts`` are the edits' starts."""
        text = self.text
        starts = [e[0] for e in edits] if starts is None else starts
        line_lo = text.rfind("\n", 0, min(start, edits[0][0]) if edits else start) + 1
        line_hi = text.find("\n", max(end, edits[-1][1]) if edits else end)
        line_hi = len(text) if line_hi == -1 else line_hi
        if text.find("`", line_lo, line_hi) != -1 or any(
                "`" in e[2] for e in edits[bisect_left(starts, line_lo):]):
            spans = (bisect_left(self.protected, (line_hi, line_hi))
                     - bisect_left(self.protected, (line_lo, line_lo)))
            return (line_lo, line_hi) if spans <= CODE_LINE_SPANS else None
        return (self._space_edge(start, line_lo, edits, starts, before=True),
                self._space_edge(end, line_hi, edits, starts, before=False))

    def _space_edge(self, pos: int, bound: int, edits: list[tuple[int, int, str]],
                    starts: list[int], *, before: bool) -> int:
        """The closest white space before (or after) ``pos``, up to ``bound``, that no edit
        removes; or the edge of an edit that writes a space of its own there; else ``bound``."""
        while True:
            found = (_SPACE_BEFORE.search(self.text, bound, pos) if before
                     else _SPACE_AFTER.search(self.text, pos, bound))
            if found is None:
                return bound
            at = found.start()
            i = bisect_right(starts, at) - 1
            if i < 0 or edits[i][1] <= at:  # no edit removes this space
                return at
            if _has_space(edits[i][2]):
                return edits[i][0] if before else edits[i][1]
            pos = at if before else at + 1

    def _keeps_in_window(self, lo: int, hi: int, edits: list[tuple[int, int, str]],
                         spans: list[tuple[int, int]], starts: list[int] | None = None) -> bool:
        """True if ``spans`` (sorted, in ``[lo, hi)``) are all found protected, moved, in
        the window once the ``edits`` inside it are made."""
        starts = [e[0] for e in edits] if starts is None else starts
        inside = [e for e in edits[bisect_left(starts, lo) : bisect_right(starts, hi)]
                  if e[1] <= hi]
        pieces, pos = [], lo
        for start, end, replacement in inside:
            pieces += [self.text[pos:start], replacement]
            pos = end
        pieces.append(self.text[pos:hi])
        found = set(find_protected("".join(pieces)))
        shift, i = 0, 0
        for p_start, p_end in spans:
            while i < len(inside) and inside[i][1] <= p_start:
                shift += len(inside[i][2]) - (inside[i][1] - inside[i][0])
                i += 1
            if (p_start - lo + shift, p_end - lo + shift) not in found:
                return False
        return True

    def makes_protected(self, start: int, end: int, replacement: str) -> bool:
        """True if replacing ``[start, end)``, which no protected span touches, would make
        a protected span there or change one near it: a name after ``@`` that loses its
        dots reads as a handle (``@N.A.T.O.`` -> ``@NATO``), a space that goes after a
        backtick opens code (``±` ,¿`` -> ``±`,¿```). A second cleaning would protect
        what the first did not, and cut the text around it otherwise. Near: as for
        :meth:`keeps_protected_near`.

        >>> doc = TrackedText("Ask @N.A.T.O. today", [])
        >>> doc.makes_protected(5, 13, "NATO"), doc.makes_protected(5, 13, "N.A.T.O")
        (True, False)
        >>> TrackedText("±` ,¿` and `x`", [(11, 14)]).makes_protected(2, 3, "")
        True
        """
        window = self._window(start, end, [(start, end, replacement)])
        if window is None:
            return True
        lo, hi = window
        before = self.text[lo:hi]
        after = self.text[lo:start] + replacement + self.text[end:hi]
        return ([before[a:b] for a, b in find_protected(before)]
                != [after[a:b] for a, b in find_protected(after)])

    def moves_protected_edge(self, start: int, end: int, replacement: str) -> bool:
        """True if replacing ``[start, end)``, right next to a protected span, would change
        what is protected there: a dash that glues a URL to the next word
        (``x.org/a -- it`` -> ``x.org/a—it``), a deletion that joins a word to the
        backtick of `code`. A second cleaning would not find the same span.

        >>> text = "See https://x.org/a -- it."
        >>> doc = TrackedText(text, [(4, 19)])
        >>> doc.moves_protected_edge(19, 23, "—"), doc.moves_protected_edge(19, 23, " — ")
        (True, False)
        >>> after_stop = TrackedText("See https://x.org/a. -- it.", [(4, 19)])
        >>> after_stop.moves_protected_edge(20, 24, "—")  # the URL would take ".—it"
        True
        >>> text = '`v " `,Odessa`'  # without the space, the first backtick closes at it
        >>> TrackedText(text, [(6, 15)]).moves_protected_edge(5, 6, "")
        True
        """
        i = bisect_right(self.protected, (end, end))
        for p_start, p_end in self.protected[max(0, i - 2) : i + 1]:
            # beside it, or after the full stop or comma that ended it (e.om/. - h)
            after = p_end <= start and not self.text[p_end:start].strip(_TRAILING)
            if (p_start == end or after) and not self.keeps_protected(
                    (p_start, p_end), [(start, end, replacement)]):
                return True
        return False

    # -- applying ------------------------------------------------------------
    def apply(self, changes: list[Change], *, stage: str) -> None:
        """Apply non-overlapping, sorted changes to the current text and log them."""
        if not changes:
            return
        if len(self.edits) + len(self.removed) == 0 and self.text is self.original:
            self._apply_first(changes, stage)
            return
        self._log(changes, stage)
        pieces: list[str] = []
        new_segments: list[_Segment] = []
        pos = 0
        shift = 0
        seg_index = 0
        segments = self._segments
        for change in changes:
            seg_index = self._copy_range(pos, change.start, shift, new_segments, seg_index)
            pieces.append(self.text[pos : change.start])
            if change.replacement:
                replacement = change.replacement
                head, tail = kept_ends(self.text, change.start, change.end, replacement)
                if head:  # characters the change keeps map as they did
                    seg_index = self._copy_range(change.start, change.start + head, shift,
                                                 new_segments, seg_index)
                if len(replacement) > head + tail:
                    o_start, o_end = self.original_span(change.start + head, change.end - tail)
                    cur = change.start + shift
                    new_segments.append(_Segment(cur + head, cur + len(replacement) - tail,
                                                 o_start, o_end, False))
                if tail:
                    self._copy_range(change.end - tail, change.end,
                                     shift + len(replacement) - (change.end - change.start),
                                     new_segments, seg_index)
                pieces.append(replacement)
            shift += len(change.replacement) - (change.end - change.start)
            pos = change.end
            while seg_index < len(segments) and segments[seg_index].cur_end <= pos:
                seg_index += 1
        self._copy_range(pos, len(self.text), shift, new_segments, seg_index)
        pieces.append(self.text[pos:])
        self._shift_protected(changes)
        self.text = "".join(pieces)
        self._segments = _merge(new_segments)
        self._starts = [s.cur_start for s in self._segments]

    def _apply_first(self, changes: list[Change], stage: str) -> None:
        """:meth:`apply` on the untouched original, where offsets need no mapping."""
        original = self.original
        pieces: list[str] = []
        segments: list[_Segment] = []
        pos = shift = 0
        for change in changes:
            start, end, replacement = change.start, change.end, change.replacement
            before = original[start:end]
            if change.drop:
                self.removed.append(Removed(start, end, before, change.rule))
            else:
                self.edits.append(Edit(start, end, before, replacement, change.rule, stage))
            if start > pos:
                segments.append(_Segment(pos + shift, start + shift, pos, start, True))
                pieces.append(original[pos:start])
            if replacement:
                cur = start + shift
                head, tail = kept_ends(original, start, end, replacement)
                if head:
                    segments.append(_Segment(cur, cur + head, start, start + head, True))
                if len(replacement) > head + tail:
                    segments.append(_Segment(cur + head, cur + len(replacement) - tail,
                                             start + head, end - tail, False))
                if tail:
                    segments.append(_Segment(cur + len(replacement) - tail,
                                             cur + len(replacement), end - tail, end, True))
                pieces.append(replacement)
            shift += len(replacement) - (end - start)
            pos = end
        if pos < len(original):
            segments.append(_Segment(pos + shift, len(original) + shift, pos, len(original), True))
            pieces.append(original[pos:])
        self._shift_protected(changes)
        self.text = "".join(pieces)
        self._segments = _merge(segments)
        self._starts = [s.cur_start for s in self._segments]

    def _copy_range(
        self, start: int, end: int, shift: int, out: list[_Segment], seg_index: int
    ) -> int:
        """Copy the map of current ``[start, end)`` (shifted) into ``out``."""
        segments = self._segments
        while seg_index < len(segments) and segments[seg_index].cur_end <= start:
            seg_index += 1
        i = seg_index
        while i < len(segments) and segments[i].cur_start < end:
            seg = segments[i]
            lo, hi = max(seg.cur_start, start), min(seg.cur_end, end)
            if seg.copied:
                o_lo = seg.orig_start + (lo - seg.cur_start)
                out.append(_Segment(lo + shift, hi + shift, o_lo, o_lo + (hi - lo), True))
            else:
                out.append(_Segment(lo + shift, hi + shift, seg.orig_start, seg.orig_end, False))
            if seg.cur_end > end:
                break
            i += 1
        return seg_index

    def _log(self, changes: list[Change], stage: str) -> None:
        for change in changes:
            o_start, o_end = self.original_span(change.start, change.end)
            before = self.original[o_start:o_end]
            if change.drop:
                for r_start, r_end in self._not_removed(o_start, o_end):
                    self.removed.append(Removed(r_start, r_end, self.original[r_start:r_end],
                                                change.rule))
            else:
                self.edits.append(
                    Edit(o_start, o_end, before, change.replacement, change.rule, stage)
                )

    def _not_removed(self, start: int, end: int) -> list[tuple[int, int]]:
        """``[start, end)`` of the original less the blocks removed before: a block dropped
        across the gap an earlier drop left claims only what was still there.

        >>> doc = TrackedText(".\\nil y a 3 heures\\nPartager\\n")
        >>> doc.apply([Change(2, 18, "", "stamp", drop=True)], stage="boilerplate")
        >>> doc.apply([Change(1, 11, "", "share", drop=True)], stage="boilerplate")
        >>> [(r.start, r.end, r.rule) for r in doc.removed]
        [(2, 18, 'stamp'), (1, 2, 'share'), (18, 27, 'share')]
        """
        starts, ends = self._index_removed()
        j = bisect_right(ends, start)  # the first block that ends after ``start``
        if start == end:  # an empty span is gone only strictly inside a block
            return [] if j < len(starts) and starts[j] < start else [(start, end)]
        pieces, pos = [], start
        while j < len(starts) and starts[j] < end:
            if starts[j] > pos:
                pieces.append((pos, starts[j]))
            pos = max(pos, ends[j])
            j += 1
        if pos < end:
            pieces.append((pos, end))
        points = self._gone_points  # empty blocks split a span that runs over them
        if points and bisect_right(points, start) < bisect_left(points, end):
            pieces = [piece for lo, hi in pieces for piece in _split(lo, hi, points)]
        return pieces

    def _index_removed(self) -> tuple[list[int], list[int]]:
        """The starts and ends of the removed blocks, sorted, overlapping ones merged (so
        each drop is checked against the few blocks near it, not against every one)."""
        starts, ends = self._gone
        for block in self.removed[self._gone_count:]:
            if block.start == block.end:
                points = self._gone_points
                at = bisect_left(points, block.start)
                if at == len(points) or points[at] != block.start:
                    points.insert(at, block.start)
            else:
                first = bisect_right(ends, block.start)  # blocks that overlap it, merged
                last = bisect_left(starts, block.end)
                lo = min(block.start, starts[first]) if first < last else block.start
                hi = max(block.end, ends[last - 1]) if first < last else block.end
                starts[first:last], ends[first:last] = [lo], [hi]
        self._gone_count = len(self.removed)
        return starts, ends

    def _shift_protected(self, changes: list[Change]) -> None:
        if not self.protected:
            return
        kept: list[tuple[int, int]] = []
        deltas = []
        total = 0
        for change in changes:
            total += len(change.replacement) - (change.end - change.start)
            deltas.append((change.start, change.end, total))
        starts = [d[0] for d in deltas]
        for p_start, p_end in self.protected:
            i = bisect_right(starts, p_start) - 1
            if i >= 0 and deltas[i][1] > p_start:
                continue  # swallowed by a dropped block
            shift = deltas[i][2] if i >= 0 else 0
            kept.append((p_start + shift, p_end + shift))
        self.protected = kept


def _split(lo: int, hi: int, points: list[int]) -> list[tuple[int, int]]:
    """``[lo, hi)`` cut at the ``points`` (sorted) strictly inside it.

    >>> _split(0, 10, [0, 3, 7, 12])
    [(0, 3), (3, 7), (7, 10)]
    """
    cuts = points[bisect_right(points, lo) : bisect_left(points, hi)]
    return list(zip([lo, *cuts], [*cuts, hi], strict=True))


def kept_ends(text: str, start: int, end: int, replacement: str) -> tuple[int, int]:
    """How many characters ``replacement`` keeps at the head and at the tail of
    ``text[start:end]``, the text it replaces.

    Those characters keep their place in the map to the original, so a later change
    that takes some of them maps to them alone, not to the whole span: when three line
    breaks become two, blocks removed on either side later never claim the same input.
    (The edit itself is still logged whole: ``Kiev`` -> ``Kyiv``.)

    >>> kept_ends("a\\n\\n\\nb", 1, 4, "\\n\\n"), kept_ends("in Kiev", 3, 7, "Kyiv")
    ((2, 0), (1, 1))
    """
    if start == end or (replacement[0] != text[start] and replacement[-1] != text[end - 1]):
        return 0, 0
    limit = min(len(replacement), end - start)
    head = 0
    while head < limit and replacement[head] == text[start + head]:
        head += 1
    tail = 0
    while tail < limit - head and replacement[-1 - tail] == text[end - 1 - tail]:
        tail += 1
    return head, tail


def _merge(segments: list[_Segment]) -> list[_Segment]:
    """Join adjacent copied segments that are contiguous in the original too."""
    merged: list[_Segment] = []
    for seg in segments:
        if seg.cur_end == seg.cur_start:
            continue
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.copied
            and seg.copied
            and last.cur_end == seg.cur_start
            and last.orig_end == seg.orig_start
        ):
            last.cur_end, last.orig_end = seg.cur_end, seg.orig_end
        else:
            merged.append(seg)
    return merged
