"""Corpus mode: lines that recur across many documents of a corpus are that source's boilerplate.

A first pass counts, for every line, in how many documents it occurs (each line
reduced to its folded words and hashed, so the counts stay small); lines found in
at least ``min_docs`` documents and in at least ``min_share`` of them are
*recurring*. A second pass cleans the documents with that set: the boilerplate
stage drops a recurring label anywhere (rule ``corpus/recurring``) and a recurring
sentence only outside the article body, so a stock sentence such as
``He did not elaborate.`` that many articles share is never cut from one.

>>> docs = [f"Story {i}: talks went on in the capital today.\\nThe Kyiv Daily Ledger\\n"
...         for i in range(4)]
>>> recurring = RecurringLines.count(docs, min_docs=3)
>>> len(recurring), "The Kyiv Daily Ledger" in recurring, "Story 1" in recurring
(1, True, False)
>>> from normkit import Normalizer
>>> result = Normalizer(lang="en").with_recurring(recurring).run(docs[0])
>>> result.text, [block.rule for block in result.removed]
('Story 0: talks went on in the capital today.\\n', ['corpus/recurring'])
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from normkit.matching import fold

RULE = "corpus/recurring"
_KEY = re.compile(r"[\W_]+")
MIN_KEY_CHARS = 3  # shorter lines ("|", "1") say nothing about their source


def line_key(line: str) -> int | None:
    """A stable 64-bit hash of a line's folded words; None for lines too short to count.

    >>> line_key("Share this story") == line_key("  SHARE this story!")
    True
    """
    key = _KEY.sub(" ", fold(line)).strip()
    if len(key) < MIN_KEY_CHARS:
        return None
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "big")


def document_keys(text: str) -> set[int]:
    """The distinct line keys of one document."""
    keys = {line_key(line) for line in text.splitlines()}
    keys.discard(None)
    return keys


@dataclass(frozen=True)
class RecurringLines:
    """The line keys that recur across a corpus, and the counts that chose them."""

    keys: frozenset[int] = frozenset()
    documents: int = 0
    min_docs: int = 3
    min_share: float = 0.0
    counts: dict[int, int] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def count(cls, texts: Iterable[str], *, min_docs: int = 3,
              min_share: float = 0.0) -> RecurringLines:
        """First pass: count the documents each line occurs in, keep the recurring ones."""
        counter: Counter[int] = Counter()
        documents = 0
        for text in texts:
            documents += 1
            counter.update(document_keys(text))
        threshold = max(min_docs, min_share * documents)
        keys = frozenset(k for k, n in counter.items() if n >= threshold)
        return cls(keys, documents, min_docs, min_share, {k: counter[k] for k in keys})

    def __contains__(self, line: object) -> bool:
        return isinstance(line, str) and line_key(line) in self.keys

    def __len__(self) -> int:
        return len(self.keys)

    def recurs(self, line: str) -> bool:
        """True if ``line`` is one of the corpus's recurring lines."""
        return line in self


def count_paths(paths: list[str], *, glob: str = "*.txt", field: str | None = None,
                encoding: str = "utf-8", errors: str = "strict", min_docs: int = 3,
                min_share: float = 0.0, reader: str = "auto") -> RecurringLines:
    """The first pass over files and directories (a JSONL ``field``'s records, if given).

    ``reader``: how documents are read, as ``normkit clean --from`` reads them (pages as
    their text).
    """
    from normkit.io import iter_files, looks_binary, read_jsonl, read_text
    from normkit.readers import document_kind, read_as

    def as_read(name: str, text: str) -> str:
        return read_as(document_kind(reader, name, text), text)

    def texts() -> Iterable[str]:
        for path, _root in iter_files(paths, glob):
            with open(path, "rb") as handle:
                if looks_binary(handle.read(8192)):
                    continue
            source = read_text(path, encoding, errors)
            if field is None:
                yield as_read(path, source.text)
            else:
                yield from (as_read("", record.text)
                            for record in read_jsonl(source.name, source.text, field))

    return RecurringLines.count(texts(), min_docs=min_docs, min_share=min_share)
