"""Boilerplate removal on the Zyte article-extraction benchmark, from plain page text.

Each of the 181 pages is the whole page as plain text (html-text output: menus, share
buttons, footers and all) with a gold ``articleBody``. Every system gets the plain text
only (trafilatura's row is its published output from the HTML, for reference) and is
scored with 4-word shingles (lowercased ``\\w+`` tokens, as multisets) against the gold
body: precision, recall and F1 pooled over the pages of a split.

Splits: page ids sorted; the first two thirds are the development split, the last
third the held-out split. No rule may name a site or a page.

Systems: raw page text; the C4 line filter (lines ending in terminal punctuation with
at least 5 words, minus the policy/javascript lines); jusText on the plain-text lines
(``pip install -e '.[bench]'``; skipped if absent); trafilatura on the HTML (reference);
normkit's boilerplate stage (the page minus ``Result.removed``).

    python benchmarks/zyte_boilerplate.py            # per-page rows, then the summary
    python benchmarks/zyte_boilerplate.py --summary  # the summary only
    python benchmarks/zyte_boilerplate.py --show 12  # one page: what normkit kept/dropped
"""

from __future__ import annotations

import argparse
import html
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

DATA = (Path(__file__).resolve().parents[1].parent / "shared" / "data"
        / "scrapinghub-article-extraction-benchmark")
TOKEN = re.compile(r"\w+")
SHINGLE = 4


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text.lower())


def shingles(text: str) -> Counter:
    toks = tokens(text)
    return Counter(tuple(toks[i : i + SHINGLE]) for i in range(max(1, len(toks) - SHINGLE + 1)))


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: str, predicted: str) -> Score:
        g, p = shingles(gold), shingles(predicted)
        hit = sum((g & p).values())
        page = Score(hit, sum(p.values()) - hit, sum(g.values()) - hit)
        self.tp, self.fp, self.fn = self.tp + page.tp, self.fp + page.fp, self.fn + page.fn
        return page

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


# -- systems -------------------------------------------------------------------------
C4_END = re.compile(r"[.!?\"”’]$")
C4_BAD = re.compile(r"javascript|terms of use|privacy policy|cookie policy|uses cookies"
                    r"|use of cookies|use cookies", re.I)


def c4_lines(text: str) -> str:
    """The C4 line filter: terminal punctuation, at least 5 words, no policy lines."""
    kept = [line.strip() for line in text.splitlines()]
    kept = [line for line in kept
            if C4_END.search(line) and len(line.split()) >= 5 and not C4_BAD.search(line)]
    return "\n".join(kept)


def justext_lines(text: str, language: str = "English") -> str | None:
    """jusText's classifier on the page's lines (each line a paragraph)."""
    try:
        import justext
    except ImportError:
        return None
    body = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    paragraphs = justext.justext(f"<html><body>{body}</body></html>".encode(),
                                 justext.get_stoplist(language))
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def normkit_system() -> Callable[[str], str]:
    from normkit import Normalizer

    norm = Normalizer()

    def run(text: str) -> str:
        return kept_text(text, norm.run(text))

    return run


def kept_text(text: str, result) -> str:
    """The original text less the removed blocks (other stages' edits left out)."""
    pieces, pos = [], 0
    for block in sorted(result.removed, key=lambda b: b.start):
        pieces.append(text[pos : block.start])
        pos = max(pos, block.end)
    pieces.append(text[pos:])
    return "".join(pieces)


@dataclass
class System:
    name: str
    run: Callable[[str, str], str | None]
    seconds: list[float] = field(default_factory=list)


def load() -> tuple[list[str], dict, dict, dict]:
    gold = json.loads((DATA / "ground-truth.json").read_text())
    raw = json.loads((DATA / "output-html-text.json").read_text())["output"]
    traf = json.loads((DATA / "output-trafilatura.json").read_text())["output"]
    return sorted(gold), gold, raw, traf


