"""Straight double quotes, paired per paragraph: spaces inside pairs, and the curly style.

A straight ``"`` does not say whether it opens or closes a quotation, so a regular
expression cannot tell ``He said " we won "`` (spaces inside a pair) from
``we won, " he said`` (a quotation closed in an earlier paragraph). This step reads
each paragraph's quotes together:

1. every quote gets a role from its neighbours: ``"`` after a space and before a
   word opens, ``"`` after a word and before a space closes; a quote between two
   spaces is undecided unless punctuation next to it settles it (`` " ,`` closes),
   and so is ``, "word`` before the words that report a quotation (``, "Lavrov said``
   closes one whose space machine translation moved; ``he said, "They said`` opens one);
2. the paragraph's quotes must then alternate open/close, starting outside a
   quotation or (for a paragraph that continues one) inside; a phase is accepted
   only if no decided role contradicts it;
3. in an accepted paragraph, spaces just inside each pair are removed, a space is
   put between a closing quote and a word glued to it (not in scripts written without
   spaces: Korean ``“...”고``; nor before a case ending in Turkish and Azerbaijani,
   whose suffixes follow the quotation: ``"Canım İstanbul Programı"nda``), and with
   ``quotes: curly`` the quotes become “ ”.

A ``"`` inside a word, before an English contraction or possessive ending
(``Brazil"s``, ``isn"t``), is a mistyped apostrophe, not a quotation mark: it is
neither paired nor spaced; nor is one between two Hebrew letters, the gershayim of an
acronym as Hebrew keyboards type it (``צה"ל``, ``ארה"ב``).

Paragraphs whose quotes cannot be paired are left alone (precision first), and so are
those whose repaired text would pair otherwise when cleaned again (idempotence).

>>> fix_quote_pairs('He called it " a victory " and left.')
'He called it "a victory" and left.'
>>> fix_quote_pairs('we won, " he said, " and will win again."')  # continues a quotation
'we won," he said, "and will win again."'
>>> fix_quote_pairs('"We are studying them, "Lavrov said.')  # the space moved outside in
'"We are studying them," Lavrov said.'
>>> fix_quote_pairs('The "Safe Region" cameras, " said the mayor.')  # one opened earlier
'The "Safe Region" cameras, " said the mayor.'
>>> fix_quote_pairs('They will not stop, " the mayor said.')
'They will not stop," the mayor said.'
>>> fix_quote_pairs('He told reporters, " Ukraine said it would fight."')  # a quotation opens
'He told reporters, "Ukraine said it would fight."'
>>> fix_quote_pairs('He said, "We are ready."')
'He said, "We are ready."'
>>> fix_quote_pairs('"I wanted to hear him say, "You know, you did the right thing.')  # nested
'"I wanted to hear him say, "You know, you did the right thing.'
>>> fix_quote_pairs('He said "yes" and "no".', style="curly")
'He said “yes” and “no”.'
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from normkit.tracking import Change, TrackedText

RULE_ID = "punct/quote-pairs"
OPEN, CLOSE, UNDECIDED = "open", "close", "?"
_OPENERS = "([{—–-/"  # a quote after these (and no space) opens
_SENTENCE_PUNCT = ",.;:!?"
_QUOTE = re.compile('"')
_SPACES = " \t"
# a quote typed for an apostrophe: Brazil"s, isn"t, I"m (the punctuation pack repairs it in English)
_APOSTROPHE_LIKE = re.compile(
    r'(?<=[^\W\d_])"(?:(?=(?:s|re|ve|ll|d)\b(?!"))|(?<=n")(?=t\b)|(?<=\bI")(?=m\b))'
    r'|(?<=[\u05d0-\u05ea])"(?=[\u05d0-\u05ea])')  # and Hebrew's gershayim: צה"ל
# the words that report a quotation, before the sentence ends: `Lavrov said`, `the statement`
_REPORTING = re.compile(
    r"[^.!?\"]{0,120}?\b(?:said|says|told|tells|added|adds|noted|notes|stressed|stresses|wrote"
    r"|writes|reported|reports|emphasi[sz]ed|explained|explains|announced|stated|states"
    r"|concluded|continued|asked|asks|recalled|declared|quoted|according to"
    r"|the (?:statement|message|report|press service|ministry|post)\b)")
# a short clause that reports a quotation, right after it. Lower-case, it goes on the
# narration (`said the head`, `he said on Monday`, `the head of the municipality said`): a
# quotation opens with a capital. Opened by a capital (`Krikalev added.`), it must end at
# the verb: `, " Ukraine said it would fight.` may open a quotation.
_REPORTING_VERB = (r"(?:said|says|told|tells|added|adds|noted|notes|stressed|stresses|wrote"
                   r"|writes|reported|emphasi[sz]ed|explained|explains|announced|stated"
                   r"|concluded|continued|recalled|declared|admitted|warned|insisted)\b")
_REPORTING_CLAUSE = re.compile(
    r"(?:(?:he|she|they|we)[ \t]+|(?:the|a|an)[ \t]+(?:[\w'’-]+[ \t]+){1,6}?)?"
    + _REPORTING_VERB
    + r"|(?:[A-Z][\w'’.-]*[ \t]+){1,3}" + _REPORTING_VERB + r"[ \t]*(?:[.,;:!?]|$)")
# scripts written without spaces between words: a closing quote glued to them stays glued
# languages whose case endings are written on a quotation's closing quote: "..."nda
SUFFIXING_LANGS = frozenset({"tr", "az"})
_UNSPACED = re.compile("[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff"
                       "\uac00-\ud7af\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")


def _edges(line: str) -> tuple[int, int]:
    """Index of the first and the last character of ``line`` that is not a space or tab."""
    stripped = line.strip(_SPACES)
    if not stripped:
        return len(line), -1
    first = len(line) - len(line.lstrip(_SPACES))
    return first, first + len(stripped) - 1


def _role(line: str, i: int, edges: tuple[int, int] | None = None) -> str:
    """The role the neighbours of the quote at ``line[i]`` give it."""
    # only spaces before or after count as the paragraph's edge: the layout stage strips
    # them later, and the quote must read the same on the next cleaning
    first, last = edges if edges is not None else _edges(line)
    before = line[i - 1] if i > first else ""
    after = line[i + 1] if i < last else ""
    space_before = before in ("", " ", "\t")
    space_after = after in ("", " ", "\t")
    if space_before and not space_after:
        if line.startswith("...", i + 1):
            return OPEN  # a quotation that starts mid-sentence: "...is not
        if after in _SENTENCE_PUNCT or after == '"':
            return CLOSE if after != '"' else UNDECIDED
        if i >= 2 and line[i - 2] == "," and after.isalpha() and _REPORTING.match(line, i + 1):
            # `, "Lavrov said` closes a quotation whose space machine translation moved;
            # `he said, "They said` opens one: the paragraph's other quotes tell which
            # (`say, "You know, Justin` opens one: no reporting words follow)
            return UNDECIDED
        return OPEN
    if space_after and not space_before:
        return OPEN if before in _OPENERS else CLOSE
    if space_before and space_after:
        if after == "":
            return CLOSE
        if before == "":
            return OPEN
        j = i + 1
        while j < len(line) and line[j] in _SPACES:
            j += 1
        if j < len(line) and line[j] in _SENTENCE_PUNCT:
            return CLOSE
        if line[:i].rstrip(_SPACES).endswith(",") and _REPORTING_CLAUSE.match(line, j):
            # `cameras, " said the head`, `error, " Krikalev added`: the words that report
            # a quotation follow, so the quote after the comma closes it (machine
            # translation spaced it); `he said, " We are ready` opens one
            return CLOSE
        return UNDECIDED
    # glued on both sides
    if before in _OPENERS or before == ":":
        return OPEN
    if before in _SENTENCE_PUNCT and after.isalnum():
        return CLOSE
    return UNDECIDED


def pair_roles(line: str, positions: list[int]) -> list[str] | None:
    """Alternating open/close roles for the quotes at ``positions``, or None if no phase fits.

    >>> pair_roles('a " b " c', [2, 6])
    ['open', 'close']
    >>> pair_roles('won, " he said, " and more."', [5, 16, 27])
    ['close', 'open', 'close']
    >>> pair_roles('x: " we said.', [3]) is None  # one undecided quote: no phase is sure
    True
    >>> pair_roles('x, " he said.', [3])  # a comma, then the words that report it: closes
    ['close']
    """
    edges = _edges(line)
    roles = [_role(line, i, edges) for i in positions]
    fitting = []
    for first in (OPEN, CLOSE):
        phase = [(first if k % 2 == 0 else (CLOSE if first == OPEN else OPEN))
                 for k in range(len(roles))]
        if all(r in (UNDECIDED, p) for r, p in zip(roles, phase, strict=True)):
            fitting.append(phase)
    if len(fitting) == 1:
        return fitting[0]
    if len(fitting) == 2 and len(positions) % 2 == 0:
        return fitting[0]  # undecided throughout, but balanced: read it as pairs
    return None


def _spaced_letter(char: str) -> bool:
    """True for a letter of a script that puts spaces between words.

    >>> _spaced_letter("f"), _spaced_letter("고"), _spaced_letter("1")
    (True, False, False)
    """
    return char.isalpha() and not _UNSPACED.match(char)


def _line_changes(line: str, offset: int, style: str,
                  suffixes: bool = False) -> list[tuple[int, int, str]]:
    """The edits of one paragraph, if the repaired paragraph would pair the same way again.

    A repair changes what a quote's neighbours say: ``/( " ,`` closes (the comma after
    it), and once its inner space is gone, ``/(" ,`` opens (the bracket before it). A
    second cleaning would then change the paragraph again, so it is left alone.

    >>> _line_changes('He said " yes " now.', 0, "straight")
    [(9, 10, ''), (13, 14, '')]
    >>> _line_changes('/( " ,', 0, "straight")
    []
    """
    straight = sorted(_pair_edits(line, "straight", suffixes))
    if straight and list(_pair_edits(_edited(line, straight), "straight", suffixes)):
        return []
    edits = straight if style == "straight" else _pair_edits(line, style, suffixes)
    return [(offset + start, offset + end, replacement) for start, end, replacement in edits]


def _edited(line: str, edits: list[tuple[int, int, str]]) -> str:
    pieces, pos = [], 0
    for start, end, replacement in edits:
        pieces += [line[pos:start], replacement]
        pos = end
    pieces.append(line[pos:])
    return "".join(pieces)


def _pair_edits(line: str, style: str, suffixes: bool = False) -> Iterator[tuple[int, int, str]]:
    """The edits that pair the straight quotes of one paragraph (see the module's notes).

    ``suffixes``: the language writes case endings after a closing quote (``"..."nda``).
    """
    positions = [m.start() for m in _QUOTE.finditer(line)
                 if not _APOSTROPHE_LIKE.match(line, m.start())]
    roles = pair_roles(line, positions)
    if roles is None:
        return
    for index, (pos, role) in enumerate(zip(positions, roles, strict=True)):
        if role == OPEN:
            end = pos + 1
            while end < len(line) and line[end] in _SPACES:
                end += 1
            # a space between a word and an opening quote, only where the quote then opens
            # a word: ``a".`` would read as a closing quote once spaced
            before = line[pos - 1] if pos > 0 else ""
            if ((before.isdigit() or _spaced_letter(before))
                    and end < len(line) and line[end].isalnum()):
                yield pos, pos, " "
            if end > pos + 1 and end < len(line) and line[end] != '"':
                yield pos + 1, end, ""
            if style == "curly":
                yield pos, pos + 1, "“"
        else:
            start = pos
            while start > 0 and line[start - 1] in _SPACES:
                start -= 1
            if start < pos and start > 0 and line[start - 1] != '"':
                yield start, pos, ""
            if style == "curly":
                yield pos, pos + 1, "”"
            # a space after a closing quote glued to words on both sides only when the line
            # opened the quotation, or a lower-case word follows (`efforts,"said`): a
            # line's first quote may open one (wire copy's `said,"The`, `budget."We`)
            glued = pos > 0 and line[pos - 1] not in _SPACES
            suffix = suffixes and glued and line[pos - 1].isalnum() and (
                pos + 1 < len(line) and line[pos + 1].islower())
            if (pos + 1 < len(line) and _spaced_letter(line[pos + 1]) and not suffix
                    and (index > 0 or not glued or line[pos + 1].islower())):
                yield pos + 1, pos + 1, " "


def quote_pair_changes(text: str, style: str = "straight",
                       lang: str | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, replacement)`` edits for every paragraph of ``text`` that pairs."""
    suffixes = lang in SUFFIXING_LANGS
    changes: list[tuple[int, int, str]] = []
    pos = text.find('"')
    while pos != -1:
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        end = len(text) if end == -1 else end
        changes.extend(_line_changes(text[start:end], start, style, suffixes))
        pos = text.find('"', end)
    changes.sort()
    return changes


def fix_quote_pairs(text: str, style: str = "straight", lang: str | None = None) -> str:
    """Apply :func:`quote_pair_changes` to a plain string (a helper for examples and tests).

    >>> fix_quote_pairs('צה"ל הודיע כי ארה"ב תשלח סיוע. הוא אמר: "זה יום חשוב".')
    'צה"ל הודיע כי ארה"ב תשלח סיוע. הוא אמר: "זה יום חשוב".'
    >>> fix_quote_pairs('Bu "Canım İstanbul Programı"nda söylendi.', lang="tr")
    'Bu "Canım İstanbul Programı"nda söylendi.'
    >>> fix_quote_pairs('He called it "a victory"and left, "he said"today.')
    'He called it "a victory" and left, "he said" today.'
    """
    return _edited(text, quote_pair_changes(text, style, lang))


def apply_quote_pairs(doc: TrackedText, style: str, stage: str = "punctuation",
                      lang: str | None = None) -> bool:
    """Apply the quote-pair edits to ``doc`` outside protected spans; True if any applied."""
    changes = [
        Change(start, end, replacement, RULE_ID)
        for start, end, replacement in quote_pair_changes(doc.text, style, lang)
        if not (doc.protected and (doc.overlaps_protected(start, end)
                                   or doc.moves_protected_edge(start, end, replacement)))
    ]
    doc.apply(changes, stage=stage)
    return bool(changes)


def styled_apostrophes(canonical: str, matched: str, style: str) -> str:
    """A canonical form's straight apostrophes in the profile's quote style.

    ``curly`` gives ’; ``keep`` follows the text it replaces; ``straight`` keeps '.

    >>> styled_apostrophes("St Michael's Square", "Saint Michael's Square", "curly")
    'St Michael’s Square'
    >>> styled_apostrophes("St Michael's Square", "Saint Michael’s Square", "keep")
    'St Michael’s Square'
    """
    if "'" not in canonical:
        return canonical
    if style == "curly" or (style == "keep" and "’" in matched and "'" not in matched):
        return canonical.replace("'", "’")
    return canonical
