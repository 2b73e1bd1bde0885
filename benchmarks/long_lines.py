"""Work on long lines: time per document as one line (a page flattened by an HTML-to-text
tool), as many lines or paragraphs, or as one long run, grows with its length, shape by shape.

Each shape is a short unit of messy text repeated; ``x4`` is the time at four times
the length over the time at one. Linear work reads about 4; work that grows with the
square of the line reads 16, with the cube 64.

    python benchmarks/long_lines.py [--sizes 100 400]
"""

from __future__ import annotations

import argparse
import time

import normkit

UNITS = {
    "links and MT artefacts": "Talks in Kiev went on -- for now , officials said . “ We will see "
                              "” , he said. Visit https://example.com/a?b=c or mail "
                              "press@kiev.gov.ua . ",
    "code and links": "Run `pip install kiev` -- then `ls` , he said . See https://x.org/a , "
                      "too . ",
    "handles": "@KyivPost , @Zelensky -- #Kiev , said . ",
    "bare domains": "kyivpost.com/news , bbc.co.uk -- kiev.ua/x . ",
    "glued addresses": "a@kiev.ua,b@kiev.ua;c@kiev.ua , ",
    "MT quotes": "“ We won ” , he said , “ and will win ” . ",
    "dashes and numbers": "1987 -- 1988 , 3 - 4 pct , -- 5 . ",
    "HTML entities": "Kiev &amp; Lviv &quot;talks&quot; &#8220;x&#8221; &nbsp; ",
    "mojibake": "ÐšÐ¸Ñ—Ð² â€œtalksâ€\u009d Kiev , ",
    "menu with two-space gaps": "Home  News  Sport  Business  Share  Tweet ",
    "tab-separated log": "Kiev\tLviv\tOdesa\tKharkov ",
    "barred menu": "Home | News | Sport | Video ",
    "names and links": "Kiev https://x.org/Kiev Zelenskiy a@kiev.ua Kharkov @Kiev Odessa ",
}
# one run of a unit between a head and a tail: the shapes that were quadratic (or worse)
# in one place: a check that read the rest of the line, or the whole run, at each character
RUNS = {
    "figures, one --": ("Results ", "1 2 3 ", "-- then 4 went on."),
    "scores 1--2": ("Scores: ", "1--2 ", "went on."),
    "curly quotes (und)": ("", "“", ""),
    "ZWJ run": ("Talks in Kiev. ", "\u200d", " end."),
    "Spanish marks": ("", "¿", "What happened?"),
    "dotted token": ("/", "a.", ""),
    "long word and an @": ("@ab ", "a", " went on."),
    "URL closing brackets": ("https://x.org/", ")", ""),
    "tabs before »": ("Read on", "\t", "».  Talks in Kiev."),
    "many dropped lines": ("Talks in Kiev\u00a0went on.\n", "Share this article\n", ""),
}


def seconds(norm: normkit.Normalizer, text: str) -> float:
    start = time.process_time()
    norm.run(text)
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[100, 400],
                        help="repeats of the unit: the short and the long document")
    args = parser.parse_args()
    small, large = args.sizes
    norm = normkit.Normalizer()
    norm.clean("Warm up the detector and the caches with one English sentence, please.")
    print(f"{'shape':<24} {'layout':<9} {'KB short':>9} {'ms':>8} {'KB long':>9} {'ms':>8} "
          f"{'x' + str(large // small):>6}")
    for name, unit in UNITS.items():
        for layout, sep in (("one line", " "), ("lines", "\n"), ("paras", "\n\n")):
            short, long = (unit + sep) * small, (unit + sep) * large
            row(norm, name, layout, short, long)
    for name, (head, unit, tail) in RUNS.items():
        repeats = max(1, 8000 // len(unit))  # about 8 KB at 100 repeats of a unit
        row(norm, name, "run", head + unit * (repeats * small // 100) + tail,
            head + unit * (repeats * large // 100) + tail)


def row(norm: normkit.Normalizer, name: str, layout: str, short: str, long: str) -> None:
    a, b = seconds(norm, short), seconds(norm, long)
    print(f"{name:<24} {layout:<9} {len(short) / 1e3:>9.1f} {a * 1e3:>8.1f} "
          f"{len(long) / 1e3:>9.1f} {b * 1e3:>8.1f} {b / max(a, 1e-9):>6.1f}")


if __name__ == "__main__":
    main()
