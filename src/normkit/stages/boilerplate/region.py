"""Where the article is: the densest run of prose, found without any list of words.

Each line scores for or against being article text. Prose (a sentence dense in
function words) scores its length in words, less when it stands alone between
labels (the teaser of a related-story card); a short label, a title, or a line a
rule dropped scores against, and more so the longer the run of such lines (one
subheading is cheap, a menu is a wall). The article body is the run of lines with
the highest total: the maximum-sum segment, the idea behind body-text extraction
by density. Lines a rule dropped say more: an ad or a photo credit (role
``inline``) may stand inside an article and costs little; a comment form (role
``ending``) inside the run means the rest is comments, which then count for little.

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

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import replace

from normkit.stages.boilerplate.lines import Line

_FIGURE = re.compile(r"\d")

MIN_PROSE_SHARE = 0.2  # function-word share of running prose (en, es, de, ... all exceed it)
RULE_SCORE = -10.0  # a line a rule or a structural check dropped
INLINE_SCORE = -3.0  # a line dropped by a rule of role "inline" (an ad, a photo credit)
SHORT_SCORE = -3.0  # a label: a few words, no sentence ending
OTHER_SCORE = -1.0  # a longer line that is not a sentence: a title, a caption
SENTENCE_WEIGHT = 0.5  # per word, for sentences too short or too sparse to be prose
ISOLATED_WEIGHT = 0.5  # prose with no sentence on either side
ENDED_WEIGHT = 0.1  # text after a line of role "ending" (a comment form) inside the article
ENDED_AFTER = 100  # words of prose before a comment form that make it end an article
GAP_CAP = 5  # the k-th line of a run of non-text lines weighs min(k, GAP_CAP) times
MIN_ARTICLE = 8.0  # the least score of an article body (one short paragraph of prose)
LINK_RUN = 4  # this many link labels in a row are a menu
TITLE_LINES = 3  # a document's own title block: at most this many lines before any furniture
LEAD_LINES = 6  # a lead starts at most this many lines below the headline (byline, date between)
UNENDED_TITLE_SHARE = 0.5  # a sentence without its full stop: fewer capitalised words than this
LEAD_PARAGRAPHS = 2  # paragraphs of prose in a row that make a lead (one alone: a standfirst)

Roles = Mapping[str, str]  # rule id -> role (page, inline, between, ending); "page" if absent
CHEAP = ("inline", "between")  # roles of lines that may stand inside an article and cost little
REPEATS = ("structure/duplicate", "structure/repeated-lead")  # lines that repeat another


def prose(line: Line) -> bool:
    """A line of running text: a sentence with enough function words."""
    return line.sentence and line.words >= 8 and line.stop_share >= MIN_PROSE_SHARE


def role(line: Line, roles: Roles) -> str | None:
    """The role of the rule that dropped ``line`` (None if it stays)."""
    return None if line.rule is None else roles.get(line.rule, "page")


def score(line: Line, roles: Roles = {}) -> float:  # noqa: B006 - read only
    """How much a line alone speaks for being part of the article (negative: against)."""
    if line.dropped:
        return INLINE_SCORE if role(line, roles) in CHEAP else RULE_SCORE
    if line.truncated:  # "Read the full story of the ..." teasers end cut short
        return line.words * SENTENCE_WEIGHT if line.words >= 20 else OTHER_SCORE
    if prose(line):
        return float(line.words)
    if line.terminal and line.words >= 4:
        return line.words * SENTENCE_WEIGHT
    if line.short:
        return SHORT_SCORE
    return OTHER_SCORE


RUNNING_WORDS = 25  # a paragraph this long whose last sentence lost its full stop


def _running_text(line: Line) -> bool:
    """A paragraph of running text whose last sentence lost its end (cut short, or a
    machine translation's stray words after its full stop: ``... in the region. is
    going``): :data:`RUNNING_WORDS` words or more, enough function words, and a
    sentence that ends inside it. Right under a paragraph of prose it counts as a sentence
    does, at half weight (elsewhere it may be a page's description, cut short)."""
    return (not line.terminal and line.words >= RUNNING_WORDS
            and line.stop_share >= MIN_PROSE_SHARE and inner_stop(line.text))


def _sentence(line: Line) -> bool:
    """A sentence of four words or more, or a line that closes a story (``($1 = 0.87 euros)``)."""
    return not line.dropped and ((line.terminal and line.words >= 4) or line.closing)


def scores(lines: Sequence[Line], roles: Roles = {},  # noqa: B006 - read only
           ended: int | None = None) -> list[float]:
    """Each line's score in its context: isolated prose, long runs of labels, comments."""
    values = [score(line, roles) for line in lines]
    for i, line in enumerate(lines):
        if i > 0 and _running_text(line) and not line.dropped and prose(lines[i - 1]) and (
                not lines[i - 1].dropped):
            values[i] = line.words * SENTENCE_WEIGHT
        if values[i] > 0 and prose(line):
            before = i > 0 and _sentence(lines[i - 1])
            after = i + 1 < len(lines) and _sentence(lines[i + 1])
            if not before and not after:
                values[i] *= ISOLATED_WEIGHT
    if ended is not None:
        for i in range(ended, len(lines)):
            if values[i] > 0:
                values[i] *= ENDED_WEIGHT
    run = 0
    for i, value in enumerate(values):
        if value < 0:
            run += 1
            values[i] = value * min(run, GAP_CAP)
        else:
            run = 0
    return values


def _best_run(values: Sequence[float]) -> tuple[float, tuple[int, int]]:
    best, best_span = 0.0, (0, 0)
    total, start = 0.0, 0
    for i, value in enumerate(values):
        if total <= 0:
            total, start = 0.0, i
        total += value
        if total > best:
            best, best_span = total, (start, i + 1)
    return best, best_span


def main_region(lines: Sequence[Line], roles: Roles = {}) -> tuple[int, int]:  # noqa: B006
    """``(start, end)`` of the run of lines with the highest total score (end exclusive).

    A line of role ``ending`` (a comment form) after an article's worth of prose
    (:data:`ENDED_AFTER` words) or inside the best run after its first prose ends the
    article: the text after it counts for little. ``(0, 0)`` when no run scores at
    least :data:`MIN_ARTICLE`: no article to hold on to.
    """
    words = 0
    ended = None
    for i, line in enumerate(lines):
        if role(line, roles) == "ending" and words >= ENDED_AFTER:
            ended = i
            break
        if prose(line) and not line.dropped:
            words += line.words
    best, (start, end) = _best_run(scores(lines, roles, ended))
    if ended is None:
        first_prose = next((i for i in range(start, end) if prose(lines[i])), end)
        ended = next((i for i in range(first_prose, end) if role(lines[i], roles) == "ending"),
                     None)
        if ended is not None:
            best, (start, end) = _best_run(scores(lines, roles, ended))
    return (start, end) if best >= MIN_ARTICLE else (0, 0)


def lead_start(lines: Sequence[Line], start: int, end: int, headline: int | None,
               roles: Roles = {}) -> int:  # noqa: B006 - read only
    """Where the article starts when its headline is known: right below it, if text follows.

    The densest run of prose may be only part of the page's text: a lead and a
    list (a recipe, a meal plan, product picks) score less than a long legal
    footer. Text that starts within :data:`LEAD_LINES` lines below the headline and
    holds :data:`LEAD_PARAGRAPHS` paragraphs of prose in a row (scoring at least
    :data:`MIN_ARTICLE` before its total falls to zero) is the article's start, and
    everything from there on belongs to it. One paragraph alone is no lead: a
    standfirst under the headline (the site's summary) often comes before a
    newsletter prompt and the byline, and the body proper starts below them.
    """
    if headline is None or start == end or start <= headline + 1:
        return start
    values = scores(lines, roles)
    first = next((i for i in range(headline + 1, min(start, headline + 1 + LEAD_LINES))
                  if values[i] > 0 and lines[i].text != lines[headline].text), None)
    if first is None:
        return start
    total, streak = 0.0, 0
    for i in range(first, start):
        total += values[i]
        if not prose(lines[i]) or lines[i].dropped:
            streak = 0
        elif lines[i].text != lines[i - 1].text:  # a caption shown twice is not two paragraphs
            streak += 1
        if total >= MIN_ARTICLE and streak >= LEAD_PARAGRAPHS:
            return first
        if total <= 0:
            break
    return start


def attach_sentences(lines: Sequence[Line], start: int, end: int,
                     roles: Roles = {}) -> tuple[int, int]:  # noqa: B006 - read only
    """Widen the article over sentences that touch it, across ads and photo credits.

    A last ``He did not elaborate.`` below an ad scores too little to join the best
    run, yet it is the article's.
    """
    if start == end:
        return start, end

    def joins(line: Line) -> bool:
        return _sentence(line) or role(line, roles) in CHEAP

    while start > 0 and (joins(lines[start - 1]) or _continues(lines[start - 1], lines[start])):
        start -= 1
    while end < len(lines) and joins(lines[end]):
        end += 1
    while start < end and lines[start].dropped:  # an edge is text, not an ad
        start += 1
    while end > start and lines[end - 1].dropped:
        end -= 1
    return start, end


def _continues(line: Line, following: Line) -> bool:
    """``line`` breaks off a sentence that ``following`` goes on with in lower case
    (``... postponed its decision on the`` / ``budget during last week's meeting``)."""
    return (not line.dropped and not line.terminal and line.words >= 4
            and following.text[:1].islower())


def _link_label(line: Line) -> bool:
    """A menu item: up to three words, no sentence, no figures (``Brazil  55`` is a table row)."""
    return (not line.dropped and line.words <= 3 and not line.terminal
            and not _FIGURE.search(line.text))


def furniture(lines: Sequence[Line], roles: Roles = {}) -> list[bool]:  # noqa: B006
    """Lines that show the page around an article: rule hits, menus, runs of link labels.

    Repeats are no sign (a document may repeat its title without being a web page),
    nor are lines of role ``inline``: ads and photo credits stand inside articles too.
    A repeat that goes is not there for a run of labels, as the next cleaning reads it.
    """
    marks = [line.dropped and line.rule != "structure/duplicate"
             and role(line, roles) != "inline" for line in lines]
    run: list[int] = []
    for i, line in enumerate(lines):
        if line.rule in REPEATS:
            continue
        # a short label an inline rule dropped (``Video`` in a menu) does not break the run
        if _link_label(line) or (line.dropped and line.words <= 3
                                 and role(line, roles) in CHEAP):
            run.append(i)
        else:
            run = []
        if len(run) == LINK_RUN:  # the run's lines so far; each further line as it comes
            for j in run:
                marks[j] = True
        elif len(run) > LINK_RUN:
            marks[i] = True
    return marks


def shows_furniture(kept: Sequence[Line]) -> bool:
    """``any(furniture(kept))`` for lines that all stay: a run of link labels.

    >>> from normkit.stages.boilerplate.lines import split_lines
    >>> shows_furniture(split_lines("Home\\nWorld\\nSport\\nVideo\\nTalks went on.", "en"))
    True
    """
    run = 0
    for line in kept:
        if _link_label(line):
            run += 1
            if run >= LINK_RUN:
                return True
        else:
            run = 0
    return False


HEADLINE_WORDS = 4  # the fewest words of a headline kept under page furniture
HEADLINE_MAX_WORDS = 20  # a longer line without a full stop is a photo caption
STANDFIRST_WORDS = 8  # the fewest words of a standfirst kept under a headline
HEADLINE_FIGURES = 2  # more numbers than this: a date and time, a score line
META_LINES = 5  # the most lines (bylines, dates, credits) between a headline and its article
STRAY_WORDS = 3  # a label this short among them (an @handle, a bare ``Published``) goes too
_FIGURES = re.compile(r"\d+")
# a match's score (``2-1``, ``1 - 2``) is one figure of a headline, not two
_SCORE_OR_FIGURE = re.compile(r"\d+(?:\s?[-–]\s?\d+(?![\d.,:/-]))?")
# a numbered section heading: ``1. Baugesuche``, ``2) Budget`` (not a date: ``1. Mai``)
_NUMBERED_HEADING = re.compile(r"^\d{1,2}[.)]\s+[^\W\d_][^.!?:]{0,60}$")
_HEADLINE_ENDS = ("?", "!", "？", "！")  # a headline may ask or exclaim, and be a sentence
_INNER_STOP = re.compile(r"[^\W\d_]{2}[.!?]\s+[^\W\d_]")  # a sentence ends inside the line
# a label in capitals glued in front of a headline with a full stop (``DIRECT. <title>``,
# ``VIDÉO. <title>``, ``EXCLUSIF. <title>``): up to three words
_GLUED_KICKER = re.compile(r"(?:[^\W\d_]{2,}[ '’-]?){1,3}\.\s+")


def inner_stop(text: str) -> bool:
    """True if a sentence ends inside ``text``, before its last word. A label in capitals
    glued in front with a full stop ends no sentence (French sites set ``DIRECT.``,
    ``VIDÉO.`` before their headlines).

    >>> inner_stop("Talks ended. Then what?"), inner_stop("Talks in the U.S. go on")
    (True, False)
    >>> inner_stop("DIRECT. Paris ferme ses musées"), inner_stop("DIRECT. Paris ferme. Puis?")
    (False, True)
    """
    kicker = _GLUED_KICKER.match(text)
    if kicker is not None and kicker.group().rstrip(". ").isupper():
        text = text[kicker.end():]
    return _INNER_STOP.search(text) is not None


def headline_sentence(line: Line) -> bool:
    """A question or an exclamation that reads as a headline: one sentence, no longer
    than a headline.

    Its question mark makes ``Why did the council vote against the bridge?`` a
    sentence; shown again (a page title, an ``og:title`` line), it is still a headline.

    >>> from normkit.stages.boilerplate.lines import split_lines
    >>> [headline_sentence(x) for x in split_lines(
    ...     "Why did the council vote against the new bridge?\\n"
    ...     "The council voted. Why did it do so?\\nThe council voted against the bridge.", "en")]
    [True, False, False]
    """
    return (line.sentence and line.words <= HEADLINE_MAX_WORDS
            and line.text.rstrip(_CLOSERS).endswith(_HEADLINE_ENDS)
            and not inner_stop(line.text))


def _headline_shaped(line: Line, fewest: int = HEADLINE_WORDS) -> bool:
    """A line that reads as a headline: a few words, no sentence, no label, no date.

    >>> from normkit.stages.boilerplate.lines import split_lines
    >>> [_headline_shaped(x) for x in split_lines(
    ...     "Kyiv restores power to the east\\nShare on: Facebook | X\\n"
    ...     "March 12, 2026, 14:30 GMT\\nThis post is sponsored. All opinions are mine", "en")]
    [True, False, False, False]
    """
    return (not line.dropped and not line.truncated
            and (not line.terminal or headline_sentence(line))
            and fewest <= line.words <= HEADLINE_MAX_WORDS
            and not line.text.endswith(":") and "|" not in line.text
            and headline_figures(line.text) <= HEADLINE_FIGURES
            and not inner_stop(line.text))


def headline_figures(text: str) -> int:
    """The numbers in ``text``, a match's score (``4-1``, ``1 - 2``) counting as one: a
    headline may give a score and a round (``Match 8: Goa 1 - 2 Pune``); a date with its
    time has more.

    >>> headline_figures("Match 8 ; FC Goa 1 - 2 FC Pune City"), headline_figures(
    ...     "March 12, 2026, 14:30 GMT"), headline_figures("2014-01-25")
    (2, 4, 2)
    """
    return len(_SCORE_OR_FIGURE.findall(text))


def _script(text: str) -> str:
    """The script of the first letter of ``text`` (``LATIN``, ``CYRILLIC``, ``CJK``...).

    >>> _script("«Київ» сьогодні"), _script("1. Kyiv"), _script("阅读")
    ('CYRILLIC', 'LATIN', 'CJK')
    """
    letter = next((c for c in text if c.isalpha()), "")
    return unicodedata.name(letter, "").split(" ")[0] if letter else ""


HEAD_SLOTS = 2  # besides bylines and credits, a standfirst and a caption under a headline
COPY = "structure/duplicate"  # a later copy of a line (a headline shown twice)


def _under_furniture(lines: Sequence[Line], h: int, marks: Sequence[bool],
                     meta: frozenset[str], labels: frozenset[str] = frozenset()) -> bool:
    """True if page furniture sits right above ``lines[h]``, or a byline and a date that
    themselves sit right under furniture (or open the text).

    A byline or a date right above a title heads the story above it in a list of
    stories (``Title``, ``12 March``, ``Title``): that title is no headline of the
    article. A page that sets its byline above the headline shows furniture (a menu)
    right above the byline. Under a pointer label (``Most popular``, ``Related``: a
    rule of ``labels``, which marks titles below it) the titles are other stories'.
    """
    if h > 0 and lines[h - 1].rule in labels:
        return False
    j = h - 1
    while j >= 0 and lines[j].dropped and lines[j].rule in meta:
        j -= 1
    if j == h - 1:
        if h > 0 and (marks[h - 1] or _menu_list_above(lines, h)):
            return True
        # a section label (``Reportáž``) and a score line (``0 : 3``) a rule kept, between
        # the headline and the page's date above them
        k = _over_short_labels(lines, h - 1)
        return 0 <= k < h - 1 and lines[k].dropped and lines[k].rule in meta and marks[k]
    j = _over_short_labels(lines, j)
    return j < 0 or marks[j]


def _over_short_labels(lines: Sequence[Line], j: int) -> int:
    """The first line at or above ``lines[j]`` that is no short label a rule kept: fewer
    words than a headline, no sentence (``Pages``, an archive's ``November 2005``).

    Such a label over a byline or a date is the page's, not a story's: a story above a
    date in a list of stories has a title of :data:`HEADLINE_WORDS` words or more. So a
    date under a blog's month label and its menu still heads the headline below it.

    >>> from normkit.stages.boilerplate.lines import split_lines
    >>> _over_short_labels(split_lines("Pages\\nMonday, 17 September\\nTitle", "en"), 0)
    -1
    >>> _over_short_labels(split_lines("Talks resume in Geneva today\\nMonday", "en"), 0)
    0
    """
    while j >= 0 and not lines[j].dropped and lines[j].words < HEADLINE_WORDS and not (
            lines[j].sentence or lines[j].terminal):
        j -= 1
    return j


MENU_LIST = 3  # link labels in one block, a line each: a menu's list (fewer than LINK_RUN)


def _menu_list_above(lines: Sequence[Line], h: int) -> bool:
    """True if the block right above ``lines[h]`` ends in :data:`MENU_LIST` link labels
    set a line each with no blank line between them (a menu's ``<li>`` items: ``Home``,
    ``World``, ``Business``), and ``lines[h]`` starts a paragraph of its own.

    Too short a run to mark the page (:data:`LINK_RUN`), it still sets the line below it
    apart as a headline.
    """
    if h < MENU_LIST or not lines[h].blank_before:
        return False
    run = lines[h - MENU_LIST : h]
    return all(map(_link_label, run)) and not any(line.blank_before for line in run[1:])


def _headline_at(lines: Sequence[Line], h: int, start: int, marks: Sequence[bool],
                 title: int | None, meta: frozenset[str] = frozenset(),
                 labels: frozenset[str] = frozenset()) -> bool:
    """True if ``lines[h]`` reads as the headline of the article at ``start``: headline-shaped
    (a copy of a line above it that went as a repeat may be), in the body's script, no
    furniture itself, with furniture right above it (:func:`_under_furniture`) or the
    page's title."""
    line = lines[h]
    # a three-word headline (``Au Conseil Municipal``) counts right above its body
    fewest = HEADLINE_WORDS - (h == start - 1)
    shaped = (_headline_shaped(line, fewest) if line.rule != COPY
              else _headline_shaped(replace(line, rule=None), fewest))
    return (not marks[h] and shaped and _script(line.text) == _script(lines[start].text)
            and (h == title or _under_furniture(lines, h, marks, meta, labels)))


def article_head(lines: Sequence[Line], start: int, marks: Sequence[bool],
                 title: int | None = None, meta: frozenset[str] = frozenset(),
                 roles: Roles = {},  # noqa: B006 - read only
                 labels: frozenset[str] = frozenset()) -> tuple[int, list[int]]:
    """The headline of the article at ``start`` and the stray labels between them.

    A headline sits between the page's furniture (a menu, a tag line, a share bar) and
    the text it heads: a headline-shaped line (:func:`_headline_shaped`) in the body's
    script with furniture right above it, or the page's ``<title>`` shown again (at
    ``title``). It is article text for NLP, though some benchmarks' gold (Zyte's)
    leaves headlines out. Between it and the body a page may set, in any order:

    - bylines, dates, counters and photo credits, which rules of ``meta`` drop
      (``By Jane Doe``, ``Updated 12:04 GMT``, ``2 min read``), and ads and other lines
      of role ``inline``; up to :data:`META_LINES` of them;
    - stray labels among them, which go with the page's head: a name alone
      (``Jane Doe``), a counter (``1.2K``), an ``@handle``, or, beside a byline or a date,
      any label of up to :data:`STRAY_WORDS` words (a bare ``Published``);
    - one standfirst, a paragraph that sums the article up (with its full stop or not),
      with at most a credit or an ad between it and the headline (not a date: a title
      over a date is a card of another story);
    - one photo caption right beside its credit;
    - one line of page furniture between the standfirst (or the headline) and the body:
      a menu line (``Home | World | Europe``), or a short line a rule of the page drops
      (a share or listen label, a prompt; :func:`_page_line`).

    A plain label (``Economy``) or that furniture line needs an article's head beside it
    (a byline, a date, a credit, a name or a counter) unless it is the only line between
    the headline and the body, the standfirst and copies of lines above aside: a
    headline, a section label and the body are an article's head; a title over a
    label, a label and the body are a card of another story.

    The headline may be a copy of a line above it that went as a repeat (a headline
    the page showed twice, its first copy among the furniture). Returns where the
    head ends (the headline, or ``start`` when there is none) and the stray labels.

    >>> from normkit.stages.boilerplate.lines import split_lines
    >>> lines = split_lines("Home\\nGrain exports rise for a third month\\nBy Jane Doe\\n"
    ...                     "Ukraine shipped more grain in February, the ministry said.", "en")
    >>> lines[0].rule, lines[2].rule = "web/menu", "web/byline"
    >>> article_head(lines, 3, [True, False, True, False], None, frozenset({"web/byline"}))
    (1, [])
    """
    if start <= 0 or not _sentence(lines[start]):
        return start, []
    strays: list[int] = []
    evidence = False  # a byline, a date, a credit, a name or a counter: an article's head
    needed = 0  # plain labels and page lines between, which need that evidence (but one)
    standfirst = caption = furniture_seen = False
    steps = between = 0  # lines walked; lines between but copies and the standfirst
    for i in range(start - 1, -1, -1):
        line = lines[i]
        if _headline_at(lines, i, start, marks, title, meta, labels):
            if evidence or needed == 0 or (needed == 1 and between == 1):
                return i, strays
            break
        steps += 1
        if steps > META_LINES + HEAD_SLOTS:
            break
        between += line.rule != COPY  # a copy of a line above is no line of its own
        cheap = line.dropped and role(line, roles) in CHEAP
        if line.dropped and (line.rule in meta or cheap or line.rule == COPY):
            if standfirst and not (cheap and _FIGURES.search(line.text) is None) and not (
                    line.rule == COPY and i > 0 and lines[i - 1].text == line.text):
                break  # only a credit, an ad or the headline's copy between it and a standfirst
            evidence = evidence or line.rule in meta
            continue
        if not standfirst and not furniture_seen and _page_line(line, roles, labels):
            furniture_seen = True  # a menu line, a share or listen label, a prompt: one
            needed += 1
            continue
        if line.dropped or marks[i]:
            break
        if not standfirst and (_standfirst(line) or prose(line) or _deck(
                lines, i, start, marks, title, meta, labels)):
            standfirst = True
            between -= 1
        elif not caption and _caption(line) and _beside_credit(lines, i, meta, roles):
            caption = True
        elif standfirst or line.sentence:
            break
        elif i == start - 1 and _NUMBERED_HEADING.match(line.text):
            continue  # the body's first numbered section (``1. Building permits``) stays
        elif _name_or_counter(line):
            strays.append(i)
            evidence = True
        elif line.words <= STRAY_WORDS or len(_FIGURES.findall(line.text)) > HEADLINE_FIGURES:
            strays.append(i)
            # a line of figures (a date no rule knows) needs that evidence even alone
            needed += 1 + (len(_FIGURES.findall(line.text)) > HEADLINE_FIGURES)
        else:
            break
    return start, []


def _deck(lines: Sequence[Line], i: int, start: int, marks: Sequence[bool],
          title: int | None, meta: frozenset[str], labels: frozenset[str]) -> bool:
    """True if ``lines[i]`` is a second headline right under the article's headline
    (``Late winner sends Pune past Goa`` under ``Match 8: Goa 1 - 2 Pune``): headline-shaped,
    too terse for a standfirst, it stands where a standfirst stands. It has no figures
    (``Posted on March 30, 2015 by Admin``, ``Today 12:01 AM`` are dates no rule knows)
    and is set in sentence case (a title-case line there is another story's title)."""
    line = lines[i]
    return (i > 0 and _headline_shaped(line) and _FIGURES.search(line.text) is None
            and line.title_share < UNENDED_TITLE_SHARE
            and _headline_at(lines, i - 1, start, marks, title, meta, labels))


MENU = "structure/menu"  # a line of short items between separators


def _page_line(line: Line, roles: Roles, labels: frozenset[str]) -> bool:
    """A line of page furniture that may sit between a headline and its article: a menu
    line (``Home | World | Europe``) or a short line a rule of the page drops (a share or
    listen label, a subscription prompt), not a pointer label (``Most popular``), whose
    titles are other stories', nor a comment form's."""
    return (line.dropped and line.rule not in labels and line.words <= HEADLINE_MAX_WORDS
            and role(line, roles) == "page"
            and (line.rule == MENU or not line.rule.startswith(("structure/", "corpus/"))))


def _beside_credit(lines: Sequence[Line], i: int, meta: frozenset[str], roles: Roles) -> bool:
    """True if a photo credit (a line of ``meta`` of role ``inline``, no figures) is right
    above or below ``lines[i]``: then ``lines[i]`` is the photo's caption."""
    return any(0 <= j < len(lines) and lines[j].dropped and lines[j].rule in meta
               and role(lines[j], roles) == "inline" and _FIGURES.search(lines[j].text) is None
               for j in (i - 1, i + 1))


def _caption(line: Line) -> bool:
    """A line that may be a photo's caption: no sentence, no label, no date, and not a
    title (a long line, or one in sentence case: ``A cargo ship in the port of Odesa``)."""
    return (not line.terminal and line.words > STRAY_WORDS
            and len(_FIGURES.findall(line.text)) <= HEADLINE_FIGURES
            and (line.words >= STANDFIRST_WORDS or line.title_share < UNENDED_TITLE_SHARE))


def _name_or_counter(line: Line) -> bool:
    """A name alone (``Jane Doe``: two to four capitalised words), a counter (``1.2K``,
    ``34 shares``) or an ``@handle``: an article's byline and share bar left without
    the rules' words."""
    if line.terminal:
        return False
    if line.text.startswith("@") or (line.words <= STRAY_WORDS and _FIGURES.search(line.text)):
        return True
    return 2 <= line.words <= 4 and line.title_share == 1.0 and not _FIGURES.search(line.text)


def _standfirst(line: Line) -> bool:
    """A paragraph under a headline that sums the article up, its full stop left off."""
    return (not line.dropped and not line.terminal and not line.truncated
            and line.words >= STANDFIRST_WORDS and line.stop_share >= MIN_PROSE_SHARE
            and line.title_share < UNENDED_TITLE_SHARE)


SIGN_OFF_LINES = 2  # ``Слава Україні!`` / ``Героям слава!``
_CLOSERS = "\"'”’»)] \u00a0"


def _sign_off(lines: Sequence[Line], end: int) -> int:
    """How many short exclamations right below the article's last sentence sign it off.

    ``Glory to Ukraine!``, ``Слава Україні!``, ``Stay safe!``: under a last paragraph
    they are the author's words, though too short to count as sentences. A call to
    action (``Subscribe now!``) is a rule's to drop; a rule of position ``tail`` still
    drops what it names here.

    >>> from normkit.stages.boilerplate.lines import split_lines
    >>> lines = split_lines("The talks went on until late in the evening.\\n"
    ...                     "Слава Україні!\\nГероям слава!\\nShare\\n", "uk")
    >>> _sign_off(lines, 1), _sign_off(lines, 0)
    (2, 0)
    """
    if not 0 < end < len(lines) or not _sentence(lines[end - 1]):
        return 0
    count = 0
    while (count < SIGN_OFF_LINES and end + count < len(lines)
           and _exclamation(lines[end + count])):
        count += 1
    return count


def _exclamation(line: Line) -> bool:
    """A short exclamation of a few words: ``Glory to Ukraine!``."""
    return (not line.dropped and 0 < line.words < HEADLINE_WORDS
            and line.text.rstrip(_CLOSERS).endswith("!")
            and _FIGURES.search(line.text) is None)


def _title_block(lines: Sequence[Line], first: int,
                 roles: Roles = {}) -> bool:  # noqa: B006 - read only
    """True if the lines above the first furniture may be the document's own title block.

    At most :data:`TITLE_LINES` of them, lines of role ``inline`` not counted (a player's
    controls between ``Episode title`` and ``Duration 28:41``), and not all link labels:
    ``Home``, ``News``, ``Politics`` over a ``Contact us`` that a rule dropped are a menu.
    """
    title = [line for line in lines[:first] if role(line, roles) != "inline"]
    if len(title) > TITLE_LINES:
        return False
    return len(title) < 2 or not all(_link_label(line) for line in title)


def zones(lines: Sequence[Line], start: int, end: int,
          roles: Roles = {}, title: int | None = None,  # noqa: B006 - read only
          meta: frozenset[str] = frozenset(), keys: Sequence[str] | None = None,
          labels: frozenset[str] = frozenset()) -> tuple[Sequence[int], range]:
    """The lines to drop before and after the article ``[start, end)``.

    The head goes from its first piece of furniture (or from the top, when more than
    a short title block precedes it; lines of role ``inline`` are not counted) up to
    the article's headline (:func:`article_head`: above its standfirst, its byline and
    date, lines the rules of ``meta`` drop), or else up to the article; the tail from the
    article's end (below a short sign-off), if any furniture follows it.

    A headline that went as a copy of a line in the head (``keys``: the lines' repeat
    keys) comes back, since the head takes its first copy: one copy stays. Titles under
    a pointer label (a rule of ``labels``: ``Most popular``) are no headline.
    """
    if start == end:
        return range(0), range(0)
    marks = furniture(lines, roles)
    first = next((i for i in range(start) if marks[i]), None)
    head: Sequence[int] = range(0)
    if first is not None:
        top = first if _title_block(lines, first, roles) else 0
        # the article's first line that stays: its lead may have gone as a repeat (a
        # standfirst shown again right above the body)
        lead = next((i for i in range(start, end) if not lines[i].dropped), start)
        headline, strays = article_head(lines, lead, marks, title, meta, roles, labels)
        head = [*range(top, headline), *(i for i in strays if i >= top)]
        if headline < lead and lines[headline].rule == COPY:
            _revive_copy(lines, headline, top, keys)
        _revive_prose_copies(lines, range(headline, end), set(head), keys)
    end += _sign_off(lines, end)
    after = next((i for i in range(end, len(lines)) if marks[i]), None)
    if after is None:
        return head, range(0)
    if role(lines[after], roles) == "ending" and all(
            _unended_paragraph(lines[i]) for i in range(end, after)):
        end = after  # a blog's last lines without a full stop, right above its comments
    return head, range(end, len(lines))


def _revive_copy(lines: Sequence[Line], h: int, top: int, keys: Sequence[str] | None) -> None:
    """Keep the headline ``lines[h]``, a copy that went as a repeat, if no earlier copy
    stays (each lies in the head, from ``top`` on, or went)."""
    same = keys[h] if keys is not None else lines[h].text.casefold()
    for j in range(h):
        copy = keys[j] == same if keys is not None else lines[j].text.casefold() == same
        if copy and j < top and not lines[j].dropped:
            return
    lines[h].rule = None


def _revive_prose_copies(lines: Sequence[Line], article: range, head: set[int],
                         keys: Sequence[str] | None) -> None:
    """Keep a paragraph between two sentences of the ``article`` (a standfirst shown again
    in the body) that went as a repeat of a line above it when every earlier copy goes
    too: with the ``head`` (the lines that go before the article) or as a repeat itself.
    One copy stays.

    >>> from normkit.stages.boilerplate.lines import split_lines
    >>> lines = split_lines("Home\\nThe club said the coach would stay until the end of May.\\n"
    ...                     "The coach signed a new deal with the club on Monday night.\\n"
    ...                     "The club said the coach would stay until the end of May.\\n"
    ...                     "He will take charge of the team for the first time on Saturday.", "en")
    >>> lines[3].rule = COPY
    >>> _revive_prose_copies(lines, range(2, 5), {0, 1}, None)
    >>> lines[3].rule is None
    True
    """
    for i in article:
        line = lines[i]
        if line.rule != COPY or not prose(replace(line, rule=None)) or not (
                _sentence(_next_kept(lines, i, -1, head))
                and _sentence(_next_kept(lines, i, 1, head))):
            continue
        same = keys[i] if keys is not None else line.text.casefold()
        if all(j in head or lines[j].dropped for j in range(i)
               if (keys[j] if keys is not None else lines[j].text.casefold()) == same):
            line.rule = None


_NONE = Line(0, 0, -1, "", 0, False, False, 0.0, 0.0, False)  # no line, no sentence


def _next_kept(lines: Sequence[Line], i: int, step: int, head: set[int]) -> Line:
    """The nearest line that stays above (``step`` -1) or below (1) ``lines[i]``, the
    ``head``'s lines gone."""
    j = i + step
    while 0 <= j < len(lines) and (lines[j].dropped or j in head):
        j += step
    return lines[j] if 0 <= j < len(lines) else _NONE


def _unended_paragraph(line: Line) -> bool:
    """A paragraph of its own that reads as a sentence but lacks the full stop.

    ``Belgium finishes in 3rd place`` (a blogger's last lines) rather than a
    related story's ``Title Case Headline`` or a label: four words or more, dense
    in function words, mostly lower case, a blank line above it.
    """
    return (not line.dropped and line.blank_before and line.words >= 4
            and line.stop_share >= MIN_PROSE_SHARE and line.title_share < UNENDED_TITLE_SHARE)
