"""Plain text cut into lines, each with the measurements the classifier reads.

A line is the unit the stage keeps or drops: scraped page text puts each block
(paragraph, menu item, caption) on a line of its own, and a blank line marks a
paragraph break. Every measurement is taken once, here.

>>> [line.text for line in split_lines("Home | World\\n\\nTalks went on today.\\n", "en")]
['Home | World', 'Talks went on today.']
>>> line = split_lines("The talks went on in the capital on Monday.", "en")[0]
>>> line.words, line.sentence, round(line.stop_share, 2)
(9, True, 0.56)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from normkit.stages.boilerplate.stopwords import stopwords
from normkit.tracking import Change

WRAP_MIN, WRAP_MAX = 40, 100  # widths at which hard-wrapped text breaks its lines
WRAP_FULL = 0.6  # a line at least this share of the width reaches the margin
WRAP_OPEN = 0.5  # share of margin-reaching lines that must end mid-sentence
WRAP_MIN_LINES = 3
COLON_WORDS = 8  # a line this long that ends in a colon introduces what follows, like a sentence
FLAT_MIN = 300  # a line this long, its blocks run together with two spaces, is a flattened page
_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")  # two spaces or more between blocks of a flattened page


def _combining_marks() -> str:
    """The combining marks of the Basic Multilingual Plane, as ranges for a character class.

    ``\\w`` leaves them out, so without them a Hindi word breaks at each vowel sign
    (``संबंधित`` read as four words) and a decomposed accent splits a Latin word.

    >>> re.fullmatch(f"[\\\\w{_combining_marks()}]+", "संबंधित") is not None
    True
    """
    ranges: list[tuple[int, int]] = []
    for code in range(0x0300, 0x10000):
        if unicodedata.category(chr(code)) in ("Mn", "Mc", "Me"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)


_WORD_CHAR = rf"[\w{_combining_marks()}]"
# a word, with its vowel signs and its decomposed accents
WORD_PATTERN = rf"{_WORD_CHAR}+(?:[-'’.]{_WORD_CHAR}+)*"
_WORD = re.compile(WORD_PATTERN)
_ASCII_WORD = re.compile(r"\w+(?:[-'’.]\w+)*", re.ASCII)  # the same words in ASCII text, faster
_CLOSERS = "\"'”’»)]"
_TERMINALS = ".!?…。！？।॥"  # the danda and double danda end sentences in Devanagari and Bengali
_QUOTE_SPACES = " \u00a0\u202f"  # spaces typeset inside closing quotes (``. »``)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def ends_sentence(text: str) -> bool:
    """True if ``text`` ends in ., !, ?, … (or a CJK full stop), closing quotes aside.

    French and other typographies set a space inside the closing guillemet
    (``… le PKK. »``); the space counts as part of the quote mark.

    >>> ends_sentence('He left.”'), ends_sentence("Home | World")
    (True, False)
    >>> ends_sentence("il est parti. »"), ends_sentence("Le Monde »")
    (True, False)

    The empty cells a table's last row trails (``... press release. | ||``) aside too.

    >>> ends_sentence("The figures are in millions of dollars. | ||")
    True
    """
    last = text.rstrip(_CLOSERS + _QUOTE_SPACES + "|")[-1:]
    return last != "" and last in _TERMINALS


_SIGNED = re.compile(r"[.!?…][\"'”’»)\]]*\s+(?:[-–—]\s*)?(?:[A-Z]{2,8}(?:/[A-Z]{2,8})?"
                     r"|\([A-Z][A-Za-z]{1,11}(?:/[A-Z][A-Za-z]{1,11})?\))$")


def ends_signed(text: str) -> bool:
    """True if a sentence ends ``text`` and only a news agency's signature follows it.

    Wire copy signs its last paragraph: ``... into the US. PTI``, ``... on Monday. (AFP)``.

    >>> ends_signed("They were deported for entering the US. PTI"), ends_signed("Talks. AP News")
    (True, False)
    """
    return text[-1:] in ")ABCDEFGHIJKLMNOPQRSTUVWXYZ" and _SIGNED.search(text) is not None


# a sentence, then links the page set after it: (Day 3 Blog | Scorecard | News), Read More;
# not a teaser cut short (``... for... Read more``)
_POINTER_TAIL = re.compile(
    r"(?<![.…])[.!?][\"'”’»]?\s+(?:\([^()|]{1,40}(?:\|[^()|]{1,40})+\)"
    r"|(?:read more|read the full (?:story|article)|continue reading|weiterlesen|lire la suite"
    r"|leggi tutto|leer más|czytaj dalej|читать далее|читати далі)\W{0,3})$",
    re.IGNORECASE)
_POINTER_ENDS = ("more", "article", "story", "reading", "weiterlesen", "suite", "tutto",
                 "más", "dalej", "далее", "далі")


def ends_with_pointer(text: str) -> bool:
    """True if a sentence ends ``text`` and only the links a page glued to it follow.

    >>> ends_with_pointer("India won the series. (Day 3 Blog | Scorecard | News)")
    True
    >>> ends_with_pointer("The team used ultraviolet rays instead. Read More")
    True
    >>> ends_with_pointer("Talks went on (Kyiv | Lviv)"), ends_with_pointer("Read more")
    (False, False)
    >>> ends_with_pointer("She has covered the tech industry for... Read more")
    False
    """
    tail = text.rstrip(" .:»›>→…")[-12:].lower()
    if not (text.endswith(")") and "|" in text) and not tail.endswith(_POINTER_ENDS):
        return False
    return _POINTER_TAIL.search(text) is not None


_DATE = r"(?:\d{1,2}\s+[^\W\d_]+\.?|[^\W\d_]+\.?\s+\d{1,2},?)\s+\d{4}"
_CLOSING = re.compile(
    # a wire story's credit trailer: (Reporting by ...; Editing by ...)
    r"\((?:additional |further )?(?:reporting|writing|written|editing|edited|compiled|research"
    r"|translation|translated|production|graphics) by\b.*\)"
    # a wire story's exchange rate: ($1 = 0.8654 euros), (1 euro = $1.16)
    r"|\((?:[$€£¥₴₽]\s?1|1 [^\W\d_]+) = [^()]{1,40}\)"
    # an obituary's closing line: Name, occupation, born 4 March 1934; died 2 November 2025
    rf"|[^;]{{3,160}},\s*born\s+{_DATE};\s*died\s+{_DATE}",
    re.IGNORECASE)


_CLOSING_ENDS = ")0123456789"


def closes_story(text: str) -> bool:
    """True if ``text`` is a line that genres end their article with, though no sentence.

    A wire story's credits and an obituary's life dates belong to the article: they
    count as a sentence, so the article reaches over them.

    >>> closes_story("(Reporting by Anna Kowalczyk; Editing by Mark Potter)")
    True
    >>> closes_story("Margaret Jean Ellison, biologist, born 4 March 1934; died 2 November 2025")
    True
    >>> closes_story("($1 = 0.8654 euros)"), closes_story("(1 euro = $1.16)")
    (True, True)
    >>> closes_story("(Photo by Anna Kowalczyk)"), closes_story("Born in 1934, died in 2025")
    (False, False)
    """
    return text[-1:] in _CLOSING_ENDS and _CLOSING.fullmatch(text) is not None


def ends_truncated(text: str) -> bool:
    """True if ``text`` ends in an ellipsis, a closing bracket aside.

    >>> ends_truncated("Read the full story ... )"), ends_truncated("Talks went on.")
    (True, False)
    """
    if text[-1:] in ")]":
        text = text[:-1]
    return text.rstrip().endswith(("...", "…"))


@dataclass(slots=True)
class Line:
    """One non-blank line: where it is, what it says, and what it looks like."""

    start: int
    end: int  # including the newline
    index: int  # position among the non-blank lines
    text: str  # stripped
    words: int  # word count (CJK characters count as half a word each)
    terminal: bool  # ends in ., !, ? or … (closing quotes, an agency's signature, links glued
    # after it aside), or is long and ends in ":"
    truncated: bool  # ends in an ellipsis: a teaser cut short, or speech trailing off
    stop_share: float  # share of words that are function words of the language
    title_share: float  # share of words that start with a capital letter
    blank_before: bool  # a blank line (paragraph break) precedes it
    rule: str | None = None  # why it goes, once decided
    closing: bool = False  # a genre's closing line (wire credits, exchange rate, life dates)
    held: bool = False  # part of a protected span over several lines (a code fence): it stays

    @property
    def dropped(self) -> bool:
        return self.rule is not None and not self.held

    @property
    def sentence(self) -> bool:
        """Reads as a sentence: six words or more and a terminal mark."""
        return self.terminal and self.words >= 6

    @property
    def short(self) -> bool:
        """A few words and no sentence ending: menu items, labels, titles."""
        return self.words <= 8 and not self.terminal


def physical_lines(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, stripped text)`` of every line, blank ones included."""
    found = []
    start, size = 0, len(text)
    for piece in text.split("\n"):
        if start >= size:
            break
        end = min(start + len(piece) + 1, size)
        found.append((start, end, piece.strip()))
        start = end
    return found


