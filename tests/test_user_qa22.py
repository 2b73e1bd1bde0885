"""A data engineer's first hour with normkit (QA session 22): what tripped them up, fixed.

Each test is one thing a newcomer tried from README.md or docs/, and what normkit now does.
"""

from __future__ import annotations

import pytest

from conftest import run_cli

ARTICLE = ("Talks in Kiev went on -- for now , officials said, according to Nato sources.\n\n"
           "Share this article\n")


@pytest.mark.parametrize("args", [
    ("clean", "a.txt", "-o", "-"),
    ("clean", "a.txt", "-o", "out.txt", "--report", "-"),
    ("clean", "a.txt", "-o", "out.txt", "--html-report", "-"),
    ("report", "run.json", "-o", "-"),
    ("suggest", "a.txt", "-o", "-"),
])
def test_a_dash_for_an_output_is_refused_not_written_as_a_file_named_dash(tmp_path, args):
    # `-` is standard input among the inputs; `-o -` (or `--report -`) used to write a
    # file called `-` in the working directory, where the user looked for standard output.
    (tmp_path / "a.txt").write_text(ARTICLE)
    run_cli("clean", "a.txt", "--lang", "en", "--report", "run.json", "-q", cwd=tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    proc = run_cli(*args, cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert " -: " in proc.stderr and "standard output" in proc.stderr, proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no file called '-'

