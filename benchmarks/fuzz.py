"""Fuzzing campaign for normkit's core promises, on realistic messy documents.

Not part of the test suite: it runs for minutes. Each document is composed from real
fragments (WMT22 sources, references and system outputs; Zyte page text, boilerplate
lines and article bodies; Reuters bodies; the seeds; every rule example of the bundled
packs; ftfy's mojibake cases) and then roughened with machine-translation artefacts
(``” “,``, ``--``, `` ,``, ``« »``, ``„“``), name variants taken from the lexicon packs,
URLs, e-mails, @handles and `code`, odd whitespace (tabs, NBSP, zero-width characters,
CRLF, long blank runs), HTML entities and mojibake. Document ``i`` of seed ``s`` is
always the same document, so a failure can be replayed with ``--only i``.

Properties checked on every document (each under its configuration, with the language
detected and with the document's language given):

- ``crash``: cleaning raises nothing;
- ``idempotent``: ``clean(clean(x)) == clean(x)``;
- ``spans``: every edit and removed block is inside the input and
  ``original[start:end]`` is its ``before`` / ``text``;
- ``accounting``: removed blocks do not overlap each other, and every stretch of the
  input that no edit or removed block covers is still in the output, in order (a change
  with no record would break that);
- ``protected``: no edit touches a URL, e-mail, @handle or `code` span (of the input as
  the encoding stage repaired it: what is protected can be a repair's work), and each such
  span is in the output or inside one removed block, whole.

Each distinct failure is shrunk (lines, then words, then characters) to a small input
that still fails the same way, and printed with the rules involved.

    python benchmarks/fuzz.py --examples 20000              # default profile
    python benchmarks/fuzz.py --minutes 20 --wide           # + options, corpus mode, long docs
    python benchmarks/fuzz.py --only 1234 --seed 7 -v       # replay one document
    python benchmarks/fuzz.py --scripts --minutes 5 --wide  # Arabic, Hindi, CJK, Thai...
    python benchmarks/fuzz.py --packs web-sv web-tr punct-mt caption --minutes 5
"""

from __future__ import annotations

import argparse
import faulthandler
import itertools
import json
import multiprocessing
import random
import re
import sys
import threading
import time
import traceback
from collections import Counter, defaultdict
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from _corpora import reuters_bodies, seed_texts
from _data import SHARED, WMT

from normkit import Normalizer, Result
from normkit.corpus import RecurringLines
from normkit.packs.examples import example_lang
from normkit.protect import find_protected
from normkit.stages.base import Context
from normkit.tracking import TrackedText

LANGS = ("en", "es", "fr", "de", "uk", "ru")
LANG_WEIGHTS = (40, 10, 10, 14, 13, 13)
ZYTE = SHARED / "scrapinghub-article-extraction-benchmark"
FTFY = SHARED / "ftfy-test-cases"

# Sentences written for this script (Spanish and French news prose is scarce in the data).
OWN_SENTENCES = {
    "es": [
        "El presidente de Ucrania, Volodímir Zelenski, se reunió el jueves con el secretario "
        "general de la OTAN en Kiev.",
        "Las autoridades locales informaron de que las explosiones se oyeron en el centro de "
        "la ciudad poco después de las diez de la noche.",
        "«No vamos a ceder ni un metro», dijo el alcalde a los periodistas.",
        "Según el Ministerio de Defensa, las tropas rusas atacaron Járkov durante la madrugada.",
        "La reunión, que duró más de tres horas, terminó sin un acuerdo.",
        "¿Qué pasará ahora con los refugiados que llegaron a Polonia?",
        "Los precios de la energía subieron un 12 % en marzo, según datos oficiales.",
        "El Gobierno anunció nuevas ayudas para las familias desplazadas por la guerra.",
    ],
    "fr": [
        "Le président ukrainien, Volodymyr Zelensky, a reçu jeudi le secrétaire général de "
        "l'Otan à Kiev.",
        "Selon les autorités locales, plusieurs explosions ont retenti dans le centre de la "
        "ville peu après 22 heures.",
        "« Nous ne céderons pas », a déclaré le maire aux journalistes.",
        "D'après le ministère de la Défense, les troupes russes ont bombardé Kharkiv dans la nuit.",
        "La réunion, qui a duré plus de trois heures, s'est achevée sans accord.",
        "Que va-t-il se passer pour les réfugiés arrivés en Pologne ?",
        "Les prix de l'énergie ont augmenté de 12 % en mars, selon les chiffres officiels.",
        "Le gouvernement a annoncé de nouvelles aides pour les familles déplacées par la guerre.",
    ],
}

