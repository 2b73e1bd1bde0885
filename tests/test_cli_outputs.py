"""Where ``normkit`` writes: no output ever overwrites an input or another output."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest

from normkit.io import StagedFile, atomic_write

RAW = "Nato met in Kiev -- again , today.\n\nSource link\n"
CLEAN = "NATO met in Kyiv—again, today.\n"


def test_two_inputs_never_write_one_output(cli, tmp_path):
    for name, text in (("x/a.txt", "Talks in Kiev.\n"), ("y/a.txt", "Talks in Kharkov.\n")):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(text)
    out = tmp_path / "out"
    proc = cli("clean", str(tmp_path / "x/a.txt"), str(tmp_path / "y/a.txt"), "-o", str(out),
               "--lang", "en")
    assert proc.returncode == 2
    assert f"x/a.txt and {tmp_path}/y/a.txt would both be written to {out}/a.txt" in proc.stderr
    assert not out.exists()  # refused before anything was written
    # one input named twice (and through ./) is one input: cleaned once
    again = tmp_path / "x" / "a.txt"
    proc = cli("clean", str(again), str(tmp_path / "x/./a.txt"), "-o", str(out), "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    assert [p.name for p in out.iterdir()] == ["a.txt"]
    assert (out / "a.txt").read_text() == "Talks in Kyiv.\n"


@pytest.mark.parametrize("option", ["--report", "--html-report", "--rejects"])
def test_side_outputs_never_overwrite_an_input(cli, tmp_path, option):
    path = tmp_path / "a.jsonl"
    data = '{"text": "Talks in Kiev."}\n{"text": 3}\n'
    path.write_text(data)
    proc = cli("clean", str(path), "--field", "text", "--skip-bad", "-o",
               str(tmp_path / "out.jsonl"), option, str(path), cwd=tmp_path)
    assert proc.returncode == 2
    assert f"{path}: {option} would overwrite an input" in proc.stderr
    assert path.read_text() == data
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jsonl"]


def test_a_report_never_overwrites_the_cleaned_output(cli, tmp_path):
    (tmp_path / "a.txt").write_text(RAW)
    out = tmp_path / "b.txt"
    proc = cli("clean", str(tmp_path / "a.txt"), "-o", str(out), "--report", str(out))
    assert proc.returncode == 2 and "--report would overwrite the output of" in proc.stderr
    assert not out.exists()


def test_suggest_and_report_never_overwrite_their_inputs(cli, tmp_path):
    text = tmp_path / "a.txt"
    text.write_text(RAW)
    proc = cli("suggest", str(text), "-o", str(text))
    assert proc.returncode == 2 and "-o would overwrite an input" in proc.stderr
    assert text.read_text() == RAW
    saved = tmp_path / "run.json"
    assert cli("clean", str(text), "--report", str(saved), "--lang", "en").returncode == 0
    before = saved.read_text()
    proc = cli("report", str(saved), "-o", str(saved))
    assert proc.returncode == 2 and "-o would overwrite an input" in proc.stderr
    assert saved.read_text() == before and json.loads(before)["version"] == 1


def test_in_place_through_a_symlink_cleans_the_file_and_keeps_the_link(cli, tmp_path):
    real = tmp_path / "real.txt"
    real.write_text(RAW)
    (tmp_path / "link.txt").symlink_to("real.txt")
    proc = cli("clean", str(tmp_path), "--in-place", "--lang", "en", "-j", "2")
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "link.txt").is_symlink()
    assert real.read_text() == CLEAN and not list(tmp_path.glob(".*.tmp"))


def test_diff_changes_nothing_and_says_so_when_asked_to_write(cli, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(RAW)
    for args in (["--in-place"], ["-o", str(tmp_path / "b.txt")]):
        proc = cli("clean", str(path), "--diff", *args)
        assert proc.returncode == 2 and "--diff prints a diff on stdout" in proc.stderr
        assert proc.stdout == "" and path.read_text() == RAW
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_standard_input_has_no_name_to_write_under_a_directory(cli, tmp_path):
    proc = cli("clean", "-", "-o", str(tmp_path / "out") + "/", input=RAW)
    assert proc.returncode == 2 and "standard input has no file name" in proc.stderr
    assert not (tmp_path / "out").exists()
    proc = cli("clean", "-", "-o", str(tmp_path / "one.txt"), "--lang", "en", input=RAW)
    assert proc.returncode == 0 and (tmp_path / "one.txt").read_text() == CLEAN


def test_an_output_under_a_file_is_refused_before_any_work(cli, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(RAW)
    proc = cli("clean", str(path), "--report", str(path / "run.json"), "--lang", "en")
    assert proc.returncode == 2, proc.stderr
    assert f"{path}/run.json: cannot write: {path} is not a directory" in proc.stderr
    assert proc.stdout == ""  # refused up front, not after the whole run
    proc = cli("clean", str(path), str(path), "-o", str(path), "--lang", "en")
    assert proc.returncode == 2 and f"{path} is not a directory" in proc.stderr


def test_a_failed_temporary_file_names_the_target(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(tmp_path / ".out.txt.x.tmp"))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    target = tmp_path / "out.txt"
    for write in (lambda: StagedFile(target), lambda: atomic_write(target).__enter__()):
        with pytest.raises(PermissionError) as info:
            write()
        assert info.value.filename == str(target)
    assert os.listdir(tmp_path) == []
    assert not Path(target).exists()
