"""Clean content is left whole: every WMT22 segment must survive the boilerplate stage.

The WMT22 general-MT test files (sources, human references, every system output) are
clean text. They are rebuilt into documents, one segment a line, from the doc-id files
(uk-en, ru-en); de-en has no doc-id file, so its lines are cut into windows of 20
consecutive segments. Each document goes through the whole pipeline; a segment
survives if no removed block touches it. The target is 100%.

    python benchmarks/wmt_survival.py              # one row per file, lost segments listed
    python benchmarks/wmt_survival.py --layout paragraphs   # segments joined by blank lines
    python benchmarks/wmt_survival.py --data /tmp/wmt23 --no-reuters
        # any other test set kept outside the project (WMT23 sources, references and
        # system outputs, one segment a line): every file under the directory, cut into
        # windows of 20 consecutive lines (no doc-id files there)

A second guard follows: the 19,043 Reuters-21578 story bodies (hard-wrapped 1987
newswire, tables included), with every removed block counted by rule; only the
``Reuter`` trailer lines are boilerplate there.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
DATA = SHARED / "wmt22-general-mt" / "txt"
REUTERS = SHARED / "reuters-21578"
WINDOW = 20


def doc_groups(pair: str, count: int) -> list[list[int]]:
    """Line indexes (0-based) of each document, in order of first appearance."""
    tsv = DATA / f"generaltest2022.{pair}.docids.tsv"
    if not tsv.exists():
        return [list(range(i, min(i + WINDOW, count))) for i in range(0, count, WINDOW)]
    groups: dict[str, list[int]] = defaultdict(list)
    with tsv.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            groups[row["docid"]].append(int(row["line"]) - 1)
    return list(groups.values())


def files() -> list[tuple[str, Path]]:
    found = []
    for folder in ("references", "system-outputs", "sources"):
        for path in sorted((DATA / folder).glob("generaltest2022.*")):
            found.append((path.name.split(".")[1], path))
    return found


def other_files(root: Path) -> list[tuple[str, Path]]:
    """Every file under ``root`` (a test set kept outside the project), in windows.

    >>> other_files(Path("/nonexistent"))
    []
    """
    if not root.is_dir():
        return []
    return [("", path) for path in sorted(root.rglob("*"))
            if path.is_file() and not path.name.endswith(".tsv")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--layout", choices=["lines", "paragraphs"], default="lines")
    parser.add_argument("--limit", type=int, default=5, help="lost segments to list per file")
    parser.add_argument("--no-reuters", action="store_true", help="skip the Reuters-21578 guard")
    parser.add_argument("--data", type=Path, default=None,
                        help="a directory of other test files, one segment a line, read "
                             "instead of WMT22 (cut into windows of 20 lines)")
    args = parser.parse_args(argv)
    data = args.data
    if data is None and not DATA.exists():
        print(f"skipped: {DATA} not found", file=sys.stderr)
        return 0
    if data is not None and not other_files(data):
        print(f"skipped: no files under {data}", file=sys.stderr)
        return 0
    from normkit import Normalizer

    norm = Normalizer()
    joiner = "\n" if args.layout == "lines" else "\n\n"
    total = lost_total = 0
    timings: list[float] = []
    print(f"{'file':<52} {'docs':>5} {'segments':>8} {'lost':>5} {'survive':>8}")
    for pair, path in (files() if data is None else other_files(data)):
        segments = path.read_text(encoding="utf-8").split("\n")
        if segments and segments[-1] == "":
            segments.pop()
        lost = []
        groups = doc_groups(pair, len(segments)) if pair else [
            list(range(i, min(i + WINDOW, len(segments))))
            for i in range(0, len(segments), WINDOW)]
        for group in groups:
            texts = [segments[i] for i in group]
            doc = joiner.join(texts)
            start = time.perf_counter()
            result = norm.run(doc)
            timings.append(time.perf_counter() - start)
            pos = 0
            for index, text in zip(group, texts, strict=True):
                end = pos + len(text)
                hit = next((b for b in result.removed if b.start < max(end, pos + 1)
                            and pos < b.end and text.strip()), None)
                if hit is not None:
                    lost.append((index + 1, hit.rule, text))
                pos = end + len(joiner)
        total += len(segments)
        lost_total += len(lost)
        share = 1 - len(lost) / len(segments)
        name = path.name[-52:]
        print(f"{name:<52} {len(groups):>5} {len(segments):>8} {len(lost):>5} {share:>8.2%}")
        for line, rule, text in lost[: args.limit]:
            print(f"    line {line}: [{rule}] {text[:110]}")
    print(f"{'all':<52} {'':>5} {total:>8} {lost_total:>5} {1 - lost_total / total:>8.3%}")
    print(f"median {statistics.median(timings) * 1000:.2f} ms per document")
    if not args.no_reuters:
        reuters(norm, args.limit)
    return 0 if lost_total == 0 else 1


def reuters_bodies() -> list[str]:
    """Title and body of every Reuters-21578 story that has a body."""
    import html
    import re

    story = re.compile(r"<TITLE>(.*?)</TITLE>.*?<BODY>(.*?)</BODY>", re.S)
    bodies = []
    for path in sorted(REUTERS.glob("reut2-*.sgm")):
        raw = path.read_text(encoding="latin-1")
        bodies.extend(html.unescape(f"{m.group(1)}\n{m.group(2)}") for m in story.finditer(raw))
    return bodies


def reuters(norm, limit: int) -> None:
    if not REUTERS.exists():
        print(f"skipped: {REUTERS} not found", file=sys.stderr)
        return
    from collections import Counter

    bodies = reuters_bodies()
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    lines = 0
    for body in bodies:
        lines += body.count("\n") + 1
        for block in norm.run(body, lang="en").removed:
            counts[block.rule] += 1
            examples[block.rule].append(block.text.strip()[:70])
    print(f"\nReuters-21578: {len(bodies)} stories, {lines} lines, "
          f"{sum(counts.values())} blocks removed")
    for rule, count in counts.most_common():
        print(f"  {count:>6}  {rule:<28} e.g. {' | '.join(examples[rule][:limit][:3])}")


if __name__ == "__main__":
    sys.exit(main())
