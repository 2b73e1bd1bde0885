"""Instructions per document under callgrind: a speed comparison that other load cannot move.

CPU time on a shared machine moves by 5-10% from run to run; the number of
instructions a run executes does not (valgrind's callgrind counts them). This script
cleans N documents in a child process under callgrind, subtracts a run that cleans
none (start-up, imports, building the matchers), and prints instructions per
document, for the working tree and, with ``--against REV``, for a git revision's
``src`` and ``rules`` side by side, in one run. It is slow (about a minute for 400
Reuters bodies): callgrind runs Python some fifty times slower.

    python benchmarks/instructions.py --docs 400                  # this tree
    python benchmarks/instructions.py --docs 400 --against HEAD~5 # and an older one
    python benchmarks/instructions.py --corpus zyte --docs 60

Needs valgrind (Debian: ``apt-get install valgrind``).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")

# the child: clean the first N documents of a corpus with one warm Normalizer
_CHILD = """
import sys
sys.path.insert(0, {benchmarks!r})
import normkit
from _corpora import reuters_bodies, seed_texts, zyte_pages
norm = normkit.Normalizer()
norm.clean("Warm up the detector and the caches with one English sentence, please.")
count, corpus = int(sys.argv[1]), sys.argv[2]
docs = {{"reuters": reuters_bodies, "seeds": seed_texts, "zyte": zyte_pages}}[corpus]()[:count]
for doc in docs:
    norm.clean(doc)
"""


def instructions(source: Path, count: int, corpus: str) -> int:
    """Instructions callgrind counts for a child that cleans ``count`` documents."""
    child = _CHILD.format(benchmarks=str(ROOT / "benchmarks"))
    env = {**os.environ, "PYTHONPATH": str(source)}
    proc = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
         sys.executable, "-c", child, str(count), corpus],
        env=env, capture_output=True, text=True, check=False)
    found = _COLLECTED.search(proc.stderr)
    if proc.returncode != 0 or found is None:
        raise SystemExit(f"callgrind run failed for {source}:\n{proc.stderr[-2000:]}")
    return int(found.group(1))


def per_document(source: Path, count: int, corpus: str) -> float:
    """Instructions per document: N documents less none, over N (both runs at once).

    A run outside callgrind first fills the pack cache for this tree's rules, so that
    neither measured run compiles the packs (were one to compile them and the other to
    read them, the difference would count the compiling).
    """
    child = _CHILD.format(benchmarks=str(ROOT / "benchmarks"))
    subprocess.run([sys.executable, "-c", child, "0", corpus], check=True,
                   env={**os.environ, "PYTHONPATH": str(source)}, capture_output=True)
    with ThreadPoolExecutor(max_workers=2) as pool:
        empty = pool.submit(instructions, source, 0, corpus)
        full = pool.submit(instructions, source, count, corpus)
        return (full.result() - empty.result()) / count


def tree_at(revision: str, into: Path) -> Path:
    """``src`` and ``rules`` of a git revision, unpacked under ``into``; the ``src`` path."""
    archive = into / "tree.tar"
    with archive.open("wb") as handle:
        subprocess.run(["git", "-C", str(ROOT), "archive", revision, "src", "rules"],
                       stdout=handle, check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=400, help="documents to clean")
    parser.add_argument("--corpus", choices=["reuters", "seeds", "zyte"], default="reuters")
    parser.add_argument("--against", metavar="REV", help="also measure this git revision")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (Debian: apt-get install valgrind)", file=sys.stderr)
        return 2
    rows = [("working tree", per_document(ROOT / "src", args.docs, args.corpus))]
    if args.against:
        with tempfile.TemporaryDirectory() as scratch:
            source = tree_at(args.against, Path(scratch))
            rows.insert(0, (args.against, per_document(source, args.docs, args.corpus)))
    print(f"{args.corpus}: {args.docs} documents, instructions per document (callgrind)")
    print(f"{'code':<16} {'instructions':>14} {'vs first':>9}")
    for name, count in rows:
        change = f"{count / rows[0][1] - 1:+.1%}" if name != rows[0][0] else ""
        print(f"{name:<16} {count:>14,.0f} {change:>9}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
