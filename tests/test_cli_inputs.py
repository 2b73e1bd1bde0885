"""What ``normkit`` reads: encodings, byte-order marks, directories, packs and profiles."""

from __future__ import annotations

import json

PROFILE = "normkit: 1\nprofile: mine\npacks: ['*']\n"


def test_utf16_files_are_read_when_named_and_pointed_at_when_not(cli, tmp_path):
    text = tmp_path / "a.txt"
    text.write_bytes("Talks in Kiev -- today.\n".encode("utf-16"))
    records = tmp_path / "a.jsonl"
    records.write_bytes('{"text": "Talks in Kiev."}\n'.encode("utf-16"))
    proc = cli("clean", str(text), "--lang", "en")
    assert (proc.returncode, proc.stdout) == (0, "")
    assert f"{text}: binary file skipped (it starts like UTF-16 text: use --encoding utf-16)" in (
        proc.stderr)
    proc = cli("clean", str(text), "--encoding", "utf-16", "--lang", "en")
    assert (proc.returncode, proc.stdout) == (0, "Talks in Kyiv—today.\n"), proc.stderr
    proc = cli("clean", str(records), "--field", "text", "--encoding", "utf-16", "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == {"text": "Talks in Kyiv."}


def test_a_byte_order_mark_before_the_first_record_is_not_an_error(cli, tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"text": "Talks in Kiev."}\r\n{"text": "Nato , again."}\r\n')
    proc = cli("clean", str(path), "--field", "text", "--lang", "en", "-o",
               str(tmp_path / "out.jsonl"))
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(line)["text"] for line in (tmp_path / "out.jsonl").open()] == [
        "Talks in Kyiv.", "NATO, again."]


def test_field_takes_jsonl_files_from_directories_and_an_empty_match_is_reported(cli, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.jsonl").write_text('{"text": "Talks in Kiev."}\n')
    (src / "notes.txt").write_text("not a record\n")
    proc = cli("clean", str(src), "--field", "text", "--lang", "en", "-o", str(tmp_path / "out"))
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.jsonl"]
    proc = cli("check", str(src), "--field", "text", "--glob", "*.csv")
    assert proc.returncode == 0
    assert f"normkit: warning: {src}: no files match '*.csv' (see --glob)" in proc.stderr


def test_a_pack_directory_without_packs_is_an_error(cli, tmp_path):
    (tmp_path / "packs").mkdir()
    (tmp_path / "packs" / "mine.yml").write_text("normkit: 1\n")
    (tmp_path / "a.txt").write_text("Talks in Kiev.\n")
    packs = str(tmp_path / "packs")
    for args in (["clean", str(tmp_path / "a.txt"), "--pack", packs], ["rules", "test", packs]):
        proc = cli(*args)
        assert proc.returncode == 2, proc.stdout
        assert "packs: no rule packs (*.yaml files) in this directory" in proc.stderr


def test_a_profile_file_with_a_typo_names_the_line(cli, tmp_path):
    (tmp_path / "a.txt").write_text("Talks in Kiev -- today.\n")
    for body, expected in (
        ("options: {dash: emm}\n", ":4:11: option dash='emm' is not one of: em, em-spaced"),
        ("options: {dahs: em}\n", ":4:11: unknown option 'dahs'"),
        ("exclude: [countrys]\n", ":4:11: exclude names unknown pack 'countrys'"),
    ):
        profile = tmp_path / "mine.yaml"
        profile.write_text(PROFILE + body)
        proc = cli("clean", str(tmp_path / "a.txt"), "--profile", str(profile))
        assert proc.returncode == 2 and proc.stdout == ""
        assert f"normkit: {profile}{expected}" in proc.stderr
    profile.write_text(PROFILE + "exclude: [countries]\noptions: {dash: em-spaced}\n")
    proc = cli("clean", str(tmp_path / "a.txt"), "--profile", str(profile), "--lang", "en")
    assert (proc.returncode, proc.stdout) == (0, "Talks in Kyiv — today.\n"), proc.stderr
