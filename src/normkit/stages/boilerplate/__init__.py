"""The boilerplate stage: drop lines that are not the article, keep every sentence that is.

Evidence, strongest first:
1. ``drop`` rules from packs (``Source link``, ``- Advertisement -``, credits, counters),
   in many languages, because machine translation keeps the source's leftovers;
2. structure that needs no word list: menus made of separators, byline names beside
   dropped lines, and the density of prose (sentences dense in function words) that
   finds the article body; outside it, only lines around clear boilerplate go;
3. repeats: a headline shown twice, a lead that the body repeats in full;
4. in corpus mode (:mod:`normkit.corpus`), lines that recur across many documents.

Every dropped line is recorded in ``Result.removed`` with its rule or reason.

>>> import normkit
>>> r = normkit.Normalizer().run("Talks went on.\\n\\nSource link\\n", lang="en")
>>> r.text, [x.rule for x in r.removed]
('Talks went on.\\n', ['web/source-link'])
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace

import regex

from normkit.corpus import RULE as RECURRING
from normkit.corpus import RecurringLines
from normkit.rules import CompiledRule
from normkit.stages.base import Context, PerLanguage
from normkit.stages.boilerplate.bridges import bridge_blocks
from normkit.stages.boilerplate.duplicates import (
    first_lead,
    headline,
    key,
    mark_duplicates,
    may_repeat,
)
from normkit.stages.boilerplate.entries import extend_entries, first_entry_heading
from normkit.stages.boilerplate.galleries import keep_gallery_captions
from normkit.stages.boilerplate.kickers import kicker_at
from normkit.stages.boilerplate.lines import (
    Block,
    Line,
    blocks,
    may_split_otherwise,
    read_blocks,
    split_lines,
)
from normkit.stages.boilerplate.lists import extend_lists
from normkit.stages.boilerplate.packrules import DropMatcher
from normkit.stages.boilerplate.pointers import mark_pointer_titles
from normkit.stages.boilerplate.recurring import mark_recurring
from normkit.stages.boilerplate.region import (
    attach_sentences,
    furniture,
    lead_start,
    main_region,
    shows_furniture,
    zones,
)
from normkit.stages.boilerplate.structure import BYLINE, mark_bylines, mark_menus
from normkit.tracking import Change, TrackedText

POSITIONS = ("any", "head", "tail")
# the language and lines (text, blank line before) of this stage's last output for the
# document: a later pass that finds the same lines skips the stage, which keeps what it
# kept. Stored as the output text until a later pass needs its lines (most texts have none)
_LAST_OUTPUT = "boilerplate/last-output"

__all__ = ["BoilerplateStage"]


def _matchers(rules: list[CompiledRule]) -> dict[str, DropMatcher]:
    return {
        position: DropMatcher([r for r in rules if r.rule.position == position])
        for position in POSITIONS
    }


class BoilerplateStage:
    name = "boilerplate"

    def __init__(self, rules: list[CompiledRule], options):
        self._matchers = PerLanguage(rules, options, _matchers)
        self._roles = {r.id: r.rule.role for r in rules if r.rule.role != "page"}
        self._labels = frozenset(r.id for r in rules if r.rule.titles_below)
        self._cards = frozenset(r.id for r in rules if r.rule.card)
        self._captions = frozenset(r.id for r in rules if r.rule.caption)
        self._live = frozenset(r.id for r in rules if r.rule.live_blog)  # ``Key events``
        # lines that head an article's text: bylines, dates, credits (a name that
        # mark_bylines finds beside them too); the headline stays above them
        self._meta = frozenset(r.id for r in rules if r.rule.article_meta) | {BYLINE}
        # rules whose pattern marks the title its line leads: ``Watch: <title>``
        self._titled = {r.id: r.pattern for r in rules
                        if r.rule.kind == "drop" and "title" in r.pattern.groupindex}

    def run(self, doc: TrackedText, ctx: Context) -> None:
        found, whole_lines = read_blocks(doc.text)
        shape = (ctx.lang, [(text, blank) for _, _, text, blank in found])
        if _last_shape(ctx) == shape:
            return  # the lines this stage left last time: it would keep them all again
        reading: tuple[list[Block], bool] | None = found, whole_lines
        while reading is not None:
            reading = self._clean(doc, ctx, *reading, shape)
            shape = None

    def _clean(self, doc: TrackedText, ctx: Context, found: list[Block], whole_lines: bool,
               shape: tuple[str, list[tuple[str, bool]]] | None
               ) -> tuple[list[Block], bool] | None:
        """Drop the boilerplate among the blocks ``found`` in ``doc`` (``shape``: their lines;
        ``whole_lines``: each block is a whole line).

        Returns the output's reading if its blocks are not the blocks this reading kept:
        dropped lines can change how the rest splits into blocks (a hard-wrapped text
        that loses lines at its margin reads as one block a line), and the output is
        then cleaned as the next cleaning will read it.
        """
        lines = split_lines(doc.text, ctx.lang, found)
        if not lines:
            return None
        if doc.protected:
            _hold_protected(lines, doc.protected)
        matchers = self._matchers.get(ctx.lang)
        for line in lines:
            line.rule = matchers["any"].first(line.text, ctx.doc_id)
        keep_gallery_captions(lines, self._captions)
        recurring = ctx.notes.get("recurring")
        others = mark_recurring(lines, recurring) if recurring else []
        mark_menus(lines)
        keys = [key(line.text) for line in lines]
        live = any(line.rule in self._live for line in lines)
        start, end, title = self._article(lines, keys, live)
        for line in others:
            if not start <= line.index < end:
                line.rule = RECURRING
        # the head's rules first: a section label they drop (``Analysis``, of role inline
        # and article_meta) lets the headline under it be read as one
        self._head(lines, _edges(lines, start, end)[0], matchers["head"], ctx)
        mark_duplicates(lines, head_end=first_lead(lines, start, end, keys),
                        page=any(furniture(lines, self._roles)), body=range(start, end),
                        keys=keys, roles=self._roles)
        mark_bylines(lines, ctx.lang)
        head, tail = zones(lines, start, end, self._roles, title, self._meta, keys,
                           self._labels)
        for zone, reason in ((head, "structure/head"), (tail, "structure/tail")):
            for i in zone:
                if not lines[i].dropped:
                    lines[i].rule = reason
        mark_pointer_titles(lines, self._labels, self._cards)
        before, after = _edges(lines, start, end)
        self._head(lines, before, matchers["head"], ctx)
        self._positional(lines[after:], matchers["tail"], ctx)
        self._read_again(lines, keys, recurring, matchers, ctx, live)
        if all(line.dropped for line in lines):
            _keep_lone_titles(lines, self._titled)
        changes = [Change(line.start, line.end, "", line.rule, drop=True)
                   for line in lines if line.dropped]
        if not changes:  # nothing dropped: the lines read at the start are the output's
            ctx.notes[_LAST_OUTPUT] = shape or (ctx.lang, [(text, blank)
                                                           for _, _, text, blank in found])
            return None
        reread = may_split_otherwise(doc.text, changes, lines, whole_lines)
        doc.apply(_without_dangling_break(doc.text, lines, changes), stage=self.name)
        if not reread:  # the output's lines are read if a later pass needs them
            ctx.notes[_LAST_OUTPUT] = (ctx.lang, doc.text)
            return None
        now, whole_lines = read_blocks(doc.text)
        if [text for _, _, text, _ in now] != [line.text for line in lines if not line.dropped]:
            return now, whole_lines
        ctx.notes[_LAST_OUTPUT] = (ctx.lang, [(text, blank) for _, _, text, blank in now])
        return None

    def _article(self, lines: list[Line], keys: list[str],
                 live: bool = False) -> tuple[int, int, int | None]:
        """``(start, end)`` of the article among ``lines`` and where the page's title shows
        again as its headline (None if it does not); ``live``: the page shows that it is
        a live blog (a line a ``live_blog`` rule dropped)."""
        start, end = main_region(lines, self._roles)
        title = headline(lines, keys)
        start = lead_start(lines, start, end, title, self._roles)
        start, end = extend_lists(lines, start, end)
        start, end = attach_sentences(lines, start, end, self._roles)
        start, end = bridge_blocks(lines, start, end, self._roles)
        start, end = extend_entries(lines, start, end, self._roles)
        start = first_entry_heading(lines, start, end, keys, self._roles, live)
        return start, end, title

    def _read_again(self, lines: list[Line], keys: list[str],
                    recurring: RecurringLines | None = None,
                    matchers: dict[str, DropMatcher] | None = None,
                    ctx: Context | None = None, live: bool = False) -> None:
        """Take the verdicts that the next cleaning takes on the lines that stay.

        Where the article is, which lines are its head and its refrains, and whether the
        page shows furniture are read with this cleaning's drops in place: a lead that
        the body repeats, a credit between two paragraphs, a menu line can hold the
        article's start or end, or be the only sign of a page. The next cleaning reads
        only the lines that stay. Where they hold a repeat, or furniture, its verdicts
        on repeats and on the page around the article are taken here, on them, until
        they drop no more. The rules' verdicts are the same on a line wherever it stands.
        In corpus mode, the ``recurring`` lines that stay are read again too: a recurring
        sentence goes outside the article, which the drops can move. So are the lines that
        a rule of the page's head or tail (``matchers``) takes: a repeat dropped under
        ``Subscribe!`` leaves it after the article, where the next cleaning drops it.
        """
        kept = [line for line in lines if not line.dropped]
        edge_rules = [matchers[p] for p in ("head", "tail")
                      if matchers is not None and ctx is not None and matchers[p].rules]
        while len(kept) < len(lines):
            kept_keys = [keys[line.index] for line in kept]
            repeats = may_repeat(kept_keys)
            recurs = recurring is not None and any(recurring.recurs(line.text) for line in kept)
            # the edge rules are tried on every kept line only when nothing else calls for
            # another reading; else they are tried where they hold, below
            if not repeats and not recurs and not shows_furniture(kept) and not any(
                    not line.held and matcher.first(line.text, ctx.doc_id) is not None
                    for line in kept for matcher in edge_rules):
                return
            view = _as_read_again(lines, kept)
            others = mark_recurring(view, recurring) if recurs else []
            start, end, title = self._article(view, kept_keys, live)
            for line in others:
                if not start <= line.index < end:
                    line.rule = RECURRING
            if repeats:
                mark_duplicates(view, head_end=first_lead(view, start, end, kept_keys),
                                page=any(furniture(view, self._roles)),
                                body=range(start, end), keys=kept_keys, roles=self._roles)
            for zone, reason in zip(zones(view, start, end, self._roles, title,
                                          self._meta, kept_keys, self._labels),
                                    ("structure/head", "structure/tail"), strict=True):
                for i in zone:
                    if not view[i].dropped:
                        view[i].rule = reason
            if edge_rules:  # a no-op unless an edge rule takes a line at the edges
                before, after = _edges(view, start, end)
                self._head(view, before, matchers["head"], ctx)
                self._positional(view[after:], matchers["tail"], ctx)
            if not any(line.dropped for line in view):
                return
            for line, seen in zip(kept, view, strict=True):
                line.rule = seen.rule
            kept = [line for line in kept if not line.dropped]

    @staticmethod
    def _head(lines: list[Line], before: int, matcher: DropMatcher, ctx: Context) -> None:
        """Rules that hold only before the article (the lines up to ``before``), on the
        lines where a label over a headline stands (:func:`kicker_at`); they name
        dropped lines too."""
        if not matcher.rules:
            return
        hits = {i: rule for i, line in enumerate(lines[:before])
                if (line.rule is None or line.rule.startswith("structure/"))
                and (rule := matcher.first(line.text, ctx.doc_id)) is not None}
        for i in [i for i in hits if kicker_at(lines, i, hits)]:
            lines[i].rule = hits[i]

    @staticmethod
    def _positional(lines: list[Line], matcher: DropMatcher, ctx: Context) -> None:
        """Rules that hold only before or after the article; they name dropped lines too."""
        if not matcher.rules:
            return
        for line in lines:
            if line.rule is None or line.rule.startswith("structure/"):
                line.rule = matcher.first(line.text, ctx.doc_id) or line.rule


def _as_read_again(lines: list[Line], kept: list[Line]) -> list[Line]:
    """The ``kept`` lines as the next cleaning reads them: numbered anew, and each after a
    blank line if one stood before it or before a dropped line between it and the line
    kept above it (dropping ``Lead.`` from ``Title / (blank) / Lead. / World`` leaves a
    blank line above ``World``).
    """
    view, previous = [], -1
    for i, line in enumerate(kept):
        blank = any(lines[j].blank_before for j in range(previous + 1, line.index + 1))
        view.append(replace(line, index=i, blank_before=blank))
        previous = line.index
    return view


def _last_shape(ctx: Context) -> tuple[str, list[tuple[str, bool]]] | None:
    """The language and lines of this stage's last output for the document, if any."""
    last = ctx.notes.get(_LAST_OUTPUT)
    if last is not None and isinstance(last[1], str):  # stored as text: read its lines once
        last = ctx.notes[_LAST_OUTPUT] = (last[0], [(text, blank)
                                                    for _, _, text, blank in blocks(last[1])])
    return last


