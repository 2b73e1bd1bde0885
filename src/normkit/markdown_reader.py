"""Markdown documents read as the plain text normkit cleans.

Scrapers and reader services often hand pages over as Markdown: links with their
addresses, images, ``#`` headings, ``*`` list items. Read as Markdown (markdown-it-py,
CommonMark with tables), a document becomes the text a reader sees, laid out as
normkit reads pages: a line per heading, paragraph and list item (a paragraph's soft
line breaks read as spaces, as a browser shows them), a blank line between blocks.
Link texts stay and their addresses go; images go (as a page's images give no text);
emphasis marks go; code keeps its text; a table row's cells are joined by ``|``.

>>> print(markdown_text("# Talks resume in Kiev\\n\\n* [Home](/)\\n* [World](/world)\\n\\n"
...                     "Talks went on in **Kiev**, [officials](https://x.org) said.\\n\\n"
...                     "![A photo](https://x.org/a.jpg)\\n"))
Talks resume in Kiev
<BLANKLINE>
Home
World
<BLANKLINE>
Talks went on in Kiev, officials said.
"""

from __future__ import annotations

import functools
import re

MARKDOWN_SUFFIXES = (".md", ".markdown")
_BLANK_RUNS = re.compile(r"\n{3,}")
_LINE_END_SPACES = re.compile(r"[ \t]+$", re.MULTILINE)
_ENDS_BLOCK = frozenset({"heading_close", "bullet_list_close", "ordered_list_close",
                         "blockquote_close", "table_close", "hr"})


@functools.cache
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def markdown_text(source: str) -> str:
    """The text of a Markdown document, a line per block, as normkit reads pages."""
    pieces: list[str] = []
    for token in _parser().parse(source):
        kind = token.type
        if kind == "inline":
            pieces.append(_inline_text(token.children or []))
        elif kind == "paragraph_close":
            pieces.append("\n" if token.hidden else "\n\n")  # a tight list's item: a line
        elif kind in _ENDS_BLOCK:
            pieces.append("\n\n")
        elif kind in ("fence", "code_block"):
            pieces += [token.content.rstrip("\n"), "\n\n"]
        elif kind == "html_block":
            from normkit.webpage import page_text

            pieces += [page_text(token.content), "\n\n"]
        elif kind in ("th_close", "td_close"):
            pieces.append(" | ")
        elif kind == "tr_close":
            if pieces and pieces[-1] == " | ":
                pieces.pop()
            pieces.append("\n")
    text = _LINE_END_SPACES.sub("", "".join(pieces))
    return _BLANK_RUNS.sub("\n\n", text).strip("\n")


def _inline_text(children) -> str:
    """A paragraph's or heading's words: link texts without their addresses, no images,
    no emphasis marks or inline HTML tags."""
    words = []
    for child in children:
        if child.type in ("text", "code_inline"):
            words.append(child.content)
        elif child.type == "softbreak":  # a line break inside a paragraph reads as a space
            words.append(" ")
        elif child.type == "hardbreak":
            words.append("\n")
    return "".join(words)
