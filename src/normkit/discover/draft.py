"""Write proposals as a draft pack: valid YAML for the pack schema, evidence in comments.

Every rule gets examples (each variant becomes the canonical form; the canonical
form stays), and the draft is checked with the profile's packs as ``normkit rules
lint`` checks it: examples through the whole pipeline, variants claimed twice,
idempotence. Rules it faults (another pack's rule touches the same words) are left
out, with a comment saying why.

>>> from normkit.discover.candidates import Form
>>> from normkit.discover.suggest import Proposal
>>> kharkiv = Form("Kharkiv", 40, Counter({"a.txt": 40}))
>>> kharkov = Form("Kharkov", 11, Counter({"b.txt": 11}), examples=["Shelling in Kharkov."])
>>> text = pack_text([Proposal(kharkiv, [kharkov])], pack_id="draft", lang="en")
>>> print(text[text.index("rules:"):])
rules:
  # Kharkiv  40x in 1 file
  # Kharkov  11x in 1 file; e.g. "Shelling in Kharkov."
  - id: kharkiv
    kind: alias
    canonical: "Kharkiv"
    variants: ["Kharkov"]
    examples:
      - {in: "Kharkov", out: "Kharkiv"}
      - {in: "Kharkiv"}
<BLANKLINE>
"""

from __future__ import annotations

import json
import re
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from unidecode import unidecode

from normkit.discover.candidates import Form
from normkit.discover.suggest import Proposal
from normkit.language import UNDETERMINED
from normkit.matching import fold
from normkit.packs.discovery import load_all
from normkit.pipeline import Normalizer

MAX_EXAMPLE_VARIANTS = 3
SNIPPET = 70  # characters of an example sentence on each side of the name


def quote(text: str) -> str:
    """A YAML double-quoted scalar (JSON string syntax, control characters escaped).

    >>> quote('Say "Kyiv"'), quote("O'Neill")
    ('"Say \\\\"Kyiv\\\\""', '"O\\'Neill"')
    """
    body = json.dumps(text, ensure_ascii=False)
    return "".join(
        f"\\u{ord(c):04x}" if unicodedata.category(c)[0] == "C" or c in "\u2028\u2029" else c
        for c in body
    )


def slug(text: str) -> str:
    """A rule id from a canonical form.

    >>> slug("Volodymyr Zelensky"), slug("O'Neill"), slug("Zaporizhzhia")
    ('volodymyr-zelensky', 'oneill', 'zaporizhzhia')
    """
    plain = unidecode(text).lower().replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-") or "name"


def snippet(sentence: str, name: str) -> str:
    """The part of ``sentence`` around ``name``, on one line.

    >>> snippet("word " * 30 + "Kharkov was shelled.", "Kharkov")
    '… word word word word word word word word word word word word word Kharkov was shelled.'
    """
    line = " ".join(sentence.split())
    at = line.find(name)
    if at < 0:
        at = fold(line).find(fold(name))
    if at < 0:
        at = 0
    start, end = max(0, at - SNIPPET), min(len(line), at + len(name) + SNIPPET)
    cut = line[start:end]
    if start:
        cut = "…" + cut[cut.find(" ") :] if " " in cut else "…" + cut
    if end < len(line):
        cut = (cut[: cut.rfind(" ")] if " " in cut else cut) + " …"
    return cut


def _files(form: Form) -> str:
    n = len(form.files)
    return f"{n} file" if n == 1 else f"{n} files"


def _comment(text: str) -> str:
    return " ".join(text.split())


def _example(variant: Form, texts: Sequence[str]) -> str:
    """A snippet of an example sentence that shows one of ``texts``, if there is one."""
    for sentence in variant.examples:
        for text in texts:
            if fold(text) in fold(sentence):
                return _comment(snippet(sentence, text))
    return ""


def rule_text(proposal: Proposal, rule_id: str) -> list[str]:
    """The YAML lines of one proposal, comments first."""
    canonical = proposal.canonical
    width = max(len(s) for s in proposal.spellings)
    lines = [f"  # {_comment(canonical.text):<{width}}  {canonical.count}x in {_files(canonical)}"]
    for variant in proposal.variants:
        note = f"  # {_comment(variant.text):<{width}}  {variant.count}x in {_files(variant)}"
        evidence = proposal.evidence.get(variant.text)
        if evidence is not None:
            note += (f" (letters {evidence.letters:.2f}, context {evidence.context:.2f},"
                     f" shared {evidence.shared:.2f})")
        also = [t for t in proposal.written(variant) if t != variant.text]
        if also:
            note += "; written " + ", ".join(f"{t} {variant.written[t]}x" for t in also)
        example = _example(variant, proposal.written(variant))
        if example:
            note += f'; e.g. "{example}"'
        lines.append(note)
    variants = ", ".join(quote(text) for text in proposal.variant_spellings())
    lines += [
        f"  - id: {rule_id}",
        "    kind: alias",
        f"    canonical: {quote(canonical.text)}",
        f"    variants: [{variants}]",
        "    examples:",
    ]
    for text in proposal.variant_spellings()[:MAX_EXAMPLE_VARIANTS]:
        lines.append(f"      - {{in: {quote(text)}, out: {quote(canonical.text)}}}")
    lines.append(f"      - {{in: {quote(canonical.text)}}}")
    return lines


