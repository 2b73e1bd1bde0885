"""Latin spellings of a Cyrillic name, as outlets and MT systems write them.

>>> list(generate_variants({"uk": "Київ"}))
['Kyiv']
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

# Ukrainian, national system (KMU 55:2010): (initial form, elsewhere form)
_KMU_UK = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": ("ye", "ie"),
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": ("yi", "i"), "й": ("y", "i"), "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": ("yu", "iu"),
    "я": ("ya", "ia"), "'": "", "’": "", "ʼ": "",
}


def romanize_kmu(text: str) -> str:
    """Ukrainian national romanisation (KMU 55:2010), with ``зг`` -> ``zgh``.

    >>> romanize_kmu("Згорани"), romanize_kmu("Ярошенко"), romanize_kmu("Стрий")
    ('Zghorany', 'Yaroshenko', 'Stryi')
    """
    out = []
    word_start = True
    for i, char in enumerate(text):
        low = char.lower()
        if low not in _KMU_UK:
            out.append(char)
            word_start = not char.isalpha() and char not in "'’ʼ"
            continue
        mapped = _KMU_UK[low]
        if low == "г" and i > 0 and text[i - 1].lower() == "з":
            mapped = "gh"
        if isinstance(mapped, tuple):
            mapped = mapped[0] if word_start else mapped[1]
        if char.isupper() and mapped:
            upper_word = _is_upper_word(text, i)
            mapped = mapped.upper() if upper_word else mapped[0].upper() + mapped[1:]
        out.append(mapped)
        word_start = False
    return "".join(out)


def _is_upper_word(text: str, i: int) -> bool:
    start = i
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    end = i
    while end < len(text) and text[end].isalpha():
        end += 1
    word = text[start:end]
    return len(word) > 1 and word.isupper()


_SYSTEMS = {"uk": (romanize_kmu,)}


def generate_variants(source: Mapping[str, str]) -> Iterable[str]:
    """Latin variants of the source-script names (``{"uk": "Київ"}``), without duplicates."""
    seen: dict[str, None] = {}
    for lang, name in source.items():
        for system in _SYSTEMS.get(lang, ()):
            seen.setdefault(system(name), None)
    return list(seen)
