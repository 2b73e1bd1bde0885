"""What the CLI writes: the JSON report, the HTML report and the statistics table.

>>> import io, normkit
>>> norm = normkit.Normalizer()
>>> err = io.StringIO()
>>> write_run_reports(norm, [("a.txt", [norm.run("Talks in Kiev.", lang="en")])],
...                   statistics=True, stderr=err)
>>> err.getvalue().splitlines()[0]
'1 document (1 changed), 14 -> 14 bytes (0.0% removed); languages: en 1'
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from normkit.document import Result
from normkit.io import atomic_write
from normkit.report.data import ReportBuilder, load_report
from normkit.report.html import render_html
from normkit.report.sample import DEFAULT_SAMPLE
from normkit.report.stats import RunStats
from normkit.report.text import statistics_table

if TYPE_CHECKING:
    from normkit.pipeline import Normalizer


def write_run_reports(
    normalizer: Normalizer,
    files: Iterable[tuple[str, Sequence[Result]]],
    json_path: Path | None = None,
    html_path: Path | None = None,
    statistics: bool = False,
    sample: int = DEFAULT_SAMPLE,
    stderr: TextIO | None = None,
) -> None:
    """Build the report of a run once and write each output asked for."""
    builder = ReportBuilder(normalizer, sample)
    for path, results in files:
        builder.add(path, results)
    write_builder_reports(builder, json_path, html_path, statistics, stderr)


def write_builder_reports(
    builder: ReportBuilder,
    json_path: Path | None = None,
    html_path: Path | None = None,
    statistics: bool = False,
    stderr: TextIO | None = None,
) -> None:
    """Write a run's report as JSON (streamed from the builder, spooled or not), HTML
    and/or the statistics table (from its sample and totals)."""
    if json_path is not None:
        with atomic_write(json_path) as handle:
            builder.write_json(handle)
    if html_path is not None:
        with atomic_write(html_path) as handle:
            handle.write(render_html(builder.finish()))
    if statistics:
        (stderr or sys.stderr).write(statistics_table(builder.stats) + "\n")


def print_statistics(report: Mapping, stderr: TextIO | None = None) -> None:
    """The statistics table of a (completed) report, on stderr: its summary counts every
    document, also those a saved report did not keep."""
    stats = RunStats.from_dict(report["summary"])
    (stderr or sys.stderr).write(statistics_table(stats) + "\n")


def render_saved_report(source: Path, output: Path | None, statistics: bool = False) -> None:
    """``normkit report``: a saved JSON report to HTML (on stdout without ``output``)."""
    report = load_report(source)
    page = render_html(report, title=f"normkit report: {source.name}")
    if output is None:
        sys.stdout.write(page)
    else:
        with atomic_write(output) as handle:
            handle.write(page)
    if statistics:
        print_statistics(report)
