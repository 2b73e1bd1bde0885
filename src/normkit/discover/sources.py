"""Read a corpus and clean it with a profile, as `normkit suggest` and `check` see it.

>>> from normkit import Normalizer
>>> corpus = clean_corpus(Normalizer("minimal"), [("a.txt", "Talks in  Kiev.")], lang="en")
>>> corpus.documents, corpus.lang
([('a.txt', 'Talks in Kiev.')], 'en')
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from normkit.io import STDIO, InputError, iter_files, looks_binary, read_text
from normkit.language import UNDETERMINED
from normkit.pipeline import Normalizer


@dataclass(frozen=True)
class CleanCorpus:
    """Cleaned ``(name, text)`` documents and their most common language."""

    documents: list[tuple[str, str]]
    lang: str


def read_documents(
    paths: list[str], *, glob: str = "*.txt", encoding: str = "utf-8"
) -> Iterator[tuple[str, str]]:
    """``(name, text)`` for every readable text file under ``paths`` (binary files skipped)."""
    for path, _root in iter_files(paths, glob):
        if path != STDIO:
            with Path(path).open("rb") as handle:
                if looks_binary(handle.read(8192)):
                    continue
        source = read_text(path, encoding)
        yield source.name, source.text


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


__all__ = ["CleanCorpus", "InputError", "clean_corpus", "read_documents"]
