"""Line up an original text with its cleaned text, region by region, from the edit log.

Every change is logged as a span of the ORIGINAL text, and everything outside
those spans is copied into the cleaned text unchanged and in order. Merging the
spans that overlap or touch gives *regions*; the cleaned text is then the
unchanged stretches with one replacement per region in between, and
:func:`align` finds where each replacement sits in the cleaned text.

>>> original = "Talks in Kiev -- today.\\n\\nSource link\\n"
>>> edits = [{"start": 9, "end": 13, "after": "Kyiv", "rule": "geo-ua/kyiv"},
...          {"start": 13, "end": 17, "after": "—", "rule": "punct/em-dash"}]
>>> removed = [{"start": 23, "end": 36, "rule": "web/source-link"}]
>>> regions = merge_regions(edits, removed)
>>> [(r.start, r.end) for r in regions]
[(9, 17), (23, 36)]
>>> cleaned = "Talks in Kyiv—today.\\n"
>>> [cleaned[a:b] for a, b in align(original, cleaned, regions)]
['Kyiv—', '']
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import pairwise

MAX_STEPS_PER_REGION = 50  # backtracking budget: alignment gives up rather than run away


@dataclass
class Region:
    """A stretch of the original text changed by one or more records.

    A region returned by :func:`merge_regions` also lists its ``parts``: the
    groups of records that overlap, which a report can show one by one.
    """

    start: int
    end: int
    edits: list[Mapping] = field(default_factory=list)
    removed: list[Mapping] = field(default_factory=list)
    parts: list[Region] = field(default_factory=list)

    @property
    def rules(self) -> list[str]:
        """The rules that touched the region, removals first, each once, in log order."""
        seen: dict[str, None] = {}
        for record in [*self.removed, *self.edits]:
            seen.setdefault(record["rule"], None)
        return list(seen)


def merge_regions(edits: Iterable[Mapping], removed: Iterable[Mapping]) -> list[Region]:
    """Group edits and removed blocks whose original spans overlap (parts) or touch (regions).

    Inside each group, edits and removed blocks keep the order of the log (the
    order the pipeline applied them).

    >>> regions = merge_regions(
    ...     [{"start": 0, "end": 1, "rule": "a"}, {"start": 1, "end": 1, "rule": "b"},
    ...      {"start": 5, "end": 6, "rule": "c"}], [])
    >>> [(r.start, r.end, r.rules, len(r.parts)) for r in regions]
    [(0, 1, ['a', 'b'], 2), (5, 6, ['c'], 1)]
    """
    records = [(r["start"], r["end"], 0, i, r) for i, r in enumerate(removed)]
    records += [(e["start"], e["end"], 1, i, e) for i, e in enumerate(edits)]
    records.sort(key=lambda item: item[:2])
    position = {id(record): i for _, _, _, i, record in records}
    parts: list[Region] = []
    for start, end, kind, _, record in records:
        if not parts or start >= parts[-1].end:
            parts.append(Region(start, end))
        part = parts[-1]
        part.end = max(part.end, end)
        (part.edits if kind else part.removed).append(record)
    regions: list[Region] = []
    for part in parts:
        part.edits.sort(key=lambda e: position[id(e)])
        part.removed.sort(key=lambda r: position[id(r)])
        if not regions or part.start > regions[-1].end:
            regions.append(Region(part.start, part.end))
        region = regions[-1]
        region.end = part.end
        region.parts.append(part)
        region.edits.extend(part.edits)
        region.removed.extend(part.removed)
    for region in regions:
        region.edits.sort(key=lambda e: position[id(e)])
        region.removed.sort(key=lambda r: position[id(r)])
    return regions


def split_replacement(original: str, region: Region, replacement: str) -> list[str] | None:
    """Cut a region's replacement into its parts' replacements, if their guesses add up.

    >>> region = merge_regions([{"start": 0, "end": 2, "after": "x", "rule": "a"},
    ...                         {"start": 2, "end": 3, "after": "y", "rule": "b"}], [])[0]
    >>> split_replacement("abc", region, "xy"), split_replacement("abc", region, "z")
    (['x', 'y'], None)
    """
    guesses = [expected_replacement(original, part) for part in region.parts]
    return guesses if "".join(guesses) == replacement else None


def expected_replacement(original: str, region: Region) -> str:
    """A guess at what the region became: its records replayed in pipeline order.

    Exact when records do not rewrite each other's output; :func:`align` only
    uses it as a first guess and checks it against the cleaned text.

    >>> region = Region(0, 4, edits=[{"start": 0, "end": 2, "after": "x"},
    ...                              {"start": 3, "end": 4, "after": ""}])
    >>> expected_replacement("abcd", region)
    'xc'
    """
    # pieces: (orig_start, orig_end, text, copied from the original?)
    pieces = [(region.start, region.end, original[region.start : region.end], True)]
    changes = [(r["start"], r["end"], "") for r in region.removed]
    changes += [(e["start"], e["end"], e["after"]) for e in region.edits]
    for start, end, after in changes:
        left, right = [], []
        for p_start, p_end, text, copied in pieces:
            if p_end <= start:
                left.append((p_start, p_end, text, copied))
            elif p_start >= end:
                right.append((p_start, p_end, text, copied))
            elif copied:  # cut the change out of text still copied from the original
                if p_start < start:
                    left.append((p_start, start, text[: start - p_start], True))
                if end < p_end:
                    right.append((end, p_end, text[end - p_start :], True))
        pieces = [*left, (start, end, after, False), *right]
    return "".join(text for _, _, text, _ in pieces)


def align(original: str, cleaned: str, regions: list[Region]) -> list[tuple[int, int]] | None:
    """Where each region's replacement sits in ``cleaned``, or None if it cannot be lined up.

    The unchanged stretches between regions are known exactly; the search tries
    each region's expected replacement first, then the next places where the
    following stretch occurs, and backtracks within a fixed budget.
    """
    if not regions:
        return [] if original == cleaned else None
    gaps = [original[: regions[0].start]]
    gaps += [original[a.end : b.start] for a, b in pairwise(regions)]
    tail = original[regions[-1].end :]
    if not cleaned.startswith(gaps[0]) or not cleaned.endswith(tail):
        return None
    limit = len(cleaned) - len(tail)
    hints = [len(expected_replacement(original, r)) for r in regions]
    spans: list[tuple[int, int]] = []
    stack = [_candidates(cleaned, len(gaps[0]), 0, gaps, hints, limit)]
    budget = MAX_STEPS_PER_REGION * len(regions) + 1000
    while stack:
        budget -= 1
        if budget < 0:
            return None
        end = next(stack[-1], None)
        if end is None:
            stack.pop()
            if spans:
                spans.pop()
            continue
        index = len(spans)
        start = spans[-1][1] + len(gaps[index]) if spans else len(gaps[0])
        spans.append((start, end))
        if index + 1 == len(regions):
            if end == limit:
                return spans
            spans.pop()
            continue
        stack.append(_candidates(cleaned, end + len(gaps[index + 1]), index + 1, gaps, hints,
                                 limit))
    return None


def _candidates(cleaned: str, start: int, index: int, gaps: list[str], hints: list[int],
                limit: int):
    """Possible ends of region ``index``'s replacement beginning at ``start``."""
    last = index + 1 == len(hints)
    if last:
        if start <= limit:
            yield limit
        return
    following = gaps[index + 1]
    guess = start + hints[index]
    if guess <= limit and cleaned.startswith(following, guess):
        yield guess
    pos = cleaned.find(following, start, limit)
    while pos != -1:
        if pos != guess:
            yield pos
        pos = cleaned.find(following, pos + 1, limit)
