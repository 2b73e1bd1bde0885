"""A data engineer's first hour with normkit (QA session 22): what tripped them up, fixed.

Each test is one thing a newcomer tried from README.md or docs/, and what normkit now does.
"""

from __future__ import annotations

import pytest

from conftest import ROOT, run_cli

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



@pytest.mark.parametrize(("text", "lang", "cleaned"), [
    # docs/rule-packs.md, "Profiles": the dash style is English; other languages keep their
    # dashes, and a spaced `--` becomes the dash their typography spaces (the docs said every
    # such language kept `--` as written, which punct 1.7.0 changed)
    ("Die Nacht -- sagte er -- war lang.", "de", "Die Nacht – sagte er – war lang."),
    ("Это решение -- ошибка.", "ru", "Это решение — ошибка."),
    ("La guerre -- dit-il -- continue.", "fr", "La guerre -- dit-il -- continue."),
    ("La guerra -- dijo -- sigue.", "es", "La guerra -- dijo -- sigue."),
    ("La guerre — dit-il — continue.", "fr", "La guerre — dit-il — continue."),
    ("Kyiv -- Lviv", None, "Kyiv -- Lviv"),  # und
])
def test_dashes_outside_english_are_as_docs_rule_packs_says(norm, text, lang, cleaned):
    docs = (ROOT / "docs" / "rule-packs.md").read_text(encoding="utf-8")
    assert "`Die Nacht -- sagte er -- war lang.` ->\n`Die Nacht – sagte er – war lang.`" in docs
    assert norm.run(text, lang=lang).text == cleaned


@pytest.mark.parametrize("command", ["clean", "check"])
def test_the_hint_for_pages_under_field_is_advice_that_works(tmp_path, command):
    # `clean pages/ --field text` said "it holds *.htm* files: --from html reads them", but
    # --field keeps taking *.jsonl files, so following the hint gave the same warning again
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.html").write_text("<html><body><p>Talks in Kiev went on, officials said on"
                                  " Monday in a statement.</p></body></html>")
    proc = run_cli(command, str(pages), "--field", "text", "--from", "html")
    assert "no files match '*.jsonl'" in proc.stderr
    assert "leave out --field and pass --from html" in proc.stderr, proc.stderr
    proc = run_cli(command, str(pages), "--from", "html", "-q" if command == "clean" else "-j1")
    assert "warning" not in proc.stderr and ("Kyiv" in proc.stdout or "kyiv" in proc.stdout)


@pytest.mark.parametrize(("name", "says"), [
    ("structure/byline", "boilerplate stage"),
    ("structure/head", "docs/boilerplate.md"),
    ("corpus/recurring", "--corpus"),
    ("encoding/mojibake", "encoding stage"),
    ("punct/quote-pairs", "quote"),
])
def test_explain_a_built_in_reason_says_what_it_is(name, says):
    # --show-removed and --report name these, but `normkit explain structure/byline` said
    # "no rule 'structure/byline', and no rule rewrites that spelling"
    proc = run_cli("explain", name)
    assert proc.returncode == 0, proc.stderr
    assert name in proc.stdout and "not a pack rule" in proc.stdout and says in proc.stdout


def test_explain_an_unknown_name_is_still_an_error():
    proc = run_cli("explain", "structure-nothing")
    assert proc.returncode == 2 and "no rule 'structure-nothing'" in proc.stderr


BAD = ('{"text": "Talks in Kiev went on, officials said on Monday."}\n'
       '{"text": "Kiev talks" \n'
       '{"text": null, "id": 3}\n')


def test_in_place_skip_bad_never_overwrites_the_only_copy_of_set_aside_records(tmp_path):
    # `clean A.jsonl --in-place --skip-bad` moves A's bad records into rejects.jsonl (the
    # file itself is rewritten without them); the same command on B.jsonl then replaced
    # rejects.jsonl, and A's bad records were gone from everywhere
    (tmp_path / "A.jsonl").write_text(BAD)
    (tmp_path / "B.jsonl").write_text(BAD.replace("Kiev talks", "Kharkov talks"))
    first = run_cli("clean", "A.jsonl", "--field", "text", "--in-place", "--skip-bad",
                    cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    kept = (tmp_path / "rejects.jsonl").read_text()
    assert kept.count("A.jsonl") == 2
    second = run_cli("clean", "B.jsonl", "--field", "text", "--in-place", "--skip-bad",
                     cwd=tmp_path)
    assert second.returncode == 2
    assert "rejects.jsonl" in second.stderr and "--rejects" in second.stderr, second.stderr
    assert (tmp_path / "rejects.jsonl").read_text() == kept
    assert (tmp_path / "B.jsonl").read_text() == BAD.replace("Kiev talks", "Kharkov talks")
    # another file for the set-aside records, or --backup (the originals stay), goes on
    assert run_cli("clean", "B.jsonl", "--field", "text", "--in-place", "--skip-bad",
                   "--rejects", "rejects-B.jsonl", cwd=tmp_path).returncode == 0
    (tmp_path / "C.jsonl").write_text(BAD)
    assert run_cli("clean", "C.jsonl", "--field", "text", "--in-place", "--skip-bad",
                   "--backup", ".orig", cwd=tmp_path).returncode == 0
    assert (tmp_path / "C.jsonl.orig").read_text() == BAD


def test_skip_bad_without_in_place_may_replace_an_old_rejects_file(tmp_path):
    # the inputs still hold every record, so a rerun replacing its rejects loses nothing
    (tmp_path / "A.jsonl").write_text(BAD)
    for _ in range(2):
        proc = run_cli("clean", "A.jsonl", "--field", "text", "--skip-bad", "-o", "out.jsonl",
                       cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
