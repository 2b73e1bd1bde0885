"""One-core throughput: normkit's full default pipeline beside its peers, in one run.

Corpora: Reuters-21578 ``<BODY>`` texts (19,043 real 1987 newswire stories, 16 MB)
and the seed articles (messy scraped news). Rows: one ``re.sub`` pass (the floor
for any Python pass over the text), normkit (default profile, language detected
per document, as ``normkit clean`` runs), normkit with ``lang="en"`` given, ftfy
``fix_text``, sacremoses ``MosesPunctNormalizer`` (default) and clean-text
``clean`` (default). Two more rows show the floor of normkit's design whatever its
rules: ``normkit (no rules)``, every stage run with no pack at all (the stages' own
reading of lines, blocks and quotes, and language detection), and ``detector alone``,
the default language detector on each text. Medians of ``--repeat`` runs; MB are
UTF-8 megabytes (10^6).
CPU MB/s uses this process's CPU time, so it holds on a busy machine; wall MB/s
is what a user waits for.

    pip install -e '.[bench]'
    python benchmarks/throughput.py                 # whole Reuters corpus, 3 repeats
    python benchmarks/throughput.py --limit 3000    # a quick look
"""

from __future__ import annotations

import argparse
import atexit
import re
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _corpora import have_reuters, megabytes, reuters_bodies, seed_texts

import normkit
from normkit.language import detect_language

Cleaner = Callable[[str], str]
Factory = Callable[[], Cleaner]  # a fresh cleaner for each timed pass: no answers cached
WARM_UP = "Warm up the detector and the caches with one English sentence, please."
NO_RULES_PROFILE = """\
normkit: 1
profile: no-rules
description: Every stage, no pack - the floor of the design, whatever its rules.
packs: []
stages: [encoding, boilerplate, punctuation, lexicon, layout]
"""


def _fresh_normkit(**settings) -> Factory:
    """A new Normalizer per pass, so that no pass reads lines cached by the one before.

    Building it and its first document (stages compiled, the fastText model loaded)
    are start-up costs, measured in docs/performance.md, and kept off the clock.
    """
    def build() -> Cleaner:
        norm = normkit.Normalizer(**settings)
        norm.clean(WARM_UP)  # builds the stages for English, as any corpus's first document does
        return norm.clean

    return build


def cleaners(only: set[str] | None = None) -> dict[str, Factory]:
    """Every cleaner that is installed, built and warmed up (models loaded)."""
    spaces = re.compile(r"[ \t]+")
    found: dict[str, Factory] = {"re.sub (1 pass)": lambda: lambda t: spaces.sub(" ", t)}
    found["normkit (default)"] = _fresh_normkit()
    found["normkit lang=en"] = _fresh_normkit(lang="en")
    folder = tempfile.mkdtemp(prefix="normkit-bench-")  # each pass builds from the file
    atexit.register(shutil.rmtree, folder, True)
    profile = Path(folder) / "no-rules.yaml"
    profile.write_text(NO_RULES_PROFILE, encoding="utf-8")
    found["normkit (no rules)"] = _fresh_normkit(profile=profile)
    found["detector alone"] = lambda: detect_language
    try:
        import ftfy

        found["ftfy"] = lambda: ftfy.fix_text
    except ImportError:
        pass
    try:
        from sacremoses import MosesPunctNormalizer

        moses = MosesPunctNormalizer(lang="en").normalize
        found["sacremoses"] = lambda: moses
    except ImportError:
        print("(sacremoses not installed: pip install -e '.[bench]')")
    try:
        from cleantext import clean

        found["clean-text"] = lambda: clean
    except ImportError:
        print("(clean-text not installed: pip install -e '.[bench]')")
    if only:
        found = {k: v for k, v in found.items() if any(o in k for o in only)}
    for factory in found.values():
        factory()(WARM_UP)
    return found


def measure(factory: Factory, texts: list[str], repeat: int, min_seconds: float = 0.5
            ) -> tuple[float, float, int]:
    """Median (cpu seconds, wall seconds) per pass over ``texts``, and passes per repeat.

    Each pass gets a fresh cleaner from ``factory``, built before its clock starts.
    """
    loops = 1
    fn = factory()
    start = time.process_time()
    for text in texts:
        fn(text)
    first = time.process_time() - start
    if first < min_seconds:
        loops = max(1, int(min_seconds / max(first, 1e-6)))
    cpu, wall = [], []
    for _ in range(repeat):
        c_total = w_total = 0.0
        for _ in range(loops):
            fn = factory()
            c0, w0 = time.process_time(), time.perf_counter()
            for text in texts:
                fn(text)
            c_total += time.process_time() - c0
            w_total += time.perf_counter() - w0
        cpu.append(c_total / loops)
        wall.append(w_total / loops)
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
        for tool, factory in tools.items():
            cpu, wall, _ = measure(factory, texts, args.repeat)
            rows[tool] = (mb / cpu, mb / wall, len(texts) / cpu)
        base = rows.get("sacremoses", (float("nan"),))[0]
        for tool, (mbs, wall_mbs, docs) in rows.items():
            print(f"{tool:<20} {mbs:>9.2f} {wall_mbs:>10.2f} {docs:>9,.0f} {mbs / base:>13.2f}")


if __name__ == "__main__":
    main()
