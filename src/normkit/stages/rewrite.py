"""Regex rewrite rules, run to a fixed point so that cleaning is idempotent.

All active rules scan the same text; overlapping matches are settled by position,
then priority, then pack order; protected spans are never touched.

Speed: a rule with ``triggers`` (literal strings, one of which any text it can
change contains) is skipped when the text contains none of them; the check is a
few ``str.__contains__`` scans, far cheaper than a regex scan. Rules that share a
trigger set are checked once per round. Rules from outside normkit run under a timeout
guard; the bundled rules, reviewed and tested linear, skip its clock reads.

>>> from normkit.packs.discovery import load_all
>>> from normkit.rules import compile_rules
>>> rules = [r for r in compile_rules(load_all()) if r.stage == "punctuation"]
>>> doc = TrackedText("Hello , world .")
>>> run_rewrites(doc, [r for r in rules if r.applies("en", {})], "punctuation", "<doc>")
True
>>> doc.text
'Hello, world.'
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from normkit.matching import ahocorasick
from normkit.rules import CompiledRule
from normkit.stages.base import RuleTimeout, regex_timeout
from normkit.tracking import Change, TrackedText

MAX_ROUNDS = 5


class TriggerIndex:
    """All trigger strings of a rule list, for finding the ones a text contains quickly.

    An Aho-Corasick automaton (pyahocorasick, where installed) finds the longer ones in
    one scan, and each one-character trigger is looked for with ``in``: two to three
    times faster than regular expressions, on lines and on whole articles alike, and
    not slowed by triggers that occur often (digits, full stops). Without it (or with
    ``automaton=False``) one-character triggers are found with one character-class
    scan, longer ones with one scan of their alternation. That scan
    does not report a trigger hidden inside or overlapping an earlier match, so those
    are added back: a trigger inside a found one is present, and one that can overlap
    a found one is checked directly.

    >>> text = "Kyiv ,, “Lviv”"
    >>> sorted(TriggerIndex(["“", "”", " ,", ",,", "--"]).present(text))
    [' ,', ',,', '“', '”']
    >>> sorted(TriggerIndex(["“", "”", " ,", ",,", "--"], automaton=False).present(text))
    [' ,', ',,', '“', '”']
    """

    def __init__(self, triggers: Sequence[str], *, automaton: bool = True):
        unique = list(dict.fromkeys(triggers))
        self.triggers = unique
        singles = [t for t in unique if len(t) == 1]
        self._scan = automaton and ahocorasick is not None  # else: the regular expressions
        self._single_list = singles  # looked for one by one: `in` is faster than any scan
        self._automaton = _automaton([t for t in unique if len(t) > 1]) if self._scan else None
        if not self._scan:  # the regular expressions, and what their scan can hide
            self._singles = _char_class(singles)
            self._ascii_singles = _char_class([t for t in singles if t.isascii()])
            longer = sorted((t for t in unique if len(t) > 1), key=len, reverse=True)
            self._longer = {  # by (text is ASCII, text has a tab)
                (ascii_text, tab): _alternation([t for t in longer
                                                 if (t.isascii() or not ascii_text)
                                                 and ("\t" not in t or tab)])
                for ascii_text in (False, True) for tab in (False, True)
            }
            # pairs of triggers: quadratic in their number, so built only for this path
            self._inside = {t: [u for u in unique if u != t and u in t] for t in longer}
            self._overlapping = {t: [u for u in longer if u not in t and _overlap(t, u)]
                                 for t in longer}
        used = set("".join(unique))
        self.separator = next(chr(c) for c in range(0xFFFF, 0, -1) if chr(c) not in used)

    def present(self, text: str) -> set[str]:
        """The triggers that occur in ``text``."""
        if self._scan:
            found = {char for char in self._single_list if char in text}
            if self._automaton is not None:
                found.update(hit for _, hit in self._automaton.iter(text))
            return found
        ascii_text = text.isascii()
        singles = self._ascii_singles if ascii_text else self._singles
        found = set(singles.findall(text)) if singles is not None else set()
        longer = self._longer[ascii_text, "\t" in text]
        if longer is not None:
            hits = set(longer.findall(text))
            found |= hits
            for hit in hits:
                found.update(self._inside[hit])
                found.update(u for u in self._overlapping[hit] if u not in found and u in text)
        return found


def _automaton(strings: Sequence[str]):
    """An Aho-Corasick automaton of ``strings`` (one C-speed scan finds them all), if available."""
    if ahocorasick is None or not strings:
        return None
    automaton = ahocorasick.Automaton()
    for string in strings:
        automaton.add_word(string, string)
    automaton.make_automaton()
    return automaton


def _char_class(chars: Sequence[str]) -> re.Pattern | None:
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]") if chars else None


def _alternation(strings: Sequence[str]) -> re.Pattern | None:
    return re.compile("|".join(re.escape(s) for s in strings)) if strings else None


def _overlap(first: str, second: str) -> bool:
    """True if an occurrence of ``second`` can start inside one of ``first`` and outlast it."""
    return any(first.endswith(second[:k]) for k in range(1, len(second)))


class _RuleIndex:
    """A rule list's trigger index, and which rules each trigger string wakes."""

    def __init__(self, rules: Sequence[CompiledRule]):
        self.rules = rules
        self.triggers = TriggerIndex([t for r in rules for t in r.triggers])
        self.always = [r for r in rules if not r.triggers]  # rules without triggers
        self.woken: dict[str, list[int]] = {}  # trigger -> positions of the rules it wakes
        for position, rule in enumerate(rules):
            for trigger in dict.fromkeys(rule.triggers):
                self.woken.setdefault(trigger, []).append(position)
        self.always_at = [i for i, r in enumerate(rules) if not r.triggers]


