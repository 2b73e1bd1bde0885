"""Throughput of normkit's encoding + punctuation stages against sacremoses, on one core.

Corpus: WMT22 system outputs and references (uk-en, ru-en, de-en; lines grouped into
documents by the docid files, else 20 lines at a time) and Reuters-21578 bodies as
they are in the SGML (entities and control characters included).

Rows (CPU seconds, median of --repeats interleaved runs; MB/s of UTF-8 input):
- normkit: encoding + punctuation stages of the default profile, per document,
  protected spans and edit tracking included;
- normkit, no triggers: the same rules with their ``triggers`` removed, i.e. every
  rule scans every text in every round (the engine's behaviour before triggers);
- sacremoses per line / per document: ``MosesPunctNormalizer(lang="en").normalize``.

    pip install -e '.[bench]'
    python benchmarks/encoding_punct_speed.py [--reuters-files 5] [--repeats 3]
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from normkit.stages.punctuation import EncodingAndPunctuation

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
WMT = DATA / "wmt22-general-mt" / "txt"
REUTERS = DATA / "reuters-21578"
_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.S)


def wmt_documents() -> list[str]:
    docs = []
    files = sorted((WMT / "system-outputs").glob("*.en"))
    files += sorted((WMT / "references").glob("*.en"))
    for path in files:
        lines = path.read_text(encoding="utf-8").split("\n")
        pair = path.name.split(".")[1]
        docids = WMT / f"generaltest2022.{pair}.docids.tsv"
        if docids.is_file():
            ids = [row.split("\t")[1] for row in docids.read_text().splitlines()[1:]]
            groups: dict[str, list[str]] = {}
            for doc_id, line in zip(ids, lines, strict=False):
                groups.setdefault(doc_id, []).append(line)
            docs.extend("\n".join(group) for group in groups.values())
        else:
            docs.extend("\n".join(lines[i : i + 20]) for i in range(0, len(lines), 20))
    return docs


def reuters_documents(files: int) -> list[str]:
    docs = []
    for path in sorted(REUTERS.glob("reut2-*.sgm"))[:files]:
        docs.extend(_BODY.findall(path.read_text(encoding="latin-1")))
    return docs


def without_triggers(cleaner: EncodingAndPunctuation) -> EncodingAndPunctuation:
    """A copy of ``cleaner`` whose rules have no triggers."""
    from normkit.stages.encoding import EncodingStage
    from normkit.stages.punctuation import PunctuationStage

    bare = EncodingAndPunctuation(cleaner.options)
    rules = [dataclasses.replace(r, triggers=()) for r in _stage_rules(cleaner)]
    bare.encoding = EncodingStage([r for r in rules if r.stage == "encoding"], cleaner.options)
    bare.punctuation = PunctuationStage(
        [r for r in rules if r.stage == "punctuation"], cleaner.options
    )
    return bare


def _stage_rules(cleaner: EncodingAndPunctuation):
    from normkit.packs.discovery import load_all
    from normkit.rules import compile_rules

    return [r for r in compile_rules(load_all()) if r.stage in ("encoding", "punctuation")]


def cpu_seconds(job: Callable[[], object]) -> float:
    start = time.process_time()
    job()
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reuters-files", type=int, default=5, help="of 22 SGML files")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    if not WMT.is_dir() or not REUTERS.is_dir():
        raise SystemExit(f"{DATA} is not present")
    docs = wmt_documents() + reuters_documents(args.reuters_files)
    lines = [doc.split("\n") for doc in docs]
    size = sum(len(doc.encode("utf-8")) for doc in docs)
    print(f"corpus: {len(docs)} documents, {sum(map(len, lines))} lines, {size / 1e6:.2f} MB")

    normkit_fast = EncodingAndPunctuation()
    normkit_bare = without_triggers(normkit_fast)
    jobs: dict[str, Callable[[], object]] = {
        "normkit encoding+punctuation": lambda: [normkit_fast.run(d, "en") for d in docs],
        "normkit, no triggers": lambda: [normkit_bare.run(d, "en") for d in docs],
    }
    try:
        from sacremoses import MosesPunctNormalizer
    except ImportError:
        print("sacremoses is not installed (pip install -e '.[bench]'): normkit rows only")
    else:
        moses = MosesPunctNormalizer(lang="en")
        jobs["sacremoses per line"] = lambda: [[moses.normalize(x) for x in ls] for ls in lines]
        jobs["sacremoses per document"] = lambda: [moses.normalize(d) for d in docs]
    times: dict[str, list[float]] = {name: [] for name in jobs}
    for _ in range(args.repeats):
        for name, job in jobs.items():
            times[name].append(cpu_seconds(job))
    print(f"{'':32s} {'CPU s (median)':>15s} {'MB/s':>8s}   runs")
    for name, runs in times.items():
        median = statistics.median(runs)
        print(f"{name:32s} {median:15.2f} {size / median / 1e6:8.2f}   "
              + " ".join(f"{r:.2f}" for r in runs))


if __name__ == "__main__":
    main()
