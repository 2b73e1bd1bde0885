"""Saved web pages (HTML) read as the plain text normkit cleans.

normkit cleans text. A page is first turned into text by html-text, the reader that
made the page texts of the Zyte article-extraction benchmark normkit's boilerplate
stage is measured on: one line per block (headings, paragraphs, menu items, captions),
blank lines between paragraphs, scripts and styles left out, entities decoded. The
page's furniture stays in that text, line by line, for the boilerplate stage to drop.

Before html-text reads it, the page loses what a reader never sees as text (templates,
the labels inside icons, the choices of a drop-down list, a form's text box), a row of
bare links (a menu set inline: ``Home | World | Sport``) is read one link a line as a
list is, and sections, buttons and addresses end their line as blocks do.

>>> page_text("<html><body><h1>Talks</h1><p>Talks went on in Kiev.</p></body></html>")
'Talks\\n\\nTalks went on in Kiev.'
>>> looks_like_html("<!DOCTYPE html>\\n<html>..."), looks_like_html("Talks <b>went</b> on.")
(True, False)
"""

from __future__ import annotations

import re
from pathlib import PurePath

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
# elements whose text a reader never sees as page text: templates not filled in, the
# titles inside icons, the choices of a drop-down list, a form's text box
UNSEEN = ("template", "svg", "select", "datalist", "textarea")
# blocks html-text reads as inline text: each ends its line, as a browser shows them
BLOCKS = ("section", "address", "summary", "menu", "hgroup", "dialog", "caption", "center",
          "button")
# text-level tags a browser sets inline, with no space of their own around them:
# ``<b>Nyong</b>'<b>o</b>'s`` reads ``Nyong'o's``, where html-text would space the parts
INLINE = ("b", "strong", "i", "em", "u", "mark", "small", "sub", "sup", "abbr")
LINK_ROW = 3  # bare links side by side, nothing but separators between: a menu
# boxes beside the article that hold labels only (a share bar, a comment counter, an empty
# ad slot): they can stand between a headline and its article, and tell nothing there
ASIDES = ("aside",)
LABEL_WORDS = 4  # the most words of a label; a box with a longer text stays
_SEPARATORS = re.compile(r"[\s|·•/,;:\-–—»›>]*")

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
    >>> page_text('<div><a>Home</a> | <a>World</a> | <a>Sport</a></div><p>Talks <a>ran</a>.</p>')
    'Home\\nWorld\\nSport\\n\\nTalks ran.'

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
    if root is None:
        return ""
    _drop_unseen(root)
    _drop_label_asides(root)
    _unwrap_inline(root)
    _split_link_rows(root)
    return html_text.extract_text(root, guess_layout=True,
                                  newline_tags=html_text.NEWLINE_TAGS | set(BLOCKS))


def _drop_unseen(tree) -> None:
    """Remove the elements of :data:`UNSEEN`, keeping the text that follows each."""
    for element in list(tree.iter(*UNSEEN)):
        if element.getparent() is not None:
            element.drop_tree()


def _drop_label_asides(tree) -> None:
    """Remove the boxes of :data:`ASIDES` whose every text is a label of at most
    :data:`LABEL_WORDS` words (``Share this story``, ``75``, ``reader comments``).

    A box with a longer text (a list of other stories, a fact box, a pull quote) stays:
    the boilerplate stage reads where the page's tail begins from such lines.
    """
    for element in list(tree.iter(*ASIDES)):
        if element.getparent() is not None and all(
                len(text.split()) <= LABEL_WORDS for text in element.itertext()):
            element.drop_tree()


def _unwrap_inline(tree) -> None:
    """Merge the text of the tags of :data:`INLINE` into the text around them, as a
    browser shows it: html-text would read each tag's text as a word apart."""
    for element in list(tree.iter(*INLINE)):
        if element.getparent() is not None:
            element.drop_tag()


def _split_link_rows(tree) -> None:
    """Read a row of :data:`LINK_ROW` or more bare links as a list, one link a line.

    A row is an element whose children are all links and whose own text is nothing but
    separators (``|``, ``·``, ``/``, commas): a menu, a tag list, a row of share buttons.
    A sentence with links in it has words of its own between them and stays one line.
    """
    for element in list(tree.iter()):
        children = list(element)
        if (len(children) < LINK_ROW or any(child.tag != "a" for child in children)
                or not _only_separators(element.text)
                or not all(_only_separators(child.tail) for child in children)):
            continue
        for child in children:
            child.tag = "li"  # html-text ends the line of a list item
            child.tail = None


def _only_separators(text: str | None) -> bool:
    return text is None or _SEPARATORS.fullmatch(text) is not None

