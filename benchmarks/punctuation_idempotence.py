"""Idempotence of the encoding + punctuation stages on every corpus in ../shared/data.

Cleans every text of every corpus once, cleans the result again, and counts texts whose
second cleaning changes anything (it must be none), per corpus and quote style.
tests/test_punctuation_corpora.py runs the same check on slices.

    python benchmarks/punctuation_idempotence.py [--limit N]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from collections.abc import Iterator
from pathlib import Path

from normkit.stages.punctuation import EncodingAndPunctuation

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.S)


def _strings(value) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def corpus_texts(path: Path) -> Iterator[tuple[str, str]]:
    """``(language, text)`` for every text in one data file."""
    name = path.name
    lang = "en"
    match = re.search(r"\.src\.(\w\w)$", name)
    if match:
        lang = match.group(1)
    if path.suffix == ".sgm":
        for body in _BODY.findall(path.read_text(encoding="latin-1")):
            yield lang, body
    elif path.suffix == ".json":
        for text in _strings(json.loads(path.read_text(encoding="utf-8"))):
            yield "und", text
    elif path.suffix == ".tsv":
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle, delimiter="\t"):
                yield "und", " ".join(row)
    else:
        for line in path.read_text(encoding="utf-8").split("\n"):
            yield lang, line


def corpus_files() -> list[Path]:
    return sorted(p for p in DATA.rglob("*") if p.is_file()
                  and p.suffix in (".txt", ".json", ".tsv", ".sgm", ".en", ".uk", ".ru", ".de"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=0, help="texts per file (0: all)")
    args = parser.parse_args()
    cleaners = {q: EncodingAndPunctuation({"quotes": q}) for q in ("straight", "curly", "keep")}
    total_bad = 0
    for path in corpus_files():
        texts = list(corpus_texts(path))
        if args.limit:
            texts = texts[: args.limit]
        bad = {q: 0 for q in cleaners}
        for lang, text in texts:
            for quotes, cleaner in cleaners.items():
                once = cleaner.run(text, lang).text
                if cleaner.run(once, lang).text != once:
                    bad[quotes] += 1
        total_bad += sum(bad.values())
        print(f"{path.relative_to(DATA)!s:75s} {len(texts):6d} texts   not idempotent: "
              + "  ".join(f"{q} {n}" for q, n in bad.items()))
    print(f"texts whose second cleaning changed something: {total_bad}")


if __name__ == "__main__":
    main()
