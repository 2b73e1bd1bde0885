"""Lexicon matching at 100, 10,000 and 100,000 aliases: build time and throughput.

Peers side by side, on the same folded text (WMT22 uk-en system outputs, else a
synthetic English text), all returning whole-word, leftmost-longest matches:

* ``aho-corasick``  normkit's default engine (pyahocorasick + word-boundary filter)
* ``trie-regex``    normkit's fallback engine (one ``re`` alternation shaped like a trie)
* ``flashtext``     KeywordProcessor (ASCII word boundaries), if installed
* ``regex-list``    the ``regex`` module's named list ``\\L<names>``
* ``alternation``   a plain ``re`` alternation of the phrases, longest first

Aliases are synthetic name-like phrases. The ``stage+packs`` rows run normkit's whole
lexicon stage (fold, match, guards, per line of text) with the real packs plus the
synthetic aliases as rules of one canonical form and nine variants each; their build
time is the stage's (variant generation for the real packs included).
Medians of ``--repeats`` runs; a peer that takes too long at a size is skipped.

    python benchmarks/lexicon_matchers.py              # 100, 10000, 100000 aliases
    python benchmarks/lexicon_matchers.py --sizes 100 1000 --repeats 5
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import regex

from normkit.matching import ENGINES, LiteralMatcher, fold

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
WMT = DATA / "wmt22-general-mt" / "txt" / "system-outputs"
ALIASES_PER_RULE = 10  # a synthetic rule: one canonical form and nine variants
SLOW_LIMIT = 10.0  # seconds a peer may spend on one build+scan before larger sizes are skipped


def corpus() -> str:
    files = sorted(WMT.glob("generaltest2022.uk-en.hyp.*.en"))[:4]
    if files:
        return "\n".join(p.read_text("utf-8") for p in files)
    random.seed(0)
    words = ["the", "talks", "in", "Kiev", "went", "on", "for", "hours", "while", "president"]
    return " ".join(random.choice(words) for _ in range(300_000))


def synthetic_aliases(count: int, seed: int = 1) -> list[str]:
    """Name-like phrases: one or two capitalised pseudo-words, plus a few real names."""
    rng = random.Random(seed)
    letters = "abcdefghijklmnoprstuvyz"
    found: set[str] = {"Kiev", "Kharkov", "Zelenskiy", "Plaza San Miguel"}
    while len(found) < count:
        word = "".join(rng.choice(letters) for _ in range(rng.randint(5, 11))).capitalize()
        if rng.random() < 0.3:
            word += " " + "".join(rng.choice(letters) for _ in range(6)).capitalize()
        found.add(word)
    return sorted(found)[:count]


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def peer_builders() -> dict[str, Callable[[list[str]], Callable[[str], int]]]:
    builders: dict[str, Callable[[list[str]], Callable[[str], int]]] = {}
    for name in ENGINES:
        def build(aliases: list[str], engine: str = name) -> Callable[[str], int]:
            matcher = LiteralMatcher(dict.fromkeys(aliases, 0), engine=engine)
            return lambda folded: sum(1 for _ in matcher.finditer(folded, folded))
        builders[name] = build
    try:
        from flashtext import KeywordProcessor
    except ImportError:
        KeywordProcessor = None
    if KeywordProcessor is not None:
        def build_flashtext(aliases: list[str]) -> Callable[[str], int]:
            processor = KeywordProcessor(case_sensitive=True)
            for alias in aliases:
                processor.add_keyword(fold(alias))
            return lambda folded: len(processor.extract_keywords(folded))
        builders["flashtext"] = build_flashtext

    def build_named_list(aliases: list[str]) -> Callable[[str], int]:
        pattern = regex.compile(r"(?<!\w)\L<names>(?!\w)", names=[fold(a) for a in aliases])
        return lambda folded: sum(1 for _ in pattern.finditer(folded))
    builders["regex-list"] = build_named_list

    def build_alternation(aliases: list[str]) -> Callable[[str], int]:
        body = "|".join(re.escape(fold(a)) for a in sorted(aliases, key=len, reverse=True))
        pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)")
        return lambda folded: sum(1 for _ in pattern.finditer(folded))
    builders["alternation"] = build_alternation
    return builders


def stage_runner(extra_aliases: list[str]) -> tuple[float, Callable[[str], int]]:
    """normkit's whole lexicon stage: the real packs plus ``extra_aliases`` as one more pack."""
    from normkit.packs.discovery import load_all
    from normkit.rules import compile_rules
    from normkit.stages.base import Context
    from normkit.stages.lexicon import LexiconStage
    from normkit.tracking import TrackedText

    rules = [r for r in compile_rules(load_all()) if r.stage == "lexicon"]
    if extra_aliases:
        import dataclasses

        from normkit.packs.schema import Rule

        template = rules[0]
        for i in range(0, len(extra_aliases), ALIASES_PER_RULE):
            canonical, *variants = extra_aliases[i : i + ALIASES_PER_RULE]
            spec = Rule.model_validate({"id": f"synthetic-{i}", "kind": "alias",
                                        "canonical": canonical, "variants": variants or [canonical],
                                        "examples": [{"in": canonical}]})
            rules.append(dataclasses.replace(template, id=f"bench/synthetic-{i}", rule=spec,
                                             order=len(rules)))
    start = time.perf_counter()
    stage = LexiconStage(rules, {})
    stage.matcher("en")
    build = time.perf_counter() - start
    ctx = Context(lang="en", options={})

    def run(text: str) -> int:
        doc = TrackedText(text)
        stage.run(doc, ctx)
        return len(doc.edits)
    return build, run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 10_000, 100_000])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    text = corpus()
    folded = fold(text)
    mb = len(text.encode("utf-8")) / 1e6
    print(f"text: {mb:.2f} MB; medians of {args.repeats} runs\n")
    print(f"{'matcher':14} {'aliases':>8} {'build s':>8} {'MB/s':>8} {'matches':>8}")
    slow: set[str] = set()
    base: dict[str, float] = {}
    for size in args.sizes:
        aliases = synthetic_aliases(size)
        for name, build in peer_builders().items():
            if name in slow:
                print(f"{name:14} {size:8} {'skipped (too slow at a smaller size)':>35}")
                continue
            build_time, scan = timed(lambda b=build, a=aliases: b(a))
            runs = [timed(lambda s=scan: s(folded))]
            if build_time + runs[0][0] < SLOW_LIMIT:
                runs += [timed(lambda s=scan: s(folded)) for _ in range(args.repeats - 1)]
            seconds = statistics.median(t for t, _ in runs)
            speed = mb / seconds
            base.setdefault(name, speed)
            print(f"{name:14} {size:8} {build_time:8.2f} {speed:8.1f} {runs[0][1]:8}"
                  f"   ({speed / base[name]:.2f} of the first size)")
            if build_time + seconds > SLOW_LIMIT:
                slow.add(name)
    # the whole stage: runs interleaved across sizes, so that load from other
    # processes falls on every size alike
    lines = text.splitlines()
    stages = {size: stage_runner(synthetic_aliases(size)) for size in args.sizes}
    times: dict[int, list[float]] = {size: [] for size in args.sizes}
    edits: dict[int, int] = {}
    for _ in range(args.repeats):
        for size, (_, run) in stages.items():
            seconds, edits[size] = timed(lambda r=run: sum(r(line) for line in lines))
            times[size].append(seconds)
    first = None
    for size in args.sizes:
        speed = mb / statistics.median(times[size])
        first = first or speed
        print(f"{'stage+packs':14} {size:8} {stages[size][0]:8.2f} {speed:8.1f} {edits[size]:8}"
              f"   ({speed / first:.2f} of the first size; per line, with guards)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
