"""Encoding repairs: mojibake (ftfy), HTML entities, decomposed letters, then the encoding
packs' rewrites.

ftfy runs first and only on text that a cheap check flags, so clean text pays
almost nothing for it.

>>> from normkit.tracking import TrackedText
>>> doc = TrackedText("Ukraineâ€™s capital &amp; its people")
>>> fix_mojibake(doc); fix_entities(doc)
True
>>> doc.text
'Ukraine’s capital & its people'
"""

from __future__ import annotations

import html
import re
import unicodedata

import ftfy
import regex
from rapidfuzz.distance import Indel

from normkit.protect import find_protected
from normkit.stages.base import Context, PerLanguage
from normkit.stages.rewrite import MAX_ROUNDS, run_rewrites
from normkit.tracking import Change, TrackedText


def _decoded(codec: str, lo: int, hi: int) -> str:
    """The non-ASCII characters that bytes ``lo..hi`` are in a single-byte code page."""
    chars = (bytes([b]).decode(codec, errors="ignore") for b in range(lo, hi + 1))
    return "".join(c for c in chars if c and not c.isascii())


def _char_class(chars: str) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(set(chars))) + "]"


# UTF-8 read in a single-byte code page: the page's reading of a lead byte, then of a
# continuation byte (0x80-0xBF). Only the lead bytes of the scripts that mojibake hits.
_SIGNS = (
    ("windows-1252", ((0xC2, 0xF4),)), ("latin-1", ((0xC2, 0xF4),)),
    ("windows-1251", ((0xC2, 0xC3), (0xD0, 0xD1))),
    ("windows-1250", ((0xC3, 0xC5), (0xD8, 0xD9))), ("iso-8859-2", ((0xC3, 0xC5), (0xD8, 0xD9))),
    ("cp437", ((0xC2, 0xEF),)), ("cp850", ((0xC2, 0xDF),)),
    ("mac-roman", ((0xC2, 0xC5), (0xCE, 0xCE), (0xD0, 0xD1), (0xD7, 0xD9), (0xE2, 0xE2))),
)
_PAIRS = [("".join(_decoded(codec, lo, hi) for lo, hi in leads), _decoded(codec, 0x80, 0xBF))
          for codec, leads in _SIGNS]
_OTHER_SIGNS = "|вЂ|Ã[ \u00a0]|[\u0080-\u009f\ufffd]"  # C1 controls: cp1252 was meant
# a quick, loose test (any lead, then any continuation), then the exact one
_MAYBE = re.compile(_char_class("".join(lead for lead, _ in _PAIRS))
                    + _char_class("".join(cont for _, cont in _PAIRS)) + _OTHER_SIGNS)
_SUSPECT = re.compile("|".join(_char_class(lead) + _char_class(cont) for lead, cont in _PAIRS)
                      + _OTHER_SIGNS)


def may_be_mojibake(text: str) -> bool:
    """A quick test: could ftfy have something to repair in ``text``?

    >>> may_be_mojibake("Ukraineâ€™s"), may_be_mojibake("РџСЂРёРІС–С‚"), may_be_mojibake("Kyiv’s")
    (True, True, False)
    """
    return not text.isascii() and _MAYBE.search(text) is not None and (
        _SUSPECT.search(text) is not None
    )


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
_EDGE_SPACES = " \t"  # what the layout stage trims at line edges


def fix_mojibake(doc: TrackedText) -> None:
    """Repair mojibake with ftfy, piece by piece, where a quick check says it may be present.

    Pieces are lines cut around protected spans, which ftfy never sees, and without the
    spaces at their edges: ftfy's verdict may turn on a trailing space (``Â•Ò `` stays,
    ``Â•Ò`` becomes ``•Ò``), and the layout stage removes those, so a second cleaning
    would repair what the first did not.
    """
    text = doc.text
    if not may_be_mojibake(text):
        return
    changes = []
    for start, end in _pieces(text, doc.protected):
        piece = text[start:end]
        start += len(piece) - len(piece.lstrip(_EDGE_SPACES))
        piece = piece.strip(_EDGE_SPACES)
        if not may_be_mojibake(piece):
            continue
        fixed = ftfy.fix_text(restore_lost_quote_byte(piece), _FTFY_CONFIG)
        if fixed != piece:
            changes.extend(_diff_changes(start, piece, fixed, "encoding/mojibake"))
    doc.apply(changes, stage="encoding")


# `”` is E2 80 9D in UTF-8, and 0x9D is no character in cp1252: text that went through
# it often lost the byte, leaving `â€` after the quotation's last word. ftfy then reads the
# space after it as the no-break space of `†` (E2 80 A0), or leaves `â€.` as it is.
# A `?` after it is left to ftfy: lossy decoders write `?` for the byte they lost.
_LOST_CLOSING_QUOTE = re.compile(r"(?<=\S)â€(?=[ \t\r\n.,;:!)\]]|$)")


def restore_lost_quote_byte(piece: str) -> str:
    """``piece`` with the byte of a closing ``”`` that cp1252 lost put back, for ftfy.

    >>> ftfy.fix_text(restore_lost_quote_byte("He said â€œwe will winâ€ and left"))
    'He said "we will win" and left'
    >>> restore_lost_quote_byte("Itâ€™s over")  # a whole character: as it is
    'Itâ€™s over'
    """
    if "â€" not in piece:
        return piece
    return _LOST_CLOSING_QUOTE.sub("â€\x9d", piece)


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


