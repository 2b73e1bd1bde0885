"""Language codes as the packs name languages: ISO 639-1 where a language has one.

Corpora label their documents in many ways: ``en``, ``EN``, ``eng`` (ISO 639-2/3),
``en-GB`` or ``pt_BR`` (BCP 47 and locale tags), ``ukr_Cyrl`` (code and script). Each
names the language the packs call ``en``, ``pt`` or ``uk``; a rule for ``en`` must run
on a document labelled ``eng``.

>>> language_code("EN"), language_code("eng"), language_code("en-GB"), language_code("pt_BR")
('en', 'en', 'en', 'pt')
>>> language_code("ukr_Cyrl"), language_code("ger"), language_code("nb"), language_code("und")
('uk', 'de', 'no', 'und')
"""

from __future__ import annotations

import functools

import pycountry

UNDETERMINED = "und"
# codes that name a language the packs know under another code: retired ISO 639-1
# codes, and Norwegian's two written standards (the packs' ``no`` covers both)
_SAME_AS = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro", "nb": "no", "nn": "no"}


@functools.lru_cache(maxsize=4096)
def language_code(value: str) -> str:
    """The code the packs use for the language ``value`` names; ValueError if none.

    Language names are not codes: ``English`` is refused, as is anything pycountry
    does not know.

    >>> language_code("english")
    Traceback (most recent call last):
    ...
    ValueError: unknown language code 'english' (use an ISO 639 code such as 'en' or 'uk'; \
'EN', 'eng' and 'en-GB' are read as 'en')
    """
    key = value.strip().lower().replace("_", "-")
    base = _SAME_AS.get(key.split("-", 1)[0], key.split("-", 1)[0])
    if base == UNDETERMINED:
        return UNDETERMINED
    found = None
    if base.isascii() and base.isalpha():
        if len(base) == 2:
            found = pycountry.languages.get(alpha_2=base)
        elif len(base) == 3:
            found = (pycountry.languages.get(alpha_3=base)
                     or pycountry.languages.get(bibliographic=base))
    if found is None:
        raise ValueError(f"unknown language code {value!r} (use an ISO 639 code such as 'en'"
                         " or 'uk'; 'EN', 'eng' and 'en-GB' are read as 'en')")
    return _SAME_AS.get(getattr(found, "alpha_2", ""), getattr(found, "alpha_2", None)
                        or found.alpha_3)
