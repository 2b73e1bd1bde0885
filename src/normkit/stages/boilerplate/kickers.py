"""Where a label over a headline stands: the context that the head's rules need.

A page sets a section or genre label above its headline (``Analysis``, ``Opinion |``,
``Binnenland``), which the packs' rules of position ``head`` name. The word alone is
not enough: a list in the article may hold it too (``The minister named three
areas:`` / ``Politics`` / ``Business``), and an article whose first lines do not read
as its body leaves that list before the article's start. A label counts where it
opens the page's text:

- at the top of its paragraph, or right under lines that go;
- with nothing above it that stays and reads as the article's (a sentence of prose, or
  a line that ends in ``:`` and opens a list);
- over a title: the first line below it that stays holds 2 to 20 words and is no such
  label itself.

>>> from normkit.stages.boilerplate.lines import split_lines
>>> lines = split_lines("Analysis\\n\\nWhy the council must rethink the bridge\\n\\n"
...                     "The council voted on Monday to go ahead with the bridge.", "en")
>>> kicker_at(lines, 0, {0})
True
>>> lines = split_lines("The minister named three areas:\\n\\nPolitics\\nBusiness\\n\\n"
...                     "She said each would get more money next year.", "en")
>>> [kicker_at(lines, i, {1, 2}) for i in (1, 2)]
[False, False]
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from normkit.stages.boilerplate.lines import Line
from normkit.stages.boilerplate.region import HEADLINE_MAX_WORDS, prose

__all__ = ["kicker_at"]

TITLE_MIN_WORDS = 2


def kicker_at(lines: Sequence[Line], i: int, hits: Collection[int]) -> bool:
    """True if ``lines[i]``, a line a head rule names, stands where a label over a
    headline does (``hits``: the indices of all the lines the head's rules name)."""
    if i > 0 and not lines[i].blank_before and not lines[i - 1].dropped:
        return False
    if any(not line.dropped and (prose(line) or line.text.rstrip().endswith(":"))
           for line in lines[:i]):
        return False
    below = next((j for j in range(i + 1, len(lines)) if not lines[j].dropped), None)
    return (below is not None and below not in hits
            and TITLE_MIN_WORDS <= lines[below].words <= HEADLINE_MAX_WORDS)