def rule_ids(proposals: Sequence[Proposal]) -> list[str]:
    """Unique rule ids, in order."""
    seen: Counter = Counter()
    ids = []
    for proposal in proposals:
        base = slug(proposal.canonical.text)
        seen[base] += 1
        ids.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return ids


def pack_text(
    proposals: Sequence[Proposal],
    *,
    pack_id: str,
    lang: str | None,
    header: Sequence[str] = (),
    left_out: Sequence[str] = (),
) -> str:
    """The draft pack as YAML text."""
    lines = [f"# {_comment(h)}" for h in header]
    lines += [
        "normkit: 1",
        "pack:",
        f"  id: {pack_id}",
        "  version: 0.0.1",
        "  description: Name variants found by normkit suggest. Review every rule before use.",
    ]
    if lang and lang != UNDETERMINED:
        lines.append(f"  lang: [{lang}]")
    lines.append("rules:" if proposals else "rules: []")
    for proposal, rule_id in zip(proposals, rule_ids(proposals), strict=True):
        lines.extend(rule_text(proposal, rule_id))
    if left_out:
        lines.append("")
        lines.append("# Left out: `normkit rules lint` faults them (other rules touch the words).")
        lines.extend(f"# {_comment(note)}" for note in left_out)
    return "\n".join(lines) + "\n"


def free_pack_id(wanted: str, extra: Sequence[str | Path] = ()) -> str:
    """``wanted`` (made a valid id), or with ``-draft`` added if a pack already uses it."""
    base = slug(wanted)
    taken = {p.id for p in load_all()}
    for path in extra:
        try:
            from normkit.packs.loader import load_pack

            taken.add(load_pack(path).id)
        except Exception:  # an unreadable extra pack fails later, with its own message
            continue
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-draft" if n == 2 else f"{base}-draft{n}"
    return candidate


@dataclass
class Draft:
    """A validated draft pack."""

    text: str
    proposals: list[Proposal]
    left_out: list[str] = field(default_factory=list)


def _problems(norm: Normalizer, pack_id: str) -> dict[str, str]:
    """What is wrong with each faulty rule of the pack ``pack_id``, by rule id."""
    from normkit.packs.examples import run_examples
    from normkit.packs.lint import check_idempotence, check_variants

    problems: dict[str, str] = {}
    for failure in run_examples(norm, {pack_id}):
        problems.setdefault(failure.rule.rule.id,
                            f"{failure.text_in!r} became {failure.got!r}")
    for finding in check_variants(norm) + check_idempotence(norm, {pack_id}):
        if finding.rule.pack.id == pack_id and finding.severity == "error":
            problems.setdefault(finding.rule.rule.id, finding.message)
    return problems


def validate(
    proposals: list[Proposal],
    *,
    profile: str | Path,
    packs: Sequence[str | Path],
    pack_id: str,
    lang: str | None,
    header: Sequence[str] = (),
) -> Draft:
    """Drop the proposals that `normkit rules lint` would fault; return the draft.

    A rule goes if one of its examples fails in the whole pipeline (with the
    profile's packs), if it claims another rule's variant for a different canonical
    form, or if cleaning an example twice changes it again.
    """
    kept = list(proposals)
    left_out: list[str] = []
    with tempfile.TemporaryDirectory(prefix="normkit-draft-") as tmp:
        path = Path(tmp) / f"{pack_id}.yaml"
        while kept:
            path.write_text(pack_text(kept, pack_id=pack_id, lang=lang), encoding="utf-8")
            problems = _problems(Normalizer(profile, [*packs, path]), pack_id)
            if not problems:
                break
            for proposal, rule_id in zip(list(kept), rule_ids(kept), strict=True):
                if rule_id in problems:
                    left_out.append(f"{' / '.join(proposal.spellings)}: {problems[rule_id]}")
                    kept.remove(proposal)
    text = pack_text(kept, pack_id=pack_id, lang=lang, header=header, left_out=left_out)
    return Draft(text, kept, left_out)
