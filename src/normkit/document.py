"""The records a cleaning run produces: edits, removed blocks and the result.

Every offset is an index into the ORIGINAL input string, so that
``original[edit.start:edit.end] == edit.before`` always holds.

>>> edit = Edit(start=8, end=12, before="Kiev", after="Kyiv", rule="geo-ua/kyiv", stage="lexicon")
>>> edit.before
'Kiev'
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True, slots=True)
class Edit:
    """One change, located in the original input.

    ``before`` is the original text of the span; ``after`` is what the rule wrote
    there (a later stage may have changed the same place again).
    """

    start: int
    end: int
    before: str
    after: str
    rule: str
    stage: str

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Removed:
    """A block (line or paragraph) that the boilerplate stage dropped.

    >>> Removed(start=0, end=12, text="Source link\\n", rule="web/source-link").text.strip()
    'Source link'
    """

    start: int
    end: int
    text: str
    rule: str

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Result:
    """What :meth:`normkit.Normalizer.run` returns.

    >>> import normkit
    >>> r = normkit.Normalizer().run("Talks in Kiev continued on Thursday.", lang="en")
    >>> r.text, r.lang, [e.rule for e in r.edits]
    ('Talks in Kyiv continued on Thursday.', 'en', ['geo-ua/kyiv'])
    """

    text: str
    original: str
    lang: str
    edits: tuple[Edit, ...] = field(default_factory=tuple)
    removed: tuple[Removed, ...] = field(default_factory=tuple)

    @property
    def changed(self) -> bool:
        return self.text != self.original

    def to_dict(self, *, include_text: bool = True) -> dict:
        data: dict = {
            "lang": self.lang,
            "changed": self.changed,
            "edits": [e.to_dict() for e in self.edits],
            "removed": [r.to_dict() for r in self.removed],
        }
        if include_text:
            data["text"] = self.text
        return data
