"""How well `normkit suggest` recovers the Ukraine pack from raw MT output, and what
`normkit check --consistency` still finds with the packs on.

Data: every WMT22 uk-en and ru-en system output (20 files, one document each, as
`normkit suggest DIR --glob '*.en'` reads them).

1. suggest, lexicon packs OFF (profile no-lexicon): the draft pack it writes.
   Gold = every pair of spellings that one alias rule of rules/lexicon/ukraine.yaml
   lists (canonical or variant, read at run time) and that each occur >= 3 times in
   the raw outputs. A gold pair is recovered when the draft pack turns both
   spellings into the same text.
   Precision over the draft's (variant, canonical) pairs, each judged:
   - gold: both spellings belong to one rule of the Ukraine pack;
   - wrong: one spelling belongs to a rule of a bundled lexicon pack and the other not
     to that rule (the packs list the variants of their names; a real variant they
     lack would be counted wrong too, so this is strict);
   - aligned: for one source sentence, one system wrote the one spelling and another
     system the other (same line of the line-aligned outputs, neither line has both):
     two renderings of one source name. This confirms "same name in the source"; a
     mistranslation (Valya/Valley) passes it, so read the lists too;
   - unconfirmed: none of these. Counted as wrong, and listed.
   A phrase variant counts as its texts (Alexander Litvinenko for the variant
   Alexander Lytvynenko that the word rule Litvinenko -> Lytvynenko leaves).
2. check --consistency, packs ON (default profile): the names still spelled several
   ways, each judged the same way.

    python benchmarks/suggest_wmt.py [--min-count 2] [--show 40]
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from _data import WMT, require_shared

from normkit import Normalizer
from normkit.discover import preferred_canonicals, suggest_draft
from normkit.discover.candidates import collect
from normkit.discover.consistency import inconsistencies
from normkit.discover.sources import clean_corpus
from normkit.matching import fold
from normkit.packs.discovery import bundled_rules_dir, load_all
from normkit.packs.examples import run_examples
from normkit.packs.loader import load_pack
from normkit.rules import compile_rules
from normkit.stages.lexicon import alias_variants

PAIRS = ("uk-en", "ru-en")
GOLD_MIN = 3


def system_files() -> dict[str, list[Path]]:
    folder = WMT / "system-outputs"
    return {pair: sorted(folder.glob(f"generaltest2022.{pair}.hyp.*.en")) for pair in PAIRS}


def rule_spellings(rule) -> list[str]:
    """Canonical first, then every variant, one per folded form."""
    seen: dict[str, str] = {}
    for spelling in [rule.rule.canonical, *alias_variants(rule)]:
        seen.setdefault(fold(spelling), spelling)
    return list(seen.values())


def word_regex(spelling: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(fold(spelling)) + r"(?!\w)")


def gold_pairs(folded_corpus: str) -> tuple[list[tuple[str, str]], dict[str, int]]:
    pack = load_pack(bundled_rules_dir() / "lexicon" / "ukraine.yaml")
    pairs, counts = [], {}
    for rule in compile_rules([pack]):
        if rule.rule.kind != "alias":
            continue
        frequent = []
        for spelling in rule_spellings(rule):
            n = len(word_regex(spelling).findall(folded_corpus))
            if n >= GOLD_MIN:
                frequent.append(spelling)
                counts[spelling] = n
        pairs.extend(combinations(frequent, 2))
    return pairs, counts


class Judge:
    """Judges a pair of spellings: gold, wrong, aligned or unconfirmed."""

    def __init__(self, files: dict[str, list[Path]]):
        lexicon = [r for r in compile_rules(load_all()) if r.rule.kind == "alias"]
        self.rule_of: dict[str, set[str]] = defaultdict(set)
        for rule in lexicon:
            for spelling in rule_spellings(rule):
                self.rule_of[fold(spelling)].add(rule.id)
        self.lines: list[list[str]] = []  # per source sentence: the systems' folded lines
        for paths in files.values():
            outputs = [fold(p.read_text(encoding="utf-8")).split("\n") for p in paths]
            self.lines.extend(list(row) for row in zip(*outputs, strict=False))
        self.by_word: dict[str, set[int]] = defaultdict(set)
        for i, row in enumerate(self.lines):
            for line in row:
                for word in re.findall(r"\w+", line):
                    self.by_word[word].add(i)

    def _rows(self, spelling: str) -> set[int]:
        words = re.findall(r"\w+", fold(spelling))
        rows = set.intersection(*(self.by_word.get(w, set()) for w in words)) if words else set()
        return rows

    def aligned(self, a: str, b: str) -> bool:
        ra, rb = word_regex(a), word_regex(b)
        for i in self._rows(a) & self._rows(b):
            has_a = [bool(ra.search(line)) for line in self.lines[i]]
            has_b = [bool(rb.search(line)) for line in self.lines[i]]
            if any(x and not y for x, y in zip(has_a, has_b, strict=True)) and any(
                y and not x for x, y in zip(has_a, has_b, strict=True)
            ):
                return True
        return False

    def __call__(self, a: str, b: str, gold: set[frozenset[str]]) -> str:
        return self.judge_all([a], [b], gold)

    def judge_all(self, written_a: list[str], written_b: list[str],
                  gold: set[frozenset[str]]) -> str:
        """The best verdict over the texts two forms were written as."""
        pairs = [(a, b) for a in written_a for b in written_b]
        if any(frozenset((fold(a), fold(b))) in gold for a, b in pairs):
            return "gold"
        rules_a = set().union(*(self.rule_of.get(fold(a), set()) for a in written_a))
        rules_b = set().union(*(self.rule_of.get(fold(b), set()) for b in written_b))
        if (rules_a or rules_b) and not rules_a & rules_b:
            return "wrong"
        return "aligned" if any(self.aligned(x, y) for x, y in pairs) else "unconfirmed"


def unified(norm: Normalizer, a: str, b: str) -> bool:
    return norm.clean(a, lang="en") == norm.clean(b, lang="en")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--min-count", type=int, default=2, help="suggest --min-count")
    parser.add_argument("--report-min-count", type=int, default=3,
                        help="check --consistency --min-count")
    parser.add_argument("--show", type=int, default=40, help="pairs to list per section")
    args = parser.parse_args()
    require_shared()
    files = system_files()
    paths = [p for group in files.values() for p in group]
    raw = [(p.name, p.read_text(encoding="utf-8")) for p in paths]
    folded = fold("\n".join(text for _, text in raw))
    gold, gold_counts = gold_pairs(folded)
    gold_set = {frozenset((fold(a), fold(b))) for a, b in gold}
    judge = Judge(files)

    # 1. suggest with the lexicon packs off
    start = time.perf_counter()
    norm = Normalizer("no-lexicon", lang="en")
    corpus = clean_corpus(norm, raw, lang="en")
    cleaned_s = time.perf_counter() - start
    draft = suggest_draft(norm, corpus.documents, "en", profile="no-lexicon",
                          pack_id="wmt-draft", min_count=args.min_count)
    suggest_s = time.perf_counter() - start - cleaned_s
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "wmt-draft.yaml"
        path.write_text(draft.text, encoding="utf-8")
        with_draft = Normalizer("no-lexicon", [path], lang="en")
        tests = {}
        for profile in ("no-lexicon", "default"):
            checked = Normalizer(profile, [path], lang="en")
            tests[profile] = len(run_examples(checked, {"wmt-draft"}))
        examples = sum(len(r.rule.examples) for r in with_draft.rules
                       if r.pack.id == "wmt-draft")
        found = [(a, b) for a, b in gold if unified(with_draft, a, b)]
        missed = [(a, b) for a, b in gold if not unified(with_draft, a, b)]
    predicted = []  # (variant, canonical, verdict), one per variant form of each rule
    for p in draft.proposals:
        canonical = p.written(p.canonical) if p.canonical.written else [p.canonical.text]
        for v in p.variants:
            verdict = judge.judge_all(p.written(v), canonical, gold_set)
            predicted.append((v.text, p.canonical.text, verdict))
    verdicts = defaultdict(list)
    for a, b, verdict in predicted:
        verdicts[verdict].append((a, b))

    n_files = len(paths)
    print(f"WMT22 uk-en + ru-en system outputs: {n_files} files, {len(folded):,} characters")
    print(f"clean (no-lexicon) {cleaned_s:.1f} s, suggest {suggest_s:.1f} s;"
          f" draft: {len(draft.proposals)} rules, {len(predicted)} (variant, canonical) pairs,"
          f" {len(draft.left_out)} left out")
    print(f"rules test of the draft: {examples} examples, failures: "
          + ", ".join(f"{k} {v}" for k, v in tests.items()))
    print()
    recall = len(found) / len(gold) if gold else float("nan")
    correct = len(verdicts["gold"]) + len(verdicts["aligned"])
    precision = correct / len(predicted) if predicted else float("nan")
    in_pack = len(verdicts["gold"]) + len(verdicts["wrong"])
    pack_precision = len(verdicts["gold"]) / in_pack if in_pack else float("nan")
    print(f"{'measure':<48} {'value':>8}")
    print(f"{'gold pairs (Ukraine pack, each spelling >= 3x)':<48} {len(gold):>8}")
    print(f"{'recall (gold pairs the draft unifies)':<48} {recall:>8.3f}")
    print(f"{'precision (gold + aligned) / all pairs':<48} {precision:>8.3f}")
    print(f"{'precision on pack names (gold / gold + wrong)':<48} {pack_precision:>8.3f}")
    for verdict in ("gold", "aligned", "wrong", "unconfirmed"):
        print(f"{'  pairs judged ' + verdict:<48} {len(verdicts[verdict]):>8}")
    print()
    print("gold pairs:", ", ".join(f"{a}({gold_counts[a]})/{b}({gold_counts[b]})"
                                   for a, b in gold))
    print("missed:", ", ".join(f"{a}/{b}" for a, b in missed) or "none")
    print("invented (wrong):", ", ".join(f"{a}->{b}" for a, b in verdicts["wrong"]) or "none")
    unconfirmed = verdicts["unconfirmed"]
    print(f"invented (unconfirmed, {len(unconfirmed)}):",
          ", ".join(f"{a}->{b}" for a, b in unconfirmed[: args.show]) or "none")

    # 2. consistency with the packs on
    print()
    start = time.perf_counter()
    packs_on = Normalizer("default", lang="en")
    cleaned = clean_corpus(packs_on, raw, lang="en")
    entities = inconsistencies(collect(cleaned.documents), min_count=args.report_min_count,
                               preferred=preferred_canonicals(packs_on, "en"),
                               romanisation=packs_on.options.get("romanisation"))
    took = time.perf_counter() - start
    judged = defaultdict(list)
    for entity in entities:
        head = entity.spellings[0]
        for other in entity.spellings[1:]:
            verdict = judge.judge_all([other.text, *other.written],
                                      [head.text, *head.written], gold_set)
            judged[verdict].append(entity)
    print(f"check --consistency (default profile, packs on, each spelling >= "
          f"{args.report_min_count}x): {len(entities)} names still spelled several ways"
          f" ({took:.1f} s)")
    print("  pairs judged: " + ", ".join(
        f"{v} {len(judged[v])}" for v in ("gold", "aligned", "wrong", "unconfirmed")))
    for entity in entities[: args.show]:
        print("  " + " / ".join(f"{s.text} {s.count}" for s in entity.spellings))
    if len(entities) > args.show:
        print(f"  ... and {len(entities) - args.show} more")
    for verdict in ("wrong", "unconfirmed"):
        if judged[verdict]:
            print(f"  {verdict}: " + "; ".join(
                " / ".join(s.text for s in e.spellings) for e in judged[verdict]))


if __name__ == "__main__":
    main()
