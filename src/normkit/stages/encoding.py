"""Encoding repairs: mojibake (ftfy), HTML entities, then the encoding packs' rewrites.

ftfy runs first and only on text that a cheap check flags, so clean text pays
almost nothing for it.

>>> from normkit.tracking import TrackedText
>>> doc = TrackedText("Ukraineâ€™s capital &amp; its people")
>>> fix_mojibake(doc); fix_entities(doc)
>>> doc.text
'Ukraine’s capital & its people'
"""

from __future__ import annotations

import html
import re

import ftfy

from normkit.stages.base import Context, PerLanguage
from normkit.stages.rewrite import MAX_ROUNDS, run_rewrites
from normkit.tracking import Change, TrackedText

# Characters that mojibake of UTF-8 read as Latin-1/cp1252/MacRoman leaves behind.
_SUSPECT = re.compile("[\u0080-\u00bf\u00c2-\u00c3\u00d0-\u00d1\u00e2\u00ef\u0152\u0153\u0160"
                      "\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2018-\u203a\u20ac\u2122\ufffd]"
                      "[\u0080-\u00bf\u0152-\u0192\u02c6-\u02dc\u2013-\u2122]")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,  # entities are handled below, one recorded edit each
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,  # quote style is the punctuation stage's policy
    fix_line_breaks=False,
    normalization=None,
    explain=False,
)
_LINE = re.compile(r"[^\n\r\u2028\u2029]+")


def fix_mojibake(doc: TrackedText) -> None:
    """Repair mojibake with ftfy, piece by piece, where a quick check says it may be present.

    Pieces are lines cut around protected spans, which ftfy never sees.
    """
    text = doc.text
    if not _SUSPECT.search(text):
        return
    changes = []
    for start, end in _pieces(text, doc.protected):
        piece = text[start:end]
        if not _SUSPECT.search(piece):
            continue
        fixed = ftfy.fix_text(piece, _FTFY_CONFIG)
        if fixed != piece:
            changes.extend(_diff_changes(start, piece, fixed, "encoding/mojibake"))
    doc.apply(changes, stage="encoding")


def _pieces(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the lines of ``text`` with the protected spans cut out."""
    pieces = []
    for line in _LINE.finditer(text):
        start, end = line.span()
        for p_start, p_end in protected:
            if p_end <= start or p_start >= end:
                continue
            if p_start > start:
                pieces.append((start, p_start))
            start = max(start, p_end)
        if start < end:
            pieces.append((start, end))
    return pieces


def _diff_changes(offset: int, before: str, after: str, rule: str) -> list[Change]:
    """The smallest single change turning ``before`` into ``after``."""
    head = 0
    limit = min(len(before), len(after))
    while head < limit and before[head] == after[head]:
        head += 1
    tail = 0
    while tail < limit - head and before[-1 - tail] == after[-1 - tail]:
        tail += 1
    return [Change(offset + head, offset + len(before) - tail, after[head:len(after) - tail], rule)]


def fix_entities(doc: TrackedText) -> None:
    """Decode HTML entities (``&amp;`` ``&#8217;`` ``&nbsp;``) outside protected spans."""
    if "&" not in doc.text:
        return
    changes = []
    for match in _ENTITY.finditer(doc.text):
        decoded = html.unescape(match.group())
        if decoded != match.group() and not doc.overlaps_protected(*match.span()):
            changes.append(Change(match.start(), match.end(), decoded, "encoding/html-entity"))
    doc.apply(changes, stage="encoding")


class EncodingStage:
    """ftfy and entity decoding (built in), then the encoding packs' rewrite rules."""

    name = "encoding"

    def __init__(self, rules, options):
        self._rules = PerLanguage(rules, options, lambda active: active)

    def run(self, doc: TrackedText, ctx: Context) -> None:
        # Removing an invisible character can reveal mojibake, and decoding an entity
        # can create some: repeat until the text settles.
        for _ in range(MAX_ROUNDS):
            before = doc.text
            fix_mojibake(doc)
            fix_entities(doc)
            # language is not known yet: only language-neutral encoding rules exist
            run_rewrites(doc, self._rules.get("und"), self.name, ctx.doc_id)
            if doc.text == before:
                return
