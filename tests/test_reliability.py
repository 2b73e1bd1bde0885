"""Bad input never crashes a batch, and nothing is ever lost (docs/reliability.md)."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normkit import Normalizer, PackError, load_pack
from normkit.io import atomic_write

BROKEN_QUOTES = 'He said " hello " and left , then "came back". Kiev -- '


def test_jsonl_skip_bad_sets_bad_records_aside(cli, tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"text": "Kiev"}\n{"text": 3}\nnot json\n{"id": 4}\n{"text": "Nato"}\n')
    out, rejects = tmp_path / "out.jsonl", tmp_path / "bad.jsonl"
    proc = cli("clean", str(path), "--field", "text", "--lang", "en", "-o", str(out),
               "--skip-bad", "--rejects", str(rejects))
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(x)["text"] for x in out.read_text().splitlines()] == ["Kyiv", "NATO"]
    bad = [json.loads(x) for x in rejects.read_text().splitlines()]
    assert [(b["line"], b["error"]) for b in bad] == [
        (2, "field 'text' is a number, not a string"),
        (3, "malformed JSON: Expecting value (column 1)"),
        (4, "record has no field 'text'"),
    ]
    assert bad[1]["record"] == "not json"
    assert "3 bad record(s) set aside" in proc.stderr


def test_legacy_encoding_is_detected_with_auto(cli, tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("Talks in Kiev \u2013 caf\u00e9 \u201cquoted\u201d.\n".encode("cp1252"))
    proc = cli("clean", str(path), "--encoding", "auto", "--lang", "en")
    assert proc.returncode == 0
    assert proc.stdout == 'Talks in Kyiv—café "quoted".\n'
    assert f"{path}:1: not UTF-8 (byte 14)" in proc.stderr


def test_replaced_bytes_are_reported_with_offset(cli, tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Talks \xff\xfe in Kiev.\n")
    proc = cli("clean", str(path), "--encoding-errors", "replace", "--lang", "en")
    assert proc.returncode == 0
    assert f"{path}:1: invalid utf-8 from byte 6; 2 character(s) replaced" in proc.stderr
    assert "Kyiv" in proc.stdout


def test_empty_files_and_directories(cli, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    proc = cli("clean", str(tmp_path / "empty.txt"))
    assert (proc.returncode, proc.stdout) == (0, "")
    out = tmp_path / "out"
    proc = cli("clean", str(tmp_path), "-o", str(out))
    assert proc.returncode == 0 and (out / "empty.txt").read_text() == ""


def test_a_ten_thousand_paragraph_document(norm):
    text = "\n\n".join(f"Paragraph {i} says Kiev , and \"quote \" here." for i in range(10_000))
    result = norm.run(text, lang="en")
    assert result.text.count("\n\n") == 9_999
    assert result.text.count("Kyiv,") == 10_000 and '"quote"' in result.text


def test_a_multi_megabyte_single_line_is_linear_work(norm):
    text = BROKEN_QUOTES * 20_000  # 1.1 MB, no newline, 80,000 quotes
    result = norm.run(text, lang="en")
    assert "\n" not in result.text and result.text.count("Kyiv") == 20_000


def test_long_runs_of_spaces_are_linear_work(norm):
    """A pattern that starts with a run of blanks (or looks across one) must try it once:
    100,000 spaces before a separator, a bracket or a dash once took minutes."""
    for blank in (" ", "\t"):
        result = norm.run("Talks in Kiev" + blank * 200_000 + "went on.", lang="en")
        assert result.text == "Talks in Kyiv went on."
        for tail in ("| went on.", "-- went on 10 -- 20.", "( went on ).", "[ went on ].",
                     "“ went ” on", " , . ; went"):
            text = "KYIV (AP) 10 Talks in (Kiev [x" + blank * 100_000 + tail
            assert len(norm.run(text, lang="en").text) < 100, tail


def test_catastrophic_regex_in_a_user_pack_is_stopped(cli, tmp_path):
    pack = tmp_path / "evil.yaml"
    pack.write_text("normkit: 1\npack: {id: evil}\nrules:\n  - id: backtrack\n    kind: drop\n"
                    "    match: '^(a|aa)+$'\n    examples: [{in: 'b'}]\n")
    doc = tmp_path / "doc.txt"
    doc.write_text("a" * 60 + "!\n")
    start = time.monotonic()
    proc = cli("clean", str(doc), "--pack", str(pack))
    assert proc.returncode == 2
    assert "rule evil/backtrack" in proc.stderr and "timed out on document" in proc.stderr
    assert str(doc) in proc.stderr
    assert time.monotonic() - start < 60


def test_interrupted_in_place_run_leaves_inputs_intact(tmp_path):
    original = BROKEN_QUOTES * 4_000
    files = []
    for i in range(8):
        path = tmp_path / f"doc{i}.txt"
        path.write_text(original)
        files.append(path)
    proc = subprocess.Popen([sys.executable, "-m", "normkit", "clean", "--in-place",
                             "--lang", "en", *map(str, files)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(2.5)
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=60)
    cleaned = Normalizer().clean(original, lang="en")
    for path in files:
        assert path.read_text() in (original, cleaned)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in files)


def test_a_failing_write_leaves_the_target_untouched(tmp_path, monkeypatch):
    target = tmp_path / "a.txt"
    target.write_text("original")

    def full_disk(_fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space"), atomic_write(target) as handle:
        handle.write("new text")
    assert target.read_text() == "original"
    assert os.listdir(tmp_path) == ["a.txt"]


def test_rules_lint_finds_conflicts_cycles_and_unstable_rules(cli, tmp_path):
    pack = tmp_path / "fight.yaml"
    pack.write_text(
        "normkit: 1\npack: {id: fight, lang: [en]}\nrules:\n"
        "  - id: to-kiev\n    kind: alias\n    canonical: Kiev\n    variants: [Kyiv]\n"
        "    examples: [{in: Kiev}]\n"
        "  - id: grow\n    kind: rewrite\n    match: 'ab'\n    replace: 'aab'\n"
        "    examples: [{in: 'ab', out: 'aab'}]\n"
    )
    proc = cli("rules", "lint", str(pack))
    assert proc.returncode == 1
    assert f"{pack}:4: error: fight/to-kiev: canonical form 'Kiev' is rewritten by geo-ua/kyiv" \
        in proc.stdout
    assert "(a cycle)" in proc.stdout
    assert f"{pack}:9: error: fight/grow: example 1" in proc.stdout
    assert cli("rules", "lint").returncode == 0
    strict = cli("clean", "-", "--pack", str(pack), "--strict", input="Kiev")
    assert strict.returncode == 2 and "do not pass lint" in strict.stderr


def test_rules_lint_finds_a_variant_that_would_take_a_quote(cli, tmp_path):
    pack = tmp_path / "quote.yaml"
    pack.write_text(
        "normkit: 1\npack: {id: quote, lang: [en]}\nrules:\n"
        "  - id: mozyr\n    kind: alias\n    canonical: Mozyr\n    variants: [Mazyr, \"Mozyr'\"]\n"
        "    examples: [{in: Mazyr, out: Mozyr}]\n"
    )
    proc = cli("rules", "lint", str(pack))
    assert proc.returncode == 1
    assert "quote/mozyr: variant \"Mozyr'\" starts or ends in a quote mark" in proc.stdout


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_the_pack_loader_fails_only_with_pack_errors(tmp_path_factory, body):
    path = tmp_path_factory.mktemp("fuzz") / "p.yaml"
    path.write_text(body, encoding="utf-8")
    try:
        load_pack(path)
    except PackError as err:
        assert str(err).startswith(str(path))


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.sampled_from(["id", "kind", "match", "replace", "canonical",
                                        "variants", "examples", "lang", "when", "stage"]),
                       st.one_of(st.text(max_size=10), st.integers(), st.lists(st.text(max_size=5),
                                                                               max_size=3)),
                       max_size=8))
def test_any_rule_mapping_loads_or_is_a_located_error(tmp_path_factory, rule):
    path = tmp_path_factory.mktemp("fuzz") / "p.yaml"
    path.write_text(json.dumps({"normkit": 1, "pack": {"id": "f"}, "rules": [rule]}))
    try:
        load_pack(path)
    except PackError as err:
        assert str(err).startswith(f"{path}:")


def test_documented_promises_name_their_tests():
    doc = (Path(__file__).resolve().parents[1] / "docs" / "reliability.md").read_text()
    here = "".join(p.read_text() for p in Path(__file__).parent.glob("test_*.py"))
    rows = [line.rstrip(" |").rsplit("|", 1)[1] for line in doc.splitlines()
            if line.startswith("| ") and "`test_" in line]
    assert len(rows) == 43
    named = [name for row in rows for name in re.findall(r"`(test_\w+)`", row)]
    assert len(named) >= len(rows) and all(f"def {name}(" in here for name in named)


def test_only_rules_from_outside_normkit_run_under_the_timeout(tmp_path):
    pack = tmp_path / "mine.yaml"
    pack.write_text("normkit: 1\npack: {id: mine}\nrules:\n  - id: x\n    kind: drop\n"
                    "    match: '^zz$'\n    examples: [{in: 'b'}]\n")
    norm = Normalizer(packs=[str(pack)])
    mine = [r for r in norm.rules if r.pack.id == "mine"]
    assert mine and all(r.timeout_guard for r in mine)
    assert all(not r.timeout_guard for r in norm.rules if r.pack.id != "mine")


def test_a_bad_record_leaves_nothing_of_its_file_on_stdout(cli, tmp_path):
    good, bad = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    good.write_text('{"text": "Kiev"}\n')
    bad.write_text('{"text": "Kiev"}\n{"text": "Nato"}\n{"text": null}\n')
    proc = cli("clean", str(good), str(bad), "--field", "text", "--lang", "en", "-j", "1")
    assert proc.returncode == 2 and f"{bad}:3: field 'text' is null" in proc.stderr
    assert proc.stdout == '{"text": "Kyiv"}\n'  # the good file only: none of b.jsonl


@pytest.mark.parametrize(("body", "where"), [("-_", ":1:1:"), ("rules: [1, ._]", ":1:12:")])
def test_a_plain_value_the_yaml_library_cannot_build_is_a_located_pack_error(tmp_path, body,
                                                                           where):
    """ruamel.yaml takes `-_` for an integer and `._` for a float, then fails to build them
    (IndexError, ValueError): a pack error naming the place, not a crash."""
    path = tmp_path / "p.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(PackError, match=r"cannot read .* as a number") as err:
        load_pack(path)
    assert str(err.value).startswith(f"{path}{where}")
