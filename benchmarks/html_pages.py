"""``normkit clean --from html`` on a folder of saved web pages: what each page keeps.

Each page (``*.html``, ``*.htm``) is read as normkit reads pages (:func:`normkit.page_text`)
and cleaned with the default profile. The table shows, per page, the text's non-blank
lines, the lines kept and the lines dropped. The pages are not part of the project (save
your own; real pages carry other people's text), so the folder is an argument.

A page may carry a hand-made reference beside it, ``NAME.gold.txt``: one line of the
page's text per line, marked ``+ `` (the article's own line: headline, standfirst,
paragraphs, subheads: it must stay) or ``? `` (either way: a caption, a kicker, an
author's note). Every other line of the page is furniture. With a reference the table
adds the article lines dropped (``lost``, precision first: this should be 0; a line shown
twice, a ``<title>`` and its headline, is lost only if no copy stays) and the
furniture lines kept (``kept junk``).

    python benchmarks/html_pages.py /tmp/html              # the table
    python benchmarks/html_pages.py /tmp/html --show NAME  # one page, line by line
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

ARTICLE, EITHER = "+ ", "? "


@dataclass
class PageLines:
    """One page's lines and, per line, whether the cleaning kept it."""

    name: str
    lines: list[str]
    kept: list[bool]
    rules: list[str]


def clean_page(path: Path, norm) -> PageLines:
    """The page's text, line by line, with what the cleaning did to each line."""
    from normkit.webpage import page_text

    text = page_text(path.read_text(encoding="utf-8", errors="replace"))
    result = norm.run(text)
    lines, kept, rules = [], [], []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            gone = next((b.rule for b in result.removed
                         if b.start <= offset and offset + len(line) <= b.end), None)
            lines.append(line.strip())
            kept.append(gone is None)
            rules.append(gone or "")
        offset += len(line) + 1
    return PageLines(path.stem, lines, kept, rules)


def read_gold(path: Path) -> tuple[set[str], set[str]] | None:
    """The article's lines and the either-way lines of a ``NAME.gold.txt`` reference."""
    if not path.is_file():
        return None
    article, either = set(), set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(ARTICLE):
            article.add(line[2:].strip())
        elif line.startswith(EITHER):
            either.add(line[2:].strip())
    return article, either


def errors(page: PageLines, gold: tuple[set[str], set[str]]) -> tuple[int, int, int]:
    """Article lines of the page, article lines dropped, furniture lines kept."""
    article, either = gold
    kept_texts = {line for line, k in zip(page.lines, page.kept, strict=True) if k}
    # a line the page shows twice (the <title> and the headline) is lost if no copy stays
    lost = sum(1 for line, k in zip(page.lines, page.kept, strict=True)
               if line in article and not k and line not in kept_texts)
    junk = sum(1 for line, k in zip(page.lines, page.kept, strict=True)
               if k and line not in article and line not in either)
    return sum(1 for line in page.lines if line in article), lost, junk


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a folder of saved pages (*.html, *.htm)")
    parser.add_argument("--show", metavar="NAME", help="print one page line by line")
    args = parser.parse_args(argv)
    from normkit import Normalizer

    pages = sorted(p for p in args.folder.iterdir() if p.suffix.lower() in (".html", ".htm"))
    if not pages:
        sys.exit(f"no saved pages (*.html, *.htm) in {args.folder}")
    norm = Normalizer()
    if args.show:
        page = clean_page(args.folder / f"{args.show}.html", norm)
        gold = read_gold(args.folder / f"{args.show}.gold.txt")
        for line, k, rule in zip(page.lines, page.kept, page.rules, strict=True):
            mark = "K" if k else "D"
            if gold:
                mark += "+" if line in gold[0] else "?" if line in gold[1] else " "
            print(f"{mark:3} {rule:24.24} {line[:110]}")
        return 0
    print(f"{'page':34} {'lines':>5} {'kept':>5} {'dropped':>7} {'article':>7} {'lost':>4} "
          f"{'kept junk':>9}")
    totals = [0] * 6
    for path in pages:
        page = clean_page(path, norm)
        row = [len(page.lines), sum(page.kept), len(page.lines) - sum(page.kept)]
        gold = read_gold(path.with_suffix(".gold.txt"))
        scored = errors(page, gold) if gold else None
        cells = [f"{n:>5}" for n in row[:2]] + [f"{row[2]:>7}"]
        if scored:
            cells += [f"{scored[0]:>7}", f"{scored[1]:>4}", f"{scored[2]:>9}"]
            row += list(scored)
        else:
            cells += [f"{'-':>7}", f"{'-':>4}", f"{'-':>9}"]
            row += [0, 0, 0]
        totals = [a + b for a, b in zip(totals, row, strict=True)]
        print(f"{page.name[:34]:34} " + " ".join(cells))
    print(f"{'all (' + str(len(pages)) + ' pages)':34} {totals[0]:>5} {totals[1]:>5} "
          f"{totals[2]:>7} {totals[3]:>7} {totals[4]:>4} {totals[5]:>9}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
