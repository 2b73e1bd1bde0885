"""Case endings: spellings of a name that differ only in a Slavic inflection ending.

Machine translation from Ukrainian or Russian sometimes keeps the case ending of the
source word (``у Мозирі`` -> ``in Mozyri``, ``Мар'янського`` -> ``Marianskoho``).
Such a form has the same skeleton as the name, but it is the name in another case,
not another spelling of it: a rule ``Mozyry -> Mozyr`` would be wrong in general.

The endings that romanise ONE nominative ending count as one class (``-iy``/``-yi``/
``-y``/``-i`` for ``-ий``/``-ій``/``-ы``/``-и``, ``-a``/``-ia``/``-ya``/``-aya`` for
``-а``/``-я``/``-ая``, ``-ia``/``-ye``/``-e`` for ``-я``/``-ье``/``-е``): two
spellings whose stems agree and whose endings share a class are transliteration
variants (``Zelenskiy``/``Zelenskyi``, ``Natalia``/``Nataliya``,
``Zaporizhzhia``/``Zaporizhzhe``). When the stems agree only with endings of
different classes, or one form adds a case ending to the other, the forms are
inflections of one word.

>>> inflected("Mozyr", "Mozyry"), inflected("Marianske", "Marianski")
(True, True)
>>> inflected("Gamaleya", "Gamalei"), inflected("Babyn Yar", "Babyny Yar")
(True, True)
>>> inflected("Glukhovsky", "Glukhovskyi"), inflected("Natalia", "Nataliya")
(False, False)
>>> inflected("Perekopska", "Perekopskaya"), inflected("Yablonsky", "Jablonski")
(False, False)
>>> inflected("Andriy", "Andrey"), inflected("Zaporizhzhia", "Zaporizhzhe")
(False, False)
"""

from __future__ import annotations

from functools import lru_cache

from normkit.discover.skeleton import ascii_fold

# Romanisations of one nominative ending (a form may belong to two classes).
_NOMINATIVE = (
    frozenset({"y", "i", "iy", "yi", "yy", "ii", "ij", "yj", "ie", "ey", "ei"}),  # -ий -ы -ей
    frozenset({"a", "ia", "ya", "aya", "aia", "aja", "aa", "iya", "ija", "ja", "iia"}),  # -а -я -ая
    frozenset({"e", "ye", "ie", "je", "iye", "ia", "ya", "iia", "ja"}),  # -е -ье -я
)
# Other case endings MT leaves behind (genitive, dative, instrumental, locative ...).
_OBLIQUE = frozenset({
    "u", "yu", "iu", "om", "em", "ov", "ev", "ym", "im", "yim", "ykh", "ikh", "yikh",
    "oyu", "oiu", "eyu", "oi", "oy", "ami", "iami", "yami", "akh", "iakh",
    "yakh", "ogo", "oho", "ego", "eho", "omu", "emu", "yie",
})
_ENDINGS = frozenset().union(*_NOMINATIVE) | _OBLIQUE
_LONGEST = max(map(len, _ENDINGS))
MIN_STEM = 3  # letters a stem keeps at least


def _splits(word: str) -> list[tuple[str, str]]:
    """Every ``(stem, ending)`` with a known ending (or none)."""
    found = [(word, "")]
    for size in range(1, min(_LONGEST, len(word) - MIN_STEM) + 1):
        if word[-size:] in _ENDINGS:
            found.append((word[:-size], word[-size:]))
    return found


def _same_ending(x: str, y: str) -> bool:
    return x == y or any(x in c and y in c for c in _NOMINATIVE)


@lru_cache(maxsize=65536)
def _word_inflected(a: str, b: str) -> bool:
    x, y = ascii_fold(a), ascii_fold(b)
    if x == y:
        return False
    shared = [(e, f) for s, e in _splits(x) for t, f in _splits(y) if s == t]
    return bool(shared) and not any(_same_ending(e, f) for e, f in shared)


def inflected(a: str, b: str) -> bool:
    """True if two spellings (words, or phrases word by word) differ in a case ending only
    in at least one word."""
    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b):
        return False
    return any(_word_inflected(x, y) for x, y in zip(words_a, words_b, strict=True))