def wrap_width(lines: list[tuple[int, int, str]]) -> int | None:
    """The column a hard-wrapped text breaks at (newswire, e-mail), or None if it is not one.

    Wrapped text breaks its long lines mid-sentence at about the same width; scraped
    pages and segment-per-line text do not.
    """
    lengths = [len(text) for _, _, text in lines if text]
    if len(lengths) < WRAP_MIN_LINES or not WRAP_MIN <= max(lengths) <= WRAP_MAX:
        return None
    width = max(lengths)
    full = [text for _, _, text in lines if len(text) >= WRAP_FULL * width]
    open_ended = [text for text in full if not ends_sentence(text)]
    if len(open_ended) < WRAP_MIN_LINES or len(open_ended) < WRAP_OPEN * len(full):
        return None
    return width


def _block_gaps(line: str) -> list[re.Match[str]]:
    """The gaps of two spaces or more in ``line``, if a block before one ends no sentence."""
    gaps = list(_GAP.finditer(line))
    if all(ends_sentence(line[: gap.start()]) for gap in gaps):
        return []
    return gaps


def flat_page(lines: list[tuple[int, int, str]]) -> bool:
    """True if an HTML-to-text tool ran the page's blocks together, two spaces between them.

    Such a page has a long line whose blocks run on with two spaces or more, some block
    before a gap ending no sentence (a menu, a headline, a label); a paragraph typed with
    two spaces after each full stop is no page.

    >>> flat_page([(0, 400, "Home  World  " + "Talks went on, officials said. " * 12)])
    True
    >>> flat_page([(0, 400, "Talks went on, officials said.  " * 12)])
    False
    """
    return any(len(text) >= FLAT_MIN and _block_gaps(text) for _, _, text in lines)


