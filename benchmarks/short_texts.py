"""How the default Normalizer reads the language of very short texts: headlines, titles,
single sentences.

Sets, for every WMT22 pair under ../shared/data (sources and English references): the
first line of each document (its headline or opening sentence) and every line of 3 to
8 words. Each text is read as :meth:`normkit.Normalizer.run` reads it (fastText, the
lexicon's names left out of the sample). Prints, per set, the share read right among
those given a language (acc), the share read as another language (wrong, of all; a
source line read as ``en`` would take the English rules), the share left undetermined
(und), and which other languages were read. ``--examples N`` lists texts of each kind.

    python benchmarks/short_texts.py [--examples N]
"""

from __future__ import annotations

import argparse
from collections import Counter

from _data import WMT, require_shared, wmt_documents

from normkit.language import detect_language
from normkit.pipeline import Normalizer

PAIRS = ("uk-en", "ru-en", "de-en")
SHORT_WORDS = (3, 8)


def pairs() -> list[str]:
    """The WMT22 pairs whose sources are present."""
    found = {p.name.split(".")[1] for p in (WMT / "sources").glob("generaltest2022.*.src.*")}
    return [pair for pair in PAIRS if pair in found]


def very_short(docs: list[str]) -> list[str]:
    low, high = SHORT_WORDS
    return [line for doc in docs for line in doc.split("\n")
            if low <= len(line.split()) <= high]


def first_lines(docs: list[str], pair: str) -> list[str]:
    if not (WMT / f"generaltest2022.{pair}.docids.tsv").exists():
        return []  # no document ids: a "document" is one segment, not a headline
    return [doc.split("\n")[0] for doc in docs if doc.strip()]


def sets() -> dict[str, tuple[str, list[str]]]:
    require_shared()
    found: dict[str, tuple[str, list[str]]] = {}
    for pair in pairs():
        lang = pair.split("-")[0]
        for side, code in (("src", lang), ("ref.A.en", "en")):
            docs = wmt_documents(pair, side)
            name = f"{pair} {'src ' + lang if side == 'src' else 'ref en'}"
            heads = first_lines(docs, pair)
            if heads:
                found[f"{name} first lines"] = (code, heads)
            found[f"{name} 3-8 words"] = (code, very_short(docs))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=0,
                        help="print this many undetermined and wrong texts of each set")
    args = parser.parse_args()
    norm = Normalizer()
    neutral = norm.neutral_words
    print(f"{'set':<34} {'n':>5} {'acc':>7} {'wrong':>7} {'und':>7}  other languages read")
    for name, (lang, texts) in sets().items():
        found = [detect_language(text, "fasttext", neutral) for text in texts]
        counts = Counter(found)
        decided = len(texts) - counts["und"]
        acc = counts[lang] / decided if decided else float("nan")
        wrong = (decided - counts[lang]) / len(texts)
        others = ", ".join(f"{code} {n}" for code, n in counts.most_common()
                           if code not in (lang, "und"))
        print(f"{name:<34} {len(texts):>5} {acc:>7.3f} {wrong:>7.3f} "
              f"{counts['und'] / len(texts):>7.3f}  {others}")
        if args.examples:
            und = [t for t, f in zip(texts, found, strict=True) if f == "und"]
            bad = [(f, t) for t, f in zip(texts, found, strict=True) if f not in (lang, "und")]
            for text in und[: args.examples]:
                print(f"    und  {text[:100]}")
            for code, text in bad[: args.examples]:
                print(f"    {code:<4} {text[:100]}")
    print("\nacc = right among texts given a language; wrong = read as another language "
          "(share of all); und = left undetermined")


if __name__ == "__main__":
    main()
