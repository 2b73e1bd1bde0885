"""Saved web pages (HTML) read as the plain text normkit cleans.

normkit cleans text. A page is first turned into text by html-text, the reader that
made the page texts of the Zyte article-extraction benchmark normkit's boilerplate
stage is measured on: one line per block (headings, paragraphs, menu items, captions),
blank lines between paragraphs, scripts and styles left out, entities decoded. The
page's furniture stays in that text, line by line, for the boilerplate stage to drop.

>>> page_text("<html><body><h1>Talks</h1><p>Talks went on in Kiev.</p></body></html>")
'Talks\\n\\nTalks went on in Kiev.'
>>> looks_like_html("<!DOCTYPE html>\\n<html>..."), looks_like_html("Talks <b>went</b> on.")
(True, False)
"""

from __future__ import annotations

import re
from pathlib import PurePath

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
READERS = ("auto", "text", "html")  # how the command line reads its inputs (--from)

# a page begins with its doctype or its <html> tag, after a BOM, an XML declaration,
# comments and white space
_PAGE_START = re.compile(
    r"\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html\b|html[\s>])",
    re.IGNORECASE | re.DOTALL,
)


def has_html_name(name: str) -> bool:
    """True if ``name`` is a file name an HTML page is saved under.

    >>> has_html_name("news/Page.HTM"), has_html_name("page.txt"), has_html_name("-")
    (True, False, False)
    """
    return PurePath(name).suffix.lower() in HTML_SUFFIXES


def looks_like_html(text: str) -> bool:
    """True if ``text`` is a whole HTML page: it opens with a doctype or an ``<html>`` tag.

    Text that only holds some markup (``<b>``, a stray ``<p>``) is text: cleaning keeps
    it as written.
    """
    return _PAGE_START.match(text[:4096]) is not None


def reads_as_html(reader: str, name: str, text: str) -> bool:
    """Whether an input is read as a page: ``reader`` is ``html``, or ``auto`` and the
    file's name or its first characters say it is one.

    >>> reads_as_html("auto", "a.html", "Talks."), reads_as_html("text", "a.html", "<html>")
    (True, False)
    >>> reads_as_html("auto", "-", "<html><body>Talks.</body></html>")
    True
    """
    if reader == "html":
        return True
    return reader == "auto" and (has_html_name(name) or looks_like_html(text))


class PageError(ValueError):
    """A page whose text cannot be read whole; ``line`` is where reading stopped."""

    def __init__(self, message: str, line: int):
        super().__init__(message)
        self.line = line


_SURROGATE = re.compile("[\ud800-\udfff]")  # a lone half of a pair (JSON's "\\ud800")
# characters no XML tree holds (C0 controls but tab and newlines, U+FFFE, U+FFFF): lxml
# refuses a tree with them, and no page's text is made of them
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def page_text(markup: str) -> str:
    """The text of an HTML page, a line per block, as normkit reads pages.

    >>> page_text("<ul><li>Home</li><li>World</li></ul><p>A &amp; B&nbsp;met.</p>")
    'Home\\nWorld\\n\\nA & B met.'

    Tags nested deeper than the HTML parser reads (2,048 levels) would cut the text off
    there: that is an error, never a shorter text.

    >>> page_text("<html>" + "<div>" * 3000 + "Talks.")
    Traceback (most recent call last):
    ...
    normkit.webpage.PageError: tags nested too deep to read the page whole (Excessive depth \
in document: 2048, use XML_PARSE_HUGE option)
    """
    import html_text
    import lxml.etree
    import lxml.html

    markup = _NOT_XML.sub("", _SURROGATE.sub("\ufffd", markup))
    parser = lxml.html.HTMLParser(recover=True, encoding="utf-8", huge_tree=True)
    body = markup.strip().encode("utf-8")
    root = lxml.etree.fromstring(body, parser=parser) if body else None
    for error in parser.error_log:
        if error.type_name == "ERR_RESOURCE_LIMIT":
            raise PageError(f"tags nested too deep to read the page whole ({error.message})",
                            error.line)
    return "" if root is None else html_text.extract_text(root, guess_layout=True)


def text_name(name: str) -> str:
    """The name of a page's cleaned text: its HTML suffix becomes ``.txt``.

    >>> text_name("in/news.html"), text_name("notes.txt")
    ('in/news.txt', 'notes.txt')
    """
    path = PurePath(name)
    return str(path.with_suffix(".txt")) if has_html_name(name) else name