MT_ARTEFACTS = [
    "” “,", "”“", " ,", " .", " ;", " :", " !", " ?", "--", " -- ", " - ", " – ", "—", "« »",
    "«", "»", "„", "“", "”", "„“", "‘", "’", "'", '"', "' s", " 's", "’s", "...", "…", ". . .",
    ",,", "..", "!!", "?!", "(", ")", " ( ", " ) ", "[", "]", "¿", "¡", "''", "``", ",\"", "\",",
    " , ,", "“ ", " ”", "‹", "›", "‚", "´", "`", "/", " / ", "-", "–", "—", "- -",
]
WHITESPACE = ["\t", "\u00a0", "\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad", "\u2009",
              "\u202f", "\u3000", "\u2028", "\u2060", "  ", "   ", " \t ", "\u00a0\u00a0"]
BLOCK_SEPARATORS = ["\n", "\n", "\n\n", "\n\n", "\n\n", "\r\n", "\r\n\r\n", "\n\n\n\n\n",
                    "\n \n", "\n\t\n", " ", "\n\u00a0\n", "\n\n\n", "\r", "\u2029"]
ENTITIES = ["&amp;", "&nbsp;", "&#8217;", "&#8220;", "&#8221;", "&quot;", "&lt;", "&gt;",
            "&#x27;", "&mdash;", "&rsquo;", "&amp;#8217;", "&#39;", "&hellip;", "&laquo;",
            "&raquo;", "&#160;", "&ndash;"]
URLS = [
    "https://www.reuters.com/world/europe/kiev-talks-2022-03-01/",
    "http://www.kyivpost.com/post/1?a=b&c=d", "www.nato.int", "https://t.me/kiev_news",
    "https://en.wikipedia.org/wiki/Kyiv_(city)", "kyivpost.com/post/kiev-news",
    "https://x.com/ZelenskyyUa/status/1505", "bbc.co.uk", "ftp://files.example.org/a--b.txt",
    "https://example.com/path?q=Kiev,Odessa&x=1", "https://www.pravda.com.ua/rus/news/2022/",
    "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fkyiv.example",
    "www.gov.uk/guidance/kharkov", "https://news.example/a_b--c...d",
]
EMAILS = ["press@kiev.gov.ua", "j.smith+news@reuters.com", "redaktion@spiegel.de",
          "info@kyiv-post.com.ua", "tips@nytimes.com", "pr.office@mfa.gov.ua"]
HANDLES = ["@KyivIndependent", "@ZelenskyyUa", "@NATO", "#StandWithUkraine", "#Kiev",
           "@kiev_post", "#Kharkov2022", "@Reuters"]
CODE = ["`pip install --upgrade kiev-tools`", "`x = a -- b`", "`Kiev , Odessa`",
        "`print(\"Kiev\")`", "```\nfor city in ['Kiev', 'Odessa']:\n    print(city , 1)\n```",
        "`--dash`", "`a ... b`", "`“quoted”`"]
NAMES_EXTRA = ["Kiev", "KIEV", "kiev", "Kyiv", "Kiev's", "Kiev’s", "Kiev-based", "pro-Kiev",
               "Chicken Kiev", "Kievan Rus", "Kharkov", "Zelenskiy", "Zelenskyy", "Zelenski",
               "Volodímir Zelenski", "Odessa", "Odessa, Texas", "Lvov", "Nikolaev", "Zaporozhye",
               "Dnepr", "Lugansk", "Donbass", "Artemovsk", "Nato", "Kiew", "Charkiw",
               "Selenskyj", "Plaza San Miguel", "Київ", "Киев", "Зеленський", "Зеленский"]


@dataclass
class Pools:
    """The real fragments documents are made of."""

    sentences: dict[str, list[str]]  # by language
    lines: list[str]  # lines as found on pages (headlines, bylines, menus, captions)
    boilerplate: list[str]  # lines that are boilerplate: rule examples, Zyte non-body lines
    examples: dict[str, list[str]]  # rule examples' inputs, by language
    mojibake: list[str]
    names: list[str]


_SENTENCE_END = re.compile(r"(?<=[.!?…»”\"])\s+(?=[A-ZА-ЯІЇЄ«“\"„¿¡])")


def _split_sentences(paragraph: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(paragraph.strip()) if s]


def _wmt_lines(folder: str, pattern: str) -> list[str]:
    lines: list[str] = []
    for path in sorted((WMT / folder).glob(pattern)):
        lines.extend(line for line in path.read_text("utf-8").split("\n") if line.strip())
    return lines


