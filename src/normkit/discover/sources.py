"""Clean a corpus with a profile, as `normkit suggest` and `check --consistency` see it.

(The command line reads and cleans its inputs itself, as `clean` does; this is for
library use and the benchmarks.)

>>> from normkit import Normalizer
>>> corpus = clean_corpus(Normalizer("minimal"), [("a.txt", "Talks in  Kiev.")], lang="en")
>>> corpus.documents, corpus.lang
([('a.txt', 'Talks in Kiev.')], 'en')
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from normkit.language import UNDETERMINED
from normkit.pipeline import Normalizer


@dataclass(frozen=True)
class CleanCorpus:
    """Cleaned ``(name, text)`` documents and their most common language."""

    documents: list[tuple[str, str]]
    lang: str


def clean_corpus(
    norm: Normalizer, documents: Iterable[tuple[str, str]], *, lang: str | None = None
) -> CleanCorpus:
    """Clean each document; the corpus language is the one most documents are in."""
    cleaned = []
    langs: Counter = Counter()
    for name, text in documents:
        result = norm.run(text, lang=lang, doc_id=name)
        cleaned.append((name, result.text))
        langs[result.lang] += 1
    found = [code for code, _ in langs.most_common() if code != UNDETERMINED]
    return CleanCorpus(cleaned, lang or (found[0] if found else UNDETERMINED))
