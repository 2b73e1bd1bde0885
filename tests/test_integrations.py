"""Dask, Hugging Face datasets and datatrove adapters, each on real worker processes.

Each test skips when its engine (an optional extra) is not installed. No test
touches the network: the Hugging Face hub is switched off.
"""

from __future__ import annotations

import gzip
import json
import os
import pickle
import time

import pytest

import normkit
from conftest import SEEDS
from normkit.integrations.shared import SharedNormalizer

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")

TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))] + [
    "Nato met in Kiev -- again , today.", "Talks in Kharkov.", "", "Odessa port , 3 pm."]


@pytest.fixture(scope="module")
def expected(norm) -> list[str]:
    return [norm.clean(t) for t in TEXTS]


def test_shared_normalizer_pickles_small_and_builds_once_per_process(norm):
    handle = SharedNormalizer(norm)
    blob = pickle.dumps(handle)
    assert len(blob) < 500
    first, second = pickle.loads(blob), pickle.loads(blob)
    assert first.normalizer is second.normalizer is norm  # this process built it already
    assert first.clean_texts(["Talks in Kiev today with the president."]) == [
        norm.clean("Talks in Kiev today with the president.")]


# --- Dask ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def dask_client():
    pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0") as cluster, \
            distributed.Client(cluster) as client:
        yield client


def test_dask_bag_on_two_workers_keeps_order(dask_client, expected):
    import dask.bag as db

    from normkit.integrations.dask import clean_bag

    bag = db.from_sequence([*TEXTS, None], npartitions=4)
    assert clean_bag(bag).compute() == [*expected, None]
    workers = dask_client.run(lambda: os.getpid())
    assert len(set(workers.values())) == 2


def test_dask_dataframe_parquet_and_jsonl_round_trip(dask_client, expected, tmp_path):
    import dask.dataframe as dd
    import pandas as pd

    from normkit.integrations.dask import clean_column

    frame = pd.DataFrame({"id": range(len(TEXTS)), "text": TEXTS, "n": 7})
    frame.to_parquet(tmp_path / "in.parquet")
    cleaned = clean_column(dd.read_parquet(tmp_path / "in.parquet"), "text")
    cleaned.repartition(npartitions=2).to_parquet(tmp_path / "out")
    back = pd.read_parquet(tmp_path / "out").sort_values("id")
    assert back["text"].tolist() == expected and back["n"].tolist() == [7] * len(TEXTS)

    with (tmp_path / "in.jsonl").open("w", encoding="utf-8") as handle:
        for i, text in enumerate(TEXTS):
            handle.write(json.dumps({"id": i, "text": text}) + "\n")
    frame = dd.read_json(tmp_path / "in.jsonl", lines=True, blocksize=2_000)
    assert frame.npartitions > 1
    both = clean_column(frame, "text", into="clean")
    both.to_json(tmp_path / "out-*.jsonl", lines=True)
    rows = sorted((json.loads(line) for path in tmp_path.glob("out-*.jsonl")
                   for line in path.read_text(encoding="utf-8").splitlines() if line.strip()),
                  key=lambda row: row["id"])
    assert [r["clean"] for r in rows] == expected and [r["text"] for r in rows] == TEXTS
    with pytest.raises(KeyError, match="no column 'body'"):
        clean_column(frame, "body")


def test_dask_worker_without_normkit_fails_fast(tmp_path):
    distributed = pytest.importorskip("distributed")
    db = pytest.importorskip("dask.bag")

    from normkit.integrations.dask import WorkerSetupError, clean_bag

    blocker = tmp_path / "no_normkit.py"  # a worker preload that hides normkit
    blocker.write_text(
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'normkit':\n"
        "            raise ModuleNotFoundError(f'No module named {name!r}')\n"
        "sys.meta_path.insert(0, Block())\n"
        "for name in [m for m in sys.modules if m.split('.')[0] == 'normkit']:\n"
        "    del sys.modules[name]\n")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  dashboard_address=":0", preload=[str(blocker)]) as cluster, \
            distributed.Client(cluster):
        start = time.monotonic()
        with pytest.raises(WorkerSetupError, match="No module named 'normkit'"):
            clean_bag(db.from_sequence(["Talks in Kiev."]))
        assert time.monotonic() - start < 30


