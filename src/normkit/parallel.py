"""Clean a stream of documents on all cores, in order, with flat memory.

A pool of worker processes each holds one :class:`~normkit.Normalizer` (inherited
when the platform forks, rebuilt once from its settings otherwise). Documents go
to the workers in chunks; at most a few chunks per worker are in flight, so memory
stays flat however long the stream, and results come back in input order.
``jobs=1`` runs in this process with no pool at all.

>>> from normkit import Normalizer
>>> norm = Normalizer(lang="en")
>>> list(clean_many(norm, ["Talks in Kiev.", "Nato met , again."], jobs=1))
['Talks in Kyiv.', 'NATO met, again.']
"""

from __future__ import annotations

import contextlib
import dataclasses
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Generic, NamedTuple, TypeVar

from normkit.document import Result
from normkit.pipeline import Normalizer

K = TypeVar("K")

CHUNK_CHARS = 64_000  # characters of text per chunk sent to a worker
CHUNK_DOCS = 256  # and at most this many documents
IN_FLIGHT_PER_JOB = 4  # chunks queued or running per worker


class Task(NamedTuple, Generic[K]):
    """One unit of the stream: ``text`` to clean, or ``None`` for a marker.

    Markers (``text=None``) are not cleaned; they come back in their place in the
    order, which lets a caller see where one file of a stream ends.
    ``key`` stays in this process: only text, id and language go to workers.
    """

    key: K
    text: str | None
    doc_id: str = "<text>"
    lang: str | None = None


class WorkerError(RuntimeError):
    """A worker process died (killed, out of memory) rather than raising an error."""


def default_jobs() -> int:
    """The cores this process may use (``os.process_cpu_count`` where it exists).

    >>> default_jobs() >= 1
    True
    """
    count = getattr(os, "process_cpu_count", None)
    if count is not None:
        return count() or 1
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def run_tasks(
    norm: Normalizer,
    tasks: Iterable[Task[K]],
    jobs: int | None = None,
    *,
    with_original: bool = True,
) -> Iterator[tuple[K, Result | None]]:
    """Clean every task's text; yield ``(key, Result)`` in input order.

    Markers yield ``(key, None)``. ``jobs=None`` uses every core. Errors raised while
    cleaning a document (e.g. :class:`~normkit.stages.base.RuleTimeout`) are raised
    here, in order; the pool is shut down when the stream ends, fails or is closed.
    ``with_original=False`` lets a pool leave ``Result.original`` empty (saves copying
    every input back from the workers).

    >>> from normkit import Normalizer
    >>> tasks = [Task("a", "Talks in Kiev."), Task("end", None)]
    >>> [(k, r and r.text) for k, r in run_tasks(Normalizer(lang="en"), tasks, jobs=1)]
    [('a', 'Talks in Kyiv.'), ('end', None)]
    """
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    if jobs == 1:
        for task in tasks:
            if task.text is None:
                yield task.key, None
            else:
                yield task.key, norm.run(task.text, lang=task.lang, doc_id=task.doc_id)
        return
    yield from _run_pool(norm, tasks, jobs, with_original)


def clean_many(
    norm: Normalizer, texts: Iterable[str], jobs: int | None = None, *, lang: str | None = None
) -> Iterator[str]:
    """The cleaned texts of ``texts``, in order, lazily, on ``jobs`` processes.

    >>> from normkit import Normalizer
    >>> list(clean_many(Normalizer(), ["Talks in Kiev."], jobs=1, lang="en"))
    ['Talks in Kyiv.']
    """
    tasks = (Task(None, text, "<text>", lang) for text in texts)
    for _, result in run_tasks(norm, tasks, jobs, with_original=False):
        yield result.text  # type: ignore[union-attr]


# --- the pool -------------------------------------------------------------------------

_worker_norm: Normalizer | None = None


def _init_worker(norm: Normalizer) -> None:
    """Runs once in each worker: keep its Normalizer; leave Ctrl-C to the parent.

    A forked worker inherits the parent's Python SIGTERM handler (the CLI's raises
    SystemExit, to clean up its temporary files); a worker has nothing to clean up, and
    unwinding could block it at exit, so SIGTERM kills it outright again.
    """
    global _worker_norm
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _worker_norm = norm