def load_pools(normalizer: Normalizer, reuters_limit: int = 3000) -> Pools:
    sentences: dict[str, list[str]] = defaultdict(list)
    sentences["en"] += _wmt_lines("references", "*.en") + _wmt_lines("system-outputs", "*.en")
    sentences["de"] += _wmt_lines("sources", "*.de")
    sentences["ru"] += _wmt_lines("sources", "*.ru")
    sentences["uk"] += _wmt_lines("sources", "*.uk")
    for body in reuters_bodies(reuters_limit):
        sentences["en"] += _split_sentences(" ".join(body.split()))
    lines: list[str] = []
    for text in seed_texts():
        lines += [line for line in text.split("\n") if line.strip()]
    boilerplate: list[str] = []
    gold = json.loads((ZYTE / "ground-truth.json").read_text("utf-8"))
    raw = json.loads((ZYTE / "output-html-text.json").read_text("utf-8"))["output"]
    for page, item in raw.items():
        body = gold.get(page, {}).get("articleBody", "")
        for line in item["articleBody"].split("\n"):
            if not line.strip():
                continue
            lines.append(line)
            if line.strip() not in body:
                boilerplate.append(line)
        for paragraph in body.split("\n"):
            sentences["en"] += _split_sentences(paragraph)
    examples: dict[str, list[str]] = defaultdict(list)
    names = list(NAMES_EXTRA)
    for rule in normalizer.rules:
        for example in rule.rule.examples:
            lang = example_lang(rule, example.lang)
            examples[lang].append(example.text_in)
            if rule.stage == "boilerplate":
                boilerplate += [line for line in example.text_in.split("\n") if line.strip()]
            elif rule.stage == "lexicon" and lang in LANGS:
                sentences[lang].append(example.text_in)
        if rule.rule.kind == "alias":
            names += [*rule.rule.variants, *([rule.rule.canonical] if rule.rule.canonical else [])]
            names += rule.rule.protect
    for lang, own in OWN_SENTENCES.items():
        sentences[lang] += own * 20  # as likely as the examples
        sentences[lang] += examples.get(lang, [])
    mojibake: list[str] = []
    for name in ("in-the-wild", "synthetic", "negative", "known-failures", "language-names"):
        path = FTFY / f"{name}.json"
        if path.exists():
            mojibake += [case["original"] for case in json.loads(path.read_text("utf-8"))]
    return Pools(dict(sentences), lines, boilerplate, dict(examples), mojibake, names)


# -- making documents ---------------------------------------------------------------------

def _word_positions(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"(?<=\S)(?=\s)|(?<=\s)(?=\S)", text)] or [len(text)]


def _insert(rng: random.Random, text: str, piece: str, *, anywhere: bool = False) -> str:
    at = rng.randrange(len(text) + 1) if anywhere and text else rng.choice(_word_positions(text))
    return text[:at] + piece + text[at:]


def _mojibake(rng: random.Random, text: str) -> str:
    """Encode as UTF-8 and read back as a legacy code page, as a misconfigured scraper does."""
    codec = rng.choice(["cp1252", "latin-1", "cp1251", "mac_roman"])
    try:
        return text.encode("utf-8").decode(codec, errors="replace" if rng.random() < .3 else
                                           "strict")
    except UnicodeDecodeError:
        return text.encode("utf-8").decode("latin-1")


def _entities(rng: random.Random, text: str) -> str:
    table = {"’": "&#8217;", "'": "&#39;", "&": "&amp;", "“": "&#8220;", "”": "&#8221;",
             "\"": "&quot;", "—": "&mdash;", "–": "&ndash;", "…": "&hellip;", " ": "&nbsp;",
             "«": "&laquo;", "»": "&raquo;"}
    return "".join(table[c] if c in table and rng.random() < .3 else c for c in text)


def _rename(rng: random.Random, pools: Pools, text: str) -> str:
    words = list(re.finditer(r"[A-ZА-ЯІЇЄ][\w’'-]+", text))
    if not words:
        return _insert(rng, text, rng.choice(pools.names))
    m = rng.choice(words)
    return text[:m.start()] + rng.choice(pools.names) + text[m.end():]


def _quote(rng: random.Random, text: str) -> str:
    positions = _word_positions(text)
    if len(positions) < 2:
        return text
    a, b = sorted(rng.sample(positions, 2))
    left, right = rng.choice([("“", "”"), ("\"", "\""), ("«", "»"), ("„", "“"), ("« ", " »"),
                              ("‘", "’"), ("'", "'"), ("”", "“"), ("“", "\""), ("„", "”"),
                              ("\" ", " \""), ("‹", "›")])
    return text[:a] + left + text[a:b] + right + text[b:]