_INDEXES: dict[int, _RuleIndex] = {}


def _rule_index(rules: Sequence[CompiledRule]) -> _RuleIndex:
    """The index of a rule list, cached while the list lives (stages keep theirs)."""
    entry = _INDEXES.get(id(rules))
    if entry is None or entry.rules is not rules:
        if len(_INDEXES) > 256:  # callers passing fresh lists: keep the cache small
            _INDEXES.clear()
        entry = _INDEXES[id(rules)] = _RuleIndex(rules)
    return entry


def trigger_index(rules: Sequence[CompiledRule]) -> TriggerIndex:
    """The trigger index of a rule list, cached while the list lives (stages keep theirs)."""
    return _rule_index(rules).triggers


def triggered(text: str, rules: Sequence[CompiledRule],
              present: set[str] | None = None) -> list[CompiledRule]:
    """The rules that may match ``text``: those without triggers, or with one present.

    ``present``, if given, is the set of trigger strings known to be in ``text``.

    >>> from normkit.packs.discovery import load_all
    >>> from normkit.rules import compile_rules
    >>> rules = [r for r in compile_rules(load_all()) if r.id == "punct/space-before-comma"]
    >>> len(triggered("Kyiv, Lviv", rules)), len(triggered("Kyiv , Lviv", rules))
    (0, 1)
    """
    index = _rule_index(rules)
    if present is None:
        present = index.triggers.present(text)
    if not present:
        return index.always
    positions = set(index.always_at)
    for trigger in present:
        positions.update(index.woken.get(trigger, ()))
    return [rules[i] for i in sorted(positions)]  # in the list's order


def _candidates(text: str, rules: Sequence[CompiledRule], doc_id: str,
                windows: Sequence[tuple[int, int]] = ()) -> list[tuple]:
    found = []
    spans = windows or ((0, len(text)),)
    timeout = regex_timeout(text)
    for rule in rules:
        template = rule.rule.replace
        literal = "\\" not in template  # no group references or escapes: no expansion
        pattern = rule.pattern
        try:
            for pos, endpos in spans:
                for match in pattern.finditer(
                    text, pos, endpos, timeout=timeout if rule.timeout_guard else None
                ):
                    replacement = template if literal else match.expand(template)
                    if replacement != match.group():
                        found.append((match.start(), -rule.rule.priority, rule.order,
                                      match.end(), replacement, rule.id))
        except TimeoutError:
            raise RuleTimeout(
                f"rule {rule.id} ({rule.location}) timed out on document {doc_id}"
            ) from None
    found.sort()
    return found


