"""The boilerplate stage: drop lines that are not the article, keep every sentence that is.

Evidence, strongest first:
1. ``drop`` rules from packs (``Source link``, ``- Advertisement -``, credits, counters);
2. duplicates: a repeated headline or line is kept once, and a lead paragraph that
   a later paragraph repeats in full is kept only there;
3. structure: menus made of separators, byline names beside dropped date/counter lines,
   and the tail after the article: short non-sentence lines after the last run of
   boilerplate.

Every dropped line is recorded in ``Result.removed`` with its rule or reason.

>>> import normkit
>>> r = normkit.Normalizer().run("Talks went on.\\n\\nSource link\\n", lang="en")
>>> r.text, [x.rule for x in r.removed]
('Talks went on.\\n', ['web/source-link'])
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from normkit.matching import fold
from normkit.rules import CompiledRule
from normkit.stages.base import Context, PerLanguage, RuleTimeout, regex_timeout
from normkit.tracking import Change, TrackedText

_LINE = re.compile(r"[^\n]*\n?")
_WORD = re.compile(r"\w+(?:[-'’.]\w+)*")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$|[.!?][\"'”’»]?\s+\S")
_SEPARATORS = re.compile(r"\s+[|»>•·/]\s+")
_NAME_LINE = regex.compile(
    r"^(?:(?:By|Por|Von|Par|Di|Door|Av)\s+)?"
    r"\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:de|da|del|van|von|der|al|bin|le|la|di)\s+)?\p{Lu}[\p{L}'’.-]+){1,3}$"
)
_KEY = re.compile(r"[\W_]+")
MAX_SHORT_WORDS = 8
MIN_DUP_CHARS = 15


@dataclass
class _Line:
    start: int
    end: int  # including the newline
    text: str  # stripped
    words: int
    rule: str | None = None

    @property
    def blank(self) -> bool:
        return not self.text

    @property
    def sentence(self) -> bool:
        return self.words >= 6 and bool(_SENTENCE_END.search(self.text))

    @property
    def short(self) -> bool:
        return 0 < self.words <= MAX_SHORT_WORDS and not _SENTENCE_END.search(self.text)


def _lines(text: str) -> list[_Line]:
    lines = []
    for match in _LINE.finditer(text):
        if match.start() == match.end():
            break
        stripped = match.group().strip()
        lines.append(_Line(match.start(), match.end(), stripped, len(_WORD.findall(stripped))))
    return lines


def _name_line(text: str) -> bool:
    return bool(_NAME_LINE.match(text))


class BoilerplateStage:
    name = "boilerplate"

    def __init__(self, rules: list[CompiledRule], options):
        self._rules = PerLanguage(rules, options, lambda active: active)

    def run(self, doc: TrackedText, ctx: Context) -> None:
        lines = _lines(doc.text)
        content = [line for line in lines if not line.blank]
        if not content:
            return
        rules = self._rules.get(ctx.lang)
        self._apply_rules(content, rules, ctx, position=("any",))
        _mark_duplicates(content)
        _mark_menus(content)
        _mark_bylines(content)
        tail = _tail_start(content)
        head = _head_end(content)
        self._apply_rules(content[:head], rules, ctx, position=("head",))
        if tail is not None:
            self._apply_rules(content[tail:], rules, ctx, position=("tail",))
            for line in content[tail:]:
                if line.rule is None and line.short:
                    line.rule = "structure/tail"
        changes = [Change(line.start, line.end, "", line.rule, drop=True)
                   for line in content if line.rule is not None]
        doc.apply(_without_dangling_break(doc.text, content, changes), stage=self.name)

    def _apply_rules(self, lines: list[_Line], rules: list[CompiledRule], ctx: Context,
                     position: tuple[str, ...]) -> None:
        active = [r for r in rules if r.rule.position in position]
        if not active:
            return
        for line in lines:
            if line.rule is not None:
                continue
            for rule in active:
                try:
                    hit = rule.pattern.search(line.text, timeout=regex_timeout(line.text))
                except TimeoutError:
                    raise RuleTimeout(
                        f"rule {rule.id} ({rule.location}) timed out on document {ctx.doc_id}"
                    ) from None
                if hit:
                    line.rule = rule.id
                    break


def _without_dangling_break(text: str, lines: list[_Line], changes: list[Change]) -> list[Change]:
    """When the last lines go and the text had no final newline, take the break before them too.

    Otherwise ``Body.\n\nSource link`` would leave ``Body.\n\n`` behind.
    """
    if not changes or text.endswith("\n") or changes[-1].end != len(text):
        return changes
    kept = [line for line in lines if line.rule is None]
    if not kept:
        return changes
    kept_end = kept[-1].start + len(text[kept[-1].start : kept[-1].end].rstrip())
    start = kept_end
    for i, change in enumerate(changes):
        if change.start >= kept_end:
            changes[i] = Change(start, change.end, "", change.rule, drop=True)
            start = change.end
    return changes


def _key(text: str) -> str:
    return _KEY.sub(" ", fold(text)).strip()


def _mark_duplicates(lines: list[_Line]) -> None:
    """Keep the first of repeated lines; drop a lead that a later line repeats in full."""
    seen: set[str] = set()
    keys = [_key(line.text) for line in lines]
    for line, key in zip(lines, keys, strict=True):
        if line.rule is not None or len(key) < MIN_DUP_CHARS:
            continue
        if key in seen:
            line.rule = "structure/duplicate"
        seen.add(key)
    for i, (line, key) in enumerate(zip(lines, keys, strict=True)):
        if line.rule is not None or not line.sentence:
            continue
        for later, later_key in zip(lines[i + 1 :], keys[i + 1 :], strict=True):
            if later.rule is None and len(later_key) > len(key) and later_key.startswith(key + " "):
                line.rule = "structure/repeated-lead"
                break


def _mark_menus(lines: list[_Line]) -> None:
    """Lines made of short items between separators: ``Home | World | Europe``."""
    for line in lines:
        if line.rule is not None or line.sentence:
            continue
        items = [item for item in _SEPARATORS.split(line.text) if item.strip()]
        if len(items) >= 3 and all(len(_WORD.findall(item)) <= 3 for item in items):
            line.rule = "structure/menu"


def _mark_bylines(lines: list[_Line]) -> None:
    """Name-only lines next to a dropped date, counter or byline line."""
    changed = True
    while changed:
        changed = False
        for i, line in enumerate(lines):
            if line.rule is not None or not _name_line(line.text):
                continue
            neighbours = lines[max(0, i - 1) : i] + lines[i + 1 : i + 2]
            if any(n.rule is not None and n.rule != "structure/tail" for n in neighbours):
                line.rule = "structure/byline"
                changed = True


def _head_end(lines: list[_Line]) -> int:
    """Index of the first line that reads as a sentence of the article."""
    for i, line in enumerate(lines):
        if line.rule is None and line.sentence:
            return i
    return len(lines)


def _tail_start(lines: list[_Line]) -> int | None:
    """Where the article has ended: after its last run of boilerplate, if little follows it."""
    def boilerish(line: _Line) -> bool:
        return line.rule is not None or line.short

    i = len(lines) - 1
    sentences_after = 0
    while i >= 0:
        if boilerish(lines[i]) and i > 0 and boilerish(lines[i - 1]):
            start = i - 1
            while start > 0 and boilerish(lines[start - 1]):
                start -= 1
            if start == 0:
                return None
            return start if any(line.rule is not None for line in lines[start : i + 1]) else None
        if lines[i].sentence:
            sentences_after += 1
            if sentences_after > 1:
                return None
        i -= 1
    return None