def _edges(lines: list[Line], start: int, end: int) -> tuple[int, int]:
    """Where "before the article" ends and "after it" begins, for ``head``/``tail`` rules.

    Without an article body, the first and the last sentence of the text stand in.
    """
    if start < end:
        return start, end
    sentences = [line.index for line in lines if line.sentence and not line.dropped]
    if not sentences:
        return 0, len(lines)
    return sentences[0], sentences[-1] + 1


def _keep_lone_titles(lines: list[Line], titled: dict[str, regex.Pattern]) -> None:
    """In a text that would lose every line, keep the lines that lead a title.

    A rule may mark, with a group named ``title``, the title its line points to
    (``Watch: <title>``, ``Read more: <title>``). On a page the line is a pointer to
    another story; when nothing else stays (a record that is one headline, the
    video's ``Watch: Firefighters free a kitten``), the title is the content.
    A bare label (``Read more``) still goes.

    >>> import regex
    >>> lines = split_lines("Watch: Firefighters free a kitten\\nRead more\\n", "en")
    >>> for line in lines:
    ...     line.rule = "web/read-more"
    >>> _keep_lone_titles(lines, {"web/read-more": regex.compile(
    ...     r"^(?:watch|read more)(?::\\s*(?P<title>.+))?$", regex.I)})
    >>> [line.rule for line in lines]
    [None, 'web/read-more']
    """
    for line in lines:
        pattern = titled.get(line.rule or "")
        found = pattern.search(line.text) if pattern is not None else None
        if found is not None and any(c.isalnum() for c in found.group("title") or ""):
            line.rule = None


