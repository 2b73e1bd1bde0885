"""normkit: clean messy multilingual news text into canonical text for NLP.

>>> import normkit
>>> normkit.clean("Talks in Kiev went on -- for now , officials said.", lang="en")
'Talks in Kyiv went on—for now, officials said.'

A saved web page is cleaned as its text:

>>> page = "<html><body><p>Share</p><p>Talks in Kiev went on for hours.</p></body></html>"
>>> normkit.clean(normkit.page_text(page), lang="en")
'Talks in Kyiv went on for hours.'
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from os import PathLike

from normkit.document import Edit, Removed, Result
from normkit.packs.loader import Pack, PackError, load_pack
from normkit.pipeline import Normalizer
from normkit.webpage import page_text

__all__ = ["Edit", "Normalizer", "Pack", "PackError", "Removed", "Result", "clean", "load_pack",
           "page_text"]
__version__ = "0.1.0"


def __getattr__(name: str):
    """``normkit.integrations`` after a bare ``import normkit`` (its engines load on use)."""
    if name == "integrations":
        import importlib

        return importlib.import_module("normkit.integrations")
    raise AttributeError(f"module 'normkit' has no attribute {name!r}")


@functools.lru_cache(maxsize=8)
def _shared(profile: str, packs: tuple[str, ...], lang: str | None,
            options: tuple[tuple[str, str], ...] = ()) -> Normalizer:
    return Normalizer(profile, packs, lang, options=dict(options))


def clean(text: str, *, profile: str | PathLike = "default",
          packs: str | PathLike | Sequence[str | PathLike] = (),
          lang: str | None = None, options: dict[str, str] | None = None) -> str:
    """Clean one text with a (cached) :class:`Normalizer` built from these settings.

    ``profile`` is a bundled profile's name or a profile file; ``packs`` is one pack file
    or directory, or a sequence of them; ``lang`` skips detection; ``options`` are
    profile options. See :class:`Normalizer`.

    >>> clean("Talks in Kiev went on -- for now.", lang="en", options={"dash": "em-spaced"})
    'Talks in Kyiv went on — for now.'
    """
    packs = (packs,) if isinstance(packs, str | PathLike) else packs
    settings = tuple(sorted((options or {}).items()))
    return _shared(str(profile), tuple(str(p) for p in packs), lang, settings).clean(text)
