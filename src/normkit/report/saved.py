"""Read a saved JSON report in flat memory: the sampled documents are kept, the rest counted.

A report of a big corpus holds a record for every document; ``json.load`` would build
them all. Here the file is read once as a stream of JSON events (ijson): each document
is built alone, counted into the summary and let go unless it is one shown in full (it
has its ``original``). What comes
back is a report of the sampled documents alone, like :meth:`ReportBuilder.finish`
gives for a spooled run: each file says how many documents it had (``count``) and each
kept document its number in it.

>>> import json, tempfile, normkit
>>> from normkit.report import build_report
>>> norm = normkit.Normalizer()
>>> results = [norm.run(text, lang="en") for text in ("Talks in Kiev.", "Talks ended.")]
>>> with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
...     json.dump(build_report(norm, [("a.jsonl", results)], sample=1), handle)
>>> report = read_saved_report(handle.name)
>>> report["files"][0]["count"], len(report["files"][0]["documents"])
(2, 1)
>>> report["summary"]["documents"], report["summary"]["edits"]
(2, 1)
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import ijson

from normkit.report.stats import RunStats

Event = tuple[str, str, Any]  # ijson's (prefix, event, value)

_NOT_A_REPORT = "not a normkit report (no 'files' list)"
_NO_DOCUMENTS = "a 'files' entry has no 'documents' list"


class SavedReportError(ValueError):
    """The file is no JSON, or not shaped like a normkit report (the message says where)."""


def read_saved_report(path: str | Path) -> dict:
    """The report in ``path`` with its sampled documents only; its summary counts all."""
    with Path(path).open("rb") as handle:
        try:
            return _read(ijson.parse(handle))
        except ijson.JSONError as exc:
            raise SavedReportError(f"not valid JSON: {exc}") from None


def _read(events: Iterator[Event]) -> dict:
    if next(events, ("", None, None))[1] != "start_map":
        raise SavedReportError(_NOT_A_REPORT)
    report: dict[str, Any] = {}
    stats, counted = RunStats(), False  # counted: the files said how many documents they had
    for prefix, event, value in events:
        if prefix != "" or event != "map_key":  # the report's end
            break
        if value == "files":
            report["files"] = files = []
            for entry, had_count in _files(events, stats):
                counted = counted or had_count
                files.append(entry)
        else:
            report[value] = _value(events, *next(events))
    if "files" not in report:
        raise SavedReportError(_NOT_A_REPORT)
    if not (counted and isinstance(report.get("summary"), Mapping)):
        _settle_stages(stats, report.get("rules"))
        report["summary"] = stats.to_dict()  # else: its totals over all documents came with it
    return report


def _value(events: Iterator[Event], prefix: str, event: str, value: Any) -> Any:
    """The whole JSON value that opens with this event."""
    builder = ijson.ObjectBuilder()
    builder.event(event, value)
    if event in ("start_map", "start_array"):
        for inner_prefix, inner_event, inner_value in events:
            builder.event(inner_event, inner_value)
            if inner_prefix == prefix and inner_event in ("end_map", "end_array"):
                break
    return builder.value


def _settle_stages(stats: RunStats, rules: object) -> None:
    """Each rule's stage from the report's rule descriptions, read after its documents."""
    if isinstance(rules, Mapping):
        stats.settle_stages({rule: info["stage"] for rule, info in rules.items()
                             if isinstance(info, Mapping) and "stage" in info})


def _files(events: Iterator[Event], stats: RunStats) -> Iterator[tuple[dict, bool]]:
    """Each file entry (its keys, its sampled documents, ``count``), and whether it came
    with its ``count`` (a report of the sampled documents alone)."""
    if next(events, ("", None, None))[1] != "start_array":
        raise SavedReportError(_NOT_A_REPORT)
    for prefix, event, _ in events:
        if prefix == "files" and event == "end_array":
            return
        if event != "start_map":
            raise SavedReportError(_NO_DOCUMENTS)
        entry, had_count = _entry(events, stats)
        yield entry, had_count


def _entry(events: Iterator[Event], stats: RunStats) -> tuple[dict, bool]:
    """One file entry: its keys, its sampled documents; every document counted."""
    entry: dict[str, Any] = {}
    kept: list[dict] | None = None
    number = 0
    for prefix, event, value in events:
        if prefix == "files.item" and event == "end_map":
            break
        if value != "documents":
            entry[value] = _value(events, *next(events))
            continue
        if next(events, ("", None, None))[1] != "start_array":
            raise SavedReportError(_NO_DOCUMENTS)
        kept = []
        for inner_prefix, inner_event, inner_value in events:
            if inner_prefix == "files.item.documents" and inner_event == "end_array":
                break
            number += 1
            doc = _value(events, inner_prefix, inner_event, inner_value)
            if not isinstance(doc, dict):
                raise SavedReportError(f"document {number} of {entry.get('path', '?')!r} "
                                       "is no JSON object")
            stats.add(doc)
            if "original" in doc:
                doc.setdefault("number", number)
                kept.append(doc)
    if kept is None:
        raise SavedReportError(_NO_DOCUMENTS)
    had_count = "count" in entry
    entry.setdefault("count", number)
    entry["documents"] = kept
    return entry, had_count
