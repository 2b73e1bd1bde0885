"""Which spelling of a name becomes canonical.

In order: a spelling the profile already uses as a canonical form (its packs'
``canonical:``); else, if the profile sets ``romanisation: ukrainian``, a spelling
of which the most frequent one is a Russian-based form; else the most frequent.

A spelling is *Russian-based* next to another when known correspondences, applied
to it, turn it (nearly) into the other: ``g``->``h`` (Lugansk, Luhansk), final
``-ov``/``-ev``->``-iv`` (Kharkov, Kharkiv), ``ie``->``yi`` (Kiev, Kyiv), final
``ss``->``s`` (Odessa, Odesa; Donbass, Donbas), ``i``->``y`` between consonants
(Irina, Iryna), ``Alex``/``Aleks``->``Oleks`` (Alexander, Oleksandr), ``Vla``->``Volo``
(Vladimir, Volodymyr), final ``-ey``/``-ei``->``-iy`` (Sergey, Serhiy), ``ya``->``ia``
(Zaporizhzhya, Zaporizhzhia).

>>> choose(["Kharkov", "Kharkiv"], counts={"Kharkov": 9, "Kharkiv": 3})
'Kharkov'
>>> choose(["Kharkov", "Kharkiv"], counts={"Kharkov": 9, "Kharkiv": 3}, romanisation="ukrainian")
'Kharkiv'
>>> choose(["Kiev", "Kyiv"], counts={"Kiev": 9, "Kyiv": 3}, preferred={"kyiv"})
'Kyiv'
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from normkit.discover.cluster import letter_similarity
from normkit.discover.skeleton import ascii_fold
from normkit.matching import fold

ROMANISATIONS = ("ukrainian",)
NEARLY_SAME = 0.9  # letter similarity left after the correspondences are applied

_CONSONANT = "[bcdfghjklmnpqrstvwxz]"
_UKRAINIAN_FROM_RUSSIAN = [
    (re.compile("g"), "h"),
    (re.compile("(?<=[a-z])[oe]v$"), "iv"),
    (re.compile("ie"), "yi"),
    (re.compile("ss(?=[ay]?$)"), "s"),
    (re.compile(f"(?<={_CONSONANT})i(?={_CONSONANT})"), "y"),
    (re.compile("^ale(?:x|ks)"), "oleks"),
    (re.compile("^vla"), "volo"),
    (re.compile("e[yi]$"), "iy"),
    (re.compile("(?<=[a-z])y([au])"), r"i\1"),
]


def russian_based(a: str, b: str) -> int:
    """How many known correspondences turn ``a`` into ``b`` (0 unless they nearly do).

    Phrases compare word by word.

    >>> russian_based("Lugansk", "Luhansk"), russian_based("Luhansk", "Lugansk")
    (1, 0)
    >>> russian_based("Chernigov", "Chernihiv"), russian_based("Ilya", "Yulia")
    (2, 0)
    >>> russian_based("Irina Venediktova", "Iryna Venediktova")
    1
    """
    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b):
        return 0
    total = 0
    for x, y in zip(words_a, words_b, strict=True):
        if ascii_fold(x) != ascii_fold(y):
            used = _word_russian_based(ascii_fold(x), ascii_fold(y))
            if not used:
                return 0
            total += used
    return total


def _word_russian_based(x: str, y: str) -> int:
    used = 0
    for pattern, repl in _UKRAINIAN_FROM_RUSSIAN:
        if pattern.search(x):
            rewritten = pattern.sub(repl, x)
            if letter_similarity(rewritten, y) > letter_similarity(x, y):
                x, used = rewritten, used + 1
    return used if used and letter_similarity(x, y) >= NEARLY_SAME else 0


def ukrainian_score(spelling: str, others: Sequence[str]) -> int:
    """Evidence that ``spelling`` is the Ukrainian-based one among ``others``.

    >>> ukrainian_score("Kyiv", ["Kiev"]), ukrainian_score("Kiev", ["Kyiv"])
    (1, -1)
    """
    return sum(
        russian_based(other, spelling) - russian_based(spelling, other)
        for other in others if other != spelling
    )


def choose(
    spellings: Sequence[str],
    *,
    counts: Mapping[str, int],
    preferred: Collection[str] = (),
    romanisation: str | None = None,
) -> str:
    """The canonical spelling among ``spellings``; ``preferred`` holds folded canonicals."""
    by_count = sorted(spellings, key=lambda s: (-counts.get(s, 0), s))
    known = [s for s in by_count if fold(s) in preferred]
    if known:
        return known[0]
    if romanisation == "ukrainian":
        top = by_count[0]
        # only a spelling the most frequent one is a Russian-based form of
        better = [s for s in by_count[1:] if russian_based(top, s)]
        if better:
            return max(better, key=lambda s: ukrainian_score(s, spellings))
    return by_count[0]
