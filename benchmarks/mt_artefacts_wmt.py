"""Word-level MT artefacts on WMT22 system outputs; do their repairs approach the reference?

For every English system output (uk-en, ru-en, de-en): lines with each artefact kind of the
``punct-mt`` pack (and the Zh- spellings of Zelensky), before and after the default
pipeline. Then the reference check: each line the chosen packs' rules change is cleaned
twice, with the default profile and with a copy of it that leaves those packs out, and the
two outputs are compared, by character edit distance, with the cleaned human references of
the line (de-en has two: the nearer counts). A repair may leave the distance as it is (the
reference words it otherwise) but must never raise it.

    python benchmarks/mt_artefacts_wmt.py [--packs punct-mt] [--show 5]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import regex
from _data import ROOT, WMT
from rapidfuzz.distance import Levenshtein

from normkit import Normalizer

ARTEFACTS = {
    "title-case apostrophe (It'S, Don'T)":
        r"(?<![\p{L}'’])\p{L}*\p{Ll}\p{L}*['’](?:S|T|M|D|Re|Ve|Ll)\b",
    "glued article (ofthe)": r"(?i)\b(?:of|to|in|on|at|by|for|from|with|and|into|onto)the\b",
    "clock time with a spaced colon (5: 30)": r"(?<![\d:.,])\d{1,2}: [0-5]\d(?!\d)",
    "spaced compound hyphen (full -scale)": r"\p{L} -(?:scale|rise|term|based|year|old)\b",
    "closing quote glued to the reporting words (, ”said)": r", ”\p{L}",
    "Zh- spelling of Zelensky": r"\bZhelensk",
}


def _lines(folder: str, pattern: str) -> dict[str, list[str]]:
    return {p.name: p.read_text(encoding="utf-8").split("\n")
            for p in sorted((WMT / folder).glob(pattern))}


def _without(packs: list[str]) -> Normalizer:
    """The default profile less ``packs`` (a temporary profile file)."""
    default = (ROOT / "rules" / "profiles" / "default.yaml").read_text(encoding="utf-8")
    listed = ", ".join(["countries", *packs])
    text = default.replace("profile: default", "profile: without").replace(
        "exclude: [countries]", f"exclude: [{listed}]")
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False, encoding="utf-8") as f:
        f.write(text)
    try:
        return Normalizer(Path(f.name))
    finally:
        Path(f.name).unlink()


def artefact_table(norm: Normalizer, systems: dict[str, list[str]]) -> None:
    print(f"{'artefact':55s} {'lines before':>12s} {'after':>6s}")
    for name, pattern in ARTEFACTS.items():
        found = regex.compile(pattern)
        before = after = 0
        for lines in systems.values():
            for line in lines:
                if found.search(line):
                    before += 1
                    after += bool(found.search(norm.run(line, lang="en").text))
        print(f"{name:55s} {before:12d} {after:6d}")


def reference_check(norm: Normalizer, packs: list[str], systems: dict[str, list[str]],
                    show: int) -> int:
    without = _without(packs)
    references: dict[str, list[list[str]]] = {}
    for name, lines in _lines("references", "*.en").items():
        references.setdefault(name.split(".")[1], []).append(
            [norm.run(line, lang="en").text for line in lines])
    prefixes = tuple(f"{p}/" for p in packs)
    counts = {"closer": 0, "same": 0, "farther": 0}
    farther = []
    for name, lines in systems.items():
        refs = references[name.split(".")[1]]
        for i, line in enumerate(lines):
            result = norm.run(line, lang="en")
            if not any(e.rule.startswith(prefixes) for e in result.edits):
                continue
            base = without.run(line, lang="en").text
            old = min(Levenshtein.distance(base, ref[i]) for ref in refs)
            new = min(Levenshtein.distance(result.text, ref[i]) for ref in refs)
            verdict = "closer" if new < old else "farther" if new > old else "same"
            counts[verdict] += 1
            if verdict == "farther":
                farther.append((name, base, result.text))
    print(f"\nlines changed by {', '.join(packs)}: {sum(counts.values())}; nearer the "
          f"reference {counts['closer']}, as near {counts['same']}, farther {counts['farther']}")
    for name, before, after in farther[:show]:
        print(f"  {name}\n    - {before[:160]!r}\n    + {after[:160]!r}")
    return counts["farther"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--packs", default="punct-mt", help="comma-separated pack ids to check")
    parser.add_argument("--show", type=int, default=5, help="lines moved farther to print")
    args = parser.parse_args()
    if not WMT.is_dir():
        print(f"skipped: {WMT} not found", file=sys.stderr)
        return 0
    norm = Normalizer()
    systems = _lines("system-outputs", "*.en")
    artefact_table(norm, systems)
    return 1 if reference_check(norm, args.packs.split(","), systems, args.show) else 0


if __name__ == "__main__":
    sys.exit(main())
