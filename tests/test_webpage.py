"""Saved web pages (HTML): cleaned as their text, written as text, never replaced by it."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import normkit
from normkit.webpage import PageError, looks_like_html, page_text

# a small page in the shape news sites save: a title, a menu, the headline, share buttons
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Talks resume in Kyiv</title>
<style>p { color: red }</style><script>var ads = [];</script></head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<article>
<h1>Talks resume in Kiev</h1>
<p class="byline">By Olena Marchenko</p>
<p>Negotiators met in Kiev on Monday for a third round of talks, officials said.</p>
<p>The talks are expected to last &ldquo;several days&rdquo;, a spokesman for the
ministry told reporters outside the building.</p>
<div class="share"><a href="#">Share on Facebook</a></div>
</article>
<footer><p>&copy; 2024 Example Media. All rights reserved.</p></footer>
</body></html>
"""


@pytest.fixture()
def page(tmp_path):
    path = tmp_path / "talks.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_a_page_is_cleaned_as_its_text(cli, page):
    proc = cli("clean", str(page), "--show-removed")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "<" not in out and "var ads" not in out and "color: red" not in out
    assert "Negotiators met in Kyiv on Monday for a third round of talks, officials said." in out
    assert 'The talks are expected to last "several days", a spokesman' in out
    assert "Talks resume in Kyiv" in out  # the headline stays, spelled the canonical way
    for furniture in ("Share on Facebook", "All rights reserved", "By Olena Marchenko"):
        assert furniture not in out
        assert furniture in proc.stderr  # shown as removed


def test_a_page_written_to_a_directory_becomes_a_txt_file(cli, page, tmp_path):
    out = tmp_path / "out"
    proc = cli("clean", str(page), "-o", f"{out}/")
    assert proc.returncode == 0, proc.stderr
    assert [p.name for p in out.iterdir()] == ["talks.txt"]
    assert "Negotiators met in Kyiv" in (out / "talks.txt").read_text()
    assert page.read_text() == PAGE  # the page itself is left alone


def test_a_page_and_a_text_of_the_same_name_are_not_written_over_each_other(cli, page,
                                                                             tmp_path):
    (tmp_path / "talks.txt").write_text("Talks in Kiev.\n")
    out = tmp_path / "out"
    proc = cli("clean", str(page), str(tmp_path / "talks.txt"), "-o", f"{out}/")
    assert proc.returncode == 2
    assert "would both be written to" in proc.stderr and "talks.txt" in proc.stderr
    assert not out.exists()


def test_in_place_never_turns_a_page_into_text(cli, page):
    proc = cli("clean", str(page), "--in-place")
    assert proc.returncode == 2
    assert f"{page}: --in-place would replace the page's HTML" in proc.stderr
    assert "--from text" in proc.stderr
    assert page.read_text() == PAGE


