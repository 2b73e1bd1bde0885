"""How the command line reads a document before cleaning it: as text, as a web page
(HTML) or as Markdown.

``auto`` reads a document as a page when its file's name (``.html``, ``.htm``) or its
first characters (``<!doctype html>``, ``<html>``) say it is one, else as text; Markdown
is read only when asked (``--from markdown``), as a ``.md`` file may be meant as text.

>>> document_kind("auto", "news.html", "Talks."), document_kind("auto", "-", "Talks.")
('html', 'text')
>>> read_as("markdown", "Talks in [Kiev](https://x.org).")
'Talks in Kiev.'
>>> output_name("in/news.html", "auto"), output_name("in/news.md", "markdown")
('in/news.txt', 'in/news.txt')
"""

from __future__ import annotations

from pathlib import PurePath

from normkit.markdown_reader import MARKDOWN_SUFFIXES, markdown_text
from normkit.webpage import has_html_name, looks_like_html, page_text

READERS = ("auto", "text", "html", "markdown")


def document_kind(reader: str, name: str, text: str) -> str:
    """``text``, ``html`` or ``markdown``: how ``reader`` reads the document ``text`` of the
    file ``name`` (``""`` for a JSONL record, which has no name of its own)."""
    if reader != "auto":
        return reader
    return "html" if has_html_name(name) or looks_like_html(text) else "text"


def read_as(kind: str, text: str) -> str:
    """The text normkit cleans of a document of this ``kind`` (see :func:`document_kind`)."""
    if kind == "html":
        return page_text(text)
    if kind == "markdown":
        return markdown_text(text)
    return text


def converts(reader: str, name: str) -> bool:
    """True if a file of this name is read as another kind than text whatever it holds
    (so its cleaned text is no copy of it: ``--in-place`` would replace it).

    >>> converts("auto", "a.html"), converts("auto", "a.txt"), converts("markdown", "a.txt")
    (True, False, True)
    """
    return reader in ("html", "markdown") or (reader == "auto" and has_html_name(name))


def output_name(name: str, reader: str) -> str:
    """The name of a document's cleaned text: a page's or a Markdown file's suffix
    becomes ``.txt``; other names stay."""
    suffix = PurePath(name).suffix.lower()
    if (reader in ("auto", "html") and has_html_name(name)) or (
            reader == "markdown" and suffix in MARKDOWN_SUFFIXES):
        return str(PurePath(name).with_suffix(".txt"))
    return name
