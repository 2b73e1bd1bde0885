"""Latin spellings of a Cyrillic name, as outlets and MT systems write them.

Each romanisation system is a :class:`Scheme`: a letter table plus the few
contexts that matter (word start, after a vowel, between vowels, before a soft
sign, after a given letter, word endings). A table value may be a tuple of
alternatives; a word then has several spellings, all of them produced.

>>> romanize("Київ", "kmu"), romanize("Київ", "bgn-pcgn"), romanize("Київ", "german")
('Kyiv', 'Kyyiv', 'Kyjiw')
>>> romanize("Зеленський", "kmu"), romanize("Зеленський", "polish")
('Zelenskyi', 'Zełenski')
>>> generate_variants({"uk": "Одеса"})
['Odesa', 'Odessa']
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

Options = str | tuple[str, ...]

VOWELS = frozenset("аеєиіїоуюяыэё")
LETTERS = frozenset("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэёъў")
APOSTROPHES = frozenset("'’ʼ")
STRESS = "\u0301"
MAX_SPELLINGS = 64  # per word and system: alternatives multiply


@dataclass(frozen=True)
class Scheme:
    """One romanisation system for one source language (``uk`` or ``ru``)."""

    name: str
    lang: str
    letters: Mapping[str, Options]
    initial: Mapping[str, Options] = field(default_factory=dict)
    after_vowel: Mapping[str, Options] = field(default_factory=dict)  # also after ь, ъ, '
    between_vowels: Mapping[str, Options] = field(default_factory=dict)
    before_soft: Mapping[str, Options] = field(default_factory=dict)  # before ь і ї є ю я
    after_letter: Mapping[tuple[str, str], Options] = field(default_factory=dict)
    clusters: Mapping[str, Options] = field(default_factory=dict)
    endings: Mapping[str, Options] = field(default_factory=dict)
    apostrophe: str = ""  # what an apostrophe between two letters becomes
    description: str = ""

    def spell(self, word: str) -> list[str]:
        """Every spelling of one Cyrillic ``word`` (letters, inner apostrophes, stress marks)."""
        letters, marks, gaps = _split_word(word)
        pieces: list[tuple[str, ...]] = []
        i = 0
        while i < len(letters):
            size, options = self._chunk(letters, gaps, i)
            if gaps[i] and i:
                pieces.append((self.apostrophe,))
            case = _chunk_case(letters, i, size)
            mark = "".join(marks[i : i + size])
            pieces.append(tuple(_cased(option, case) + mark for option in _as_tuple(options)))
            i += size
        spellings = []
        for combo in itertools.islice(itertools.product(*pieces), MAX_SPELLINGS):
            spellings.append(unicodedata.normalize("NFC", "".join(combo)))
        return list(dict.fromkeys(spellings))

    def _chunk(self, letters: list[str], gaps: list[bool], i: int) -> tuple[int, Options]:
        low = [c.lower() for c in letters]
        rest = "".join(low[i:])
        for ending, options in self.endings.items():
            if rest == ending and i > 0 and not any(gaps[i + 1 :]):
                return len(ending), options
        for cluster, options in self.clusters.items():
            if "".join(low[i : i + len(cluster)]) == cluster and not any(
                gaps[i + 1 : i + len(cluster)]
            ):
                return len(cluster), options
        char = low[i]
        prev = low[i - 1] if i else ""
        nxt = low[i + 1] if i + 1 < len(low) else ""
        if (prev, char) in self.after_letter and not gaps[i]:
            return 1, self.after_letter[(prev, char)]
        if i == 0 and char in self.initial:
            return 1, self.initial[char]
        after_vowel = i > 0 and (prev in VOWELS or prev in "ьъ" or gaps[i])
        if after_vowel and char in self.after_vowel:
            return 1, self.after_vowel[char]
        if char in self.between_vowels and prev in VOWELS and nxt in VOWELS:
            return 1, self.between_vowels[char]
        if char in self.before_soft and nxt and nxt in "ьіїєюяё":
            return 1, self.before_soft[char]
        return 1, self.letters.get(char, letters[i])


def _as_tuple(options: Options) -> tuple[str, ...]:
    return (options,) if isinstance(options, str) else options


def _split_word(word: str) -> tuple[list[str], list[str], list[bool]]:
    """Letters, the stress marks after each, and whether an apostrophe precedes each."""
    letters: list[str] = []
    marks: list[str] = []
    gaps: list[bool] = []
    gap = False
    for char in word:
        if char == STRESS and letters:
            marks[-1] += char
        elif char in APOSTROPHES:
            gap = True
        else:
            letters.append(char)
            marks.append("")
            gaps.append(gap)
            gap = False
    return letters, marks, gaps


def _chunk_case(letters: list[str], i: int, size: int) -> str:
    """``lower``, ``title`` or ``upper`` for the Latin of ``letters[i:i+size]``.

    An upper-case letter becomes title case when a lower-case letter follows it,
    else all capitals (``ЩАСТЯ`` -> ``SHCHASTIA``, ``Щастя`` -> ``Shchastia``).
    """
    first = letters[i]
    if not first.isupper():
        return "lower"
    if first in "ЬЪ":  # a sign, not a letter: never all capitals on its own
        return "title"
    after = i + 1 if size > 1 else i + size
    following = letters[after] if after < len(letters) else ""
    return "title" if following.islower() else "upper"


def _cased(latin: str, case: str) -> str:
    if case == "lower" or not latin:
        return latin
    if case == "upper":
        return latin.upper()
    return latin[0].upper() + latin[1:]


def romanize_all(text: str, scheme: Scheme | str) -> list[str]:
    """Every spelling of ``text`` in one system; non-Cyrillic characters pass through."""
    scheme = SCHEMES[scheme] if isinstance(scheme, str) else scheme
    parts: list[list[str]] = [[chunk] if not is_word else scheme.spell(chunk)
                              for is_word, chunk in _tokens(text)]
    results = ("".join(combo) for combo in itertools.product(*parts))
    return list(dict.fromkeys(itertools.islice(results, MAX_SPELLINGS)))


def romanize(text: str, scheme: Scheme | str) -> str:
    """The first (standard) spelling of ``text`` in one system.

    >>> romanize("Україна, Хмельницький", "kmu")
    'Ukraina, Khmelnytskyi'
    """
    return romanize_all(text, scheme)[0]


def romanize_kmu(text: str) -> str:
    """Ukrainian national romanisation (KMU 55:2010), with ``зг`` -> ``zgh``.

    >>> romanize_kmu("Згорани"), romanize_kmu("Ярошенко"), romanize_kmu("Стрий")
    ('Zghorany', 'Yaroshenko', 'Stryi')
    """
    return romanize(text, "kmu")


def _tokens(text: str) -> Iterator[tuple[bool, str]]:
    """Split into Cyrillic words (with inner apostrophes and stress marks) and the rest."""
    i = 0
    n = len(text)
    while i < n:
        if text[i].lower() in LETTERS:
            j = i + 1
            while j < n:
                c = text[j]
                inner_apostrophe = c in APOSTROPHES and j + 1 < n and text[j + 1].lower() in LETTERS
                if c.lower() in LETTERS or c == STRESS or inner_apostrophe:
                    j += 1
                else:
                    break
            yield True, text[i:j]
            i = j
        else:
            j = i + 1
            while j < n and text[j].lower() not in LETTERS:
                j += 1
            yield False, text[i:j]
            i = j


# --- the systems --------------------------------------------------------------------------

_UK_COMMON = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "ъ": "", "ы": "y", "э": "e", "ё": "io", "ў": "u",
}

KMU = Scheme(
    "kmu", "uk",
    letters={**_UK_COMMON, "є": "ie", "ї": "i", "й": "i", "ю": "iu", "я": "ia"},
    initial={"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya", "ё": "yo"},
    after_letter={("з", "г"): "gh"},
    description="Ukrainian national system, KMU resolution 55 of 2010 (Kyiv, Zelenskyi)",
)

PRESS_UK = Scheme(
    "press-uk", "uk",
    letters={**_UK_COMMON, "є": ("ie", "ye"), "ї": ("i", "yi"), "й": ("i", "y"),
             "ю": ("iu", "yu"), "я": ("ia", "ya")},
    initial={"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"},
    after_letter={("з", "г"): ("gh", "h")},
    clusters={"жж": ("zhzh", "zh")},
    endings={"ий": ("yi", "y", "iy", "yy", "ii", "i"), "ій": ("ii", "iy", "i", "yi"),
             "ія": ("iia", "iya", "ia", "ya")},
    description="English-language press: -iy/-yy/-y endings, ya/yu (Zelenskyy, Zaporizhzhya)",
)

BGN_PCGN_UK = Scheme(
    "bgn-pcgn", "uk",
    letters={**_UK_COMMON, "є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya", "ь": ("", "'")},
    apostrophe="",
    description="BGN/PCGN 1965 for Ukrainian (Kyyiv, Zelens'kyy)",
)

SCHOLARLY_UK = Scheme(
    "scholarly", "uk",
    letters={"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "je",
             "ж": "ž", "з": "z", "и": "y", "і": "i", "ї": "ji", "й": "j", "к": "k", "л": "l",
             "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
             "ф": "f", "х": ("x", "ch"), "ц": "c", "ч": "č", "ш": "š", "щ": "šč", "ь": ("'", ""),
             "ю": "ju", "я": "ja", "ы": "y", "э": "e", "ё": "jo", "ъ": "", "ў": "w"},
    apostrophe="'",
    description="scholarly (linguistic) transliteration (Kyjiv, Zelens'kyj)",
)

ISO9_UK = Scheme(
    "iso9", "uk",
    letters={"а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g̀", "д": "d", "е": "e", "є": "ê",
             "ж": "ž", "з": "z", "и": "y", "і": "ì", "ї": "ï", "й": "j", "к": "k", "л": "l",
             "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
             "ф": "f", "х": "h", "ц": "c", "ч": "č", "ш": "š", "щ": "ŝ", "ь": "'", "ю": "û",
             "я": "â", "ы": "y", "э": "è", "ё": "ë", "ъ": "", "ў": "ǔ"},
    apostrophe="'",
    description="ISO 9:1995 (Kyïv)",
)

_CONSONANTS = "бвгґджзклмнпрстфхцчшщ"
_DSTU_SEPARATE = {(c, "й"): "'j" for c in _CONSONANTS}  # бй -> b'j, not the soft bj

_DSTU_BASE = {
    "а": "a", "б": "b", "в": "v", "ґ": "g", "д": "d", "е": "e", "з": "z", "и": "y", "і": "i",
    "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "ц": "c", "є": "je", "ю": "ju", "я": "ja",
}

DSTU_A = Scheme(
    "dstu-a", "uk",
    letters={**_DSTU_BASE, "г": "ğ", "ж": "ž", "ї": "ï", "х": "x", "ч": "č", "ш": "š", "щ": "ŝ",
             "ь": "j", "ы": "ȳ", "э": "ē", "ё": "ö", "ъ": "ǒ", "ў": "ŭ"},
    initial={"ь": "ĵ"},
    after_vowel={"ь": "ĵ"},
    after_letter=_DSTU_SEPARATE,
    clusters={"ьа": "j'a", "ье": "j'e", "ьу": "j'u"},
    apostrophe="'",
    description="DSTU 9112:2021 system A (Ukraïna, Xmeljnycjkyj)",
)

DSTU_B = Scheme(
    "dstu-b", "uk",
    letters={**_DSTU_BASE, "г": "gh", "ж": "zh", "ї": "ji", "х": "kh", "ч": "ch", "ш": "sh",
             "щ": "shch", "ь": "j", "ы": "yw", "э": "ehw", "ё": "jow", "ъ": "oh", "ў": "uh"},
    initial={"ь": "hj"},
    after_vowel={"ь": "hj"},
    after_letter=_DSTU_SEPARATE,
    clusters={"ьа": "j'a", "ье": "j'e", "ьу": "j'u", "ьі": "j'i"},
    apostrophe="'",
    description="DSTU 9112:2021 system B, ASCII only (Ukrajina, Khmeljnycjkyj)",
)

GERMAN_UK = Scheme(
    "german", "uk",
    letters={"а": "a", "б": "b", "в": "w", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "je",
             "ж": "sch", "з": "s", "и": "y", "і": "i", "ї": "ji", "й": "j", "к": "k", "л": "l",
             "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
             "ф": "f", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch", "щ": "schtsch", "ь": "",
             "ю": "ju", "я": "ja", "ы": "y", "э": "e", "ё": "jo", "ъ": ""},
    between_vowels={"с": "ss"},
    after_letter={("ь", "о"): "jo"},
    description="German (Duden) transcription (Kyjiw, Charkiw, Saporischschja, Selenskyj)",
)

FRENCH_UK = Scheme(
    "french", "uk",
    letters={"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
             "ж": "j", "з": "z", "и": "y", "і": "i", "ї": "ï", "й": ("ï", "i"), "к": "k",
             "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
             "у": "ou", "ф": "f", "х": "kh", "ц": "ts", "ч": "tch", "ш": "ch", "щ": "chtch",
             "ь": "", "ю": "iou", "я": "ia", "ы": "y", "э": "e", "ё": "io", "ъ": ""},
    initial={"є": "ie", "ї": "ï", "й": "i", "ю": "iou", "я": "ia"},
    between_vowels={"с": "ss"},
    clusters={"жж": ("jj", "j")},
    endings={"ий": ("y", "yï"), "ій": ("ï", "i")},
    description="French transcription (Kharkiv, Zaporijjia, Mykolaïv, Jytomyr)",
)

SPANISH_UK = Scheme(
    "spanish", "uk",
    letters={"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
             "ж": ("zh", "y"), "з": "z", "и": ("i", "y"), "і": "i", "ї": "i", "й": "i",
             "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
             "т": "t", "у": "u", "ф": "f", "х": "j", "ц": "ts", "ч": "ch", "ш": "sh",
             "щ": "sch", "ь": "", "ю": "iu", "я": "ia", "ы": "y", "э": "e", "ё": "io", "ъ": ""},
    initial={"є": "ie", "ї": "yi", "й": "i", "ю": "yu", "я": "ya"},
    clusters={"жж": ("zh", "y", "zhzh")},
    endings={"ський": "ski", "цький": "tski", "ий": ("i", "yi"), "ій": "i"},
    description="Spanish transcription (Járkiv, Zaporiyia, Volodímir Zelenski)",
)

POLISH_UK = Scheme(
    "polish", "uk",
    letters={"а": "a", "б": "b", "в": "w", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
             "ж": "ż", "з": "z", "и": "y", "і": "i", "ї": "ji", "й": "j", "к": "k", "л": "ł",
             "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
             "ф": "f", "х": "ch", "ц": "c", "ч": "cz", "ш": "sz", "щ": "szcz", "ь": "",
             "ю": "iu", "я": "ia", "ы": "y", "э": "e", "ё": "io", "ъ": ""},
    initial={"є": "je", "ю": "ju", "я": "ja"},
    after_vowel={"є": "je", "ю": "ju", "я": "ja"},
    before_soft={"л": "l"},
    clusters={"нь": "ń", "сь": "ś", "зь": "ź", "ць": "ć"},
    endings={"ський": "ski", "цький": "cki", "зький": "zki", "ий": "y", "ій": "ij"},
    description="Polish transcription (Charkiw, Zełenski, Lwiw)",
)

# Russian ------------------------------------------------------------------------------------

_RU_COMMON = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "ё": "yo",
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
}

BGN_PCGN_RU = Scheme(
    "bgn-pcgn", "ru",
    letters={**_RU_COMMON, "ь": ("", "'"), "ё": ("yo", "ye", "e")},
    initial={"е": "ye"},
    after_vowel={"е": "ye", "ё": "yë"},
    description="BGN/PCGN 1947 for Russian (Kiyev, Khar'kov, Zelenskiy)",
)

PRESS_RU = Scheme(
    "press-ru", "ru",
    letters={**_RU_COMMON, "ё": ("yo", "e", "io"), "ю": ("yu", "iu"), "я": ("ya", "ia"),
             "щ": ("shch", "sch"), "й": ("y", "i")},
    initial={"е": ("ye", "e"), "ю": "yu", "я": "ya"},
    after_vowel={"е": ("e", "ye")},
    endings={"ий": ("y", "iy", "ii", "i", "yi"), "ый": ("y", "yi", "iy"), "ье": ("ye", "ie", "e"),
             "ья": ("ya", "ia"), "ое": ("oye", "oe")},
    description="English-language press from Russian (Kiev, Kharkov, Zelensky, Zaporozhye)",
)

SCHOLARLY_RU = Scheme(
    "scholarly", "ru",
    letters={**_RU_COMMON, "ж": "ž", "й": "j", "х": ("x", "ch"), "ц": "c", "ч": "č", "ш": "š",
             "щ": "šč", "ь": ("'", ""), "ъ": '"', "ю": "ju", "я": "ja", "ё": "ë", "э": "è"},
    description="scholarly (linguistic) transliteration of Russian (Zelenskij, Char'kov)",
)

ISO9_RU = Scheme(
    "iso9", "ru",
    letters={**_RU_COMMON, "ж": "ž", "й": "j", "х": "h", "ц": "c", "ч": "č", "ш": "š",
             "щ": "ŝ", "ь": "'", "ъ": "", "ю": "û", "я": "â", "ё": "ë", "э": "è"},
    description="ISO 9:1995 for Russian (Zelenskij, Har'kov)",
)

GERMAN_RU = Scheme(
    "german", "ru",
    letters={"а": "a", "б": "b", "в": "w", "г": "g", "д": "d", "е": "e", "ё": "jo", "ж": "sch",
             "з": "s", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
             "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "z",
             "ч": "tsch", "ш": "sch", "щ": "schtsch", "ъ": "", "ы": "y", "ь": "", "э": "e",
             "ю": "ju", "я": "ja", "і": "i", "ї": "ji", "є": "je", "ґ": "g"},
    initial={"е": "je", "й": "j"},
    after_vowel={"е": "je", "й": "i"},
    between_vowels={"с": "ss"},
    after_letter={("ь", "о"): "jo", ("ь", "е"): "je"},
    endings={"ий": ("i", "ij"), "ый": "y", "ей": "ei"},
    description="German (Duden) transcription of Russian (Lawrow, Peskow, Nawalny, Schoigu)",
)

FRENCH_RU = Scheme(
    "french", "ru",
    letters={"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "io", "ж": "j",
             "з": "z", "и": "i", "й": "ï", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
             "п": "p", "р": "r", "с": "s", "т": "t", "у": "ou", "ф": "f", "х": "kh", "ц": "ts",
             "ч": "tch", "ш": "ch", "щ": "chtch", "ъ": "", "ы": "y", "ь": "", "э": "e",
             "ю": "iou", "я": "ia", "і": "i", "ї": "ï", "є": "ie", "ґ": "g"},
    initial={"е": "ie", "ю": "iou", "я": "ia"},
    between_vowels={"с": "ss"},
    endings={"ий": ("i", "y"), "ый": "y", "ин": ("ine", "in"), "ей": "eï"},
    description="French transcription of Russian (Poutine, Prigojine, Choïgou)",
)

SPANISH_RU = Scheme(
    "spanish", "ru",
    letters={"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "io", "ж": "zh",
             "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
             "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "j", "ц": "ts",
             "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu",
             "я": "ia", "і": "i", "ї": "i", "є": "ie", "ґ": "g"},
    initial={"е": "ye", "ю": "yu", "я": "ya"},
    after_letter={("г", "е"): "ue", ("г", "и"): "ui"},
    endings={"ский": "ski", "ий": "i", "ый": "i", "ей": "ei"},
    description="Spanish transcription of Russian (Járkov, Navalni, Zelenski)",
)

POLISH_RU = Scheme(
    "polish", "ru",
    letters={"а": "a", "б": "b", "в": "w", "г": "g", "д": "d", "е": "ie", "ё": "io", "ж": "ż",
             "з": "z", "и": "i", "й": "j", "к": "k", "л": "ł", "м": "m", "н": "n", "о": "o",
             "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "c",
             "ч": "cz", "ш": "sz", "щ": "szcz", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu",
             "я": "ia", "і": "i", "ї": "ji", "є": "je", "ґ": "g"},
    initial={"е": "je", "ю": "ju", "я": "ja", "ё": "jo"},
    after_vowel={"е": "je", "ю": "ju", "я": "ja", "ё": "jo"},
    before_soft={"л": "l"},
    after_letter={("ж", "и"): "y", ("ш", "и"): "y", ("ц", "и"): "y", ("ж", "е"): "e",
                  ("ш", "е"): "e", ("ц", "е"): "e", ("ч", "е"): "e"},
    clusters={"нь": "ń", "сь": "ś", "зь": "ź", "ць": "ć", "ле": "le", "ли": "li"},
    endings={"ский": "ski", "цкий": "cki", "ий": "ij", "ый": "y"},
    description="Polish transcription of Russian (Ławrow, Pieskow, Szojgu)",
)

SCHEMES_BY_LANG: dict[str, tuple[Scheme, ...]] = {
    "uk": (KMU, PRESS_UK, BGN_PCGN_UK, SCHOLARLY_UK, ISO9_UK, DSTU_A, DSTU_B, GERMAN_UK,
           FRENCH_UK, SPANISH_UK, POLISH_UK),
    "ru": (PRESS_RU, BGN_PCGN_RU, SCHOLARLY_RU, ISO9_RU, GERMAN_RU, FRENCH_RU, SPANISH_RU,
           POLISH_RU),
}
SCHEMES: dict[str, Scheme] = {s.name: s for s in SCHEMES_BY_LANG["uk"]}
SCHEMES.update({f"{s.name}-ru" if s.name in SCHEMES else s.name: s for s in SCHEMES_BY_LANG["ru"]})


def _spellings(name: str, lang: str) -> list[str]:
    """All spellings of ``name`` over every system of ``lang``, words combined freely.

    Outlets mix systems inside one name (``Volodymyr Zelenskiy``), so each word's
    spellings from all systems are pooled before the words are put together.
    """
    schemes = SCHEMES_BY_LANG.get(lang, ())
    parts: list[list[str]] = []
    for is_word, chunk in _tokens(name):
        if not is_word:
            parts.append([chunk])
            continue
        pooled: dict[str, None] = {}
        for scheme in schemes:
            pooled.update(dict.fromkeys(scheme.spell(chunk)))
        parts.append(list(pooled))
    size = 1
    for part in parts:
        size *= len(part)
    if size <= MAX_SPELLINGS * 16:
        return ["".join(combo) for combo in itertools.product(*parts)]
    # too many combinations: whole names per system only
    found: dict[str, None] = {}
    for scheme in schemes:
        found.update(dict.fromkeys(romanize_all(name, scheme)))
    return list(found)


def generate_variants(source: Mapping[str, str | Iterable[str]]) -> list[str]:
    """Latin variants of the source-script names (``{"uk": "Київ"}``), without duplicates.

    >>> "Kyiv" in generate_variants({"uk": "Київ"})
    True
    """
    seen: dict[str, None] = {}
    for lang, names in source.items():
        for name in [names] if isinstance(names, str) else names:
            for spelling in _spellings(name, lang):
                # a soft sign at a word's edge reads as a quote mark in running text
                if not any(w[:1] in APOSTROPHES or w[-1:] in APOSTROPHES
                           for w in spelling.split()):
                    seen[spelling] = None
    return list(seen)
