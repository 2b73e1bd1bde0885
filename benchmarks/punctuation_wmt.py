"""Punctuation repair on real machine translation: WMT22 system outputs and human references.

For every system output (uk-en, ru-en, de-en): lines with a space before , . ; : ? !
(emoticons, ellipses, times and numbers like `.5` are not faults) before and after
normkit's encoding and punctuation stages, and how many lines changed.

For every human reference: the share of lines the stages change with the style
policies switched off (quotes, dash, nbsp: keep), i.e. fault repairs only, and the
rules that changed them; then, separately, what the default profile's style policies
(straight quotes, closed em dashes, plain spaces) change.

    python benchmarks/punctuation_wmt.py [--show N]
"""

from __future__ import annotations

import argparse
import collections
from pathlib import Path

import regex

from normkit.stages.punctuation import EncodingAndPunctuation

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "wmt22-general-mt" / "txt"
FAULTS_ONLY = {"quotes": "keep", "dash": "keep", "nbsp": "keep"}

# A space before sentence punctuation that is not the start of an emoticon (:) ;-) :D),
# a time (10 :30 stays a question for the author), an ellipsis, `.5` or `.com`.
SPACE_BEFORE_PUNCT = regex.compile(
    r"(?<=\S)[ \t]+(?:,|;(?![-^']?[()DPp])|:(?![-^']?[()DPpOo3/\\|*\[\]]|\d)"
    r"|[?!]|\.(?![.\d\p{L}]))"
)


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")


def systems_table(cleaner: EncodingAndPunctuation, show: int) -> int:
    print("== system outputs: lines with a space before , . ; : ? ! (default profile)")
    print(f"{'file':58s} {'lines':>6s} {'before':>7s} {'after':>6s} {'changed':>8s}")
    left = 0
    for path in sorted((DATA / "system-outputs").glob("*.en")):
        lines = read_lines(path)
        before = after = changed = 0
        kept = []
        for line in lines:
            out = cleaner.run(line, "en").text
            before += bool(SPACE_BEFORE_PUNCT.search(line))
            if SPACE_BEFORE_PUNCT.search(out):
                after += 1
                kept.append(out)
            changed += out != line
        left += after
        print(f"{path.name:58s} {len(lines):6d} {before:7d} {after:6d} {changed:8d}")
        for line in kept[:show]:
            print(f"    kept: {line[:160]!r}")
    print(f"lines that keep a space before punctuation, all systems: {left}")
    return left


def references_table(show: int) -> None:
    faults = EncodingAndPunctuation(FAULTS_ONLY)
    styled = EncodingAndPunctuation()
    print("\n== human references: lines changed by fault repairs (quotes/dash/nbsp: keep)")
    total_lines = total_changed = 0
    style_rules: collections.Counter[str] = collections.Counter()
    style_lines = 0
    for path in sorted((DATA / "references").glob("*.en")):
        lines = read_lines(path)
        changed = 0
        rules: collections.Counter[str] = collections.Counter()
        examples = []
        for line in lines:
            doc = faults.run(line, "en")
            if doc.text != line:
                changed += 1
                rules.update({e.rule for e in doc.edits})
                examples.append((line, doc.text))
            styled_doc = styled.run(line, "en")
            if styled_doc.text != doc.text:
                style_lines += 1
                style_rules.update({e.rule for e in styled_doc.edits} - {e.rule for e in doc.edits})
        total_lines += len(lines)
        total_changed += changed
        print(f"{path.name:40s} {changed:4d}/{len(lines)} = {100 * changed / len(lines):5.2f}%  "
              + ", ".join(f"{rule} {n}" for rule, n in rules.most_common()))
        for before, after in examples[:show]:
            print(f"    - {before[:150]!r}\n    + {after[:150]!r}")
    print(f"all references: {total_changed}/{total_lines} = "
          f"{100 * total_changed / total_lines:.2f}% of lines changed by fault repairs")
    print(f"\nstyle policies of the default profile change {style_lines} more reference lines "
          f"({100 * style_lines / total_lines:.1f}%): "
          + ", ".join(f"{rule} {n}" for rule, n in style_rules.most_common()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", type=int, default=3, help="example lines to print per file")
    args = parser.parse_args()
    if not DATA.is_dir():
        raise SystemExit(f"{DATA} is not present")
    systems_table(EncodingAndPunctuation(), args.show)
    references_table(args.show)


if __name__ == "__main__":
    main()
