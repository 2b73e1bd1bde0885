"""One-core throughput: normkit's full default pipeline beside its peers, in one run.

Corpora: Reuters-21578 ``<BODY>`` texts (19,043 real 1987 newswire stories, 16 MB)
and the seed articles (messy scraped news). Rows: one ``re.sub`` pass (the floor
for any Python pass over the text), normkit (default profile, language detected
per document, as ``normkit clean`` runs), normkit with ``lang="en"`` given, ftfy
``fix_text``, sacremoses ``MosesPunctNormalizer`` (default) and clean-text
``clean`` (default). Medians of ``--repeat`` runs; MB are UTF-8 megabytes (10^6).
CPU MB/s uses this process's CPU time, so it holds on a busy machine; wall MB/s
is what a user waits for.

    pip install -e '.[bench]'
    python benchmarks/throughput.py                 # whole Reuters corpus, 3 repeats
    python benchmarks/throughput.py --limit 3000    # a quick look
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from collections.abc import Callable

from _corpora import have_reuters, megabytes, reuters_bodies, seed_texts

import normkit

Cleaner = Callable[[str], str]


def cleaners(only: set[str] | None = None) -> dict[str, Cleaner]:
    """Every cleaner that is installed, built and warmed up (models loaded)."""
    spaces = re.compile(r"[ \t]+")
    found: dict[str, Cleaner] = {"re.sub (1 pass)": lambda t: spaces.sub(" ", t)}
    norm = normkit.Normalizer()
    found["normkit (default)"] = norm.clean
    english = normkit.Normalizer(lang="en")
    found["normkit lang=en"] = english.clean
    try:
        import ftfy

        found["ftfy"] = ftfy.fix_text
    except ImportError:
        pass
    try:
        from sacremoses import MosesPunctNormalizer

        found["sacremoses"] = MosesPunctNormalizer(lang="en").normalize
    except ImportError:
        print("(sacremoses not installed: pip install -e '.[bench]')")
    try:
        from cleantext import clean

        found["clean-text"] = clean
    except ImportError:
        print("(clean-text not installed: pip install -e '.[bench]')")
    if only:
        found = {k: v for k, v in found.items() if any(o in k for o in only)}
    for fn in found.values():
        fn("Warm up the detector and the caches with one English sentence, please.")
    return found


def measure(fn: Cleaner, texts: list[str], repeat: int, min_seconds: float = 0.5
            ) -> tuple[float, float, int]:
    """Median (cpu seconds, wall seconds) per pass over ``texts``, and passes per repeat."""
    loops = 1
    start = time.process_time()
    for text in texts:
        fn(text)
    first = time.process_time() - start
    if first < min_seconds:
        loops = max(1, int(min_seconds / max(first, 1e-6)))
    cpu, wall = [], []
    for _ in range(repeat):
        c0, w0 = time.process_time(), time.perf_counter()
        for _ in range(loops):
            for text in texts:
                fn(text)
        cpu.append((time.process_time() - c0) / loops)
        wall.append((time.perf_counter() - w0) / loops)
    return statistics.median(cpu), statistics.median(wall), loops


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="first N Reuters bodies")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", nargs="*", help="rows whose name contains one of these")
    args = parser.parse_args()

    corpora = {"seeds": seed_texts()}
    if have_reuters():
        corpora["reuters"] = reuters_bodies(args.limit)
    else:
        print("(Reuters-21578 not found next to the project: seeds only)")
    tools = cleaners(set(args.only) if args.only else None)
    for name, texts in corpora.items():
        mb = megabytes(texts)
        print(f"\n{name}: {len(texts):,} documents, {mb:.3f} MB, median of {args.repeat}")
        print(f"{'cleaner':<20} {'MB/s cpu':>9} {'MB/s wall':>10} {'docs/s':>9} "
              f"{'x sacremoses':>13}")
        rows = {}
        for tool, fn in tools.items():
            cpu, wall, _ = measure(fn, texts, args.repeat)
            rows[tool] = (mb / cpu, mb / wall, len(texts) / cpu)
        base = rows.get("sacremoses", (float("nan"),))[0]
        for tool, (mbs, wall_mbs, docs) in rows.items():
            print(f"{tool:<20} {mbs:>9.2f} {wall_mbs:>10.2f} {docs:>9,.0f} {mbs / base:>13.2f}")


if __name__ == "__main__":
    main()
