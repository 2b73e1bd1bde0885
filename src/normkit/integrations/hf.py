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

A column of language labels gives each row its language:

>>> ds = Dataset.from_dict({"text": ["Nato in Kiev.", "Nato in Kiev."], "lang": ["eng", "es"]})
>>> list(clean_dataset(ds, lang_column="lang")["text"])
['NATO in Kyiv.', 'Nato in Kiev.']
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
    ``lang_column`` names a column holding each row's language (``en``, ``eng``,
    ``en-GB``); where it is empty, ``lang`` (else detection) stands in.
    """

    def __init__(
        self,
        normalizer: Normalizer | SharedNormalizer | None = None,
        *,
        column: str = "text",
        into: str | None = None,
        lang: str | None = None,
        lang_column: str | None = None,
    ):
        self.handle = shared(normalizer)
        self.column = column
        self.into = into or column
        self.lang = lang
        self.lang_column = lang_column

    def __call__(self, batch: dict[str, list[Any]]) -> dict[str, list[Any]]:
        langs = batch[self.lang_column] if self.lang_column is not None else None
        return {self.into: self.handle.clean_texts(batch[self.column], self.lang, langs)}


def clean_dataset(
    dataset: Dataset,
    normalizer: Normalizer | SharedNormalizer | None = None,
    *,
    column: str = "text",
    into: str | None = None,
    lang: str | None = None,
    lang_column: str | None = None,
    num_proc: int | None = None,
    batch_size: int = 1000,
) -> Dataset:
    """``dataset`` with ``column`` cleaned (in place, or into a new column ``into``)."""
    for name in (column, lang_column):
        if name is not None and name not in dataset.column_names:
            raise KeyError(f"no column {name!r}; columns are {dataset.column_names}")
    cleaner = BatchCleaner(normalizer, column=column, into=into, lang=lang,
                           lang_column=lang_column)
    return dataset.map(cleaner, batched=True, batch_size=batch_size, num_proc=num_proc,
                       desc="normkit")
