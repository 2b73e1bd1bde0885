"""A new user's pass with the README alone (QA session 15): what tripped them up, fixed.

Each test is one thing a newcomer did, and what normkit now does about it.
"""

from __future__ import annotations

import os
import stat
import sys
import threading
from pathlib import Path

import pytest

ARTICLE = ("Talks in Kiev went on -- for now , officials said, according to Nato sources.\n\n"
           "Share this article\n")
CLEANED = "Talks in Kyiv went on—for now, officials said, according to NATO sources.\n"


def _read_fifo(path: Path, into: list[bytes]) -> threading.Thread:
    def reader() -> None:
        with path.open("rb") as handle:
            into.append(handle.read())

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    return thread


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
@pytest.mark.parametrize("option", ["-o", "--report"])
def test_an_output_that_is_a_pipe_is_written_not_replaced(cli, tmp_path, option):
    # `-o /dev/null` (or a FIFO) used to get a temporary file renamed over it: run as
    # root, that replaced the device node /dev/null with a regular file.
    source = tmp_path / "a.txt"
    source.write_text(ARTICLE)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = _read_fifo(fifo, got)
    proc = cli("clean", str(source), option, str(fifo), "--lang", "en", "-q")
    reader.join(timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # still the pipe
    written = got[0].decode()
    if option == "-o":
        assert written == CLEANED
    else:
        assert '"rule": "geo-ua/kyiv"' in written and proc.stdout == CLEANED
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "pipe"]  # no temp file


def test_devices_are_streams_and_files_are_not(tmp_path):
    from normkit.io import is_stream

    (tmp_path / "a.txt").write_text("x")
    assert is_stream(Path("/dev/null"))
    assert not is_stream(tmp_path / "a.txt")
    assert not is_stream(tmp_path)
    assert not is_stream(tmp_path / "missing.txt")


def _unwritable_directory(tmp_path: Path) -> Path:
    """A directory this process cannot create files in (root ignores permissions: /proc)."""
    if os.geteuid() == 0:
        if not Path("/proc/self").is_dir():
            pytest.skip("running as root without /proc")
        return Path("/proc")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    return locked


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
@pytest.mark.parametrize("option", ["-o", "--report", "--html-report"])
def test_an_output_in_an_unwritable_directory_is_refused_before_any_work(cli, tmp_path, option):
    # before: the whole run went by, the text went to stdout, and only then the report
    # failed; a long run lost its time.
    source = tmp_path / "a.txt"
    source.write_text(ARTICLE)
    locked = _unwritable_directory(tmp_path)
    target = locked / "normkit-qa15-out.json"
    proc = cli("clean", str(source), option, str(target), "--lang", "en", "-q")
    assert proc.returncode == 2
    assert f"normkit: {target}: cannot write in {locked}" in proc.stderr
    assert proc.stdout == ""  # refused up front
    assert not target.exists()
    assert source.read_text() == ARTICLE


def test_in_place_in_an_unwritable_directory_is_refused_before_any_file(tmp_path, monkeypatch):
    import tempfile

    from normkit.sinks import OutputError, plan_outputs

    files = [(str(tmp_path / name), None) for name in ("a.txt", "b.txt")]
    for name, _ in files:
        Path(name).write_text(ARTICLE)

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)  # as a read-only directory does
    with pytest.raises(OutputError, match=f"a.txt: cannot write in {tmp_path}: Permission"):
        plan_outputs(files, None, False, True)


# -- explain: README's `normkit explain Kiev` is documented, so it is not an error -----------

def test_explain_a_spelling_shows_the_rules_that_rewrite_it(cli):
    # before: exit 2 and "no rule 'Kiev'; ... (give one of them)" on stderr
    proc = cli("explain", "Kiev")
    assert proc.returncode == 0, proc.stderr
    head, *blocks = proc.stdout.split("\n\n")
    assert head == ("'Kiev' is not a rule id; it is a spelling that 2 rules rewrite: "
                    "geo-ua-de/kiew, geo-ua/kyiv")
    assert [block.split()[0] for block in blocks] == ["geo-ua-de/kiew", "geo-ua/kyiv"]
    assert "  canonical: Kyiv\n  variants: Kiev, " in blocks[1]


def test_explain_lists_variants_without_the_canonical_form(cli):
    proc = cli("explain", "geo-ua/kyiv")
    variants = next(line for line in proc.stdout.splitlines() if "variants:" in line)
    assert "Kiev" in variants.split(": ", 1)[1].split(", ")
    assert "Kyiv" not in variants.split(": ", 1)[1].split(", ")


