"""Where the time of the default pipeline goes, stage by stage.

Wraps every stage of one Normalizer (and protected-span finding and language
detection) in a timer, runs Reuters bodies and the seeds through it and prints
each part's CPU share and microseconds per document. Also prints how many passes
the fixed-point loop made and what the confirming second pass costs (the same run
cut to one pass). Bundled rules run without the regex ``timeout=`` guard (its clock
reads cost a quarter of the time when it was on); user packs keep it.

    python benchmarks/profile_stages.py --limit 3000
    python benchmarks/profile_stages.py --limit 500 --pyinstrument   # call tree too
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Callable

from _corpora import have_reuters, megabytes, reuters_bodies, seed_texts

import normkit
import normkit.pipeline as pipeline_module

clock = time.process_time


class StageTimer:
    """Accumulates CPU seconds per part of one Normalizer's run."""

    def __init__(self, norm: normkit.Normalizer):
        self.seconds: Counter[str] = Counter()
        self.calls: Counter[str] = Counter()
        for stage in norm._stages:
            stage.run = self._wrap(stage.name, stage.run)
        if norm._early_layout is not None:  # line edges and blank lines, before boilerplate
            norm._early_layout.run = self._wrap("layout (early)", norm._early_layout.run)
        pipeline_module.find_protected = self._wrap("protect", pipeline_module.find_protected)
        pipeline_module.detect_with_evidence = self._wrap("language",
                                                          pipeline_module.detect_with_evidence)
        pipeline_module.same_evidence = self._wrap("language re-check",
                                                   pipeline_module.same_evidence)

    def _wrap(self, name: str, fn: Callable) -> Callable:
        def timed(*args, **kwargs):
            start = clock()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[name] += clock() - start
                self.calls[name] += 1

        return timed


def profile(texts: list[str]) -> tuple[StageTimer, float]:
    norm = normkit.Normalizer()
    norm.clean("Warm up the detector and the caches with one English sentence, please.")
    timer = StageTimer(norm)
    timer.seconds.clear()
    timer.calls.clear()
    start = clock()
    for text in texts:
        norm.run(text)
    total = clock() - start
    pipeline_module.find_protected = original_protect
    pipeline_module.detect_with_evidence = original_detect
    pipeline_module.same_evidence = original_same
    return timer, total


original_protect = pipeline_module.find_protected
original_detect = pipeline_module.detect_with_evidence
original_same = pipeline_module.same_evidence


def one_pass(texts: list[str]) -> float:
    """CPU seconds with the fixed-point loop cut to one pass (outputs may differ)."""
    saved = pipeline_module.MAX_PASSES
    pipeline_module.MAX_PASSES = 1
    try:
        norm = normkit.Normalizer()
        norm.clean("Warm up the detector and the caches with one English sentence, please.")
        start = clock()
        for text in texts:
            norm.run(text)
        return clock() - start
    finally:
        pipeline_module.MAX_PASSES = saved


def report(name: str, texts: list[str]) -> None:
    timer, total = profile(texts)
    mb = megabytes(texts)
    n = len(texts)
    print(f"\n{name}: {n:,} documents, {mb:.2f} MB; {mb / total:.2f} MB/s, "
          f"{total / n * 1e6:,.0f} us/doc (CPU)")
    print(f"{'part':<14} {'share':>7} {'us/doc':>9} {'calls/doc':>10}")
    for part, seconds in timer.seconds.most_common():
        print(f"{part:<14} {seconds / total:>7.1%} {seconds / n * 1e6:>9,.0f} "
              f"{timer.calls[part] / n:>10.2f}")
    other = total - sum(timer.seconds.values())
    print(f"{'(rest)':<14} {other / total:>7.1%} {other / n * 1e6:>9,.0f}")
    passes = timer.calls["boilerplate"] / n
    print(f"stage passes per document: {passes:.2f} "
          "(the fixed-point loop runs every stage again until nothing changes)")
    single = one_pass(texts)
    print(f"with one pass instead of a fixed point: {mb / single:.2f} MB/s "
          f"({(total - single) / total:.0%} of the time is the confirming pass)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=3000, help="first N Reuters bodies")
    parser.add_argument("--pyinstrument", action="store_true", help="print a call tree too")
    args = parser.parse_args()
    corpora = {"seeds": seed_texts() * 10}
    if have_reuters():
        corpora["reuters"] = reuters_bodies(args.limit)
    for name, texts in corpora.items():
        report(name, texts)
    if args.pyinstrument:
        from pyinstrument import Profiler

        texts = corpora.get("reuters", corpora["seeds"])
        norm = normkit.Normalizer()
        norm.clean("Warm up the detector and the caches with one English sentence, please.")
        with Profiler(interval=0.0005) as profiler:
            for text in texts:
                norm.run(text)
        print(profiler.output_text(unicode=False, color=False))


if __name__ == "__main__":
    main()
