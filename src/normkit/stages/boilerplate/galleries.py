"""A photo gallery's captions are its article: they stay where they outnumber the prose.

Inside an article a picture's caption with its credit (``Troops cross a bridge near
Kyiv. Photograph: Jane Roe/Reuters``) is the picture's line, and the pack rules marked
``caption: true`` drop it. A gallery (``Photos of the week``, ``The war in ten images``)
is made of such captions, with a line or two of introduction: dropped, they would
leave the page without its text. Where the captions that hold a sentence (eight words
or more, dense in function words) are at least :data:`MIN_CAPTIONS` and more than the
lines of prose that stay, they are the text, and they stay.

>>> from normkit.stages.boilerplate.lines import split_lines
>>> text = "Pictures of the week\\n" + "".join(
...     f"Rescuers search the rubble of a house in the village number {n} on Monday. "
...     "Photograph: Jane Roe/Reuters\\n" for n in range(3))
>>> lines = split_lines(text, "en")
>>> for line in lines[1:]:
...     line.rule = "web/caption-credit"
>>> keep_gallery_captions(lines, {"web/caption-credit"})
>>> [line.rule for line in lines]
[None, None, None, None]
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from normkit.stages.boilerplate.lines import Line
from normkit.stages.boilerplate.region import MIN_PROSE_SHARE, prose

MIN_CAPTIONS = 3  # fewer captions are an article's pictures, however short its text
CAPTION_WORDS = 8  # a caption that holds a sentence, not a bare credit (``Jane Roe/AP``)


def _caption(line: Line, captions: Collection[str]) -> bool:
    return (line.rule in captions and line.words >= CAPTION_WORDS
            and line.stop_share >= MIN_PROSE_SHARE)


def keep_gallery_captions(lines: Sequence[Line], captions: Collection[str]) -> None:
    """Keep the captions that rules of ``captions`` dropped, if they make up a gallery."""
    if not captions:
        return
    found = [line for line in lines if _caption(line, captions)]
    if len(found) < MIN_CAPTIONS:
        return
    if len(found) > sum(1 for line in lines if not line.dropped and prose(line)):
        for line in found:
            line.rule = None
