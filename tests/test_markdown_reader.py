"""Markdown documents (as scrapers and reader services hand pages over) read as their text."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

import normkit
from normkit.markdown_reader import markdown_text

# a page as a reader service gives it: a menu of links, a heading, a byline with a link,
# an image and its caption, the article with links in it, then share and related links
PAGE = """[Skip to main content](#main)

*   [Home](https://example.com/)
*   [World](https://example.com/world)
*   [Business](https://example.com/business)
*   [Sport](https://example.com/sport)

# Talks resume in Kiev as allies meet

By [Olena Marchenko](https://example.com/authors/olena)

Published 3 March 2024

![Image 1: Delegates at the talks](https://example.com/img/talks.jpg)

Negotiators met in Kiev on Monday for a third round of talks, officials said. The talks
are expected to last several days, according to a spokesman for the
[ministry](https://example.com/ministry).

The previous round, held in [Geneva](https://example.com/geneva) last month, ended
without *any* agreement.

**Read more:** [Allies pledge new aid](https://example.com/aid)

Share this article

[Facebook](https://facebook.com/share) [Twitter](https://twitter.com/share)
"""


def test_a_markdown_page_is_read_as_the_text_a_reader_sees():
    text = markdown_text(PAGE)
    assert "](" not in text and "![" not in text and "**" not in text and "# " not in text
    assert "Home\nWorld\nBusiness\nSport" in text  # a tight list: an item a line
    assert "\nTalks resume in Kiev as allies meet\n" in text
    assert "according to a spokesman for the ministry." in text  # the address goes
    assert "ended without any agreement." in text  # a soft line break reads as a space


def test_clean_from_markdown_drops_the_furniture_and_keeps_the_article(cli, tmp_path):
    path = tmp_path / "talks.md"
    path.write_text(PAGE, encoding="utf-8")
    proc = cli("clean", str(path), "--from", "markdown", "--show-removed", "-o",
               f"{tmp_path / 'out'}/")
    assert proc.returncode == 0, proc.stderr
    out = (tmp_path / "out" / "talks.txt").read_text(encoding="utf-8")
    assert out.startswith("Talks resume in Kyiv as allies meet\n\nNegotiators met in Kyiv")
    assert "without any agreement." in out
    for furniture in ("Skip to main content", "Home", "Olena", "Share this article",
                      "Facebook", "Allies pledge"):
        assert furniture not in out, furniture
    assert path.read_text(encoding="utf-8") == PAGE  # the input is left alone


def test_markdown_is_read_only_when_asked(cli, tmp_path):
    path = tmp_path / "talks.md"
    path.write_text("Talks in [Kiev](https://example.com/kiev) went on.\n", encoding="utf-8")
    proc = cli("clean", str(path), "--lang", "en")  # a .md file is text unless --from says
    assert proc.stdout == "Talks in [Kyiv](https://example.com/kiev) went on.\n", proc.stderr
    proc = cli("clean", str(path), "--lang", "en", "--in-place", "--from", "markdown")
    assert proc.returncode == 2 and "--in-place" in proc.stderr
    assert path.read_text() == "Talks in [Kiev](https://example.com/kiev) went on.\n"


def test_jsonl_records_in_markdown(cli, tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps({"id": 1, "md": "# Kiev\n\nTalks in **Kiev** went on."}) + "\n")
    proc = cli("clean", str(path), "--field", "md", "--from", "markdown", "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == {"id": 1, "md": "Kyiv\n\nTalks in Kyiv went on."}


def test_tables_code_and_quotes():
    text = markdown_text("| Region | Drones |\n|---|---|\n| Kyiv | 12 |\n\n> Talks went on.\n\n"
                         "```\nnormkit  clean\n```\n")
    assert text == "Region | Drones\nKyiv | 12\n\nTalks went on.\n\nnormkit  clean"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(["# ", "* ", "[", "](", ")", "![", "**", "`", "\n",
                                           "\n\n", "> ", "| a |", "|---|", "<b>", "&amp;"]),
                          st.text(max_size=15)), max_size=30).map("".join))
def test_any_markdown_gives_text_whose_cleaning_is_a_fixed_point(source):
    text = markdown_text(source)
    once = normkit.clean(text)
    assert normkit.clean(once) == once