DIFF_LIMIT = 20_000  # longer pieces get one change from their first to their last repair
# (finding the repairs costs time in the square of the piece's length over 64)


def _diff_changes(offset: int, before: str, after: str, rule: str) -> list[Change]:
    """The changes turning ``before`` into ``after``: one per repaired run, so that later
    edits between two repairs keep their own spans.

    >>> changes = _diff_changes(0, "cafÃ© in itâ€™s", "café in it’s", "x")
    >>> [(c.start, c.end, c.replacement) for c in changes]
    [(3, 5, 'é'), (11, 14, '’')]
    """
    head = 0
    limit = min(len(before), len(after))
    while head < limit and before[head] == after[head]:
        head += 1
    tail = 0
    while tail < limit - head and before[-1 - tail] == after[-1 - tail]:
        tail += 1
    old, new = before[head:len(before) - tail], after[head:len(after) - tail]
    if len(old) > DIFF_LIMIT:
        return [Change(offset + head, offset + head + len(old), new, rule)]
    start = offset + head
    changes: list[Change] = []
    run: list[int] | None = None  # a run of insertions and deletions: i1, i2, j1, j2
    for op in Indel.opcodes(old, new):  # a longest common subsequence, as difflib's
        if op.tag != "equal":
            if run is None:
                run = [op.src_start, op.src_end, op.dest_start, op.dest_end]
            else:
                run[1], run[3] = op.src_end, op.dest_end
            continue
        if run is not None:
            changes.append(Change(start + run[0], start + run[1], new[run[2]:run[3]], rule))
            run = None
    if run is not None:
        changes.append(Change(start + run[0], start + run[1], new[run[2]:run[3]], rule))
    return changes


def fix_entities(doc: TrackedText) -> bool:
    """Decode HTML entities (``&amp;`` ``&#8217;`` ``&nbsp;``) outside protected spans.

    Returns True if any was decoded.
    """
    if "&" not in doc.text:
        return False
    changes = []
    for match in _ENTITY.finditer(doc.text):
        decoded = html.unescape(match.group())
        if decoded != match.group() and not doc.overlaps_protected(*match.span()):
            changes.append(Change(match.start(), match.end(), decoded, "encoding/html-entity"))
    doc.apply(changes, stage="encoding")
    return bool(changes)


# a letter and the combining marks after it (``e`` + U+0301), or a Korean syllable spelt
# out in conjoining jamo: what composing (NFC) can turn into one character
_DECOMPOSED = regex.compile(r"\P{M}\p{M}+|[\u1100-\u1112][\u1161-\u1175][\u11a8-\u11c2]?")


def compose_letters(doc: TrackedText) -> bool:
    """Compose letters written as a base and combining marks (Unicode NFC), outside
    protected spans: ``Thủ tướng`` typed or copied decomposed reads as the same words
    composed, so the packs' rules and the language models see them.

    Only such sequences change: characters that NFC would replace on their own (a CJK
    compatibility ideograph, the ångström sign) stay. Returns True if any was composed.

    >>> doc = TrackedText(unicodedata.normalize("NFD", "Thủ tướng, Kyiv"))
    >>> compose_letters(doc), doc.text == "Thủ tướng, Kyiv", [e.rule for e in doc.edits][:1]
    (True, True, ['encoding/compose'])
    """
    if doc.text.isascii() or unicodedata.is_normalized("NFC", doc.text):
        return False
    changes = []
    for match in _DECOMPOSED.finditer(doc.text):
        composed = unicodedata.normalize("NFC", match.group())
        if composed != match.group() and not doc.overlaps_protected(*match.span()):
            changes.append(Change(match.start(), match.end(), composed, "encoding/compose"))
    doc.apply(changes, stage="encoding")
    return bool(changes)


class EncodingStage:
    """ftfy and entity decoding (built in), then the encoding packs' rewrite rules."""

    name = "encoding"

    def __init__(self, rules, options):
        self._rules = PerLanguage(rules, options, lambda active: active)

    def run(self, doc: TrackedText, ctx: Context) -> None:
        """Repair ``doc`` until it settles; then its protected spans are those of the
        repaired text, which is what a second cleaning sees.

        A character that decides what is protected may be a repair's work: the
        invisible one between a word and a backtick, mojibake for a letter before an
        @handle. Later stages protect what the repaired text shows, and so does a
        second cleaning of the output.

        >>> from normkit.protect import find_protected
        >>> text = "Ã¦`Ã¢`"  # mojibake for æ: the backtick follows a letter
        >>> doc = TrackedText(text, find_protected(text))
        >>> EncodingStage([], {}).run(doc, Context(lang="und", options={}))
        >>> doc.text, doc.protected
        ('æ`â`', [])
        """
        # Decoding an entity can complete mojibake, removing an invisible character can
        # reveal some: repeat until the text settles.
        for _ in range(MAX_ROUNDS):
            before = doc.text
            fix_mojibake(doc)
            fix_entities(doc)
            compose_letters(doc)
            # language is not known yet: only language-neutral encoding rules exist
            run_rewrites(doc, self._rules.get("und"), self.name, ctx.doc_id)
            if doc.text == before:
                return
            doc.protected = find_protected(doc.text)