def flattened(start: int, line: str) -> list[tuple[int, int, str]]:
    """``(start, end, text)`` of the blocks of one line of a flattened page (:func:`flat_page`).

    Each block reaches to the next one (its gap included); the last one ends at its
    text, so the line's break stays when it goes.

    >>> [b[2] for b in flattened(0, "Home  World  Talks went on.\\n")]
    ['Home', 'World', 'Talks went on.']
    """
    gaps = _block_gaps(line)
    found = []
    piece_start = start
    text_start = start + len(line) - len(line.lstrip())
    for gap in gaps:
        found.append((piece_start, start + gap.end(), line[text_start - start : gap.start()]))
        piece_start = text_start = start + gap.end()
    found.append((piece_start, start + len(line.rstrip()), line[text_start - start :].strip()))
    return found


Block = tuple[int, int, str, bool]  # start, end, text, blank line before


def blocks(text: str) -> list[Block]:
    """``(start, end, text, blank_before)`` of each block: a line, or a wrapped paragraph.

    In hard-wrapped text a line that reaches the margin without ending its sentence
    goes on in the next line; such lines are one block, joined by spaces. A flattened
    page (:func:`flattened`) is one block per paragraph.

    >>> [b[2] for b in blocks("Home\\nWorld\\n\\nTalks went on.\\n")]
    ['Home', 'World', 'Talks went on.']
    """
    return read_blocks(text)[0]


