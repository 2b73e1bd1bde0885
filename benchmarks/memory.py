"""Peak memory of ``normkit clean`` on JSONL corpora of growing size: it should stay flat.

Generates JSONL files of Reuters bodies (repeated, with fresh ids) of the given
sizes in a temporary folder (``--folder``, default /tmp/normkit-memory; never in
the repository), runs ``normkit clean FILE --field text -o OUT`` on each, and
samples the resident memory of the command and its worker processes every 0.1 s.

    python benchmarks/memory.py --sizes 16 64                              # default pipeline
    python benchmarks/memory.py --sizes 16 1024                    # 1 GB: about 30 min, -j 2
    python benchmarks/memory.py --sizes 1024 --profile passthrough --lang en   # 1 GB, quick

The last line sends 1 GB through the same reading, pool and writing path with a
profile of no packs (``passthrough``, written to the folder; the stages still run
with no rules), so that it finishes in minutes: memory per document does not depend
on the corpus size, and this run shows the reading, pool and writing path flat.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

from _corpora import reuters_bodies

try:
    import psutil
except ImportError:  # pragma: no cover
    sys.exit("memory.py needs psutil: pip install -e '.[bench]'")


def make_corpus(path: Path, megabytes: int) -> int:
    """A JSONL file of about ``megabytes`` MB of Reuters bodies; returns its record count."""
    if path.exists():
        with path.open("rb") as handle:
            return sum(1 for _ in handle)
    bodies = reuters_bodies()
    target = megabytes * 1_000_000
    written = count = 0
    tmp = path.with_suffix(".part")
    with tmp.open("w", encoding="utf-8") as handle:
        while written < target:
            text = bodies[count % len(bodies)]
            line = json.dumps({"id": count, "text": text, "source": "reuters-21578"}) + "\n"
            handle.write(line)
            written += len(line)
            count += 1
    tmp.rename(path)
    return count


def tree_rss(process: psutil.Process) -> tuple[int, int]:
    """(RSS of the process, RSS of it and all its children) in bytes."""
    try:
        own = process.memory_info().rss
        total = own
        for child in process.children(recursive=True):
            with contextlib.suppress(psutil.NoSuchProcess):
                total += child.memory_info().rss
        return own, total
    except psutil.NoSuchProcess:
        return 0, 0


def run(argv: list[str]) -> tuple[float, int, int]:
    """Wall seconds, peak RSS of the command, peak RSS of the command plus workers."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL)
    watched = psutil.Process(proc.pid)
    peak_own = peak_all = 0
    while proc.poll() is None:
        own, total = tree_rss(watched)
        peak_own, peak_all = max(peak_own, own), max(peak_all, total)
        time.sleep(0.1)
    if proc.returncode:
        raise SystemExit(f"{' '.join(argv)} failed with {proc.returncode}")
    return time.perf_counter() - start, peak_own, peak_all


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[16, 64], help="MB each")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--profile", default="default")
    parser.add_argument("--lang", default=None)
    parser.add_argument("--folder", type=Path, default=Path("/tmp/normkit-memory"))
    parser.add_argument("--keep", action="store_true", help="keep the generated corpora")
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    profile = args.profile
    if profile == "passthrough":
        profile = str(args.folder / "passthrough.yaml")
        Path(profile).write_text("normkit: 1\nprofile: passthrough\n"
                                 "description: No packs; the stages run with no rules.\n"
                                 "packs: []\n", encoding="utf-8")

    print(f"normkit clean --field text -j {args.jobs} --profile {args.profile}"
          f"{' --lang ' + args.lang if args.lang else ''}")
    print(f"{'input MB':>9} {'records':>10} {'wall s':>9} {'MB/s':>6} {'peak RSS MB':>12} "
          f"{'with workers MB':>16}")
    for size in args.sizes:
        corpus = args.folder / f"reuters-{size}MB.jsonl"
        records = make_corpus(corpus, size)
        out = args.folder / f"out-{size}MB.jsonl"
        argv = [sys.executable, "-m", "normkit", "clean", str(corpus), "--field", "text",
                "-o", str(out), "-q", "-j", str(args.jobs), "--profile", profile]
        if args.lang:
            argv += ["--lang", args.lang]
        wall, own, total = run(argv)
        real_mb = corpus.stat().st_size / 1e6
        print(f"{real_mb:>9.0f} {records:>10,} {wall:>9.1f} {real_mb / wall:>6.2f} "
              f"{own / 1e6:>12.0f} {total / 1e6:>16.0f}", flush=True)
        out.unlink()
        if not args.keep:
            corpus.unlink()
    maxrss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1e3
    print(f"largest single process (getrusage ru_maxrss of children): {maxrss:.0f} MB")


if __name__ == "__main__":
    main()
