"""What `normkit check --consistency` still lists on raw MT output with the packs ON.

Data: every WMT22 uk-en and ru-en system output (20 files, one document each), as
`normkit check --consistency DIR --glob '*.en'` reads them, cleaned with the default
profile (bundled packs on). For each threshold (each spelling at least N times) the
benchmark prints the number of items and every item: its spellings with counts and
the number of files (systems) that use them, the evidence (letter similarity,
shared context) and a check of the pair:

- aligned: for one source sentence, one system wrote one spelling and another system
  the other (two renderings of one source name; see benchmarks/suggest_wmt.py);
- pack: both spellings belong to one rule of a bundled pack (should not happen: the
  pack unifies them);
- wrong: a bundled pack lists one spelling under another name;
- unconfirmed: none of these.

A reader judges "short, and each item one entity" from the list itself.

    python benchmarks/consistency_wmt.py [--min-count 5 3]
"""

from __future__ import annotations

import argparse
import time

from _data import require_shared
from suggest_wmt import Judge, system_files

from normkit import Normalizer
from normkit.discover import preferred_canonicals
from normkit.discover.candidates import collect
from normkit.discover.consistency import MIN_COUNT, Entity, inconsistencies
from normkit.discover.sources import clean_corpus

VERDICT = {"gold": "pack", "aligned": "aligned", "wrong": "wrong", "unconfirmed": "unconfirmed"}


def verdict(judge: Judge, entity: Entity) -> str:
    """The weakest verdict over the item's (spelling, kept spelling) pairs."""
    head = entity.spellings[0]
    found = [
        judge.judge_all([s.text, *s.written], [head.text, *head.written], set())
        for s in entity.spellings[1:]
    ]
    for worst in ("wrong", "unconfirmed", "gold", "aligned"):
        if worst in found:
            return VERDICT[worst]
    return "aligned"


def show(entity: Entity, judged: str) -> str:
    spellings = " / ".join(f"{s.text} {s.count}x in {len(s.files)}" for s in entity.spellings)
    weakest = min((s for s in entity.spellings if s.evidence), key=lambda s: s.weight)
    evidence = weakest.evidence
    return (f"  {entity.score:6.1f}  {spellings}  [letters {evidence.letters:.2f},"
            f" context {max(evidence.context, evidence.shared):.2f}; {judged}]")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--min-count", type=int, nargs="+", default=[MIN_COUNT, 3],
                        help="thresholds to list (each spelling at least N times)")
    args = parser.parse_args()
    require_shared()
    files = system_files()
    paths = [p for group in files.values() for p in group]
    raw = [(p.name, p.read_text(encoding="utf-8")) for p in paths]
    judge = Judge(files)
    start = time.perf_counter()
    norm = Normalizer("default", lang="en")
    cleaned = clean_corpus(norm, raw, lang="en")
    corpus = collect(cleaned.documents)
    took = time.perf_counter() - start
    print(f"WMT22 uk-en + ru-en system outputs: {len(paths)} files; clean + collect {took:.1f} s")
    for min_count in args.min_count:
        start = time.perf_counter()
        entities = inconsistencies(corpus, min_count=min_count,
                                   preferred=preferred_canonicals(norm, "en"),
                                   romanisation=norm.options.get("romanisation"))
        took = time.perf_counter() - start
        judged = [verdict(judge, e) for e in entities]
        tally = ", ".join(f"{v} {judged.count(v)}" for v in dict.fromkeys(VERDICT.values()))
        default = " (the default)" if min_count == MIN_COUNT else ""
        print()
        print(f"each spelling >= {min_count}x{default}: {len(entities)} items ({took:.1f} s);"
              f" {tally}")
        print("   score  spellings (count, files)  [weakest evidence; check]")
        for entity, judgement in zip(entities, judged, strict=True):
            print(show(entity, judgement))


if __name__ == "__main__":
    main()
