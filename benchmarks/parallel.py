"""Speed-up with more cores: ``normkit clean --jobs N`` and the engine adapters.

Writes Reuters bodies as JSONL to a temporary folder and times, on the same
documents and the full default pipeline:

- ``normkit clean FILE --field text -j N`` for N = 1, 2, ... (whole command:
  start-up, reading, cleaning, writing), and
- with ``--engines``, the library on each installed engine with 2 workers:
  ``normkit.parallel.clean_many``, Dask bag and dataframe on a LocalCluster,
  Hugging Face ``Dataset.map(num_proc=2)`` and datatrove's local executor.

Wall seconds are medians of ``--repeat`` runs; CPU is the user+system time of the
command and its children (on a machine shared with other work, wall time rises
while CPU time stays put: compare the two).

    python benchmarks/parallel.py --docs 3000 --jobs 1 2 --engines

Linux shares the cores between sessions (autogroups): while other sessions keep the
machine busy, one session gets the same share whatever its number of processes, and
no speed-up shows. To measure anyway, give the run's session more weight (root):

    setsid sh -c 'echo -15 > /proc/self/autogroup; exec python benchmarks/parallel.py'
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _corpora import megabytes, reuters_bodies, seed_texts


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_command(argv: list[str], repeat: int) -> tuple[float, float]:
    walls, cpus = [], []
    for _ in range(repeat):
        cpu0, wall0 = children_cpu(), time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
        walls.append(time.perf_counter() - wall0)
        cpus.append(children_cpu() - cpu0)
    return statistics.median(walls), statistics.median(cpus)


def time_call(fn: Callable[[], object], repeat: int) -> float:
    walls = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        walls.append(time.perf_counter() - start)
    return statistics.median(walls)


def engines(texts: list[str], folder: Path) -> dict[str, tuple[Callable[[], object], float]]:
    """name -> (run once, start-up seconds) for every installed engine, 2 workers each."""
    import normkit
    from normkit.parallel import clean_many

    norm = normkit.Normalizer()
    found: dict[str, tuple[Callable[[], object], float]] = {
        "normkit.parallel (2 procs)": (lambda: list(clean_many(norm, texts, jobs=2)), 0.0)}
    try:
        import dask.bag as db
        import dask.dataframe as dd
        import pandas as pd
        from distributed import Client, LocalCluster

        from normkit.integrations.dask import clean_bag, clean_column

        start = time.perf_counter()
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=":0")
        client = Client(cluster)
        started = time.perf_counter() - start
        frame = dd.from_pandas(pd.DataFrame({"text": texts}), npartitions=16)
        found["dask bag"] = (
            lambda: clean_bag(db.from_sequence(texts, npartitions=16), norm).compute(), started)
        found["dask dataframe"] = (lambda: clean_column(frame, "text", norm).compute(), started)
        engines.client = client  # type: ignore[attr-defined]  # closed by main()
    except ImportError:
        print("(dask not installed: pip install -e '.[dask]')")
    try:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from datasets import Dataset, disable_caching

        from normkit.integrations.hf import clean_dataset

        disable_caching()
        dataset = Dataset.from_dict({"text": texts})
        found["HF datasets map"] = (lambda: clean_dataset(dataset, norm, num_proc=2), 0.0)
    except ImportError:
        print("(datasets not installed: pip install -e '.[hf]')")
    try:
        from datatrove.data import Document
        from datatrove.executor import LocalPipelineExecutor

        from normkit.integrations.datatrove import NormkitFormatter

        def run_datatrove() -> None:
            docs = [Document(text=t, id=str(i)) for i, t in enumerate(texts)]
            shards = [docs[0::2], docs[1::2]]

            def read(_data, rank: int = 0, world_size: int = 1):
                yield from shards[rank]

            logs = tempfile.mkdtemp(dir=folder)
            LocalPipelineExecutor([read, NormkitFormatter(norm)], tasks=2, workers=2,
                                  logging_dir=logs, start_method="fork").run()

        found["datatrove local"] = (run_datatrove, 0.0)
    except ImportError:
        print("(datatrove not installed: pip install -e '.[datatrove]')")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=3000, help="first N Reuters bodies")
    parser.add_argument("--jobs", type=int, nargs="*", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--engines", action="store_true", help="time the engine adapters too")
    args = parser.parse_args()

    texts = reuters_bodies(args.docs) if args.docs else seed_texts()
    mb = megabytes(texts)
    folder = Path(tempfile.mkdtemp(prefix="normkit-parallel-"))
    data = folder / "reuters.jsonl"
    with data.open("w", encoding="utf-8") as handle:
        for i, text in enumerate(texts):
            handle.write(json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n")
    print(f"{len(texts):,} Reuters bodies, {mb:.2f} MB; {os.cpu_count()} cores; "
          f"median of {args.repeat}; load average now {os.getloadavg()[0]:.1f}")
    print(f"\n{'normkit clean --field text':<28} {'wall s':>8} {'MB/s':>7} {'speed-up':>9} "
          f"{'CPU s':>7}")
    base = None
    for jobs in args.jobs:
        argv = [sys.executable, "-m", "normkit", "clean", str(data), "--field", "text",
                "-j", str(jobs), "-q", "-o", str(folder / f"out-{jobs}.jsonl")]
        wall, cpu = time_command(argv, args.repeat)
        base = base or wall
        print(f"{'-j ' + str(jobs):<28} {wall:>8.2f} {mb / wall:>7.2f} {base / wall:>9.2f} "
              f"{cpu:>7.2f}")
    outputs = {(folder / f"out-{j}.jsonl").read_bytes() for j in args.jobs}
    print(f"outputs identical across -j: {len(outputs) == 1}")
    if args.engines:
        print(f"\n{'engine (2 workers)':<28} {'wall s':>8} {'MB/s':>7} {'start s':>8}")
        for name, (run, started) in engines(texts, folder).items():
            wall = time_call(run, args.repeat)
            print(f"{name:<28} {wall:>8.2f} {mb / wall:>7.2f} {started:>8.2f}")
        client = getattr(engines, "client", None)
        if client is not None:
            client.close()


if __name__ == "__main__":
    main()
