"""`normkit clean --jobs N`: streaming, order kept, outputs whole or absent."""

from __future__ import annotations

import json

from conftest import SEEDS

DOCS = ["Nato met in Kiev -- again , today.", "Talks in Kharkov.", "Odessa port , 3 pm.",
        "Lvov and Nikolaev.", "A quiet day."]


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))


def test_jsonl_with_two_jobs_matches_one_job_in_order(cli, tmp_path):
    records = [{"id": i, "text": DOCS[i % len(DOCS)] + f" Day {i}."} for i in range(600)]
    path = tmp_path / "a.jsonl"
    write_jsonl(path, records)
    one = cli("clean", str(path), "--field", "text", "--lang", "en", "-j", "1")
    two = cli("clean", str(path), "--field", "text", "--lang", "en", "-j", "2")
    assert one.returncode == two.returncode == 0, two.stderr
    assert one.stdout == two.stdout
    out = [json.loads(line) for line in two.stdout.splitlines()]
    assert [r["id"] for r in out] == list(range(600))
    assert out[1]["text"] == "Talks in Kharkiv. Day 1."


def test_directory_with_two_jobs_to_output_dir(cli, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for path in sorted(SEEDS.glob("*.txt")):
        (src / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    proc = cli("clean", str(src), "-o", str(out), "-j", "2")
    assert proc.returncode == 0, proc.stderr
    for path in sorted(SEEDS.glob("*.txt")):
        expected = (SEEDS / "expected" / path.name).read_text(encoding="utf-8")
        assert (out / path.name).read_text(encoding="utf-8") == expected
    assert not list(out.glob(".*.tmp"))


def test_bad_record_late_in_a_big_file_leaves_no_output(cli, tmp_path):
    records = [{"text": DOCS[i % len(DOCS)]} for i in range(700)]
    path = tmp_path / "a.jsonl"
    write_jsonl(path, records)
    with path.open("a") as handle:
        handle.write('{"text": ["a list"]}\n' + '{"text": "Kiev"}\n' * 50)
    out = tmp_path / "out.jsonl"
    report = tmp_path / "report.json"
    proc = cli("clean", str(path), "--field", "text", "-o", str(out), "-j", "2",
               "--report", str(report))
    assert proc.returncode == 2
    assert f"{path}:701: field 'text' is an array, not a string" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jsonl"]


def test_stdout_stream_stops_at_the_bad_record(cli, tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "Talks in Kiev."}\n\n{"text": "Kharkov"\n{"text": "Odessa"}\n')
    proc = cli("clean", str(path), "--field", "text", "--lang", "en", "-j", "2")
    assert proc.returncode == 2
    assert proc.stdout == ""  # nothing of a file with a bad record reaches stdout
    assert f"{path}:3: malformed JSON" in proc.stderr


def test_jsonl_from_stdin_and_crlf_lines(cli, tmp_path):
    data = '{"id": 1, "text": "Talks in Kiev."}\r\n{"id": 2, "text": "Nato , today."}\r\n'
    proc = cli("clean", "-", "--field", "text", "--lang", "en", input=data)
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(x)["text"] for x in proc.stdout.splitlines()] == [
        "Talks in Kyiv.", "NATO, today."]


def test_invalid_utf8_in_jsonl_names_the_byte(cli, tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"text": "ok"}\n{"text": "Kiev \xff"}\n')
    proc = cli("clean", str(path), "--field", "text", "-o", str(tmp_path / "o.jsonl"))
    assert proc.returncode == 2 and f"{path}:2: invalid utf-8 at byte 30" in proc.stderr
    assert not (tmp_path / "o.jsonl").exists()
    proc = cli("clean", str(path), "--field", "text", "--lang", "en",
               "--encoding-errors", "replace")
    assert proc.returncode == 0 and "replaced with U+FFFD" in proc.stderr
    assert json.loads(proc.stdout.splitlines()[1])["text"] == "Kyiv \ufffd"


def test_in_place_jsonl_leaves_unchanged_files_alone(cli, tmp_path):
    dirty = tmp_path / "dirty.jsonl"
    write_jsonl(dirty, [{"id": 1, "text": "Talks in Kiev."}])
    tidy = tmp_path / "tidy.jsonl"
    tidy.write_text('{"id":1,"text":"Talks in Kyiv."}\n')  # compact: would re-serialise
    proc = cli("clean", str(tmp_path), "--glob", "*.jsonl", "--field", "text", "--in-place",
               "--lang", "en", "-j", "2")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(dirty.read_text())["text"] == "Talks in Kyiv."
    assert tidy.read_text() == '{"id":1,"text":"Talks in Kyiv."}\n'


def test_report_and_check_stream_per_file(cli, tmp_path):
    (tmp_path / "a.txt").write_text("Talks in Kiev.\n")
    (tmp_path / "b.txt").write_text("A quiet day.\n")
    (tmp_path / "c.txt").write_text("Nato , again.\n")
    report = tmp_path / "r.json"
    proc = cli("clean", str(tmp_path), "--lang", "en", "-j", "2", "--report", str(report),
               "-q")
    assert proc.returncode == 0 and proc.stderr == ""
    assert proc.stdout == "Talks in Kyiv.\nA quiet day.\nNATO, again.\n"
    files = json.loads(report.read_text())["files"]
    assert [f["path"].rsplit("/", 1)[1] for f in files] == ["a.txt", "b.txt", "c.txt"]
    assert [e["rule"] for e in files[0]["documents"][0]["edits"]] == ["geo-ua/kyiv"]
    assert files[1]["documents"][0]["changed"] is False
    check = cli("check", str(tmp_path), "--lang", "en", "-j", "2")
    assert check.returncode == 1
    assert [line.split(":")[0].rsplit("/", 1)[1] for line in check.stdout.splitlines()] == [
        "a.txt", "c.txt"]


def test_jsonl_diff(cli, tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": 1, "text": "Talks in Kiev."}\n{"id": 2, "text": "Calm."}\n')
    proc = cli("clean", str(path), "--field", "text", "--lang", "en", "--diff")
    assert proc.returncode == 0
    assert '-{"id": 1, "text": "Talks in Kiev."}\n+{"id": 1, "text": "Talks in Kyiv."}' in (
        proc.stdout)
    assert "Calm" not in proc.stdout.replace(' {"id": 2, "text": "Calm."}', "")
