"""Clean texts with Dask: a bag of texts, or a text column of a dataframe.

Each worker process builds one Normalizer (from its settings) and reuses it for
every partition. Before any work is queued, every worker of the active
``distributed`` client is asked to build the Normalizer and clean a sentence: a
worker that cannot import normkit (or find a pack) fails the call at once, with
its address, instead of hanging ``.compute()`` with the error only in its log.

On a real cluster::

    from dask.distributed import Client
    client = Client("tcp://scheduler-host:8786")
    clean_column(dd.read_parquet("in/"), "text").to_parquet("out/")

>>> import dask.bag as db
>>> from normkit import Normalizer
>>> bag = db.from_sequence(["Talks in Kiev.", "Nato , again."], npartitions=2)
>>> clean_bag(bag, Normalizer(lang="en")).compute(scheduler="sync")
['Talks in Kyiv.', 'NATO, again.']
"""

from __future__ import annotations

import dask.bag as db
import dask.dataframe as dd
import pandas as pd

import normkit
from normkit.integrations.shared import SharedNormalizer, shared
from normkit.pipeline import Normalizer

__all__ = ["WorkerSetupError", "check_workers", "clean_bag", "clean_column"]

PROBE_TEXT = "Talks in Kiev went on -- for now , officials said on Thursday."


class WorkerSetupError(RuntimeError):
    """A Dask worker cannot run normkit (not installed, another version, a missing pack)."""


def clean_bag(
    bag: db.Bag,
    normalizer: Normalizer | SharedNormalizer | None = None,
    *,
    lang: str | None = None,
    check: bool = True,
) -> db.Bag:
    """A bag of cleaned texts, in the order of ``bag`` (``None`` items stay ``None``)."""
    handle = shared(normalizer)
    if check:
        check_workers(handle)
    return bag.map_partitions(_clean_partition, handle, lang)


def clean_column(
    frame: dd.DataFrame,
    column: str,
    normalizer: Normalizer | SharedNormalizer | None = None,
    *,
    into: str | None = None,
    lang: str | None = None,
    lang_column: str | None = None,
    check: bool = True,
) -> dd.DataFrame:
    """``frame`` with ``column`` cleaned, in place or into a new column ``into``.

    Missing values stay missing; every other column is kept as it is. ``lang_column``
    names a column holding each row's language (``en``, ``eng``, ``en-GB``); where it is
    empty, ``lang`` (else detection) stands in.
    """
    for name in (column, lang_column):
        if name is not None and name not in frame.columns:
            raise KeyError(f"no column {name!r}; columns are {list(frame.columns)}")
    handle = shared(normalizer)
    if check:
        check_workers(handle)
    target = into or column
    meta = frame._meta.copy()
    meta[target] = meta[column]
    return frame.map_partitions(_clean_frame, handle, column, target, lang, lang_column,
                                meta=meta)


def check_workers(handle: SharedNormalizer, client=None) -> None:
    """Build the Normalizer on every worker of ``client`` (default: the active client).

    Raises :class:`WorkerSetupError` naming the worker if any fails. Without a
    ``distributed`` client (Dask's local schedulers) there is nothing to check.
    """
    if client is None:
        try:
            from distributed import get_client

            client = get_client()
        except (ImportError, ValueError):
            return
    try:
        versions = client.run(_probe, handle)
    except Exception as exc:
        raise WorkerSetupError(
            f"a Dask worker cannot run normkit: {type(exc).__name__}: {exc}"
            " (install the same normkit, and any --pack files, on every worker)"
        ) from exc
    wrong = {addr: v for addr, v in versions.items() if v != normkit.__version__}
    if wrong:
        raise WorkerSetupError(
            f"Dask workers run another normkit version than this client "
            f"({normkit.__version__}): {wrong}"
        )


def _probe(handle: SharedNormalizer) -> str:
    handle.normalizer.clean(PROBE_TEXT)
    return normkit.__version__


def _clean_partition(texts, handle: SharedNormalizer, lang: str | None) -> list:
    return handle.clean_texts(list(texts), lang)


def _clean_frame(
    part: pd.DataFrame, handle: SharedNormalizer, column: str, target: str, lang: str | None,
    lang_column: str | None = None,
) -> pd.DataFrame:
    part = part.copy()
    values = part[column].tolist()
    texts = [value if isinstance(value, str) else None for value in values]
    langs = part[lang_column].tolist() if lang_column is not None else None
    cleaned = handle.clean_texts(texts, lang, langs)
    part[target] = pd.Series(
        [c if isinstance(v, str) else v for c, v in zip(cleaned, values, strict=True)],
        index=part.index, dtype=part[column].dtype,
    )
    return part
