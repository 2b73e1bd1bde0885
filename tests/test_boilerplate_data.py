"""Small slices of the shared real data: WMT documents survive whole, Zyte pages get cleaner.

The full runs are benchmarks/wmt_survival.py and benchmarks/zyte_boilerplate.py.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from pathlib import Path

import pytest

from normkit import Normalizer

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
WMT = DATA / "wmt22-general-mt" / "txt"
ZYTE = DATA / "scrapinghub-article-extraction-benchmark"


@pytest.fixture(scope="module")
def norm() -> Normalizer:
    return Normalizer()


def wmt_documents(pair: str, path: Path, limit: int) -> list[str]:
    lines = path.read_text(encoding="utf-8").split("\n")
    docs: dict[str, list[str]] = defaultdict(list)
    with (WMT / f"generaltest2022.{pair}.docids.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            docs[row["docid"]].append(lines[int(row["line"]) - 1])
    biggest = sorted(docs.values(), key=len, reverse=True)[:limit]
    return ["\n".join(doc) + "\n" for doc in biggest]


@pytest.mark.parametrize("pair, name", [
    ("uk-en", "references/generaltest2022.uk-en.ref.A.en"),
    ("ru-en", "system-outputs/generaltest2022.ru-en.hyp.Online-G.en"),
    ("uk-en", "sources/generaltest2022.uk-en.src.uk"),
])
def test_wmt_documents_survive_whole(norm, pair, name):
    path = WMT / name
    if not path.exists():
        pytest.skip(f"{path} not found")
    for doc in wmt_documents(pair, path, limit=25):
        assert norm.run(doc).removed == (), doc[:80]


def shingles(text: str) -> set[tuple[str, ...]]:
    import re

    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + 4]) for i in range(len(words) - 3)}


def test_zyte_pages_lose_boilerplate_and_keep_the_article(norm):
    if not ZYTE.exists():
        pytest.skip(f"{ZYTE} not found")
    gold = json.loads((ZYTE / "ground-truth.json").read_text())
    raw = json.loads((ZYTE / "output-html-text.json").read_text())["output"]
    pages = sorted(gold)[:12]  # development split only
    kept_gold = gold_total = kept_other = other_total = 0
    for page in pages:
        text = raw[page]["articleBody"]
        result = norm.run(text)
        kept = "".join(ch for i, ch in enumerate(text)
                       if not any(b.start <= i < b.end for b in result.removed))
        body, page_shingles, kept_shingles = (shingles(gold[page]["articleBody"]),
                                              shingles(text), shingles(kept))
        kept_gold += len(kept_shingles & body)
        gold_total += len(page_shingles & body)
        kept_other += len(kept_shingles - body)
        other_total += len(page_shingles - body)
    assert kept_gold / gold_total > 0.9
    assert kept_other / other_total < 0.3


def test_drop_matcher_agrees_with_rules_one_by_one_on_real_lines(norm):
    """Triggers, first characters and length bounds only skip rules that cannot match."""
    from normkit.stages.boilerplate.lines import blocks
    from normkit.stages.boilerplate.packrules import DropMatcher

    if not ZYTE.exists():
        pytest.skip(f"{ZYTE} not found")
    raw = json.loads((ZYTE / "output-html-text.json").read_text())["output"]
    texts = [raw[page]["articleBody"] for page in sorted(raw)]
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    texts += [p.read_text(encoding="utf-8") for p in seeds.glob("*.txt")]
    lines = sorted({block[2] for text in texts for block in blocks(text)})
    rules = [r for r in norm.rules if r.stage == "boilerplate" and r.rule.position == "any"]
    assert sum(bool(r.triggers) for r in rules) >= 10
    matcher = DropMatcher(rules)
    for line in lines:
        one_by_one = next((r.id for r in rules if r.pattern.search(line)), None)
        assert matcher.first(line) == one_by_one, line
    assert len(lines) > 5000
