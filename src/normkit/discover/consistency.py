"""The consistency report: names a cleaned corpus still spells more than one way.

>>> from normkit.discover.candidates import collect
>>> docs = [("a.txt", "Shelling in Kharkov went on. The mayor of Kharkov spoke."),
...         ("b.txt", "Shelling in Kharkiv went on. The mayor of Kharkiv spoke.")]
>>> entities = inconsistencies(collect(docs), min_count=2)
>>> print(report_text(entities))
Kharkiv  4x in 2 spellings
  Kharkiv  2x  b.txt:2
  Kharkov  2x  a.txt:2  (letters 0.86, context 1.00)
1 name spelled more than one way

What counts as one name is what ``normkit suggest`` pairs (same transliteration
skeleton, close letters, shared neighbours, not a masculine/feminine pair and not one
word in two grammatical cases, see :mod:`.cluster`). The report adds a floor: each
spelling must occur ``min_count`` times (default ``MIN_COUNT``), so a spelling one
writer used once or twice does not make an item. Items are ranked by their
evidence: the occurrences of the other spellings, each weighted by how much of its
company it shares with the kept one (:attr:`Entity.score`).
"""

from __future__ import annotations

from dataclasses import dataclass

from normkit.discover.candidates import Corpus, Form
from normkit.discover.cluster import MIN_CONTEXT, MIN_LETTERS, Evidence
from normkit.discover.suggest import propose

MIN_COUNT = 5  # each spelling must occur this often to be reported
MAX_FILES = 5  # files listed per spelling in the text report


@dataclass(frozen=True)
class Spelling:
    """A spelling, how often and where; a phrase also says how it was written."""

    text: str
    count: int
    files: dict[str, int]
    written: dict[str, int]
    evidence: Evidence | None = None  # why it joined the name (None for the kept spelling)

    @classmethod
    def of(cls, form: Form, written: list[str], evidence: Evidence | None = None) -> Spelling:
        files = dict(sorted(form.files.items(), key=lambda kv: (-kv[1], kv[0])))
        texts = {t: form.written[t] for t in written if t != form.text and form.written[t]}
        return cls(form.text, form.count, files, texts, evidence)

    @property
    def weight(self) -> float:
        """How much this spelling says the name is inconsistent: its occurrences, times
        the share of its company it has in common with the main spelling (0 for that one)."""
        if self.evidence is None:
            return 0.0
        return self.count * max(self.evidence.context, self.evidence.shared)


@dataclass(frozen=True)
class Entity:
    """One name and its spellings; the first spelling is the one to keep."""

    spellings: tuple[Spelling, ...]

    @property
    def name(self) -> str:
        return self.spellings[0].text

    @property
    def count(self) -> int:
        return sum(s.count for s in self.spellings)

    @property
    def score(self) -> float:
        """The evidence the name is spelled several ways; the report ranks by it."""
        return round(sum(s.weight for s in self.spellings), 2)

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "count": self.count,
            "score": self.score,
            "spellings": [
                {"text": s.text, "count": s.count, "files": s.files, "written": s.written,
                 **({"letters": s.evidence.letters, "context": s.evidence.context,
                     "shared": s.evidence.shared} if s.evidence else {})}
                for s in self.spellings
            ],
        }


def inconsistencies(
    corpus: Corpus,
    *,
    min_count: int = MIN_COUNT,
    min_letters: float = MIN_LETTERS,
    min_context: float = MIN_CONTEXT,
    preferred: frozenset[str] = frozenset(),
    romanisation: str | None = None,
) -> list[Entity]:
    """Names spelled two or more ways, each spelling at least ``min_count`` times, the
    strongest evidence first."""
    entities = []
    for proposal in propose(corpus, min_count=min_count, min_letters=min_letters,
                            min_context=min_context, preferred=preferred,
                            romanisation=romanisation):
        forms = [proposal.canonical, *sorted(proposal.variants, key=lambda f: -f.count)]
        entities.append(Entity(tuple(
            Spelling.of(f, proposal.written(f), proposal.evidence.get(f.text)) for f in forms
        )))
    entities.sort(key=lambda e: (-e.score, -e.count, e.name))
    return entities


def report_text(entities: list[Entity]) -> str:
    """One block per name: its spellings with counts and the files that use them."""
    lines = []
    for entity in entities:
        lines.append(f"{entity.name}  {entity.count}x in {len(entity.spellings)} spellings")
        width = max(len(s.text) for s in entity.spellings)
        for s in entity.spellings:
            files = ", ".join(f"{name}:{n}" for name, n in list(s.files.items())[:MAX_FILES])
            more = len(s.files) - MAX_FILES
            if more > 0:
                files += f", and {more} more"
            written = "".join(f"; written {t} {n}x" for t, n in s.written.items())
            why = ""
            if s.evidence is not None:
                why = (f"  (letters {s.evidence.letters:.2f},"
                       f" context {max(s.evidence.context, s.evidence.shared):.2f})")
            lines.append(f"  {s.text:<{width}}  {s.count}x  {files}{written}{why}")
    n = len(entities)
    lines.append(f"{n} name{'s' if n != 1 else ''} spelled more than one way")
    return "\n".join(lines)


def report_json(entities: list[Entity]) -> dict:
    """The report as a JSON-ready dict."""
    return {"inconsistent": len(entities), "names": [e.to_dict() for e in entities]}
