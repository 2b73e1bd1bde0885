"""The command line, run in a subprocess as a user runs it."""

from __future__ import annotations

import json
import os
from pathlib import Path

from conftest import SEEDS

RAW = "Nato met in Kiev -- again , today.\n\n- Advertisement -\n\nSource link\n"
CLEAN = "NATO met in Kyiv—again, today.\n"


def test_clean_file_to_stdout(cli, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(RAW)
    proc = cli("clean", str(path), "--lang", "en")
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, CLEAN, "")
    assert path.read_text() == RAW  # input untouched


def test_clean_stdin(cli):
    proc = cli("clean", "-", "--lang", "en", input=RAW)
    assert proc.stdout == CLEAN


def test_lang_is_read_in_any_case(cli):
    proc = cli("clean", "-", "--lang", "EN", input="Talks in Kiev went on .\n")
    assert proc.returncode == 0 and proc.stdout == "Talks in Kyiv went on.\n"


def test_no_paths_is_a_usage_error(cli):
    proc = cli("clean")
    assert proc.returncode == 2 and "standard input" in proc.stderr


def test_output_directory_mirrors_inputs(cli, tmp_path):
    src = tmp_path / "in" / "sub"
    src.mkdir(parents=True)
    (src / "a.txt").write_text(RAW)
    (tmp_path / "in" / "b.txt").write_text("Talks in Kharkov.\n")
    (tmp_path / "in" / "skip.md").write_text("Kiev")
    out = tmp_path / "out"
    proc = cli("clean", str(tmp_path / "in"), "-o", str(out), "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    assert (out / "sub" / "a.txt").read_text() == CLEAN
    assert (out / "b.txt").read_text() == "Talks in Kharkiv.\n"
    assert not (out / "skip.md").exists()
    assert not list(out.rglob("*.tmp"))


def test_output_never_overwrites_an_input(cli, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(RAW)
    proc = cli("clean", str(path), "-o", str(path))
    assert proc.returncode == 2 and "overwrite an input" in proc.stderr
    assert path.read_text() == RAW


def test_in_place_is_atomic_and_keeps_permissions(cli, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(RAW)
    os.chmod(path, 0o640)
    proc = cli("clean", str(path), "--in-place", "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    assert path.read_text() == CLEAN
    assert path.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_new_outputs_get_the_umask_permissions_not_private_ones(cli, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(RAW)
    umask = os.umask(0o022)
    try:
        for args in (["-o", str(tmp_path / "b.txt")], ["-o", str(tmp_path / "dir") + "/"],
                     ["-o", str(tmp_path / "c.txt"), "--report", str(tmp_path / "r.json")]):
            proc = cli("clean", str(path), "--lang", "en", *args)
            assert proc.returncode == 0, proc.stderr
    finally:
        os.umask(umask)
    for written in ("b.txt", "dir/a.txt", "c.txt", "r.json"):
        assert (tmp_path / written).stat().st_mode & 0o777 == 0o644, written
    assert (tmp_path / "dir" / "a.txt").read_text() == CLEAN  # "-o dir/": a directory


def test_crlf_line_endings_are_kept(cli, tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"Talks in Kiev.\r\n\r\nSource link\r\n")
    out = tmp_path / "b.txt"
    assert cli("clean", str(path), "-o", str(out), "--lang", "en").returncode == 0
    assert out.read_bytes() == b"Talks in Kyiv.\r\n"


def test_invalid_utf8_names_file_and_byte(cli, tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Kiev \xff\xfe talks\n")
    proc = cli("clean", str(path))
    assert proc.returncode == 2
    assert f"{path}:1: invalid utf-8 at byte 5" in proc.stderr
    second = tmp_path / "bad2.txt"
    second.write_bytes(b"Talks went on.\nKiev \xff talks\n")
    proc = cli("clean", str(second))
    assert proc.returncode == 2 and f"{second}:2: invalid utf-8 at byte 20" in proc.stderr
    replaced = cli("clean", str(path), "--encoding-errors", "replace", "--lang", "en")
    assert replaced.returncode == 0 and "replaced" in replaced.stderr
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Talks in Kiev, café.\n".encode("latin-1"))
    proc = cli("clean", str(latin), "--encoding", "latin-1", "--lang", "en")
    assert proc.stdout == "Talks in Kyiv, café.\n"


def test_jsonl_field_keeps_other_fields_order_and_count(cli, tmp_path):
    records = [{"id": i, "text": f"Talks in Kiev , day {i}.", "meta": {"src": "x"}}
               for i in range(5)]
    path = tmp_path / "a.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    proc = cli("clean", str(path), "--field", "text", "--lang", "en", "--glob", "*.jsonl")
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["id"] for r in out] == list(range(5))
    assert out[2] == {"id": 2, "text": "Talks in Kyiv, day 2.", "meta": {"src": "x"}}


def test_jsonl_bad_record_names_the_line_and_writes_nothing(cli, tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "Kiev"}\n{"text": 3}\n')
    out = tmp_path / "out.jsonl"
    proc = cli("clean", str(path), "--field", "text", "-o", str(out))
    assert proc.returncode == 2
    assert f"{path}:2: field 'text' is a number, not a string" in proc.stderr
    assert not out.exists()
    path.write_text('{"text": "Kiev"}\n{"text": "Kiev"\n')
    proc = cli("clean", str(path), "--field", "text", "-o", str(out))
    assert f"{path}:2: malformed JSON" in proc.stderr and not out.exists()


def test_broken_pack_is_one_clear_error(cli, tmp_path):
    pack = tmp_path / "mine.yaml"
    pack.write_text("normkit: 1\npack: {id: mine}\nrules:\n  - id: x\n    kind: drop\n"
                    "    match: 'a('\n    examples: [{in: a}]\n")
    proc = cli("clean", str(SEEDS / "000_64e9e1dc8342fb32.txt"), "--pack", str(pack))
    assert proc.returncode == 2
    assert proc.stderr.startswith(f"normkit: {pack}:6:5: rules.0.match.regex: bad regular")
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    pack.write_text("normkit: 1\npack: {id: mine\n")
    proc = cli("check", str(SEEDS), "--pack", str(pack))
    assert proc.returncode == 2 and f"{pack}:3:1:" in proc.stderr


def test_check_exit_codes(cli, tmp_path):
    dirty = tmp_path / "dirty.txt"
    dirty.write_text(RAW)
    clean = tmp_path / "clean.txt"
    clean.write_text(CLEAN)
    assert cli("check", str(clean), "--lang", "en").returncode == 0
    proc = cli("check", str(dirty), str(clean), "--lang", "en")
    assert proc.returncode == 1
    assert "dirty.txt: would change" in proc.stdout and "clean.txt" not in proc.stdout
    assert "geo-ua/kyiv x1" in proc.stdout
    assert dirty.read_text() == RAW
    assert cli("check", str(tmp_path / "missing.txt")).returncode == 2


def test_diff_report_and_show_removed(cli, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(RAW)
    proc = cli("clean", str(path), "--diff", "--lang", "en")
    assert "-Nato met in Kiev -- again , today." in proc.stdout
    assert "+NATO met in Kyiv—again, today." in proc.stdout
    report = tmp_path / "r.json"
    proc = cli("clean", str(path), "--report", str(report), "--show-removed", "--lang", "en")
    assert "[web/source-link] Source link" in proc.stderr
    doc = json.loads(report.read_text())["files"][0]["documents"][0]
    assert {e["rule"] for e in doc["edits"]} >= {"orgs/nato", "geo-ua/kyiv"}
    assert [r["rule"] for r in doc["removed"]] == ["web/advertisement", "web/source-link"]


def test_explain_and_rules_commands(cli):
    proc = cli("explain", "kyiv")
    assert proc.returncode == 0
    assert "geo-ua/kyiv" in proc.stdout and "canonical: Kyiv" in proc.stdout
    assert "rules/lexicon/ukraine.yaml:" in proc.stdout
    assert cli("explain", "no-such-rule").returncode == 2
    listing = cli("rules", "list").stdout
    assert "web/source-link" in listing and "punct/double-hyphen" in listing
    tested = cli("rules", "test")
    assert tested.returncode == 0 and " passed, 0 failed" in tested.stdout


def test_rules_test_reports_a_failing_example(cli, tmp_path):
    pack = tmp_path / "mine.yaml"
    pack.write_text("normkit: 1\npack: {id: mine, lang: [en]}\nrules:\n  - id: x\n"
                    "    kind: alias\n    canonical: Khreshchatyk\n    variants: [Kreshchatik]\n"
                    "    examples: [{in: 'Kreshchatik', out: 'Kreshchatyk'}]\n")
    proc = cli("rules", "test", str(pack))
    assert proc.returncode == 1
    assert "mine/x: example 1" in proc.stdout and "1 failed" in proc.stdout


def test_binary_files_in_a_directory_are_skipped(cli, tmp_path):
    (tmp_path / "a.txt").write_text("Talks in Kiev.\n")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02binary")
    proc = cli("clean", str(tmp_path), "--lang", "en")
    assert proc.returncode == 0
    assert proc.stdout == "Talks in Kyiv.\n"
    assert f"normkit: warning: {tmp_path / 'b.txt'}: binary file skipped" in proc.stderr


def test_data_on_stdout_diagnostics_on_stderr(cli, tmp_path):
    out = tmp_path / "x.txt"
    proc = cli("clean", str(SEEDS / "001_f575287c333968bb.txt"), "-o", str(out))
    assert proc.returncode == 0 and proc.stdout == ""
    assert Path(out).read_text().startswith("NATO chief visits")