def splits(ids: list[str]) -> dict[str, list[str]]:
    cut = len(ids) * 2 // 3
    return {"dev": ids[:cut], "held-out": ids[cut:], "all": ids}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--summary", action="store_true", help="only the summary table")
    parser.add_argument("--show", type=int, help="show one page (index in sorted ids)")
    parser.add_argument("--split", choices=["dev", "held-out", "all"], default=None)
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the median is shown")
    args = parser.parse_args(argv)
    if not DATA.exists():
        print(f"skipped: {DATA} not found", file=sys.stderr)
        return 0
    ids, gold, raw, traf = load()
    if args.show is not None:
        return show(ids[args.show], gold, raw)
    nk = normkit_system()
    systems = [
        System("raw", lambda page, text: text),
        System("c4-lines", lambda page, text: c4_lines(text)),
        System("justext", lambda page, text: justext_lines(text)),
        System("normkit", lambda page, text: nk(text)),
        System("trafilatura*", lambda page, text: traf[page]["articleBody"]),
    ]
    outputs: dict[str, dict[str, str | None]] = {s.name: {} for s in systems}
    for system in systems:
        for _ in range(args.repeat):
            start = time.perf_counter()
            for page in ids:
                outputs[system.name][page] = system.run(page, raw[page]["articleBody"])
            system.seconds.append((time.perf_counter() - start) / len(ids))
    names = [s.name for s in systems if None not in outputs[s.name].values()]
    dev = set(splits(ids)["dev"])
    if not args.summary:
        print("per-page F1 (d = development split, h = held-out)")
        header = "".join(f"{n:>13}" for n in names)
        print(f"{'#':>3} {'page':<12} {'split':<5} {'site':<26}{header}")
        for index, page in enumerate(ids):
            if args.split and (page in dev) != (args.split == "dev"):
                continue
            site = re.sub(r"^https?://(www\.)?", "", gold[page]["url"]).split("/")[0][:26]
            cells = "".join(
                f"{Score().add(gold[page]['articleBody'], outputs[n][page]).f1:>13.3f}"
                for n in names)
            print(f"{index:>3} {page[:12]:<12} {'d' if page in dev else 'h':<5} {site:<26}{cells}")
        print()
    print(f"{'split':<9} {'system':<14} {'pages':>5} {'P':>7} {'R':>7} {'F1':>7} {'ms/page':>8}")
    for split, members in splits(ids).items():
        for system in systems:
            if system.name not in names:
                print(f"{split:<9} {system.name:<14} (not installed: pip install -e '.[bench]')")
                continue
            score = Score()
            for page in members:
                score.add(gold[page]["articleBody"], outputs[system.name][page])
            ms = statistics.median(system.seconds) * 1000
            print(f"{split:<9} {system.name:<14} {len(members):>5} {score.precision:>7.3f} "
                  f"{score.recall:>7.3f} {score.f1:>7.3f} {ms:>8.2f}")
    print("* trafilatura reads the HTML (published output); all others read plain text")
    print(f"ms/page: median of {args.repeat} runs over all pages; normkit runs its whole "
          "pipeline, its drop-rule cache warm after the first run")
    return 0


def show(page: str, gold: dict, raw: dict) -> int:
    """Print each line of a page with normkit's verdict and whether the gold has it."""
    from normkit import Normalizer

    text = raw[page]["articleBody"]
    result = Normalizer().run(text)
    gold_shingles = shingles(gold[page]["articleBody"])
    print(page, gold[page]["url"], result.lang)
    pos = 0
    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        if not line.strip():
            continue
        own = shingles(line)
        in_gold = sum((own & gold_shingles).values()) / max(1, sum(own.values()))
        block = next((b for b in result.removed
                      if b.start < start + len(line.rstrip()) and start < b.end), None)
        flag = ("G" if in_gold > 0.5 else ".") + ("x" if block else " ")
        print(f"{flag} {block.rule[:24] if block else '':<24} {line.strip()[:150]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
