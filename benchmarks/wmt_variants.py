"""How many lines of real MT output keep a Russian-derived place name or an odd Zelensky.

Reads the WMT22 general-task uk-en and ru-en system outputs in ../shared/data (every
system, plus the human reference) and, per system, counts lines before and after
normkit's default English profile:

* ``ru-place``: a Russian-derived spelling of a Ukrainian place. The list is built
  independently of normkit's packs: the #KyivNotKiev geographical pairs, plus the
  Russian names of Ukrainian cities in GeoNames (cities15000) in their usual
  press romanisation, where that differs from the Ukrainian national one.
* ``zelensky``: a spelling of the president's surname other than ``Zelensky``.

Then, for every source line, it checks that each entity the lexicon packs know is
written the same way by every system (``inconsistent`` counts line x entity pairs
with more than one spelling), and lists the spellings left over.

    python benchmarks/wmt_variants.py            # both pairs
    python benchmarks/wmt_variants.py --pair uk-en --show 20
"""

from __future__ import annotations

import argparse
import collections
import csv
import re
import sys
from pathlib import Path

from normkit import Normalizer
from normkit.matching import fold
from normkit.stages.lexicon import english_words
from normkit.transliterate import romanize

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
WMT = DATA / "wmt22-general-mt" / "txt"
PAIRS = ("uk-en", "ru-en")
UKRAINIAN_LETTERS = set("іїєґІЇЄҐ")  # only in Ukrainian
RUSSIAN_LETTERS = set("ыэёъЫЭЁЪ")  # only in Russian
ZELENSKY = re.compile(r"\b[ZS][eé][lł][eé]ns?k\w*")
ZELENSKY_OK = {"Zelensky", "Zelenska"}


def russian_derived_spellings() -> set[str]:
    """Russian-derived English spellings of Ukrainian places, from sources outside normkit."""
    found: set[str] = set()
    pairs = DATA / "kyivnotkiev-pairs" / "kyivnotkiev_toponym_pairs.tsv"
    with pairs.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            russian, ukrainian = row["russian_derived_form"], row["ukrainian_form"]
            if row["category"] == "geographical" and row["is_control"] == "false" \
                    and russian != ukrainian and row["enabled_in_study"] == "true":
                found.add(russian)
    cities = DATA / "geonames-cities15000-2012-ussr" / "cities15000_former_ussr.tsv"
    words = english_words()
    with cities.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["country_code"] != "UA":
                continue
            cyrillic = [n for n in row["alternatenames"].split(",")
                        if n and all("\u0400" <= c <= "\u04ff" or c in " -'’" for c in n)
                        and not n.isupper()]
            russian = [n for n in cyrillic if RUSSIAN_LETTERS & set(n)]
            others = [n for n in cyrillic if n not in russian]
            if not any(UKRAINIAN_LETTERS & set(n) for n in others):
                continue  # no name that is surely Ukrainian: cannot tell the forms apart
            national = {fold(romanize(n, "kmu")) for n in others}
            for name in russian + [n for n in others if not UKRAINIAN_LETTERS & set(n)]:
                latin = romanize(name, "press-ru")
                if (fold(latin) not in national and fold(latin) not in words and len(latin) > 4
                        and re.fullmatch(r"[A-Za-z' -]+", latin)):
                    found.add(latin)
    return found


def load(pair: str) -> dict[str, list[str]]:
    """System name -> lines, for every system of ``pair`` and the reference."""
    systems = {}
    for path in sorted((WMT / "system-outputs").glob(f"generaltest2022.{pair}.hyp.*.en")):
        systems[path.name.split(".hyp.")[1][:-3]] = path.read_text("utf-8").splitlines()
    ref = WMT / "references" / f"generaltest2022.{pair}.ref.A.en"
    systems["ref.A"] = ref.read_text("utf-8").splitlines()
    return systems


