"""Auditing what went: ``--show-removed`` and ``--report`` name every removed line's rule."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from normkit.cli import app

PAGE = """\
Talks resume in Kyiv

Home | World | Europe

The talks resumed in Kyiv on Monday, the foreign ministry said in a statement.

Mehr zum Thema

Officials from both sides met for four hours and agreed to meet again next week.

Source link
"""


def test_show_removed_prints_rule_and_line(tmp_path: Path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(app, ["clean", "--lang", "en", "--show-removed", str(path)])
    assert result.exit_code == 0, result.output
    assert f"{path}: [structure/menu] Home | World | Europe" in result.stderr
    assert f"{path}: [web-de/read-more] Mehr zum Thema" in result.stderr
    assert f"{path}: [web/source-link] Source link" in result.stderr
    assert "Officials from both sides" in result.stdout
    assert "Mehr zum Thema" not in result.stdout


def test_report_lists_removed_blocks_with_original_offsets(tmp_path: Path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    report = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["clean", "--lang", "en", "--report", str(report),
                                      str(path)])
    assert result.exit_code == 0, result.output
    removed = json.loads(report.read_text())["files"][0]["documents"][0]["removed"]
    assert [block["rule"] for block in removed] == [
        "structure/menu", "web-de/read-more", "web/source-link"]
    for block in removed:
        assert PAGE[block["start"] : block["end"]] == block["text"]