# --- Hugging Face datasets -------------------------------------------------------------

def test_hf_dataset_map_with_two_processes(expected, tmp_path):
    datasets = pytest.importorskip("datasets")
    from datasets.fingerprint import Hasher

    from normkit.integrations.hf import BatchCleaner, clean_dataset

    ds = datasets.Dataset.from_dict({"id": list(range(len(TEXTS))), "text": TEXTS})
    out = clean_dataset(ds, num_proc=2, batch_size=3)
    assert list(out["text"]) == expected and list(out["id"]) == list(range(len(TEXTS)))
    mapped = ds.map(BatchCleaner(normkit.Normalizer(lang="en"), into="clean"), batched=True)
    assert list(mapped["text"]) == TEXTS and mapped["clean"][-3] == "Talks in Kharkiv."
    # the same settings hash the same, so datasets' cache is reused across runs
    assert Hasher.hash(BatchCleaner()) == Hasher.hash(BatchCleaner(normkit.Normalizer()))
    assert Hasher.hash(BatchCleaner()) != Hasher.hash(BatchCleaner(lang="en"))


# --- datatrove -------------------------------------------------------------------------

def test_datatrove_pipeline_with_the_local_executor(expected, tmp_path):
    pytest.importorskip("datatrove")
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from normkit.integrations.datatrove import NormkitFormatter

    source = tmp_path / "in"
    source.mkdir()
    for part in range(2):
        with (source / f"part{part}.jsonl").open("w", encoding="utf-8") as handle:
            for i in range(part, len(TEXTS), 2):
                handle.write(json.dumps({"id": str(i), "text": TEXTS[i]}) + "\n")
    pipeline = [JsonlReader(str(source)), NormkitFormatter(),
                JsonlWriter(str(tmp_path / "out"), output_filename="${rank}.jsonl.gz")]
    executor = LocalPipelineExecutor(pipeline, tasks=2, workers=2,
                                     logging_dir=str(tmp_path / "logs"))
    stats = executor.run()
    rows = {}
    for path in (tmp_path / "out").glob("*.jsonl.gz"):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            rows.update((r["id"], r["text"]) for r in map(json.loads, handle))
    kept = {str(i): text for i, text in enumerate(expected) if text}  # datatrove drops ""
    assert rows == kept
    step = next(s for s in stats.stats if NormkitFormatter.name in s.name)
    assert step.stats["changed"].total >= 5


# --- language labels -------------------------------------------------------------------

LABELLED = {"text": ["Nato met in Kiev.", "Nato met in Kiev.", "Nato met in Kiev.", None],
            "lang": ["eng", "es", None, "en"]}
# labelled English (ISO 639-3): English rules; labelled Spanish: none; no label: too short
# to detect, so only the neutral rules; a missing text stays missing
LABELLED_OUT = ["NATO met in Kyiv.", "Nato met in Kiev.", "Nato met in Kiev.", None]


def test_dask_dataframe_rows_take_their_language_from_a_column(dask_client):
    import dask.dataframe as dd
    import pandas as pd

    from normkit.integrations.dask import clean_column

    frame = dd.from_pandas(pd.DataFrame(LABELLED), npartitions=2)
    cleaned = clean_column(frame, "text", lang_column="lang").compute()
    assert [None if pd.isna(t) else t for t in cleaned["text"]] == LABELLED_OUT
    with pytest.raises(KeyError, match="no column 'language'"):
        clean_column(frame, "text", lang_column="language")


def test_hf_rows_take_their_language_from_a_column():
    datasets = pytest.importorskip("datasets")
    from normkit.integrations.hf import clean_dataset

    out = clean_dataset(datasets.Dataset.from_dict(LABELLED), lang_column="lang", batch_size=2)
    assert list(out["text"]) == LABELLED_OUT
    out = clean_dataset(datasets.Dataset.from_dict(LABELLED), lang_column="lang", lang="en")
    assert list(out["text"])[2] == "NATO met in Kyiv."  # lang stands in for a missing label
