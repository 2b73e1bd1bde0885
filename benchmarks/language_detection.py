"""Accuracy and speed of the language-detection backends, side by side.

Samples: WMT22 source documents (uk, ru, de), their English references, the seeds,
the first line of each source document, and the short sentences (3 to 14 words, the
case :func:`normkit.language.settle_by_function_words` checks) of sources and
references. Prints one table; ``pipeline`` is fastText as the default Normalizer
calls it, with the names its lexicon rewrites left out of the sample
(``Normalizer.neutral_words``). A second table counts the samples the default
backend reads as clear English without the model
(:func:`normkit.language.clearly_english`), and what the model says of them.

    python benchmarks/language_detection.py
"""

from __future__ import annotations

import statistics
import time

from _data import ROOT, require_shared, wmt_documents

from normkit.language import (
    NO_NEUTRAL_WORDS,
    SHORT_MAX_WORDS,
    _fasttext_predict,
    _sample,
    clearly_english,
    detect_language,
)
from normkit.pipeline import Normalizer


def samples() -> dict[str, tuple[str, list[str]]]:
    require_shared()
    sets = {}
    for pair, lang in (("uk-en", "uk"), ("ru-en", "ru"), ("de-en", "de")):
        docs = wmt_documents(pair, "src")
        sets[f"wmt {lang} docs"] = (lang, docs)
        sets[f"wmt {lang} lines"] = (lang, [d.split("\n")[0] for d in docs])
        refs = wmt_documents(pair, "ref.A.en")
        sets[f"wmt {pair} ref docs"] = ("en", refs)
        sets[f"wmt {lang} short"] = (lang, short_lines(docs))
        sets[f"wmt {pair} ref short"] = ("en", short_lines(refs))
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    sets["seeds"] = ("en", seeds)
    return sets


def short_lines(docs: list[str]) -> list[str]:
    """The lines of ``docs`` with 3 to 14 words: sentences, headlines, captions."""
    return [line for doc in docs for line in doc.split("\n")
            if 3 <= len(line.split()) <= SHORT_MAX_WORDS]


def main() -> None:
    neutral = Normalizer().neutral_words
    backends = (("fasttext", "fasttext", NO_NEUTRAL_WORDS),
                ("langdetect", "langdetect", NO_NEUTRAL_WORDS),
                ("pipeline", "fasttext", neutral))
    for _, backend, _ in backends:  # load models before timing
        detect_language("warm up the detector with a sentence", backend)
    print(f"{'sample set':<22} {'n':>5} " + " ".join(
        f"{b + ' acc':>15} {b + ' und':>15} {b + ' ms/doc':>17}" for b, _, _ in backends))
    for name, (lang, texts) in samples().items():
        row = f"{name:<22} {len(texts):>5} "
        for _, backend, words in backends:
            times, correct, undetermined = [], 0, 0
            for text in texts:
                start = time.perf_counter()
                found = detect_language(text, backend, words)
                times.append(time.perf_counter() - start)
                correct += found == lang
                undetermined += found == "und"
            decided = len(texts) - undetermined
            acc = correct / decided if decided else float("nan")
            row += (f"{acc:>15.3f} {undetermined / len(texts):>15.3f} "
                    f"{statistics.median(times) * 1000:>17.3f}")
        print(row)
    print("\nacc = accuracy among decided documents; und = share left undetermined "
          "(too short or unsure)")
    shortcut_table(samples())


def shortcut_table(sets: dict[str, tuple[str, list[str]]]) -> None:
    """How often clear English is answered without the model, and what the model says there."""
    print(f"\n{'sample set':<22} {'clear English':>14} {'model says en':>14} "
          f"{'model und':>10} {'model other':>12}")
    predict = _fasttext_predict()
    for name, (_, texts) in sets.items():
        clear = [s for s in map(_sample, texts) if clearly_english(s)]
        said = [lang if score >= 0.5 else "und" for lang, score in map(predict, clear)]
        print(f"{name:<22} {len(clear) / len(texts):>14.3f} {said.count('en'):>14} "
              f"{said.count('und'):>10} {len(said) - said.count('en') - said.count('und'):>12}")
    print("clear English = share of samples the default backend answers without the model")


if __name__ == "__main__":
    main()
