"""The JSON run report: every document's edits, counts for all, texts for a sample.

Written by ``normkit clean --report FILE.json`` and read by ``normkit report``.
The format (``"version": 1``) extends the first one, whose keys it keeps::

    {"version": 1,
     "files": [{"path": "a.txt",
                "documents": [{"lang", "changed", "edits", "removed",  # every document
                               "bytes_in", "bytes_out",                # UTF-8 sizes
                               "original", "text"}]}],                 # sampled ones only
     "summary": {...},         # RunStats.to_dict(): totals over ALL documents
     "sample": {"limit": 200, "documents": 5},
     "rules": {"geo-ua/kyiv": {"stage", "kind", "pack", "location", "description",
                               "examples": [{"in", "out"}]}},         # the rules that fired
     "consistency": [{"entity", "spellings": {"Kyiv": 12, "Kiev": 3}}]}  # optional

Rule descriptions and examples are embedded when the report is written, so a
saved report renders the rules as they were at run time, without the packs;
reports without them fall back to the bundled packs.

>>> import normkit
>>> builder = ReportBuilder(normkit.Normalizer(), sample=1)
>>> builder.add("a.txt", [normkit.Normalizer().run("Talks in Kiev.", lang="en")])
>>> report = builder.finish()
>>> report["summary"]["edits"], report["rules"]["geo-ua/kyiv"]["examples"][0]["in"]
(1, 'Talks in Kiev.')
>>> report["files"][0]["documents"][0]["text"]
'Talks in Kyiv.'
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from normkit.document import Result
from normkit.report.sample import DEFAULT_SAMPLE, Sampler
from normkit.report.saved import SavedReportError, read_saved_report
from normkit.report.stats import RunStats

if TYPE_CHECKING:
    from normkit.pipeline import Normalizer
    from normkit.rules import CompiledRule

VERSION = 1
MAX_EXAMPLES = 3


class ReportError(ValueError):
    """A file that is not a normkit JSON report."""


def describe_rule(rule: CompiledRule) -> dict:
    """What a report needs to know about a rule: where it lives and its examples."""
    spec = rule.rule
    return {
        "stage": rule.stage,
        "kind": spec.kind,
        "pack": rule.pack.id,
        "pack_version": rule.pack.info.pack.version,
        "location": rule.location,
        "description": (spec.description or "").strip(),
        "examples": [{"in": e.text_in, "out": e.text_in if e.text_out is None else e.text_out}
                     for e in spec.examples[:MAX_EXAMPLES]],
    }


class ReportBuilder:
    """Collects the results of a run, a file at a time, into a JSON report.

    ``records`` says where each document's record goes: ``memory`` (the default), or
    ``spool``, a temporary file, or ``none`` (only the HTML page and the statistics are
    wanted). Spooled or dropped, only the sampled documents stay in memory, so memory
    does not grow with the run: :meth:`write_json` streams the whole report from the
    spool, and :meth:`finish` gives the report of the sampled documents (all the HTML
    page and the statistics need).
    """

    def __init__(self, normalizer: Normalizer | None = None, sample: int = DEFAULT_SAMPLE,
                 *, records: str = "memory"):
        if records not in ("memory", "spool", "none"):
            raise ValueError(f"records must be memory, spool or none, not {records!r}")
        self._normalizer = normalizer
        self._sampler = Sampler(sample)
        self._files: list[dict] = []  # {"path", "documents"}; spooled: {"path", "count"}
        self._docs: list[dict] = []  # every document's record (not when spooled)
        self._open: dict | None = None  # the file documents are being added to
        self._count = 0
        # closed by close(), or when the builder is collected
        self._in_memory = records == "memory"
        self._spool = (tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115
                       if records == "spool" else None)
        self._rules: dict[str, dict] = {}
        self._stage_of: dict[str, str] = {}
        self.stats = RunStats()

    def add(self, path: str, results: Sequence[Result]) -> None:
        """Record the results of one input file (one per document)."""
        for result in results:
            self.add_document(path, result)
        self.end_file(path)

    def add_document(self, path: str, result: Result) -> None:
        """Record one document of the input file ``path`` (files come one after another)."""
        entry = self._entry(path)
        doc = result.to_dict(include_text=False)
        doc["bytes_in"] = len(result.original.encode("utf-8"))
        doc["bytes_out"] = len(result.text.encode("utf-8"))
        fired = {r["rule"] for r in doc["edits"]} | {r["rule"] for r in doc["removed"]}
        for rule in fired - self._rules.keys():
            self._rules[rule] = self._describe(rule)
            if "stage" in self._rules[rule]:
                self._stage_of[rule] = self._rules[rule]["stage"]
        self.stats.add(doc, self._stage_of)
        keys = {f"rule:{rule}" for rule in fired} | {f"lang:{result.lang}"}
        if self._in_memory:
            self._sampler.offer(self._count, keys, (result.original, result.text))
            self._docs.append(doc)
            entry["documents"].append(doc)
        else:
            entry["count"] += 1
            number = {"number": entry["count"], "file": len(self._files) - 1}
            self._sampler.offer(self._count, keys, (result.original, result.text, doc, number))
            if self._spool is not None:
                self._spool.write(json.dumps(doc, ensure_ascii=False) + "\n")
        self._count += 1

    def end_file(self, path: str) -> None:
        """The input file ``path`` has no more documents."""
        self._entry(path)
        self._open = None

    def _entry(self, path: str) -> dict:
        if self._open is None or self._open["path"] != path:
            self._open = ({"path": path, "documents": []} if self._in_memory
                          else {"path": path, "count": 0})
            self._files.append(self._open)
        return self._open

    def _describe(self, rule_id: str) -> dict:
        if self._normalizer is None:
            return {}
        try:
            return describe_rule(self._normalizer.rule(rule_id))
        except KeyError:
            return {}

    def finish(self) -> dict:
        """The report: texts attached to the sampled documents, totals over all of them.

        Spooled or dropped, its files list the sampled documents alone, each with its ``number``
        in its file (and each file its ``count``): write the whole report with
        :meth:`write_json`.
        """
        chosen = self._sampler.chosen()
        if self._in_memory:
            for index, (original, text) in chosen.items():
                self._docs[index]["original"] = original
                self._docs[index]["text"] = text
            files = self._files
        else:
            files = [{"path": entry["path"], "count": entry["count"], "documents": []}
                     for entry in self._files]
            for original, text, doc, where in chosen.values():
                files[where["file"]]["documents"].append(
                    {**doc, "number": where["number"], "original": original, "text": text})
        return {
            "version": VERSION,
            "files": files,
            "summary": self.stats.to_dict(),
            "sample": {"limit": self._sampler.limit, "documents": len(chosen)},
            "rules": dict(sorted(self._rules.items())),
        }

    def write_json(self, handle: TextIO) -> None:
        """The whole report as JSON, every document's record read back from the spool
        (or the report :meth:`finish` gives, when kept in memory)."""
        if self._in_memory:
            json.dump(self.finish(), handle, ensure_ascii=False, indent=1)
            return
        if self._spool is None:
            raise ValueError("the documents' records were not kept (records='none')")
        report = self.finish()
        texts = {(where["file"], where["number"]): (original, text)
                 for original, text, _, where in self._sampler.chosen().values()}
        self._spool.flush()
        self._spool.seek(0)
        handle.write(f'{{"version": {VERSION},\n "files": [')
        for file_number, entry in enumerate(self._files):
            handle.write(",\n  " if file_number else "\n  ")
            handle.write(f'{{"path": {json.dumps(entry["path"], ensure_ascii=False)}, '
                         '"documents": [')
            for number in range(1, entry["count"] + 1):
                line = self._spool.readline().rstrip("\n")
                sampled = texts.get((file_number, number))
                if sampled is not None:
                    doc = json.loads(line)
                    doc["original"], doc["text"] = sampled
                    line = json.dumps(doc, ensure_ascii=False)
                handle.write((",\n   " if number > 1 else "\n   ") + line)
            handle.write("]}")
        for key in ("summary", "sample", "rules"):
            handle.write(f'],\n "{key}": ' if key == "summary" else f',\n "{key}": ')
            handle.write(json.dumps(report[key], ensure_ascii=False))
        handle.write("}\n")

    def close(self) -> None:
        """Remove the spool (also done when the builder is collected)."""
        if self._spool is not None:
            self._spool.close()


def build_report(normalizer: Normalizer | None, files: Iterable[tuple[str, Sequence[Result]]],
                 sample: int = DEFAULT_SAMPLE) -> dict:
    """The report of ``(path, results)`` pairs."""
    builder = ReportBuilder(normalizer, sample)
    for path, results in files:
        builder.add(path, results)
    return builder.finish()


def load_report(path: str | Path) -> dict:
    """Read a saved JSON report in flat memory (see :mod:`normkit.report.saved`): its
    sampled documents, a summary over all of them, and a description of every rule that
    fired (from the bundled packs where the report lacks one)."""
    try:
        data = read_saved_report(path)
    except OSError as exc:  # the reason alone: the path is named once, in front
        raise ReportError(f"{path}: cannot read the report: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, SavedReportError) as exc:
        raise ReportError(f"{path}: {exc}") from None
    if data.get("version", VERSION) != VERSION:
        raise ReportError(f"{path}: a report of format version {data['version']!r}; this "
                          f"normkit reads version {VERSION}")
    rules = dict(data.get("rules") or {})
    missing = set(data["summary"].get("rules") or {}) - rules.keys()
    if missing:
        rules.update(_bundled_descriptions(missing))
    data["rules"] = rules
    return complete_report(data, str(path))


def complete_report(data: object, name: str = "report") -> dict:
    """Check the shape of a report and recompute its summary from its documents (unless
    they are a sample whose totals it brings)."""
    if not isinstance(data, Mapping) or not isinstance(data.get("files"), list):
        raise ReportError(f"{name}: not a normkit report (no 'files' list)")
    report = dict(data)
    rules: dict[str, dict] = dict(report.get("rules") or {})
    fired = {record["rule"] for doc in iter_documents(report)
             for record in [*doc.get("edits", []), *doc.get("removed", [])]}
    missing = fired - rules.keys()
    if missing:
        rules.update(_bundled_descriptions(missing))
    report["rules"] = rules
    # a report of the sampled documents alone (ReportBuilder.finish, spooled) counts each
    # file's documents (``count``) and brings the totals over all of them: kept
    sampled_only = any(isinstance(entry, Mapping) and "count" in entry
                       for entry in report["files"])
    if not (sampled_only and isinstance(report.get("summary"), Mapping)):
        stats = RunStats()
        stage_of = {rule: info["stage"] for rule, info in rules.items() if "stage" in info}
        for doc in iter_documents(report):
            stats.add(doc, stage_of)
        report["summary"] = stats.to_dict()
    report.setdefault("sample", {"limit": None, "documents": sum(
        "original" in doc for doc in iter_documents(report))})
    return report


def iter_documents(report: Mapping) -> Iterable[dict]:
    """Every document record of a report, in order."""
    for entry in report["files"]:
        if not isinstance(entry, Mapping) or not isinstance(entry.get("documents"), list):
            raise ReportError("a 'files' entry has no 'documents' list")
        yield from entry["documents"]


def _bundled_descriptions(rule_ids: set[str]) -> dict[str, dict]:
    """Descriptions of rules from the bundled packs (for reports written without them)."""
    from normkit.packs.discovery import load_all
    from normkit.rules import compile_rules

    found = {}
    for rule in compile_rules(load_all()):
        if rule.id in rule_ids:
            found[rule.id] = describe_rule(rule)
    return found
