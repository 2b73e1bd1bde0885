"""Audit reports of a cleaning run: JSON, a text table, and a self-contained HTML page.

>>> import normkit
>>> norm = normkit.Normalizer()
>>> report = build_report(norm, [("a.txt", [norm.run("Talks in Kiev.", lang="en")])])
>>> report["summary"]["rules"]["geo-ua/kyiv"]["edits"]
1
>>> render_html(report).startswith("<!DOCTYPE html>")
True
"""

from normkit.report.data import ReportBuilder, ReportError, build_report, load_report
from normkit.report.html import render_html
from normkit.report.sample import DEFAULT_SAMPLE
from normkit.report.stats import RunStats
from normkit.report.text import statistics_table

__all__ = [
    "DEFAULT_SAMPLE",
    "ReportBuilder",
    "ReportError",
    "RunStats",
    "build_report",
    "load_report",
    "render_html",
    "statistics_table",
]
