"""The punctuation stage: the packs' rewrite rules, then straight quotes paired per paragraph.

The two steps alternate until neither changes anything, so the stage is idempotent.

>>> from normkit.packs.discovery import load_all
>>> from normkit.rules import compile_rules
>>> from normkit.tracking import TrackedText
>>> rules = [r for r in compile_rules(load_all()) if r.stage == "punctuation"]
>>> stage = PunctuationStage(rules, {"quotes": "straight", "dash": "em"})
>>> doc = TrackedText('He called it “ a victory ” -- and left .')
>>> stage.run(doc, Context(lang="en", options={}))
>>> doc.text
'He called it "a victory"—and left.'
"""

from __future__ import annotations

from normkit.rules import CompiledRule
from normkit.stages.base import Context, PerLanguage
from normkit.stages.quotes import apply_quote_pairs
from normkit.stages.rewrite import MAX_ROUNDS, run_rewrites
from normkit.tracking import TrackedText

QUOTE_STYLES = ("straight", "curly", "keep")


class PunctuationStage:
    """Rewrite rules for the document's language, and quote pairing in the profile's style."""

    name = "punctuation"

    def __init__(self, rules: list[CompiledRule], options):
        self._rules = PerLanguage(rules, options, lambda active: active)
        style = options.get("quotes", "straight")
        if style not in QUOTE_STYLES:
            raise ValueError(f"profile option quotes: {style!r} is not one of {QUOTE_STYLES}")
        self._style = style
        self.local = True  # punctuation rules never match across a line break

    def run(self, doc: TrackedText, ctx: Context) -> None:
        rules = self._rules.get(ctx.lang)
        for _ in range(MAX_ROUNDS):
            run_rewrites(doc, rules, self.name, ctx.doc_id, local=self.local)
            if not apply_quote_pairs(doc, self._style, self.name, ctx.lang):
                return


class EncodingAndPunctuation:
    """The encoding and punctuation stages of the bundled packs alone (benchmarks, tests).

    >>> clean = EncodingAndPunctuation({"quotes": "straight", "dash": "em", "nbsp": "space"})
    >>> clean.run("Talks in Kiev &amp; Lviv , today -- again .", lang="en").text
    'Talks in Kiev & Lviv, today—again.'
    """

    def __init__(self, options: dict[str, str] | None = None):
        from normkit.packs.discovery import load_all
        from normkit.pipeline import resolve_profile
        from normkit.rules import compile_rules
        from normkit.stages.encoding import EncodingStage

        self.options = {**resolve_profile("default").options, **(options or {})}
        rules = compile_rules(load_all())
        self.encoding = EncodingStage([r for r in rules if r.stage == "encoding"], self.options)
        self.punctuation = PunctuationStage(
            [r for r in rules if r.stage == "punctuation"], self.options
        )

    def run(self, text: str, lang: str = "en") -> TrackedText:
        from normkit.protect import find_protected

        doc = TrackedText(text, find_protected(text))
        ctx = Context(lang=lang, options=self.options)
        self.encoding.run(doc, ctx)
        self.punctuation.run(doc, ctx)
        return doc
