"""Precision audit: every rewrite the default pipeline makes on real text, rule by rule.

Runs ``normkit.Normalizer().run`` (default profile) on WMT22 system outputs and human
references (uk-en, ru-en, de-en; one segment per run), Reuters-21578 bodies and the
Zyte benchmark's whole-page texts, once with the language detected and once with
``lang="en"``, and collects ``Result.edits`` (encoding, punctuation, lexicon, layout;
boilerplate removals are out of scope). Prints, per rule, the number of edits on each
corpus, then ``--samples`` seeded random samples per rule as
``…context[before → after]context…`` with 50 characters of context on each side.

    python benchmarks/edit_audit.py [--samples 12] [--seed 7] [--rule punct/]
        [--corpus system,references,reuters,zyte] [--mode detect,en] [--limit N]

Layout rules that only trim spaces and blank lines fire everywhere; ``--skip-layout``
leaves them out of the samples (they are still counted).
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
from collections.abc import Callable, Iterator

from _corpora import have_reuters, reuters_bodies
from _data import SHARED, WMT

import normkit

CONTEXT = 50
ZYTE = SHARED / "scrapinghub-article-extraction-benchmark"


def _lines(folder: str) -> Iterator[str]:
    for path in sorted((WMT / folder).glob("*.en")):
        for line in path.read_text(encoding="utf-8").split("\n"):
            if line.strip():
                yield line


def _zyte_pages() -> Iterator[str]:
    pages = json.loads((ZYTE / "output-html-text.json").read_text(encoding="utf-8"))["output"]
    for page in sorted(pages):
        yield pages[page]["articleBody"]


CORPORA: dict[str, Callable[[], Iterator[str]]] = {
    "system": lambda: _lines("system-outputs"),
    "references": lambda: _lines("references"),
    "reuters": lambda: iter(reuters_bodies() if have_reuters() else []),
    "zyte": lambda: _zyte_pages() if ZYTE.is_dir() else iter([]),
}


def show(original: str, edit: normkit.Edit) -> str:
    """One edit in its original context, on one line.

    >>> e = normkit.Edit(start=9, end=13, before="Kiev", after="Kyiv", rule="r", stage="s")
    >>> show("Talks in Kiev went on.", e)
    "'Talks in ' [Kiev → Kyiv] ' went on.'"
    """
    left = original[max(0, edit.start - CONTEXT):edit.start]
    right = original[edit.end:edit.end + CONTEXT]
    return f"{left!r} [{edit.before} → {edit.after}] {right!r}"


def audit(corpora: list[str], modes: list[str], limit: int | None, rule_filter: str,
          samples: int, seed: int, skip_layout: bool) -> None:
    norm = normkit.Normalizer()
    counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    # reservoir sampling per (rule, corpus, mode), so memory stays small
    seen: collections.Counter[tuple[str, str, str]] = collections.Counter()
    reservoirs: dict[tuple[str, str, str], list[str]] = collections.defaultdict(list)
    rng = random.Random(seed)
    columns = [f"{c}/{m}" for c in corpora for m in modes]
    for corpus in corpora:
        texts = list(CORPORA[corpus]())[:limit]
        if not texts:
            print(f"(corpus {corpus} not found, skipped)", file=sys.stderr)
        for mode in modes:
            lang = None if mode == "detect" else mode
            column = f"{corpus}/{mode}"
            for text in texts:
                result = norm.run(text, lang=lang)
                for edit in result.edits:
                    if edit.stage == "boilerplate" or not edit.rule.startswith(rule_filter):
                        continue
                    counts[edit.rule][column] += 1
                    if skip_layout and edit.rule.startswith("layout/"):
                        continue
                    key = (edit.rule, corpus, mode)
                    seen[key] += 1
                    bucket = reservoirs[key]
                    line = f"[{result.lang}] {show(text, edit)}"
                    if len(bucket) < samples:
                        bucket.append(line)
                    else:
                        slot = rng.randrange(seen[key])
                        if slot < samples:
                            bucket[slot] = line
    width = max([len(r) for r in counts] + [10])
    print(f"{'rule':{width}s} " + " ".join(f"{c:>18s}" for c in columns))
    for rule in sorted(counts):
        print(f"{rule:{width}s} " + " ".join(f"{counts[rule][c]:18d}" for c in columns))
    for rule in sorted(counts):
        for corpus in corpora:
            for mode in modes:
                bucket = reservoirs.get((rule, corpus, mode))
                if not bucket:
                    continue
                print(f"\n== {rule} on {corpus} ({mode}): {seen[(rule, corpus, mode)]} edits")
                for line in bucket:
                    print(f"  {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", default="system,references,reuters,zyte")
    parser.add_argument("--mode", default="detect,en",
                        help="detect (language detected) and/or a language code")
    parser.add_argument("--samples", type=int, default=12)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rule", default="", help="only rules whose id starts with this")
    parser.add_argument("--limit", type=int, default=None, help="texts per corpus")
    parser.add_argument("--skip-layout", action="store_true")
    args = parser.parse_args()
    if not SHARED.is_dir():
        sys.exit(f"benchmark data not found: {SHARED}")
    audit(args.corpus.split(","), args.mode.split(","), args.limit, args.rule,
          args.samples, args.seed, args.skip_layout)


if __name__ == "__main__":
    main()