def test_explain_an_unknown_name_is_an_error(cli):
    proc = cli("explain", "Gotham")
    assert proc.returncode == 2 and proc.stdout == ""
    assert "no rule 'Gotham', and no rule rewrites that spelling" in proc.stderr


# -- my own pack, in Czech (a site's own label, which the bundled web-cs pack does not know) --

CS_PACK = """\
normkit: 1
pack: {id: cs-news, version: 1.0.0, lang: [cs], license: CC0-1.0}
rules:
  - id: kyjev
    kind: alias
    canonical: Kyjev
    variants: [Kijev, Kiev]
    examples:
      - {in: "Prezident přiletěl do Kijev.", out: "Prezident přiletěl do Kyjev."}
  - id: read-also
    kind: drop
    match: {regex: '^Z archivu naší redakce:?$', flags: [i]}
    examples: [{in: "Text článku.\\n\\nZ archivu naší redakce", out: "Text článku."}]
"""


def test_a_pack_saved_in_latin_2_names_the_line_of_the_bad_byte(tmp_path, cli):
    # before: `pack.yaml:1:1: not UTF-8 text (... at byte 255)`: line 1 whatever the line
    path = tmp_path / "cs-news.yaml"
    path.write_bytes(CS_PACK.encode("iso-8859-2"))
    proc = cli("rules", "test", str(path))
    assert proc.returncode == 2
    assert f"{path}:9:26: not UTF-8 text (invalid start byte at byte 202; " in proc.stderr
    assert "save the pack as UTF-8" in proc.stderr


def test_a_czech_pack_tests_and_cleans(tmp_path, cli):
    path = tmp_path / "cs-news.yaml"
    path.write_text(CS_PACK, encoding="utf-8")
    proc = cli("rules", "test", str(path))
    assert (proc.returncode, proc.stdout) == (0, "2 passed, 0 failed\n"), proc.stdout
    text = ("Prezident přiletěl do Kijev ve středu ráno, uvedli představitelé obou zemí.\n\n"
            "Z archivu naší redakce:\n")
    source = tmp_path / "a.txt"
    source.write_text(text, encoding="utf-8")
    proc = cli("clean", str(source), "--pack", str(path), "--show-removed", "-q")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ("Prezident přiletěl do Kyjev ve středu ráno, uvedli představitelé "
                           "obou zemí.\n")
    assert f"{source}: [cs-news/read-also] Z archivu naší redakce:" in proc.stderr


# -- JSONL: cleaning rewrites the field, not the file's formatting ---------------------------

RECORDS = [
    {"id": 1, "text": "Nothing to change in this sentence at all, officials said."},
    {"id": 2, "text": "Zelenski spoke in Kharkov about the war and the front line.", "n": 2.5},
]


@pytest.mark.parametrize("style", [{}, {"separators": (",", ":")},
                                   {"separators": (",", ":"), "ensure_ascii": True}])
def test_jsonl_records_keep_the_files_json_style(tmp_path, cli, style):
    # before: every record was written back as json.dumps(..., ensure_ascii=False), so a
    # compact file (jq -c, pandas) came out reformatted, and --diff showed every line
    import json

    lines = [json.dumps(r, **{"ensure_ascii": False, **style}) for r in RECORDS]
    source = tmp_path / "docs.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    diff = cli("clean", str(source), "--field", "text", "--diff", "-q")
    assert diff.returncode == 0, diff.stderr
    assert f"\n {lines[0]}\n-{lines[1]}\n+" in diff.stdout  # the unchanged record is context
    proc = cli("clean", str(source), "--field", "text", "-q")
    out = proc.stdout.splitlines()
    assert out[0] == lines[0]
    cleaned = dict(RECORDS[1], text="Zelensky spoke in Kharkiv about the war and the front line.")
    assert out[1] == json.dumps(cleaned, **{"ensure_ascii": False, **style})


def test_jsonl_in_place_keeps_crlf_line_ends(tmp_path, cli):
    import json

    lines = [json.dumps(r, separators=(",", ":")) for r in RECORDS]
    source = tmp_path / "docs.jsonl"
    source.write_bytes(("\r\n".join(lines) + "\r\n").encode())
    proc = cli("clean", str(source), "--field", "text", "--in-place", "-q")
    assert proc.returncode == 0, proc.stderr
    out = source.read_bytes().decode()
    assert out.count("\r\n") == 2 and out.startswith(lines[0] + "\r\n")
    assert "Zelensky spoke in Kharkiv" in out


# -- the library: help(normkit.Normalizer) says what each setting takes ----------------------

