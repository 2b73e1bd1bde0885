"""Names in a corpus: capitalised words and phrases, with counts, files and contexts.

A word is a name candidate when it is written with a capital inside sentences more
often than in lower case (so sentence-initial ``The`` and ``However`` are not). A
phrase is a run of two or three candidate words (``Volodymyr Zelensky``). Possessive
``'s`` is dropped and hyphens split words (``Kyiv-based`` counts as ``Kyiv``).

>>> corpus = collect([("a.txt", "Shelling in Kharkov went on. The mayor of Kharkov spoke."),
...                   ("b.txt", "In Kharkiv's centre the mayor of Kharkiv spoke.")])
>>> sorted((f.text, f.count) for f in corpus.forms.values() if f.text.startswith("Kh"))
[('Kharkiv', 2), ('Kharkov', 2)]
>>> corpus.forms["Kharkov"].files
Counter({'a.txt': 2})
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from normkit.discover.skeleton import skeleton

MAX_PHRASE = 3  # words in a name phrase
WINDOW = 3  # context words on each side
MAX_EXAMPLES = 3

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’»)]*\s+|\n+")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
_JOINERS = re.compile(r"^[ \t]*$")  # only spaces between the words of a phrase


@dataclass
class Form:
    """One spelling of a name: how often, where, and next to which words."""

    text: str
    count: int = 0
    files: Counter = field(default_factory=Counter)
    context: Counter = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)
    followers: Counter = field(default_factory=Counter)  # skeletons of the next name word
    written: Counter = field(default_factory=Counter)  # the texts merged into this form

    @property
    def words(self) -> int:
        return self.text.count(" ") + 1

    def is_fragment(self, share: float = 0.9) -> bool:
        """True if a name word nearly always follows: the phrase is a cut-off name.

        ``Ukraine Vladimir`` (from ``President of Ukraine Vladimir Zelensky``) is a
        fragment; ``Vladimir Zelensky`` is not. Titles on the left (``President``)
        do not make a fragment: they are not part of the name.
        """
        if not self.followers:
            return False
        return max(self.followers.values()) >= share * self.count


@dataclass
class Corpus:
    """The name forms of a corpus and the word statistics that weigh their contexts."""

    forms: dict[str, Form]
    lower: Counter  # lower-case word counts
    sentences: int
    context_df: Counter  # in how many forms' contexts each context word occurs

    def weight(self, word: str) -> float:
        """Inverse frequency weight of a context word: rare neighbours say more."""
        return math.log((len(self.forms) + 1) / (self.context_df[word] + 1)) + 0.1


@dataclass
class _Token:
    text: str
    start: int
    end: int
    capital: bool


def sentences(text: str) -> list[str]:
    """Split at sentence ends and line breaks.

    >>> sentences("Talks in Kiev. They went on!\\nNext line")
    ['Talks in Kiev.', 'They went on!', 'Next line']
    """
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def _tokens(sentence: str) -> list[_Token]:
    found = []
    for match in _WORD.finditer(sentence):
        word = _POSSESSIVE.sub("", match.group())
        found.append(_Token(word, match.start(), match.start() + len(word), word[:1].isupper()))
    return found


def _is_titled(word: str) -> bool:
    """A capital, then at least two letters with some lower case (``NATO`` is not titled)."""
    return len(word) >= 3 and word[0].isupper() and any(c.islower() for c in word[1:])


def collect(
    documents: Iterable[tuple[str, str]], *, max_phrase: int = MAX_PHRASE
) -> Corpus:
    """Count name forms in ``(file name, text)`` pairs."""
    split = [(name, sentence, _tokens(sentence))
             for name, text in documents for sentence in sentences(text)]
    lower: Counter = Counter()
    inner_capital: Counter = Counter()
    for _, _, tokens in split:
        for i, token in enumerate(tokens):
            if not token.capital:
                lower[token.text] += 1
            elif i and _is_titled(token.text):
                inner_capital[token.text] += 1
    names = {w for w, n in inner_capital.items() if n > lower[w.lower()]}
    forms: dict[str, Form] = {}
    for name, sentence, tokens in split:
        words = [t.text for t in tokens]
        for start, end in _name_spans(sentence, tokens, names, max_phrase):
            text = " ".join(words[start:end])
            form = forms.get(text)
            if form is None:
                form = forms[text] = Form(text)
            form.count += 1
            form.files[name] += 1
            follower = _next_name(sentence, tokens, names, end)
            if follower:
                form.followers[follower] += 1
            left = words[max(0, start - WINDOW) : start]
            right = words[end : end + WINDOW]
            form.context.update(w.lower() for w in left + right)
            if len(form.examples) < MAX_EXAMPLES and sentence not in form.examples:
                form.examples.append(sentence)
    context_df: Counter = Counter()
    for form in forms.values():
        context_df.update(form.context.keys())
    return Corpus(forms, lower, len(split), context_df)


def _next_name(sentence: str, tokens: list[_Token], names: set[str], end: int) -> str:
    """The skeleton of the name word joined to the right of a span, or ''."""
    if end < len(tokens) and tokens[end].text in names and _JOINERS.match(
        sentence[tokens[end - 1].end : tokens[end].start]
    ):
        return skeleton(tokens[end].text)
    return ""


def _name_spans(
    sentence: str, tokens: list[_Token], names: set[str], max_phrase: int
) -> list[tuple[int, int]]:
    """Each name word, and each run of 2..max_phrase adjacent name words."""
    spans = []
    run_start = None
    for i in range(len(tokens) + 1):
        is_name = i < len(tokens) and tokens[i].text in names
        joined = (
            is_name and run_start is not None
            and _JOINERS.match(sentence[tokens[i - 1].end : tokens[i].start]) is not None
        )
        if is_name and run_start is not None and not joined:
            spans.extend(_run_spans(run_start, i, max_phrase))
            run_start = i
        elif is_name and run_start is None:
            run_start = i
        elif not is_name and run_start is not None:
            spans.extend(_run_spans(run_start, i, max_phrase))
            run_start = None
    return spans


def _run_spans(start: int, end: int, max_phrase: int) -> list[tuple[int, int]]:
    return [
        (i, i + size)
        for size in range(1, max_phrase + 1)
        for i in range(start, end - size + 1)
    ]
