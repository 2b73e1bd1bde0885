"""What every stage shares: the per-document context and the rule-selection cache.

>>> ctx = Context(lang="en", options={"quotes": "straight"})
>>> ctx.lang
'en'
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Generic, Protocol, TypeVar

from normkit.rules import CompiledRule
from normkit.tracking import TrackedText

T = TypeVar("T")
REGEX_TIMEOUT = 2.0  # seconds one rule may spend on one document of up to 1 MB ...
REGEX_TIMEOUT_PER_MB = 2.0  # ... plus this much per MB (a linear rule on 50 MB needs time)


def regex_timeout(text: str) -> float:
    """The time budget of one rule on ``text``: catastrophic backtracking blows any of them.

    >>> regex_timeout("x" * 5_000_000)
    12.0
    """
    return REGEX_TIMEOUT + REGEX_TIMEOUT_PER_MB * len(text) / 1_000_000


class RuleTimeout(RuntimeError):
    """A rule's regular expression ran too long on a document (catastrophic backtracking)."""


@dataclass
class Context:
    """What a stage may know about the document besides its text."""

    lang: str
    options: Mapping[str, str]
    doc_id: str = "<text>"
    notes: dict = field(default_factory=dict)


class Stage(Protocol):
    name: str

    def run(self, doc: TrackedText, ctx: Context) -> None: ...


class PerLanguage(Generic[T]):
    """Build something from the rules that apply to a language, once per language.

    The cache is filled on first use; a race only builds the same value twice.
    """

    def __init__(
        self,
        rules: list[CompiledRule],
        options: Mapping[str, str],
        build: Callable[[list[CompiledRule]], T],
    ):
        self._rules = rules
        self._options = dict(options)
        self._build = build
        self._cache: dict[str, T] = {}

    def get(self, lang: str) -> T:
        try:
            return self._cache[lang]
        except KeyError:
            active = [r for r in self._rules if r.applies(lang, self._options)]
            value = self._cache[lang] = self._build(active)
            return value