def _clean_chunk(chunk: list[tuple[str | None, str, str | None]]) -> list[Result | None]:
    norm = _worker_norm
    assert norm is not None, "worker started without a Normalizer"
    return [
        None if text is None else _lean(norm.run(text, lang=lang, doc_id=doc_id))
        for text, doc_id, lang in chunk
    ]


def _lean(result: Result) -> Result:
    """The result without its copy of the input (the parent has the input)."""
    return dataclasses.replace(result, original="")


class _Chunk(Generic[K]):
    __slots__ = ("future", "keys", "texts")

    def __init__(self, keys: list[K], texts: list[str | None], future: Future):
        self.keys, self.texts, self.future = keys, texts, future


def _chunks(tasks: Iterable[Task[K]]) -> Iterator[list[Task[K]]]:
    chunk: list[Task[K]] = []
    size = 0
    for task in tasks:
        chunk.append(task)
        size += len(task.text) if task.text is not None else 0
        if size >= CHUNK_CHARS or len(chunk) >= CHUNK_DOCS:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


KILL_WAIT = 5.0  # seconds to wait for a killed worker to be gone


def _context() -> multiprocessing.context.BaseContext:
    """Fork where the platform offers it (workers inherit the built Normalizer)."""
    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()  # pragma: no cover - Windows, macOS default


def _run_pool(
    norm: Normalizer, tasks: Iterable[Task[K]], jobs: int, with_original: bool
) -> Iterator[tuple[K, Result | None]]:
    executor = ProcessPoolExecutor(jobs, mp_context=_context(), initializer=_init_worker,
                                   initargs=(norm,))
    pending: deque[_Chunk[K]] = deque()
    limit = jobs * IN_FLIGHT_PER_JOB
    finished = False
    try:
        chunks = _chunks(tasks)
        for chunk in chunks:
            pending.append(_submit(executor, chunk))
            while len(pending) >= limit:
                yield from _collect(pending.popleft(), with_original)
        while pending:
            yield from _collect(pending.popleft(), with_original)
        finished = True
    finally:
        if finished:
            executor.shutdown(wait=True)
        else:  # an error, Ctrl-C or a closed generator: stop the workers now
            # (no future is cancelled: the executor's thread marks the pending ones failed
            # as it finds the pool broken, and fails itself on one already cancelled)
            _terminate(executor)
            executor.shutdown(wait=True)


def _submit(executor: ProcessPoolExecutor, chunk: list[Task[K]]) -> _Chunk[K]:
    payload = [(t.text, t.doc_id, t.lang) for t in chunk]
    future = executor.submit(_clean_chunk, payload)
    return _Chunk([t.key for t in chunk], [t.text for t in chunk], future)


def _collect(chunk: _Chunk[K], with_original: bool) -> Iterator[tuple[K, Result | None]]:
    try:
        results = chunk.future.result()
    except BrokenProcessPool:
        raise WorkerError(
            "a worker process died (killed, or out of memory?); try fewer --jobs"
        ) from None
    for key, text, result in zip(chunk.keys, chunk.texts, results, strict=True):
        if result is not None and with_original:
            result = dataclasses.replace(result, original=text)
        yield key, result


def _terminate(executor: ProcessPoolExecutor) -> None:
    processes = list((getattr(executor, "_processes", None) or {}).values())
    for process in processes:
        if process.is_alive():
            # SIGKILL: a worker that has not yet run its initializer still has the parent's
            # SIGTERM handler, and one unwinding from it can hang at exit (joining its queue
            # feeder), and shutdown() would then wait for it forever
            process.kill()
    for process in processes:
        process.join(timeout=KILL_WAIT)
    # A worker killed while it wrote a result leaves half a message in the results pipe,
    # and the executor's thread that reads it would wait for the rest forever (and
    # shutdown() for that thread). The workers gone, this process holds the pipe's only
    # writing end: closed, the reader meets the pipe's end instead and the executor
    # shuts down as a broken pool.
    # Likewise the thread that feeds tasks to the workers may be stuck writing into their
    # full pipe, which nobody reads now, and the interpreter waits for it at exit: with
    # this process's reading end closed, its write fails instead.
    if any(process.is_alive() for process in processes):
        return
    for queue, end in ((getattr(executor, "_result_queue", None), "_writer"),
                       (getattr(executor, "_call_queue", None), "_reader")):
        connection = getattr(queue, end, None)
        if connection is not None:
            with contextlib.suppress(OSError):
                connection.close()
