"""Where the article is: the densest run of prose, found without any list of words.

Each line scores for or against being article text. Prose (a sentence dense in
function words) scores its length in words, less when it stands alone between
labels (the teaser of a related-story card, a comment under a byline); a short
label, a title, or a line a rule dropped scores against, and more so the longer
the run of such lines (one subheading is cheap, a menu is a wall). The article
body is the run of lines with the highest total: the maximum-sum segment, the
idea behind body-text extraction by density.

Around that run, the head and the tail of the page go from their first sign of
page furniture on (a rule hit, a menu, a run of link labels). A document
without furniture keeps every line, however its lines score.

>>> from normkit.stages.boilerplate.lines import split_lines
>>> text = ("Home\\nWorld\\nSport\\n"
...         "The minister said the talks would go on in the capital.\\n"
...         "He did not say when they would end or who would attend them.\\n\\n"
...         "\\u00a9 2023 Reuters")
>>> main_region(split_lines(text, "en"))
(3, 5)
"""

from __future__ import annotations

from collections.abc import Sequence

from normkit.stages.boilerplate.lines import Line

MIN_PROSE_SHARE = 0.2  # function-word share of running prose (en, es, de, ... all exceed it)
RULE_SCORE = -10.0  # a line a rule or a structural check dropped
SHORT_SCORE = -3.0  # a label: a few words, no sentence ending
OTHER_SCORE = -1.0  # a longer line that is not a sentence: a title, a caption
SENTENCE_WEIGHT = 0.5  # per word, for sentences too short or too sparse to be prose
ISOLATED_WEIGHT = 0.5  # prose with no sentence on either side
GAP_CAP = 5  # the k-th line of a run of non-text lines weighs min(k, GAP_CAP) times
MIN_ARTICLE = 8.0  # the least score of an article body (one short paragraph of prose)
LINK_RUN = 4  # this many link labels in a row are a menu
TITLE_LINES = 3  # a document's own title block: at most this many lines before any furniture


def prose(line: Line) -> bool:
    """A line of running text: a sentence with enough function words."""
    return line.sentence and line.words >= 8 and line.stop_share >= MIN_PROSE_SHARE


def score(line: Line) -> float:
    """How much a line alone speaks for being part of the article (negative: against)."""
    if line.dropped:
        return RULE_SCORE
    if line.truncated:  # "Read the full story of the ..." teasers end cut short
        return line.words * SENTENCE_WEIGHT if line.words >= 20 else OTHER_SCORE
    if prose(line):
        return float(line.words)
    if line.terminal and line.words >= 4:
        return line.words * SENTENCE_WEIGHT
    if line.short:
        return SHORT_SCORE
    return OTHER_SCORE


def _sentence(line: Line) -> bool:
    return not line.dropped and line.terminal and line.words >= 4


def scores(lines: Sequence[Line]) -> list[float]:
    """Each line's score in its context: isolated prose and long runs of labels."""
    values = [score(line) for line in lines]
    for i, line in enumerate(lines):
        if values[i] > 0 and prose(line):
            before = i > 0 and _sentence(lines[i - 1])
            after = i + 1 < len(lines) and _sentence(lines[i + 1])
            if not before and not after:
                values[i] *= ISOLATED_WEIGHT
    run = 0
    for i, value in enumerate(values):
        if value < 0:
            run += 1
            values[i] = value * min(run, GAP_CAP)
        else:
            run = 0
    return values


def main_region(lines: Sequence[Line]) -> tuple[int, int]:
    """``(start, end)`` of the run of lines with the highest total score (end exclusive).

    ``(0, 0)`` when no run scores at least :data:`MIN_ARTICLE`: no article to hold on to.
    """
    best, best_span = 0.0, (0, 0)
    total, start = 0.0, 0
    for i, value in enumerate(scores(lines)):
        if total <= 0:
            total, start = 0.0, i
        total += value
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span if best >= MIN_ARTICLE else (0, 0)


def _link_label(line: Line) -> bool:
    return not line.dropped and line.words <= 3 and not line.terminal


def furniture(lines: Sequence[Line]) -> list[bool]:
    """Lines that show the page around an article: rule hits, menus, runs of link labels.

    Repeats are no sign: a document may repeat its title without being a web page.
    """
    marks = [line.dropped and line.rule != "structure/duplicate" for line in lines]
    run = 0
    for i, line in enumerate(lines):
        run = run + 1 if _link_label(line) else 0
        if run >= LINK_RUN:
            marks[i - run + 1 : i + 1] = [True] * run
    return marks


def zones(lines: Sequence[Line], start: int, end: int) -> tuple[range, range]:
    """The lines to drop before and after the article ``[start, end)``.

    The head goes from its first piece of furniture (or from the top, when more
    than a short title block precedes it); the tail from its first piece on.
    """
    if start == end:
        return range(0), range(0)
    marks = furniture(lines)
    first = next((i for i in range(start) if marks[i]), None)
    head = range(0) if first is None else range(first if first <= TITLE_LINES else 0, start)
    last = next((i for i in range(end, len(lines)) if marks[i]), None)
    tail = range(0) if last is None else range(end, len(lines))
    return head, tail
