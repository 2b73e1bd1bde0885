"""Clean a column of a Hugging Face ``datasets.Dataset`` with ``Dataset.map``.

:class:`BatchCleaner` is a batch function: ``ds.map(BatchCleaner(), batched=True,
num_proc=N)``. It pickles as the Normalizer's settings, so each of the ``num_proc``
processes builds its Normalizer once, and ``datasets`` fingerprints it the same way
in every run (its cache works).

>>> from datasets import Dataset
>>> from normkit import Normalizer
>>> ds = Dataset.from_dict({"id": [1, 2], "text": ["Talks in Kiev.", "Nato , again."]})
>>> list(clean_dataset(ds, Normalizer(lang="en"))["text"])
['Talks in Kyiv.', 'NATO, again.']
"""

from __future__ import annotations

from typing import Any

from datasets import Dataset

from normkit.integrations.shared import SharedNormalizer, shared
from normkit.pipeline import Normalizer

__all__ = ["BatchCleaner", "clean_dataset"]


class BatchCleaner:
    """``batch -> {into: cleaned texts}`` for ``Dataset.map(..., batched=True)``.

    ``None`` values stay ``None``; the other columns are left to ``datasets``.
    """

    def __init__(
        self,
        normalizer: Normalizer | SharedNormalizer | None = None,
        *,
        column: str = "text",
        into: str | None = None,
        lang: str | None = None,
    ):
        self.handle = shared(normalizer)
        self.column = column
        self.into = into or column
        self.lang = lang

    def __call__(self, batch: dict[str, list[Any]]) -> dict[str, list[Any]]:
        return {self.into: self.handle.clean_texts(batch[self.column], self.lang)}


def clean_dataset(
    dataset: Dataset,
    normalizer: Normalizer | SharedNormalizer | None = None,
    *,
    column: str = "text",
    into: str | None = None,
    lang: str | None = None,
    num_proc: int | None = None,
    batch_size: int = 1000,
) -> Dataset:
    """``dataset`` with ``column`` cleaned (in place, or into a new column ``into``)."""
    if column not in dataset.column_names:
        raise KeyError(f"no column {column!r}; columns are {dataset.column_names}")
    cleaner = BatchCleaner(normalizer, column=column, into=into, lang=lang)
    return dataset.map(cleaner, batched=True, batch_size=batch_size, num_proc=num_proc,
                       desc="normkit")