def entity_spellings(norm: Normalizer, lines: list[str]) -> list[dict[str, set[str]]]:
    """Per line: entity (canonical form) -> the spellings used for it.

    A mention counts where the lexicon's guards accept it (``Mariánské Lázně`` is
    not the village Marianske), as the stage itself decides.
    """
    stage = norm._stages[3]  # the lexicon stage
    matcher = stage.matcher("en")
    out = []
    for line in lines:
        folded = fold(line)
        seen: dict[str, set[str]] = collections.defaultdict(set)
        doc_ok: dict[str, bool] = {}
        for start, end, targets in matcher.finditer(line, folded):
            for target in targets:
                if target.rule is None:
                    break
                if stage._allows(target, folded, line, start, end, doc_ok):
                    seen[target.rule.rule.canonical].add(line[start:end])
                    break
                if target.final:
                    break
        out.append(seen)
    return out


def inconsistent(per_system: dict[str, list[dict[str, set[str]]]]) -> tuple[int, list[tuple]]:
    """Line x entity pairs that MT systems spell in more than one way."""
    count = 0
    examples = []
    systems = [s for s in per_system if s != "ref.A"]
    for i in range(len(per_system[systems[0]])):
        entities = set().union(*(per_system[s][i].keys() for s in systems))
        for entity in entities:
            spellings = set().union(*(per_system[s][i].get(entity, set()) for s in systems))
            if len({fold(s) for s in spellings}) > 1 or len(spellings) > 1:
                count += 1
                examples.append((i, entity, sorted(spellings)))
    return count, examples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pair", choices=PAIRS, action="append")
    parser.add_argument("--show", type=int, default=10, help="left-over examples to list")
    args = parser.parse_args()
    if not WMT.is_dir():
        print(f"no WMT data at {WMT}", file=sys.stderr)
        return 1
    russian = russian_derived_spellings()
    russian_re = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(map(re.escape, russian), key=len,
                                                       reverse=True)) + r")\b")
    norm = Normalizer(lang="en")
    print(f"{len(russian)} Russian-derived place spellings checked "
          f"(#KyivNotKiev pairs + GeoNames); normkit profile: default, lang=en\n")
    header = f"{'pair':6} {'system':16} {'lines':>6}  {'ru-place before':>15} {'after':>5}" \
             f"  {'zelensky before':>15} {'after':>5}"
    leftovers: collections.Counter = collections.Counter()
    for pair in args.pair or PAIRS:
        systems = load(pair)
        print(header)
        before_ent: dict[str, list] = {}
        after_ent: dict[str, list] = {}
        totals = [0, 0, 0, 0]
        for name, lines in systems.items():
            cleaned = [norm.clean(line) for line in lines]
            rp = [sum(1 for t in text if russian_re.search(t)) for text in (lines, cleaned)]
            zl = [sum(1 for t in text if any(m not in ZELENSKY_OK for m in ZELENSKY.findall(t)))
                  for text in (lines, cleaned)]
            for text in cleaned:
                leftovers.update(m for m in russian_re.findall(text))
                leftovers.update(m for m in ZELENSKY.findall(text) if m not in ZELENSKY_OK)
            if name != "ref.A":
                totals = [a + b for a, b in zip(totals, rp + zl, strict=True)]
            print(f"{pair:6} {name:16} {len(lines):6}  {rp[0]:15} {rp[1]:5}  {zl[0]:15} {zl[1]:5}")
            before_ent[name] = entity_spellings(norm, lines)
            after_ent[name] = entity_spellings(norm, cleaned)
        print(f"{pair:6} {'all systems':16} {'':6}  {totals[0]:15} {totals[1]:5}  "
              f"{totals[2]:15} {totals[3]:5}")
        n_before, _ = inconsistent(before_ent)
        n_after, examples = inconsistent(after_ent)
        print(f"{pair}: line x entity pairs spelled differently across systems: "
              f"{n_before} before, {n_after} after")
        for i, entity, spellings in examples[: args.show]:
            print(f"   line {i + 1}: {entity}: {spellings}")
        print()
    if leftovers:
        print("left after cleaning:", dict(leftovers.most_common(args.show)))
    else:
        print("left after cleaning: nothing")
    return 0


if __name__ == "__main__":
    sys.exit(main())
