"""The rule-pack schema (``normkit: 1``), validated strictly with pydantic.

Unknown keys, wrong types, bad regular expressions and unknown language codes are
errors; :mod:`normkit.packs.loader` turns them into ``file:line:col: message``.

>>> rule = Rule.model_validate({"id": "kyiv", "kind": "alias", "canonical": "Kyiv",
...                             "variants": ["Kiev"], "examples": [{"in": "Kiev"}]})
>>> rule.variants
['Kiev']
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

import pycountry
import regex
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

STAGES = ("encoding", "boilerplate", "punctuation", "lexicon", "layout")
Stage = Literal["encoding", "boilerplate", "punctuation", "lexicon", "layout"]
RULE_ID = r"^[a-z0-9][a-z0-9._-]*$"
FLAG_NAMES = {"i": regex.IGNORECASE, "m": regex.MULTILINE, "s": regex.DOTALL, "x": regex.VERBOSE}


def check_lang(code: str) -> str:
    """Accept ISO 639-1/-3 codes known to pycountry (and ``und``).

    >>> check_lang("uk")
    'uk'
    """
    if code == "und":
        return code
    if len(code) in (2, 3) and code.isalpha() and code.islower():
        found = pycountry.languages.get(alpha_2=code) if len(code) == 2 else None
        found = found or pycountry.languages.get(alpha_3=code)
        if found is not None:
            return code
    raise ValueError(f"unknown language code {code!r} (use ISO 639-1, e.g. 'en', 'uk')")


LangList = list[Annotated[str, AfterValidator(check_lang)]]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Example(Strict):
    """``in`` must become ``out``; without ``out`` it must come back unchanged."""

    text_in: str = Field(alias="in")
    text_out: str | None = Field(default=None, alias="out")
    lang: str | None = None

    @field_validator("lang")
    @classmethod
    def _lang(cls, value: str | None) -> str | None:
        return None if value is None else check_lang(value)


class Pattern(Strict):
    regex: str
    flags: list[Literal["i", "m", "s", "x"]] = Field(default_factory=list)

    def compile(self) -> regex.Pattern:
        return regex.compile(self.regex, self.flag_bits() | regex.VERSION0)

    def flag_bits(self) -> int:
        flags = 0
        for name in self.flags:
            flags |= FLAG_NAMES[name]
        return flags

    def check_template(self, template: str) -> None:
        """Raise if ``template`` refers to a group the pattern lacks, or has a bad escape.

        The template is expanded on an empty match of the pattern, which has every group
        (an empty alternative is added, so there always is a match).

        >>> Pattern(regex="(a)b").check_template(r"\\2")
        Traceback (most recent call last):
        ...
        IndexError: no such group
        """
        anything = regex.compile(self.regex + "\n|", self.flag_bits() | regex.VERSION0)
        match = anything.match("")
        assert match is not None
        match.expand(template)

    @field_validator("regex")
    @classmethod
    def _valid(cls, value: str) -> str:
        try:
            regex.compile(value)
        except regex.error as exc:
            raise ValueError(f"bad regular expression: {exc}") from None
        return value


class Rule(Strict):
    """One rule. Which keys apply depends on ``kind``."""

    id: str = Field(pattern=RULE_ID)
    kind: Literal["alias", "drop", "rewrite"]
    description: str = ""
    lang: LangList | None = None
    stage: Stage | None = None
    priority: int = 0
    when: dict[str, str] = Field(default_factory=dict)
    examples: list[Example] = Field(min_length=1)
    # alias
    canonical: str | None = None
    variants: list[str] = Field(default_factory=list)
    source: dict[str, str | list[str]] = Field(default_factory=dict)
    case: Literal["smart", "exact"] = "smart"
    case_sensitive: bool = False
    match_lowercase: bool = True  # false: an all-lower-case "turkey" or "china" is left alone
    protect: list[str] = Field(default_factory=list)
    requires: list[str] = Field(default_factory=list)  # the document mentions one of these
    require_near: list[str] = Field(default_factory=list)  # ... within `near` characters
    forbid_near: list[str] = Field(default_factory=list)  # ... none of these within `near`
    near: int = Field(default=200, ge=1)
    # the document names another place or person of the name (Odessa, Texas; the actress
    # Odessa Young): the rule is off in it, unless it also mentions one of `unless_document`
    forbid_document: list[str] = Field(default_factory=list)
    unless_document: list[str] = Field(default_factory=list)
    forbid_before: list[str] = Field(default_factory=list)  # the words right before block it
    forbid_after: list[str] = Field(default_factory=list)  # the words right after block it
    require_before: list[str] = Field(default_factory=list)  # one must come right before
    require_after: list[str] = Field(default_factory=list)  # one must come right after
    not_variants: list[str] = Field(default_factory=list)  # generated spellings to leave out
    # drop / rewrite
    match: Pattern | None = None
    replace: str | None = None
    position: Literal["any", "head", "tail"] = "any"
    # rewrite: also run once before the boilerplate stage (layout rules about line edges
    # and blank lines: the stages between then read tidy whitespace, and rarely need a
    # second pass for what the layout stage changes at the end)
    early: bool = False
    # rewrite: literal strings one of which every text the rule can change contains;
    # drop: one of which every line it drops contains, compared in lower case
    # (a speed hint: the rule is skipped on texts that have none of them)
    triggers: list[Annotated[str, Field(min_length=1)]] = Field(default_factory=list)
    # drop: what a dropped line says about the text around it. "page": page furniture
    # (menus, share bars, footers); "inline": it may stand inside an article (an ad, a
    # photo credit, a pointer to another story); "between": it stands between the parts
    # of an article (a live blog's Share button under each post) but outside the article
    # it is page furniture; "ending": it opens a comment section, so what follows is no
    # longer the article
    role: Literal["page", "inline", "between", "ending"] = "page"
    # drop: the line is a bare label over titles of other stories ("Read more", "Related");
    # up to three title-like lines right under it, in its block, go too
    titles_below: bool = False
    # drop: the line is a card of another story in a teaser list, its time stamp glued to
    # the card's text (``4 hours agoLONDON (AP) - ...``); right under a list's bare label
    # (a rule with titles_below), a line of the label's block followed by such a card is
    # the list's first card and goes too
    card: bool = False
    # drop: the line is a photo caption with its credit; in a gallery, where such captions
    # outnumber the lines of prose, they are the text and stay
    caption: bool = False
    # drop: the line tells who wrote the article and when, or whose picture heads it (a
    # byline, a date, a reading time, a photo credit): a headline-shaped line right above
    # such lines, the article right below them, is the article's headline and stays
    article_meta: bool = False
    # drop: the line shows that the page is a live blog (``Key events``, ``Live blog``,
    # ``32 posts``): where the article's entries open with headings, the heading right
    # above its first paragraph is the first entry's, not the page's head
    live_blog: bool = False

    @field_validator("match", mode="before")
    @classmethod
    def _short_match(cls, value: Any) -> Any:
        return {"regex": value} if isinstance(value, str) else value

    @model_validator(mode="after")
    def _kind_keys(self) -> Rule:
        needs = {
            "alias": ("canonical",),
            "drop": ("match",),
            "rewrite": ("match", "replace"),
        }[self.kind]
        for key in needs:
            if getattr(self, key) is None:
                raise ValueError(f"a rule of kind {self.kind!r} needs {key!r}")
        if self.kind == "alias" and not (self.variants or self.source):
            raise ValueError("an alias rule needs 'variants' or 'source'")
        if self.kind != "alias" and (self.variants or self.canonical or self.source):
            raise ValueError("'canonical', 'variants' and 'source' belong to alias rules only")
        if self.kind == "alias" and self.match is not None:
            raise ValueError("'match' belongs to drop and rewrite rules only"
                             " (an alias rule matches its 'variants')")
        if self.kind != "rewrite" and self.replace is not None:
            raise ValueError(f"'replace' belongs to rewrite rules only (a {self.kind} rule "
                             + ("drops the whole line)" if self.kind == "drop"
                                else "writes its 'canonical')"))
        if self.early and self.kind != "rewrite":
            raise ValueError("'early' belongs to rewrite rules only")
        if self.titles_below and self.kind != "drop":
            raise ValueError("'titles_below' belongs to drop rules only")
        if self.card and self.kind != "drop":
            raise ValueError("'card' belongs to drop rules only")
        if self.caption and self.kind != "drop":
            raise ValueError("'caption' belongs to drop rules only")
        if self.article_meta and self.kind != "drop":
            raise ValueError("'article_meta' belongs to drop rules only")
        if self.live_blog and self.kind != "drop":
            raise ValueError("'live_blog' belongs to drop rules only")
        if self.triggers and self.kind == "alias":
            raise ValueError("'triggers' belong to rewrite and drop rules only")
        if self.kind == "drop" and any(t != t.lower() for t in self.triggers):
            raise ValueError("the triggers of a drop rule are compared in lower case: "
                             "write them in lower case")
        for example in self.examples if self.triggers else ():
            text = example.text_in.lower() if self.kind == "drop" else example.text_in
            if example.text_out is not None and example.text_out != example.text_in and not any(
                t in text for t in self.triggers
            ):
                raise ValueError(
                    f"example {example.text_in!r} changes but contains none of the triggers"
                )
        for lang in self.source:
            check_lang(lang)
        if self.kind == "rewrite" and self.match is not None and self.replace is not None:
            try:
                self.match.check_template(self.replace)
            except (regex.error, IndexError) as exc:
                raise ValueError(f"bad replacement: {exc}") from None
        return self


class PackInfo(Strict):
    id: str = Field(pattern=RULE_ID)
    version: str = "0.0.0"
    description: str = ""
    lang: LangList | None = None
    stage: Stage | None = None
    license: str | None = None
    source: str | list[str] | None = None


class PackFile(Strict):
    """A whole pack file."""

    normkit: Literal[1]
    pack: PackInfo
    rules: list[Rule] = Field(default_factory=list)


class ProfileFile(Strict):
    """A profile: which packs run, and the policies the rules read through ``when:``."""

    normkit: Literal[1]
    profile: str = Field(pattern=RULE_ID)
    description: str = ""
    packs: list[str] = Field(default_factory=lambda: ["*"])
    exclude: list[str] = Field(default_factory=list)
    stages: list[Stage] = Field(default_factory=lambda: list(STAGES))
    # packs the profile selects whose every rule runs in one of these stages are left out
    # (packs given with --pack still run): `no-lexicon` turns the name packs off
    exclude_stages: list[Stage] = Field(default_factory=list)
    options: dict[str, str] = Field(default_factory=dict)
