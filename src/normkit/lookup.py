"""Find the rule ``normkit explain`` is asked about: by id, or by a spelling a rule rewrites.

>>> from normkit import Normalizer
>>> norm = Normalizer()
>>> find_rule(norm, "geo-ua/kyiv").id
'geo-ua/kyiv'
>>> try:
...     find_rule(norm, "Kiev")
... except LookupError as err:
...     print(err)
no rule 'Kiev'; the spelling 'Kiev' is rewritten by geo-ua-de/kiew, geo-ua/kyiv (give one of them)
"""

from __future__ import annotations

from normkit.matching import fold
from normkit.pipeline import Normalizer
from normkit.rules import CompiledRule


def find_rule(norm: Normalizer, name: str) -> CompiledRule:
    """The rule ``name`` names (``pack/rule``, or a rule id if only one pack has it).

    Raises :class:`LookupError` with what to type instead: the full ids when a bare id is
    in several packs, the rules that rewrite ``name`` when it is a spelling, not an id.
    """
    same = [r for r in norm.rules if r.id == name or r.id.split("/", 1)[1] == name]
    if len(same) == 1:
        return same[0]
    if same:
        ids = ", ".join(r.id for r in same)
        raise LookupError(f"{name!r} is a rule in several packs: {ids} (give pack/rule)")
    spelled = spelling_rules(norm, name)
    if spelled:
        ids = ", ".join(r.id for r in spelled)
        hint = f"normkit explain {spelled[0].id}" if len(spelled) == 1 else "give one of them"
        raise LookupError(f"no rule {name!r}; the spelling {name!r} is rewritten by {ids}"
                          f" ({hint})")
    raise LookupError(f"no rule {name!r} (see `normkit rules list`)")


def spelling_rules(norm: Normalizer, spelling: str) -> list[CompiledRule]:
    """The alias rules that list or generate ``spelling`` (case and accents aside)."""
    from normkit.stages.lexicon import alias_variants

    wanted = fold(spelling.strip())
    return [rule for rule in norm.rules if rule.rule.kind == "alias"
            and wanted != fold(rule.rule.canonical or "")
            and any(fold(v) == wanted for v in alias_variants(rule))]
