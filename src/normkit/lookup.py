"""What ``normkit explain NAME`` shows: the rule NAME names, or the rules that rewrite it.

NAME is a rule id (``pack/rule``, or a bare rule id), or a spelling a rule rewrites
(``Kiev``); a bare id that several packs use shows each of them.

>>> from normkit import Normalizer
>>> norm = Normalizer()
>>> find_rules(norm, "geo-ua/kyiv")[1][0].id
'geo-ua/kyiv'
>>> print(explain(norm, "Kiev").splitlines()[0])
'Kiev' is not a rule id; it is a spelling that 2 rules rewrite: geo-ua-de/kiew, geo-ua/kyiv
"""

from __future__ import annotations

from normkit.matching import fold
from normkit.pipeline import Normalizer
from normkit.rules import CompiledRule


def find_rules(norm: Normalizer, name: str) -> tuple[str, list[CompiledRule]]:
    """The rules ``name`` stands for, and a heading that says why when it is not one id.

    Raises :class:`LookupError` when it names no rule and no rule rewrites it.
    """
    same = [r for r in norm.rules if r.id == name or r.id.split("/", 1)[1] == name]
    if len(same) == 1:
        return "", same
    if same:
        ids = ", ".join(r.id for r in same)
        return f"{name!r} is a rule id in {len(same)} packs: {ids}", same
    spelled = spelling_rules(norm, name)
    if spelled:
        ids = ", ".join(r.id for r in spelled)
        count = "a rule" if len(spelled) == 1 else f"{len(spelled)} rules"
        return (f"{name!r} is not a rule id; it is a spelling that {count} rewrite"
                f"{'s' if len(spelled) == 1 else ''}: {ids}"), spelled
    raise LookupError(f"no rule {name!r}, and no rule rewrites that spelling"
                      " (see `normkit rules list`)")


# Names the stages' own code records edits and removals under (no pack defines them):
# a prefix ending in "/" covers a family.
BUILT_IN = {
    "structure/": ("boilerplate", "the boilerplate stage's own reading of the page: menus,"
                   " bylines, the head and tail around the article body, repeated lines,"
                   " titles under a pointer label", "docs/boilerplate.md"),
    "corpus/recurring": ("boilerplate", "corpus mode (--corpus DIR): a line that recurs in"
                         " 3 or more documents of the corpus", "docs/boilerplate.md"),
    **{f"encoding/{repair}": ("encoding", f"the encoding stage's own repair of {what}",
                              "docs/architecture.md")
       for repair, what in (("mojibake", "mojibake (by ftfy, where the text looks mis-decoded)"),
                            ("html-entity", "HTML entities (&amp;, &#8217;)"),
                            ("compose", "decomposed letters (composed to NFC)"))},
    "punct/quote-pairs": ("punctuation", "per-paragraph quote pairing: a quote mark that"
                          " opens or closes a quotation, told apart by its place",
                          "docs/architecture.md"),
}


def built_in(name: str) -> str | None:
    """What a name the stages' own code records (``structure/byline``) is, or None.

    >>> print(built_in("corpus/recurring").splitlines()[0])
    corpus/recurring  (built in, stage boilerplate): not a pack rule
    >>> built_in("geo-ua/kyiv") is None
    True
    """
    for key, (stage, what, doc) in BUILT_IN.items():
        if name == key or (key.endswith("/") and name.startswith(key) and name != key):
            return (f"{name}  (built in, stage {stage}): not a pack rule\n"
                    f"  {what[0].upper()}{what[1:]}; see {doc}.")
    return None


def explain(norm: Normalizer, name: str) -> str:
    """The text ``normkit explain NAME`` prints: each rule NAME stands for, described."""
    try:
        heading, rules = find_rules(norm, name)
    except LookupError:
        if (text := built_in(name)) is not None:
            return text
        raise
    blocks = [describe(rule) for rule in rules]
    return "\n\n".join([heading, *blocks] if heading else blocks)


def describe(rule: CompiledRule) -> str:
    """A rule: where it lives, its languages, what it matches and writes, its examples."""
    spec = rule.rule
    lines = [
        f"{rule.id}  ({spec.kind}, stage {rule.stage})",
        f"  defined at {rule.location}",
        f"  languages: {', '.join(sorted(rule.langs)) if rule.langs else 'all'}",
    ]
    if spec.description:
        lines.append(f"  {spec.description.strip()}")
    if spec.when:
        lines.append(f"  when: {spec.when}")
    if spec.kind == "alias":
        from normkit.stages.lexicon import alias_variants

        lines.append(f"  canonical: {spec.canonical}")
        variants = [v for v in alias_variants(rule) if v != spec.canonical]
        lines.append(f"  variants: {', '.join(variants)}")
        if spec.protect:
            lines.append(f"  protected: {', '.join(spec.protect)}")
    if spec.match is not None:
        lines.append(f"  match: {spec.match.regex}")
    if spec.replace is not None:
        lines.append(f"  replace: {spec.replace!r}")
    lines.append("  examples:")
    for example in spec.examples:
        out = example.text_in if example.text_out is None else example.text_out
        lines.append(f"    {example.text_in!r} -> {out!r}")
    return "\n".join(lines)


def spelling_rules(norm: Normalizer, spelling: str) -> list[CompiledRule]:
    """The alias rules that list or generate ``spelling`` (case and accents aside)."""
    from normkit.stages.lexicon import alias_variants

    wanted = fold(spelling.strip())
    return [rule for rule in norm.rules if rule.rule.kind == "alias"
            and wanted != fold(rule.rule.canonical or "")
            and any(fold(v) == wanted for v in alias_variants(rule))]