def test_normalizer_help_documents_every_setting():
    import inspect

    import normkit

    doc = inspect.getdoc(normkit.Normalizer)
    for name in inspect.signature(normkit.Normalizer).parameters:
        assert f"``{name}``" in doc, name
    assert "fasttext" in doc and "langdetect" in doc
    assert inspect.signature(normkit.Normalizer.stage).return_annotation != inspect._empty


def test_an_unknown_detector_is_refused_when_the_normalizer_is_built():
    # before: Normalizer(detector="fastext") built fine and failed on the first text
    import normkit

    with pytest.raises(ValueError, match="unknown language detector 'fastext'; choose from "
                                         "fasttext, langdetect"):
        normkit.Normalizer(detector="fastext")


def test_clean_takes_a_profile_file_as_a_path(tmp_path):
    import normkit

    profile = tmp_path / "mine.yaml"
    profile.write_text("normkit: 1\nprofile: mine\npacks: [orgs]\n")
    text = "Nato says talks in Kiev went on, officials in the capital said on Monday."
    assert normkit.clean(text, profile=profile, lang="en") == text.replace("Nato", "NATO")


# -- the command line ------------------------------------------------------------------------

def test_a_closed_pipe_ends_clean_quietly(tmp_path):
    # `normkit clean big.jsonl --field text | head -1` printed
    # "normkit: output: cannot write: Broken pipe" and exited 2 (JSONL: 1)
    import json
    import subprocess
    import sys

    source = tmp_path / "big.jsonl"
    record = {"text": "Talks in Kiev went on today, Nato officials in the capital city said."}
    source.write_text("".join(json.dumps(dict(record, id=i)) + "\n" for i in range(3000)))
    proc = subprocess.Popen([sys.executable, "-m", "normkit", "clean", str(source), "--field",
                             "text", "-q", "-j", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert b"Kyiv" in proc.stdout.readline()
    proc.stdout.close()  # the reader leaves, as head does
    stderr = proc.stderr.read()
    assert proc.wait(timeout=120) == 0
    assert stderr == b""


def test_rejects_without_skip_bad_is_an_error(tmp_path, cli):
    # before: --rejects alone was silently ignored and a bad record stopped the run anyway
    source = tmp_path / "docs.jsonl"
    source.write_text('{"text": "x"}\nnot json\n')
    proc = cli("clean", str(source), "--field", "text", "--rejects", str(tmp_path / "bad.jsonl"))
    assert proc.returncode == 2 and proc.stdout == ""
    assert "--rejects names where --skip-bad sets bad JSONL records aside: add --skip-bad" \
        in proc.stderr


def test_help_texts_fit_every_command_that_shows_them(cli):
    # --field said "clean this field" under `suggest` and `check` too; `rules test` and
    # `rules lint` take directories and default to every pack, which their help did not say
    for command in (["clean"], ["check"], ["suggest"]):
        text = " ".join(cli(*command, "--help").stdout.replace("│", " ").split())
        assert "this field holds the text" in text, command
    for verb in ("test", "lint"):
        text = " ".join(cli("rules", verb, "--help").stdout.replace("│", " ").split())
        assert f"Pack files or directories to {verb}" in text


def test_rules_list_goes_by_stage_in_the_order_the_stages_run(cli):
    # "List the rules the profile runs, by stage" listed boilerplate, encoding, layout, ...
    proc = cli("rules", "list")
    stages = [line.split()[0] for line in proc.stdout.splitlines()]
    assert list(dict.fromkeys(stages)) == ["encoding", "boilerplate", "punctuation", "lexicon",
                                           "layout"]


@pytest.mark.skipif(not Path("/dev/stdout").is_symlink(), reason="needs /dev/stdout as a link")
def test_dev_stdout_redirected_to_a_file_is_written_not_replaced(tmp_path):
    import subprocess

    source = tmp_path / "a.txt"
    source.write_text(ARTICLE)
    with (tmp_path / "out.txt").open("w") as redirected:
        proc = subprocess.run([sys.executable, "-m", "normkit", "clean", str(source), "-o",
                               "/dev/stdout", "--lang", "en", "-q"],
                              stdout=redirected, stderr=subprocess.PIPE, text=True)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "out.txt").read_text() == CLEANED
    assert Path("/dev/stdout").is_symlink()  # the link stays; no file took its place


def test_min_count_without_consistency_is_an_error(cli, tmp_path):
    source = tmp_path / "a.txt"
    source.write_text(ARTICLE)
    proc = cli("check", str(source), "--min-count", "2")
    assert proc.returncode == 2 and "--min-count goes with --consistency" in proc.stderr
    proc = cli("check", str(source), "--consistency", "--min-count", "1", "--lang", "en")
    assert proc.returncode in (0, 1), proc.stderr  # names spelled several ways, or none