def _hold_protected(lines: list[Line], protected: list[tuple[int, int]]) -> None:
    """Hold every block of a protected span that runs over several blocks (a fenced code
    block over lines; `code  with gaps` on a flattened page), so a drop never cuts it:
    half a fence would unprotect the code after it. A held line never goes, so it is
    no sign of the page around the article either: the next cleaning reads it as
    staying, as this one must (``,`` in a fence is no page's label).

    >>> text = "Source:```\\nKiev\\n```\\nTalks went on for hours in the capital today.\\n"
    >>> lines = split_lines(text, "en")
    >>> _hold_protected(lines, [(7, 20)])
    >>> lines[0].rule = lines[2].rule = "web/x"
    >>> [line.dropped for line in lines]
    [False, False, False, False]
    """
    starts = [line.start for line in lines]
    for p_start, p_end in protected:
        first = max(bisect_right(starts, p_start) - 1, 0)
        touched = [line for line in lines[first : bisect_left(starts, p_end)]
                   if line.start < p_end and p_start < line.end]
        if len(touched) > 1:  # one block holding it drops it whole or not at all: not at all
            for line in touched:
                line.held = True


def _without_dangling_break(text: str, lines: list[Line], changes: list[Change]) -> list[Change]:
    """When the last lines go and the text had no final newline, take the break before them too.

    Otherwise ``Body.\\n\\nSource link`` would leave ``Body.\\n\\n`` behind.
    """
    if not changes or text.endswith("\n") or changes[-1].end != len(text):
        return changes
    kept = [line for line in lines if not line.dropped]
    if not kept:
        return changes
    kept_end = kept[-1].start + len(text[kept[-1].start : kept[-1].end].rstrip())
    start = kept_end
    for i, change in enumerate(changes):
        if change.start >= kept_end:
            changes[i] = Change(start, change.end, "", change.rule, drop=True)
            start = change.end
    return changes