def test_from_text_cleans_the_markup_as_text(cli, page):
    proc = cli("clean", str(page), "--from", "text", "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    assert "<h1>Talks resume in Kyiv</h1>" in proc.stdout  # markup kept, words cleaned


def test_standard_input_is_read_as_a_page_by_its_start(cli):
    proc = cli("clean", "-", input=PAGE)
    assert proc.returncode == 0, proc.stderr
    assert "<" not in proc.stdout and "Negotiators met in Kyiv" in proc.stdout
    # text with a little markup in it is text: its tags are not the cleaner's to take out
    proc = cli("clean", "-", "--lang", "en", input="Talks in <b>Kiev</b> went on.\n")
    assert proc.stdout == "Talks in <b>Kyiv</b> went on.\n", proc.stderr


def test_jsonl_records_holding_pages_are_read_as_pages(cli, tmp_path):
    path = tmp_path / "pages.jsonl"
    records = [{"id": 1, "html": PAGE}, {"id": 2, "html": "Talks in Kiev, <i>again</i>."}]
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    proc = cli("clean", str(path), "--field", "html", "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    first, second = map(json.loads, proc.stdout.splitlines())
    assert first["id"] == 1 and "<" not in first["html"]
    assert "Negotiators met in Kyiv" in first["html"]
    assert second == {"id": 2, "html": "Talks in Kyiv, <i>again</i>."}
    proc = cli("clean", str(path), "--field", "html", "--lang", "en", "--from", "html")
    assert json.loads(proc.stdout.splitlines()[1])["html"] == "Talks in Kyiv, again."


def test_from_html_takes_pages_from_directories(cli, page, tmp_path):
    (tmp_path / "notes.txt").write_text("Talks in Kiev.\n")
    proc = cli("clean", str(tmp_path), "--from", "html", "-o", str(tmp_path / "out"))
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["talks.txt"]


def test_the_report_locates_edits_in_the_page_text(cli, page, tmp_path):
    report = tmp_path / "run.json"
    proc = cli("clean", str(page), "--report", str(report), "-o", str(tmp_path / "talks.txt"))
    assert proc.returncode == 0, proc.stderr
    text = page_text(PAGE)
    data = json.loads(report.read_text())
    [document] = data["files"][0]["documents"]
    assert document["original"] == text
    assert any(e["rule"] == "geo-ua/kyiv" for e in document["edits"])
    assert all(text[e["start"]:e["end"]] == e["before"] for e in document["edits"])


def test_a_page_in_the_library():
    text = page_text(PAGE)
    assert text.splitlines()[:2] == ["Talks resume in Kyiv", ""]
    result = normkit.Normalizer().run(text)
    assert result.lang == "en" and result.original == text
    assert "Negotiators met in Kyiv" in result.text and "Share on Facebook" not in result.text


@pytest.mark.parametrize("start", [
    "<!DOCTYPE html><html>", "<!doctype HTML>\n<html>", "\ufeff  <html lang='fr'>",
    '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">',
    "<!-- saved from url=(0014)about:internet -->\n<html>",
])
def test_pages_are_known_by_their_start(start):
    assert looks_like_html(start + "<body><p>Talks.</p></body></html>")


@pytest.mark.parametrize("text", [
    "Talks in <b>Kiev</b> went on.", "<p>One paragraph of a feed.</p>", "html is a language",
    "<htmlish> tag", "",
])
def test_text_with_some_markup_is_not_a_page(text):
    assert not looks_like_html(text)


def test_a_page_nested_too_deep_to_read_whole_is_an_error_not_a_shorter_text(cli, tmp_path):
    deep = "<html><body>\n" + "<div>" * 3000 + "Talks in Kiev went on.</body></html>\n"
    path = tmp_path / "deep.html"
    path.write_text(deep)
    proc = cli("clean", str(path), "-o", str(tmp_path / "out.txt"))
    assert proc.returncode == 2
    assert f"{path}:2: tags nested too deep to read the page whole" in proc.stderr
    assert not (tmp_path / "out.txt").exists()
    records = tmp_path / "pages.jsonl"
    records.write_text(json.dumps({"html": deep}) + "\n" + json.dumps({"html": PAGE}) + "\n")
    proc = cli("clean", str(records), "--field", "html")
    assert proc.returncode == 2 and f"{records}:1: field 'html': tags nested" in proc.stderr
    proc = cli("clean", str(records), "--field", "html", "--skip-bad", "--rejects",
               str(tmp_path / "bad.jsonl"))
    assert proc.returncode == 0, proc.stderr
    assert "Negotiators met in Kyiv" in json.loads(proc.stdout)["html"]
    rejected = json.loads((tmp_path / "bad.jsonl").read_text())
    assert rejected["line"] == 1 and "tags nested too deep" in rejected["error"]
    assert json.loads(rejected["record"])["html"] == deep


def test_a_record_with_half_a_surrogate_pair_is_read(cli, tmp_path):
    path = tmp_path / "pages.jsonl"
    path.write_text('{"html": "<html><body><p>Talks in Kiev \\ud800 went on for hours.</p>'
                    '</body></html>"}\n')
    proc = cli("clean", str(path), "--field", "html", "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["html"] == "Talks in Kyiv \ufffd went on for hours."


_TAGS = st.sampled_from(["<html>", "<body>", "<p>", "</p>", "<div>", "</div>", "<br>", "<li>",
                         "<script>", "</script>", "<!--", "-->", "&amp;", "&nbsp;", "<h1>",
                         "</h1>", "<title>", "</title>", "<a href='http://x.org'>", "</a>"])
_MARKUP = st.lists(st.one_of(_TAGS, st.text(max_size=20)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(_MARKUP)
def test_any_markup_gives_text_whose_cleaning_is_a_fixed_point(markup):
    try:
        text = page_text(markup)
    except PageError:
        return
    assert isinstance(text, str)
    once = normkit.clean(text)
    assert normkit.clean(once) == once


def test_a_directory_of_pages_that_the_default_glob_misses_says_how_to_read_them(cli, page,
                                                                                tmp_path):
    proc = cli("clean", str(tmp_path))
    assert proc.returncode == 0 and proc.stdout == ""
    assert f"{tmp_path}: no files match '*.txt' (see --glob); it holds *.htm* files:" \
           " --from html reads them" in proc.stderr


def test_a_page_cleaned_into_a_file_ends_its_last_line(cli, page, tmp_path):
    # html-text gives a page's text without a final line break; a .txt file ends its line
    proc = cli("clean", str(page), "--lang", "en", "-o", str(tmp_path / "out") + "/")
    assert proc.returncode == 0, proc.stderr
    written = (tmp_path / "out" / "talks.txt").read_text(encoding="utf-8")
    assert written.endswith(".\n") and not written.endswith("\n\n")