def _roughen(rng: random.Random, pools: Pools, text: str, intensity: float) -> str:
    """Apply a few random realistic corruptions to one block."""
    ops: list[tuple[float, Callable[[str], str]]] = [
        (1.0, lambda t: _insert(rng, t, rng.choice(MT_ARTEFACTS))),
        (0.6, lambda t: _rename(rng, pools, t)),
        (0.4, lambda t: _quote(rng, t)),
        (0.3, lambda t: _insert(rng, t, " " + rng.choice(URLS + EMAILS + HANDLES + CODE) + " ")),
        (0.15, lambda t: _insert(rng, t, rng.choice(URLS + EMAILS + HANDLES + CODE))),
        (0.4, lambda t: _insert(rng, t, rng.choice(WHITESPACE))),
        (0.08, lambda t: _insert(rng, t, rng.choice(WHITESPACE), anywhere=True)),
        (0.15, lambda t: _insert(rng, t, rng.choice(ENTITIES))),
        (0.15, lambda t: _entities(rng, t)),
        (0.08, lambda t: _mojibake(rng, t)),
        (0.05, lambda t: t.upper()),
        (0.05, lambda t: _insert(rng, t, rng.choice(MT_ARTEFACTS), anywhere=True)),
        (0.05, lambda t: t.replace(" ", rng.choice(["  ", "\t", "\u00a0", " \n"]))),
        (0.05, lambda t: rng.choice(["- ", "* ", "• ", "— ", "> ", "1. ", "| "]) + t),
        (0.05, lambda t: t.rstrip(".") + rng.choice(["", " .", "..", " ...", ":", " --"])),
    ]
    weights = [w for w, _ in ops]
    for _ in range(int(rng.expovariate(1 / intensity)) if intensity else 0):
        op = rng.choices(ops, weights)[0][1]
        text = op(text)
    return text


def _paragraph(rng: random.Random, pools: Pools, lang: str) -> str:
    pool = pools.sentences[lang] if rng.random() > .1 else pools.sentences[rng.choice(LANGS)]
    return " ".join(rng.choice(pool) for _ in range(rng.choice([1, 1, 2, 3, 4, 6])))


def make_document(index: int, seed: int, pools: Pools, *, blocks: int = 12,
                  intensity: float = 2.0) -> tuple[str, str]:
    """Document ``index`` of the campaign ``seed`` and its language."""
    rng = random.Random(f"{seed}:{index}")
    lang = rng.choices(LANGS, LANG_WEIGHTS)[0]
    parts: list[str] = []
    for _ in range(rng.randint(1, blocks)):
        kind = rng.choices(
            ["paragraph", "line", "boilerplate", "example", "mojibake", "protected", "blank"],
            [45, 12, 18, 12, 4, 4, 5])[0]
        if kind == "paragraph":
            block = _paragraph(rng, pools, lang)
        elif kind == "line":
            block = rng.choice(pools.lines)
        elif kind == "boilerplate":
            block = rng.choice(pools.boilerplate)
        elif kind == "example":
            own = pools.examples.get(lang) or pools.examples["und"]
            block = rng.choice(own if rng.random() < .7 else pools.examples[
                rng.choice(list(pools.examples))])
        elif kind == "mojibake":
            block = rng.choice(pools.mojibake)
        elif kind == "protected":
            block = rng.choice(URLS + EMAILS + HANDLES + CODE)
        else:
            block = rng.choice(["", " ", "\t", "\u00a0", "\u200b"])
        parts.append(_roughen(rng, pools, block, intensity))
    text = ""
    for part in parts:
        text += (rng.choice(BLOCK_SEPARATORS) if text else "") + part
    if rng.random() < .1:
        text = rng.choice(["\ufeff", "\n\n", " ", "\t"]) + text
    if rng.random() < .1:
        text += rng.choice(["\n", "\n\n\n", " ", "\r\n", "\u00a0"])
    return text, lang


# -- the properties -----------------------------------------------------------------------

PROPERTIES = ("crash", "idempotent", "spans", "accounting", "protected")


@dataclass
class Failure:
    prop: str
    config: str
    lang: str | None  # None: detected
    text: str
    detail: str
    signature: str
    index: int = -1
    minimal: str | None = None
    minimal_detail: str = ""
    recurring: RecurringLines | None = None  # corpus mode: the corpus's recurring lines


def _check_spans(original: str, result: Result) -> str | None:
    for record in (*result.edits, *result.removed):
        if not 0 <= record.start <= record.end <= len(original):
            return f"out of bounds: {record}"
    for edit in result.edits:
        if original[edit.start:edit.end] != edit.before:
            return f"edit before != original span: {edit}"
    for block in result.removed:
        if original[block.start:block.end] != block.text:
            return f"removed text != original span: {block}"
    return None


def _check_accounting(original: str, result: Result) -> str | None:
    blocks = sorted((b.start, b.end, b.rule) for b in result.removed)
    for (s1, e1, r1), (s2, e2, r2) in itertools.pairwise(blocks):
        if s2 < e1:
            return f"removed blocks overlap: {(s1, e1, r1)} {(s2, e2, r2)}"
    cuts = {0, len(original)}
    covered = [False] * (len(original) + 1)
    for record in (*result.edits, *result.removed):
        cuts.update((record.start, record.end))
        for i in range(record.start, record.end):
            covered[i] = True
    points = sorted(cuts)
    out, pos = result.text, 0
    for a, b in itertools.pairwise(points):
        if covered[a]:
            continue
        piece = original[a:b]
        found = out.find(piece, pos)
        if found < 0:
            return f"unrecorded change: {piece!r} (original {a}:{b}) is not in the output"
        pos = found + len(piece)
    return None


