"""Counters over a whole run: documents, bytes, edits per stage and per rule, languages.

They work on the document records of a JSON report (``Result.to_dict()`` plus
``bytes_in``/``bytes_out``), so a saved report gives the same numbers as the run.

>>> stats = RunStats()
>>> stats.add({"lang": "en", "bytes_in": 20, "bytes_out": 14,
...            "edits": [{"rule": "geo-ua/kyiv", "stage": "lexicon"}],
...            "removed": [{"rule": "web/source-link", "text": "Source link\\n"}]})
>>> stats.documents, stats.changed, stats.share_removed
(1, 1, 0.3)
>>> [(r.rule, r.fired) for r in stats.top_rules()]
[('geo-ua/kyiv', 1), ('web/source-link', 1)]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

REMOVAL_STAGE = "boilerplate"  # the stage of a removed block whose rule is not described


@dataclass
class RuleStats:
    """What one rule did over the run."""

    rule: str
    stage: str
    edits: int = 0
    removed: int = 0
    documents: int = 0
    bytes_removed: int = 0

    @property
    def fired(self) -> int:
        return self.edits + self.removed


@dataclass
class RunStats:
    """Totals over every document of a run (not only the sampled ones)."""

    documents: int = 0
    changed: int = 0
    bytes_in: int | None = 0  # None once a document without byte counts was added
    bytes_out: int | None = 0
    bytes_removed: int = 0  # by removed blocks alone
    languages: Counter = field(default_factory=Counter)
    rules: dict[str, RuleStats] = field(default_factory=dict)
    # rules whose stage was a default (``stage_of`` did not know them): see settle_stages
    unstaged: set[str] = field(default_factory=set, repr=False, compare=False)

    def add(self, doc: Mapping, stage_of: Mapping[str, str] | None = None) -> None:
        """Count one document record; ``stage_of`` gives the stage of removal rules."""
        stage_of = stage_of or {}
        self.documents += 1
        edits, removed = doc.get("edits", []), doc.get("removed", [])
        self.changed += bool(doc.get("changed", bool(edits or removed)))
        self.languages[doc.get("lang", "und")] += 1
        size_in, size_out = _sizes(doc)
        self.bytes_in = _add(self.bytes_in, size_in)
        self.bytes_out = _add(self.bytes_out, size_out)
        touched = set()
        for edit in edits:
            stage = edit.get("stage") or stage_of.get(edit["rule"])
            stats = self._rule(edit["rule"], stage or "?", known=stage is not None)
            stats.edits += 1
            touched.add(edit["rule"])
        for block in removed:
            stage = stage_of.get(block["rule"])
            stats = self._rule(block["rule"], stage or REMOVAL_STAGE, known=stage is not None)
            stats.removed += 1
            size = len(block.get("text", "").encode("utf-8"))
            stats.bytes_removed += size
            self.bytes_removed += size
            touched.add(block["rule"])
        for rule in touched:
            self.rules[rule].documents += 1

    def settle_stages(self, stage_of: Mapping[str, str]) -> None:
        """Give the rules counted before their stages were known (a saved report names
        them after its documents) the stages ``stage_of`` knows.

        >>> stats = RunStats()
        >>> stats.add({"edits": [{"rule": "geo-ua/kyiv"}]})
        >>> stats.settle_stages({"geo-ua/kyiv": "lexicon"})
        >>> stats.rules["geo-ua/kyiv"].stage
        'lexicon'
        """
        for rule in self.unstaged & stage_of.keys():
            self.rules[rule].stage = stage_of[rule]
        self.unstaged -= stage_of.keys()

    def _rule(self, rule: str, stage: str, known: bool = True) -> RuleStats:
        if rule not in self.rules:
            self.rules[rule] = RuleStats(rule, stage)
            if not known:
                self.unstaged.add(rule)
        return self.rules[rule]

    @property
    def edits(self) -> int:
        return sum(r.edits for r in self.rules.values())

    @property
    def removed(self) -> int:
        return sum(r.removed for r in self.rules.values())

    @property
    def share_removed(self) -> float | None:
        """The share of input bytes that did not reach the output (None if unknown)."""
        if not self.bytes_in or self.bytes_out is None:
            return None
        return (self.bytes_in - self.bytes_out) / self.bytes_in

    def stages(self) -> dict[str, tuple[int, int]]:
        """Edits and removed blocks per stage, in pipeline order."""
        from normkit.packs.schema import STAGES

        totals: dict[str, list[int]] = {}
        for stats in self.rules.values():
            pair = totals.setdefault(stats.stage, [0, 0])
            pair[0] += stats.edits
            pair[1] += stats.removed
        order = {stage: i for i, stage in enumerate(STAGES)}
        return {s: (e, r) for s, (e, r) in sorted(totals.items(),
                                                  key=lambda kv: (order.get(kv[0], 99), kv[0]))}

    def top_rules(self, limit: int | None = None) -> list[RuleStats]:
        """Rules by how often they fired, most first (ties by id)."""
        ranked = sorted(self.rules.values(), key=lambda r: (-r.fired, r.rule))
        return ranked if limit is None else ranked[:limit]

    @classmethod
    def from_dict(cls, summary: Mapping) -> RunStats:
        """The totals a report's summary block (:meth:`to_dict`) holds.

        >>> stats = RunStats(documents=2, changed=1, languages=Counter(en=2))
        >>> stats._rule("geo-ua/kyiv", "lexicon").edits = 3
        >>> RunStats.from_dict(stats.to_dict()).to_dict() == stats.to_dict()
        True
        """
        rules = {
            rule: RuleStats(rule, info.get("stage", "?"), info.get("edits", 0),
                            info.get("removed", 0), info.get("documents", 0),
                            info.get("bytes_removed", 0))
            for rule, info in (summary.get("rules") or {}).items()
        }
        return cls(documents=summary.get("documents", 0), changed=summary.get("changed", 0),
                   bytes_in=summary.get("bytes_in"), bytes_out=summary.get("bytes_out"),
                   bytes_removed=summary.get("bytes_removed", 0),
                   languages=Counter(summary.get("languages") or {}), rules=rules)

    def to_dict(self) -> dict:
        """The summary block of the JSON report."""
        return {
            "documents": self.documents,
            "changed": self.changed,
            "bytes_in": self.bytes_in,
            "bytes_out": self.bytes_out,
            "bytes_removed": self.bytes_removed,
            "edits": self.edits,
            "removed": self.removed,
            "languages": dict(self.languages.most_common()),
            "stages": {s: {"edits": e, "removed": r} for s, (e, r) in self.stages().items()},
            "rules": {r.rule: {"stage": r.stage, "edits": r.edits, "removed": r.removed,
                               "documents": r.documents, "bytes_removed": r.bytes_removed}
                      for r in self.top_rules()},
        }


def _add(total: int | None, size: int | None) -> int | None:
    return None if total is None or size is None else total + size


def _sizes(doc: Mapping) -> tuple[int | None, int | None]:
    size_in, size_out = doc.get("bytes_in"), doc.get("bytes_out")
    if size_in is None and "original" in doc:
        size_in = len(doc["original"].encode("utf-8"))
    if size_out is None and "text" in doc:
        size_out = len(doc["text"].encode("utf-8"))
    return size_in, size_out
