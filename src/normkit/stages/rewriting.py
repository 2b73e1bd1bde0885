"""Stages made only of rewrite rules: punctuation and layout.

>>> from normkit.packs.discovery import load_all
>>> from normkit.rules import compile_rules
>>> from normkit.tracking import TrackedText
>>> rules = [r for r in compile_rules(load_all()) if r.stage == "layout"]
>>> doc = TrackedText("One.  \\n\\n\\n\\nTwo.")
>>> RewriteStage("layout", rules, {}).run(doc, Context(lang="en", options={}))
>>> doc.text
'One.\\n\\nTwo.'
"""

from __future__ import annotations

from normkit.rules import CompiledRule
from normkit.stages.base import Context, PerLanguage
from normkit.stages.rewrite import run_rewrites
from normkit.tracking import TrackedText


class RewriteStage:
    """Runs the stage's rewrite rules that apply to the document's language."""

    def __init__(self, name: str, rules: list[CompiledRule], options):
        self.name = name
        self._rules = PerLanguage(rules, options, lambda active: active)

    def run(self, doc: TrackedText, ctx: Context) -> None:
        run_rewrites(doc, self._rules.get(ctx.lang), self.name, ctx.doc_id)
