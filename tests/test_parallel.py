"""The process pool: same results as one process, in order, bounded, and it cleans up."""

from __future__ import annotations

import io
import itertools
import multiprocessing
import os
import pickle

import pytest

import normkit
from conftest import SEEDS
from normkit import parallel
from normkit.parallel import Task, clean_many, run_tasks
from normkit.progress import Progress

SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
SHORT = ["Nato met in Kiev -- again , today.", "Talks in Kharkov.", "", "Odessa port , 3 pm."]


@pytest.fixture()
def small_chunks(monkeypatch):
    """Chunks of two documents, so a short stream spans many chunks and workers."""
    monkeypatch.setattr(parallel, "CHUNK_DOCS", 2)


def test_two_workers_give_the_same_results_in_order(norm, small_chunks):
    texts = SEED_TEXTS + SHORT * 5
    alone = [norm.run(t) for t in texts]
    pooled = [r for _, r in run_tasks(norm, (Task(i, t) for i, t in enumerate(texts)), jobs=2)]
    assert [r.text for r in pooled] == [r.text for r in alone]
    assert [r.edits for r in pooled] == [r.edits for r in alone]
    assert [r.removed for r in pooled] == [r.removed for r in alone]
    assert [r.original for r in pooled] == texts  # put back in the parent
    assert list(clean_many(norm, texts, jobs=2)) == [r.text for r in alone]


def test_markers_keep_their_place(norm, small_chunks):
    tasks = [Task("a", "Talks in Kiev."), Task("end-1", None), Task("b", "Kharkov"),
             Task("c", "Odessa"), Task("d", "Nato"), Task("end-2", None)]
    got = [(k, r is None) for k, r in run_tasks(norm, tasks, jobs=2)]
    assert got == [("a", False), ("end-1", True), ("b", False), ("c", False), ("d", False),
                   ("end-2", True)]


def test_an_error_in_a_worker_is_raised_in_the_caller(norm, small_chunks):
    tasks = [Task(0, "Talks in Kiev.", lang="en"), Task(1, "fine"), Task(2, b"not text")]
    results = run_tasks(norm, tasks, jobs=2)
    assert next(results)[1].text == "Talks in Kyiv."
    with pytest.raises(TypeError, match="normkit cleans str, not bytes"):
        list(results)
    assert multiprocessing.active_children() == []


def test_input_is_read_only_a_bounded_way_ahead(norm, small_chunks):
    """An endless stream: memory stays flat because only a few chunks are in flight."""
    consumed = itertools.count()

    def endless():
        for i in consumed:
            yield Task(i, f"Talks in Kiev, day {i}.", lang="en")

    results = run_tasks(norm, endless(), jobs=2)
    first = [r.text for _, r in itertools.islice(results, 10)]
    results.close()  # stops the workers
    assert first[3] == "Talks in Kyiv, day 3."
    limit = 2 * parallel.IN_FLIGHT_PER_JOB * parallel.CHUNK_DOCS
    assert next(consumed) <= 10 + limit + parallel.CHUNK_DOCS
    assert multiprocessing.active_children() == []


def _die(chunk):
    os._exit(3)  # as the kernel's out-of-memory killer would end a worker


def test_a_dead_worker_is_a_clear_error(norm, monkeypatch):
    monkeypatch.setattr(parallel, "_clean_chunk", _die)
    with pytest.raises(parallel.WorkerError, match="worker process died"):
        list(run_tasks(norm, [Task(i, "Talks in Kiev.") for i in range(5)], jobs=2))
    assert multiprocessing.active_children() == []


def test_one_job_runs_here_without_a_pool(norm):
    assert [r.text for _, r in run_tasks(norm, [Task(0, "Kiev", lang="en")], jobs=1)] == ["Kyiv"]
    assert multiprocessing.active_children() == []
    with pytest.raises(ValueError, match="at least 1"):
        list(run_tasks(norm, [], jobs=0))


def test_a_spawned_worker_rebuilds_the_normalizer_from_its_settings():
    norm = normkit.Normalizer(lang="en", options={"quotes": "straight"})
    rebuilt = pickle.loads(pickle.dumps(norm))
    assert len(pickle.dumps(norm)) < 500  # settings, not compiled matchers
    assert rebuilt.clean("Talks in Kiev.") == "Talks in Kyiv."
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(1, initializer=parallel._init_worker, initargs=(norm,)) as pool:
        got = pool.apply(parallel._clean_chunk, ([("Nato in Kiev.", "<t>", None)],))
    assert got[0].text == "NATO in Kyiv."


def test_progress_line_shows_docs_rate_and_eta():
    out = io.StringIO()
    bar = Progress(total_bytes=4_000_000, stream=out, delay=0, interval=0)
    bar.update(docs=3, nbytes=1_000_000)
    bar.echo("normkit: a note")
    bar.update(docs=2, nbytes=1_000_000)
    bar.close()
    text = out.getvalue()
    assert "normkit: a note\n" in text
    last = text.rstrip("\n").split("\r")[-1]
    assert last.startswith("cleaning 5 docs") and "MB/s" in last and "50%" in last
    assert "ETA 0:" in last


def test_progress_is_silent_when_disabled_or_short():
    out = io.StringIO()
    bar = Progress(total_bytes=10, stream=out, enabled=False, delay=0)
    bar.update(docs=1, nbytes=10)
    bar.close()
    short = Progress(total_bytes=10, stream=out)  # default delay: short runs draw nothing
    short.update(docs=1, nbytes=10)
    short.close()
    assert out.getvalue() == ""
