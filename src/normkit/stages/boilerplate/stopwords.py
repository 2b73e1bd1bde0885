"""Function words per language, as the boilerplate stage reads them (see :mod:`normkit.stopwords`).

>>> stopword_share("the talks went on".split(), "en")
0.5
"""

from __future__ import annotations

from normkit.stopwords import STOPWORDS, stopword_share, stopwords

__all__ = ["STOPWORDS", "stopword_share", "stopwords"]