def paragraphs_around(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs (lines, with their newline) that contain ``spans``, merged.

    >>> paragraphs_around("one\\ntwo\\nthree", [(5, 5), (6, 7)])
    [(4, 8)]
    >>> paragraphs_around("one\\ntwo\\nthree", [(1, 1), (9, 10)])
    [(0, 4), (8, 13)]
    """
    windows: list[tuple[int, int]] = []
    for start, end in spans:
        if windows and end < windows[-1][1]:
            continue  # inside the paragraph already found: no search (long lines stay linear)
        floor = windows[-1][1] if windows else 0
        lo = max(text.rfind("\n", floor, start) + 1, floor)
        hi = text.find("\n", end)
        hi = len(text) if hi == -1 else hi + 1
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    return windows


def _joins_backticks(text: str, start: int, end: int, replacement: str) -> bool:
    """True if replacing ``[start, end)`` would put backticks next to each other that are
    apart: runs of backticks pair by length (`code`, ```fenced```), so a longer run reads
    as other code.

    >>> _joins_backticks("``¡`", 2, 3, ""), _joins_backticks("`a` ¡b", 4, 5, "")
    (True, False)
    """
    new = text[start - 1 : start] + replacement + text[end : end + 1]
    return "``" in new and "``" not in text[start - 1 : end + 1]


_MARKS = re.compile(r"[`@#]")  # what opens code or a handle


def _may_make_protected(text: str, start: int, end: int, replacement: str) -> bool:
    """A cheap test before :meth:`TrackedText.makes_protected`: a backtick, ``@`` or
    ``#`` is written or is right beside ``[start, end)`` (no rule writes one: they are
    looked for only in texts that have one).

    >>> _may_make_protected("x` ,y`", 2, 3, ""), _may_make_protected("x , y", 1, 2, "")
    (True, False)
    """
    return _MARKS.search(text, max(0, start - 1), end + 1) is not None or (
        _MARKS.search(replacement) is not None)


def _glued_before(text: str, changes: list[Change], start: int) -> list[tuple[int, int, str]]:
    """The round's edits that end just before ``start``, with no space between (each
    after the one before it): with the edit at ``start`` they may reach a protected span
    (``c¿¿ `code``` loses both marks and its space, and the backtick follows a word).

    >>> _glued_before("c¿¿ `x`", [Change(1, 2, "", "r")], 2)
    [(1, 2, '')]
    """
    glued = []
    for change in reversed(changes):
        if change.end > start or any(char.isspace() for char in text[change.end:start]):
            break
        glued.append((change.start, change.end, change.replacement))
        if any(char.isspace() for char in change.replacement):  # a space before the rest
            break
        start = change.start
    return glued


def _has(edits: list[tuple[int, int, str]], starts: list[int], edit: tuple[int, int, str]) -> bool:
    """True if ``edit`` is in ``edits`` (sorted, with their ``starts``)."""
    i = bisect_left(starts, edit[0])
    return i < len(edits) and edits[i] == edit


def rewrite_round(doc: TrackedText, rules: Sequence[CompiledRule], stage: str,
                  doc_id: str, present: set[str] | None = None,
                  windows: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Apply one round of ``rules`` to ``doc`` (only inside ``windows``, if given).

    Returns the spans the edits wrote, in the new text's offsets.
    """
    active = triggered(doc.text, rules, present)
    if not active:
        return []
    # after the encoding stage, protected spans are settled: no edit next to one may move
    # its edges (the encoding stage repairs the text that decides them)
    edges = stage != "encoding"
    ticks = "`" in doc.text  # else no edit can join backticks (no rule writes one)
    # else no edit makes a handle or code
    marks = edges and (ticks or "@" in doc.text or "#" in doc.text)
    # a line -> this round's edits beside its protected spans (sorted), and their starts
    beside: dict[int, tuple[list[tuple[int, int, str]], list[int]]] = {}
    changes: list[Change] = []
    last_end = -1
    chained: tuple[int, int] | None = None  # the last edit beside a span: its line, its end
    for start, _prio, _order, end, replacement, rule_id in _candidates(doc.text, active, doc_id,
                                                                       windows):
        if start < last_end or (start == last_end and end == start and changes
                                and changes[-1].end == start):
            continue
        if ticks and _joins_backticks(doc.text, start, end, replacement):
            continue  # ``¡` -> ```: a longer run of backticks pairs otherwise (a fence)
        if doc.protected:
            if doc.overlaps_protected(start, end):
                continue
            span = doc.protected_beside(start, end) if edges else None
            if span is not None:
                line = doc.text.rfind("\n", 0, span[0]) + 1
            elif chained is not None and not any(
                    char.isspace() for char in doc.text[chained[1]:start]):
                line = chained[0]  # beside a span once the round's edit before it is made
            else:
                line = None
                if marks and _may_make_protected(doc.text, start, end, replacement) and (
                        doc.makes_protected(start, end, replacement)):
                    continue  # ` ,¿` -> `,¿`: the next cleaning protects it (code)
            if line is not None:
                # edits that pass the check one by one may move an edge together
                # (`a  b`¿¡D), or join two spans into one (x.org/a , ,b -> x.org/a,b):
                # each one beside a span is checked with the round's others near it
                if span is not None and doc.moves_protected_edge(start, end, replacement):
                    continue
                edits, starts = beside.get(line, ([], []))
                glued = [e for e in _glued_before(doc.text, changes, start)
                         if not _has(edits, starts, e)]
                if glued:  # not beside a span themselves: taken in here, in their place
                    for one in reversed(glued):
                        where = bisect_left(starts, one[0])
                        edits.insert(where, one)
                        starts.insert(where, one[0])
                edits.append((start, end, replacement))  # after every edit before it
                starts.append(start)
                around = (min(start, span[0]), max(end, span[1])) if span else (start, end)
                if len(edits) > 1 and not doc.keeps_protected_near(*around, edits, starts):
                    edits.pop()
                    starts.pop()
                    continue
                beside[line] = edits, starts
            chained = None if line is None else (line, end)
        elif marks and _may_make_protected(doc.text, start, end, replacement) and (
                doc.makes_protected(start, end, replacement)):
            continue
        changes.append(Change(start, end, replacement, rule_id))
        last_end = end
    if not changes:
        return []
    doc.apply(changes, stage=stage)
    written = []
    shift = 0
    for change in changes:
        new_start = change.start + shift
        written.append((new_start, new_start + len(change.replacement)))
        shift += len(change.replacement) - (change.end - change.start)
    return written


def run_rewrites(doc: TrackedText, rules: Sequence[CompiledRule], stage: str,
                 doc_id: str, *, local: bool = False) -> bool:
    """Apply ``rules`` to ``doc`` until nothing changes (at most MAX_ROUNDS rounds).

    Before each round the triggers are looked for again, so a round runs only the
    rules that can still change something: a round that repaired every ``  `` is
    confirmed without running the rule again. With ``local`` (rules whose matches
    never cross a line break, like punctuation rules), rounds after the first look
    (for triggers and matches) only in the paragraphs the previous round edited.
    Returns True if the text changed.
    """
    if not rules:
        return False
    index = trigger_index(rules)
    present = index.present(doc.text)
    changed = False
    windows: list[tuple[int, int]] = []
    for _ in range(MAX_ROUNDS):
        written = rewrite_round(doc, rules, stage, doc_id, present, windows)
        if not written:
            break
        changed = True
        if local:
            windows = paragraphs_around(doc.text, written)
            present = index.present(index.separator.join(doc.text[a:b] for a, b in windows))
        else:
            present = index.present(doc.text)
    return changed