def read_blocks(text: str) -> tuple[list[Block], bool]:
    """:func:`blocks`, and True if each block is a whole line: no wrapped text, no flat page."""
    lines = physical_lines(text)
    width = wrap_width(lines)
    flat = width is None and flat_page(lines)
    found: list[Block] = []
    blank = True
    joined = False
    for start, end, stripped in lines:
        if not stripped:
            blank, joined = True, False
            continue
        if joined:
            first, _, before, was_blank = found.pop()
            found.append((first, end, f"{before} {stripped}", was_blank))
        elif flat and "  " in stripped:
            found.extend((a, b, piece, blank or i > 0)
                         for i, (a, b, piece) in enumerate(flattened(start, text[start:end])))
        else:
            found.append((start, end, stripped, blank))
        joined = (width is not None and len(stripped) >= WRAP_FULL * width
                  and not ends_sentence(stripped))
        blank = False
    return found, width is None and not flat


SHORTEST_FULL = WRAP_FULL * WRAP_MIN  # a shorter line never counts in a wrap width


def may_split_otherwise(text: str, drops: Sequence[Change], lines: Sequence[Line],
                        whole_lines: bool) -> bool:
    """True if the rest of ``text`` may split into other blocks once ``drops`` are made.

    What :func:`blocks` reads depends on the whole text: whether it is hard-wrapped, at
    what width, and whether it is a flattened page. A dropped line shorter than
    :data:`SHORTEST_FULL` changes none of it: it is never the longest line of a wrapped
    text, nor long enough to count as reaching its margin. A longer line can, and so
    can a dropped block of a flattened line (it ends inside its line). Text read a
    line a block (``whole_lines``) stays so while a line too long to be wrapped stays.

    >>> text = "Talks went on in the capital.\\nReuter\\n"
    >>> lines = split_lines(text, "en")
    >>> may_split_otherwise(text, [Change(30, 37, "", "web/x")], lines, True)
    False
    >>> lines[0].rule = "web/x"
    >>> may_split_otherwise(text, [Change(0, 30, "", "web/x")], lines, True)
    True
    >>> may_split_otherwise("Home  Talks went on.\\n", [Change(0, 6, "", "web/x")], [], False)
    True
    """
    if not any(change.end - change.start >= SHORTEST_FULL
               or (change.end < len(text) and text[change.end - 1] != "\\n") for change in drops):
        return False
    return not whole_lines or not any(len(line.text) > WRAP_MAX and not line.dropped
                                      for line in lines)


def split_lines(text: str, lang: str, found: list[Block] | None = None) -> list[Line]:
    """The blocks of ``text`` (non-blank lines, wrapped paragraphs) with their measurements.

    ``found`` is ``blocks(text)``, if the caller has it already.
    """
    known = stopwords(lang)
    lines: list[Line] = []
    is_stop = known.__contains__
    for start, end, stripped, blank in blocks(text) if found is None else found:
        if stripped.isascii():
            tokens, cjk = _ASCII_WORD.findall(stripped), 0
        else:
            tokens, cjk = _WORD.findall(stripped), len(_CJK.findall(stripped))
        count = len(tokens) + cjk // 2
        stops = sum(map(is_stop, map(str.lower, tokens)))
        capitals = sum([t[0].isupper() for t in tokens])  # a word's first character is \w
        closing = closes_story(stripped)
        lines.append(Line(
            start=start,
            end=end,
            index=len(lines),
            text=stripped,
            words=count,
            terminal=ends_sentence(stripped) or ends_signed(stripped) or closing
            or (count >= COLON_WORDS and stripped.endswith(":")) or ends_with_pointer(stripped),
            truncated=ends_truncated(stripped),
            stop_share=stops / len(tokens) if tokens else 0.0,
            title_share=capitals / len(tokens) if tokens else 0.0,
            blank_before=blank,
            closing=closing,
        ))
    return lines
