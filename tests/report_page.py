"""Read back an HTML report the way a browser's DOM would: documents, panes and marks."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"meta", "br", "img", "input", "link", "hr"}


@dataclass
class Mark:
    tag: str
    attrs: dict[str, str]
    text: str = ""

    @property
    def rules(self) -> set[str]:
        return set(self.attrs.get("data-rules", "").split())


@dataclass
class Pane:
    text: str = ""
    marks: list[Mark] = field(default_factory=list)


@dataclass
class Doc:
    attrs: dict[str, str]
    title: str = ""
    panes: dict[str, Pane] = field(default_factory=dict)


class ReportPage(HTMLParser):
    """Collects every document section, the text of its two panes and their marks."""

    def __init__(self, page: str):
        super().__init__(convert_charrefs=True)
        self.docs: list[Doc] = []
        self._stack: list[tuple[str, str | None]] = []  # (tag, role)
        self._pane: Pane | None = None
        self._mark: Mark | None = None
        self._in_title = False
        self.feed(page)
        self.close()

    def handle_starttag(self, tag, attrs):
        attributes = {k: v or "" for k, v in attrs}
        classes = attributes.get("class", "").split()
        role = None
        if tag == "section" and "doc" in classes:
            self.docs.append(Doc(attributes))
            role = "doc"
        elif self.docs and "text" in classes:
            self._pane = self.docs[-1].panes.setdefault(
                "orig" if "orig" in classes else "clean", Pane())
            role = "pane"
        elif self._pane is not None and "mk" in classes:
            self._mark = Mark(tag, attributes)
            self._pane.marks.append(self._mark)
            role = "mark"
        elif self.docs and tag == "a" and attributes.get("href", "").startswith("#doc-"):
            self._in_title = True
            role = "title"
        if tag not in VOID:
            self._stack.append((tag, role))

    def handle_endtag(self, tag):
        while self._stack:
            open_tag, role = self._stack.pop()
            if role == "pane":
                self._pane = None
            elif role == "mark":
                self._mark = None
            elif role == "title":
                self._in_title = False
            if open_tag == tag:
                break

    def handle_data(self, data):
        if self._pane is not None:
            self._pane.text += data
            if self._mark is not None:
                self._mark.text += data
        elif self._in_title:
            self.docs[-1].title += data