def protected_spans(norm: Normalizer, original: str) -> list[tuple[int, int, str, bool]]:
    """The input's spans that stay protected once the encoding stage has repaired it
    (what decides them can be a repair's work: an invisible character, mojibake), with
    their repaired text and whether the raw input had them protected already."""
    raw = set(find_protected(original))
    doc = TrackedText(original, sorted(raw))
    norm.stage("encoding").run(doc, Context(lang="und", options=norm.options))
    spans = []
    for start, end in doc.protected:
        o_start, o_end = doc.original_span(start, end)
        spans.append((o_start, o_end, doc.text[start:end], (o_start, o_end) in raw))
    return spans


def _covered(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """True if ``[start, end)`` lies within the union of ``spans``."""
    for s, e in sorted(spans):
        if s <= start < e:
            start = e
    return start >= end


def _check_protected(original: str, result: Result,
                     spans: list[tuple[int, int, str, bool]]) -> str | None:
    repaired = [(e.start, e.end) for e in result.edits if e.stage == "encoding"]
    for start, end, span, raw in spans:
        if any(b.start <= start and end <= b.end for b in result.removed):
            continue  # dropped whole with its block: later edits may span the gap it left
        for block in result.removed:
            if block.start < end and start < block.end:
                return f"removed block cuts protected {span!r}: {block}"
        for edit in result.edits:
            if edit.stage == "encoding" and not raw:
                continue  # protected once repaired: the repair made it
            if (edit.start < end and start < edit.end) or (
                    edit.start == edit.end and start < edit.start < end):
                overlap = (max(start, edit.start), min(end, edit.end))
                if edit.stage != "encoding" and _covered(*overlap, repaired):
                    continue  # a repair wrote both: the map to the input is that coarse
                return f"edit inside protected {span!r}: {edit}"
        if span not in result.text:
            return f"protected {span!r} is not in the output"
    return None


def _rules(result: Result) -> list[str]:
    return sorted({e.rule for e in result.edits} | {b.rule for b in result.removed})


def check(norm: Normalizer, config: str, text: str, lang: str | None) -> list[Failure]:
    """Every property of one cleaning run (``lang`` None: detected)."""
    where = lang or "detect"
    try:
        once = norm.run(text, lang=lang)
        again = norm.run(once.text, lang=lang)
    except Exception as exc:
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        detail = "".join(traceback.format_exception_only(exc)).strip()
        sig = f"crash:{type(exc).__name__}:{Path(frame.filename).name}:{frame.lineno}"
        return [Failure("crash", config, lang, text, detail, sig)]
    failures = []
    if again.text != once.text:
        detail = (f"lang {once.lang}->{again.lang}; second pass: "
                  + "; ".join(f"{e.rule}: {e.before!r}->{e.after!r}" for e in again.edits[:4])
                  + "".join(f"; drop {b.rule}: {b.text[:60]!r}" for b in again.removed[:2]))
        sig = f"idempotent:{where}:{','.join(_rules(again)) or 'lang ' + again.lang}"
        failures.append(Failure("idempotent", config, lang, text, detail, sig))
    spans = protected_spans(norm, text)
    for prop, checker in (("spans", _check_spans), ("accounting", _check_accounting),
                          ("protected", lambda t, r: _check_protected(t, r, spans))):
        detail = checker(text, once)
        if detail:
            rules = re.findall(r"rule='([^']+)'", detail)
            failures.append(Failure(prop, config, lang, text, detail,
                                    f"{prop}:{','.join(sorted(set(rules)))}:"
                                    f"{detail.split(':')[0]}"))
    return failures


# -- shrinking ----------------------------------------------------------------------------

def _units(text: str, level: str) -> list[str]:
    if level == "lines":
        return text.splitlines(keepends=True)
    if level == "words":
        return [u for u in re.split(r"(\s+)", text) if u]
    return list(text)


def shrink(text: str, still_fails: Callable[[str], bool], budget: float = 60.0) -> str:
    """Remove lines, then words, then characters while the failure persists (ddmin-like)."""
    deadline = time.monotonic() + budget
    for level in ("lines", "words", "chars"):
        units = _units(text, level)
        chunk = max(1, len(units) // 2)
        while chunk >= 1 and time.monotonic() < deadline:
            i, changed = 0, False
            while i < len(units) and time.monotonic() < deadline:
                candidate = units[:i] + units[i + chunk:]
                if candidate and still_fails("".join(candidate)):
                    units, changed = candidate, True
                else:
                    i += chunk
            if not changed:
                chunk //= 2
        text = "".join(units)
    return text


# -- configurations -----------------------------------------------------------------------

@dataclass
class Config:
    name: str
    build: Callable[[], Normalizer]
    corpus: bool = False  # corpus mode: with_recurring over the batch of documents
    blocks: int = 12
    _norm: Normalizer | None = field(default=None, repr=False)

    def normalizer(self) -> Normalizer:
        if self._norm is None:
            self._norm = self.build()
        return self._norm


@cache
def _base(options: tuple[tuple[str, str], ...] = ()) -> Normalizer:
    return Normalizer(options=dict(options))


CONFIGS = {
    "default": Config("default", _base),
    "long": Config("long", _base, blocks=60),
    "dash-em-spaced": Config("dash-em-spaced", lambda: _base((("dash", "em-spaced"),))),
    "quotes-curly": Config("quotes-curly", lambda: _base((("quotes", "curly"),))),
    "quotes-keep": Config("quotes-keep", lambda: _base((("quotes", "keep"), ("dash", "keep")))),
    "canonical-en": Config("canonical-en", lambda: _base((("canonical_forms", "en"),))),
    "corpus": Config("corpus", _base, corpus=True),
}
WIDE = tuple(CONFIGS)


CHUNK = 40  # documents per unit of work (and per corpus-mode batch)
_POOLS: Pools | None = None
SCRIPTS = False  # --scripts: documents in other scripts (fuzz_scripts.SENTENCES)
PACKS: tuple[str, ...] = ()  # --packs: documents made of these packs' rule examples


def _pools() -> Pools:
    global _POOLS
    if _POOLS is None:
        _POOLS = load_pools(_base())
        if SCRIPTS:
            _add_scripts(_POOLS)
        if PACKS:
            _use_pack_examples(_POOLS, _base())
    return _POOLS


def use_scripts() -> None:
    """Make every document in one of the languages of ``fuzz_scripts`` (Arabic, Persian,
    Hebrew, Hindi, Chinese, Japanese, Korean, Turkish, Greek, Thai, Vietnamese), its
    corruptions and page lines as for the others; the rule examples are the
    language-neutral ones."""
    global SCRIPTS, LANGS, LANG_WEIGHTS
    from fuzz_scripts import SENTENCES

    SCRIPTS = True
    LANGS = tuple(SENTENCES)
    LANG_WEIGHTS = tuple(1 for _ in SENTENCES)


def _add_scripts(pools: Pools) -> None:
    from fuzz_scripts import SENTENCES

    for lang, sentences in SENTENCES.items():
        pools.sentences[lang] = sentences * 3
        pools.examples.setdefault(lang, pools.examples["und"])


def _chosen(rule, patterns: tuple[str, ...]) -> bool:
    """True if ``rule`` is one ``--packs`` asks for: its pack's id matches a pattern, or a
    pattern ``caption`` / ``article_meta`` names the rules so marked (galleries, headlines
    above bylines)."""
    from fnmatch import fnmatch

    return any(fnmatch(rule.pack.id, p) or getattr(rule.rule, p, False) is True
               for p in patterns)


def use_packs(patterns: list[str]) -> None:
    """Make every document of the rule examples of the packs ``patterns`` name (fnmatch
    on the pack id, e.g. ``web-sv`` or ``web-*``; ``caption`` and ``article_meta`` take
    the rules so marked), in those examples' languages: their furniture lines, their
    article sentences and the examples whole, roughened as the other documents are."""
    global PACKS, LANGS, LANG_WEIGHTS
    PACKS = tuple(patterns)
    langs = Counter(example_lang(rule, example.lang) for rule in _base().rules
                    if _chosen(rule, PACKS) for example in rule.rule.examples)
    if not langs:
        sys.exit(f"no rule examples in the packs {patterns}")
    LANGS = tuple(lang for lang in langs if lang != "und") or ("en",)
    LANG_WEIGHTS = tuple(1 for _ in LANGS)


def _use_pack_examples(pools: Pools, normalizer: Normalizer) -> None:
    sentences: dict[str, list[str]] = defaultdict(list)
    examples: dict[str, list[str]] = defaultdict(list)
    boilerplate: list[str] = []
    lines: list[str] = []
    for rule in normalizer.rules:
        if not _chosen(rule, PACKS):
            continue
        for example in rule.rule.examples:
            lang = example_lang(rule, example.lang)
            lang = lang if lang in LANGS else LANGS[0]
            examples[lang].append(example.text_in)
            kept = (example.text_out or example.text_in).split("\n")
            for line in example.text_in.split("\n"):
                if not line.strip():
                    continue
                lines.append(line)
                if line not in kept and rule.stage == "boilerplate":
                    boilerplate.append(line)
            sentences[lang] += [line for line in kept if len(line.split()) > 3]
    for lang in LANGS:  # a language's sentences: its examples' prose, else the English pool
        sentences[lang] = sentences[lang] or pools.sentences["en"]
    pools.sentences = {**pools.sentences, **sentences}
    pools.examples = {**dict(examples), "und": [t for v in examples.values() for t in v]}
    pools.boilerplate = boilerplate or pools.boilerplate
    pools.lines = lines + pools.lines[:len(lines)]  # half page lines from elsewhere


@dataclass
class ChunkResult:
    docs: int = 0
    checked: Counter = field(default_factory=Counter)  # (property, language) -> documents
    failed: Counter = field(default_factory=Counter)
    failures: list[Failure] = field(default_factory=list)


def check_chunk(task: tuple[list[int], int, str, float, bool]) -> ChunkResult:
    """Make and check documents ``indices`` under one configuration (a worker's job)."""
    indices, seed, config_name, intensity, verbose = task
    config = CONFIGS[config_name]
    pools = _pools()
    docs = [(i, *make_document(i, seed, pools, blocks=config.blocks, intensity=intensity))
            for i in indices]
    norm = config.normalizer()
    recurring = None
    if config.corpus:  # corpus mode: the chunk is the corpus whose recurring lines go
        recurring = RecurringLines.count([t for _, t, _ in docs], min_docs=3)
        norm = norm.with_recurring(recurring)
    out = ChunkResult()
    for index, text, lang in docs:
        out.docs += 1
        if verbose:
            print(f"--- document {index} ({lang}, {config.name}):\n{text!r}")
        for given_lang in (None, lang):
            where = given_lang or "detect"
            for prop in PROPERTIES:
                out.checked[(prop, where)] += 1
            with _watchdog(index, config.name, given_lang, text):
                found = check(norm, config.name, text, given_lang)
            for failure in found:
                failure.index, failure.recurring = index, recurring
                out.failed[(failure.prop, where)] += 1
                out.failures.append(failure)
    return out


HANG_SECONDS = 60.0  # a document that takes longer is reported as a hang (--hang-seconds)


@contextmanager
def _watchdog(index: int, config: str, lang: str | None, text: str):
    """Report a document whose cleaning hangs (a regular expression that backtracks
    without end holds no Python-level lock, so a timer thread can still speak)."""
    def report() -> None:
        print(f"\nHANG document {index} [{config}, lang={lang or 'detected'}] still running "
              f"after {HANG_SECONDS:.0f}s:\n{text!r}", file=sys.stderr, flush=True)
        faulthandler.dump_traceback(file=sys.stderr, all_threads=True)

    timer = threading.Timer(HANG_SECONDS, report)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


def _tasks(args: argparse.Namespace) -> list[tuple[list[int], int, str, float, bool]]:
    indices = [args.only] if args.only is not None else list(range(args.start, args.examples))
    by_config: dict[str, list[int]] = defaultdict(list)
    for index in indices:
        by_config[args.configs[index % len(args.configs)]].append(index)
    tasks = []
    for config, mine in by_config.items():
        for i in range(0, len(mine), CHUNK):
            tasks.append((mine[i:i + CHUNK], args.seed, config, args.intensity, args.verbose))
    tasks.sort(key=lambda task: task[0][0])  # in document order
    return tasks


def run_campaign(args: argparse.Namespace) -> int:
    started = time.monotonic()
    pools = _pools()
    print(f"pools: {', '.join(f'{k} {len(v):,}' for k, v in pools.sentences.items())} sentences; "
          f"{len(pools.lines):,} lines; {len(pools.boilerplate):,} boilerplate lines; "
          f"{sum(map(len, pools.examples.values())):,} rule examples; "
          f"{len(pools.mojibake)} mojibake cases ({time.monotonic() - started:.1f}s); "
          f"configurations: {', '.join(args.configs)}", flush=True)
    checked: Counter[tuple[str, str]] = Counter()
    failed: Counter[tuple[str, str]] = Counter()
    distinct: dict[str, Failure] = {}
    counts: Counter[str] = Counter()  # by the minimal input's signature
    seen: dict[str, str] = {}  # a full document's signature -> its minimal input's
    docs = next_table = 0
    deadline = started + args.minutes * 60 if args.minutes else None
    tasks = _tasks(args)
    if args.jobs > 1:
        pool = multiprocessing.get_context("fork").Pool(args.jobs)
        results = pool.imap(check_chunk, tasks)
    else:
        pool, results = None, map(check_chunk, tasks)
    try:
        for result in results:
            docs += result.docs
            checked.update(result.checked)
            failed.update(result.failed)
            for failure in result.failures:
                raw = failure.signature
                if raw not in seen:
                    _minimise(failure, args.shrink_seconds)
                    seen[raw] = failure.signature
                    if failure.signature not in distinct:
                        distinct[failure.signature] = failure
                        _print_failure(failure, args.seed)
                counts[seen[raw]] += 1
            if docs >= next_table:
                _print_table(checked, failed, distinct, docs, time.monotonic() - started)
                next_table = docs + args.progress
            if deadline and time.monotonic() > deadline:
                print(f"\ntime is up after {docs:,} documents", flush=True)
                break
    except KeyboardInterrupt:
        print(f"\ninterrupted after {docs:,} documents", flush=True)
    finally:
        if pool is not None:
            pool.terminate()
    _print_table(checked, failed, distinct, docs, time.monotonic() - started)
    if distinct:
        print("\ndistinct failures (signature: count):")
        for sig, failure in distinct.items():
            print(f"  {counts[sig]:5d}  {sig}\n         minimal: {failure.minimal!r}")
    return 1 if distinct else 0


def _minimise(failure: Failure, budget: float) -> None:
    norm = CONFIGS[failure.config].normalizer()
    if failure.recurring is not None:
        norm = norm.with_recurring(failure.recurring)

    def still_fails(candidate: str) -> bool:
        return any(f.prop == failure.prop
                   for f in check(norm, failure.config, candidate, failure.lang))

    failure.minimal = shrink(failure.text, still_fails, budget)
    found = [f for f in check(norm, failure.config, failure.minimal, failure.lang)
             if f.prop == failure.prop]
    failure.minimal_detail = found[0].detail if found else "(did not reproduce)"
    if found:  # the minimal input's own signature names the rules that matter
        failure.signature = found[0].signature


def _print_failure(failure: Failure, seed: int) -> None:
    print(f"\nFAIL {failure.prop} [{failure.config}, lang={failure.lang or 'detected'}] "
          f"document {failure.index} (replay: --seed {seed} --only {failure.index})\n"
          f"  minimal: {failure.minimal!r}\n  {failure.minimal_detail}\n"
          f"  output:  {_clean_of(failure)!r}", flush=True)


def _clean_of(failure: Failure) -> str:
    try:
        norm = CONFIGS[failure.config].normalizer()
        if failure.recurring is not None:
            norm = norm.with_recurring(failure.recurring)
        once = norm.clean(failure.minimal or "", lang=failure.lang)
        return f"{once!r} -> {norm.clean(once, lang=failure.lang)!r}"
    except Exception as exc:
        return f"raises {exc!r}"


def _print_table(checked: Counter, failed: Counter, distinct: dict, docs: int,
                 seconds: float) -> None:
    print(f"\n{docs:,} documents in {seconds / 60:.1f} min "
          f"({docs / max(seconds, 1e-9):.1f} docs/s)")
    print(f"{'property':<12} {'language':<9} {'checked':>9} {'failed':>7} {'distinct':>8}")
    for prop in PROPERTIES:
        for where in ("detect", "given"):
            n = sum(v for (p, w), v in checked.items()
                    if p == prop and (w == "detect") == (where == "detect"))
            bad = sum(v for (p, w), v in failed.items()
                      if p == prop and (w == "detect") == (where == "detect"))
            kinds = sum(1 for f in distinct.values()
                        if f.prop == prop and (f.lang is None) == (where == "detect"))
            print(f"{prop:<12} {where:<9} {n:>9,} {bad:>7,} {kinds:>8}")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--examples", type=int, default=2000, help="documents to check")
    parser.add_argument("--start", type=int, default=0, help="first document index")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--minutes", type=float, default=0, help="stop after this long")
    parser.add_argument("--configs", nargs="+", default=["default"], choices=sorted(CONFIGS))
    parser.add_argument("--wide", action="store_const", dest="configs", const=list(WIDE),
                        help="every configuration: options, corpus mode, long documents")
    parser.add_argument("--intensity", type=float, default=2.0,
                        help="mean number of corruptions per block")
    parser.add_argument("--shrink-seconds", type=float, default=60.0)
    parser.add_argument("--progress", type=int, default=1000, help="print the table every N")
    parser.add_argument("--only", type=int, help="check only document N")
    parser.add_argument("-j", "--jobs", type=int, default=1,
                        help="worker processes (the documents are the same for any number)")
    parser.add_argument("--hang-seconds", type=float, default=60.0,
                        help="report a document still running after this long")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each document")
    parser.add_argument("--scripts", action="store_true",
                        help="documents in Arabic, Persian, Hebrew, Hindi, Chinese, Japanese, "
                             "Korean, Turkish, Greek, Thai and Vietnamese instead")
    parser.add_argument("--packs", nargs="+", metavar="PACK",
                        help="documents made of these packs' rule examples (pack ids, "
                             "fnmatch patterns such as 'web-*'; 'caption' and 'article_meta' "
                             "take the boilerplate rules so marked)")
    args = parser.parse_args(argv)
    if args.scripts:
        use_scripts()
    if args.packs:
        use_packs(args.packs)
    if not SHARED.is_dir():
        sys.exit(f"data not found: {SHARED}")
    global HANG_SECONDS
    HANG_SECONDS = args.hang_seconds
    return run_campaign(args)


if __name__ == "__main__":
    raise SystemExit(main())
