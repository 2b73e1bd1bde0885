"""Text corpora for the speed benchmarks: Reuters-21578 bodies and the seeds.

Reuters bodies are the ``<BODY>`` texts of the SGML files with SGML character
entities decoded (``&lt;`` becomes ``<``; control-character entities such as
``&#3;`` are dropped, as ``html.unescape`` does), about 16 MB of real 1987 newswire.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from _data import ROOT, SHARED

REUTERS = SHARED / "reuters-21578"
_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.S)


def reuters_bodies(limit: int | None = None) -> list[str]:
    """The ``<BODY>`` texts of Reuters-21578 in file order (19,043 of them)."""
    bodies: list[str] = []
    for path in sorted(REUTERS.glob("reut2-*.sgm")):
        raw = path.read_bytes().decode("latin-1")  # ASCII but for one 0xFC byte
        bodies.extend(html.unescape(m.group(1)) for m in _BODY.finditer(raw))
        if limit is not None and len(bodies) >= limit:
            return bodies[:limit]
    return bodies


def seed_texts() -> list[str]:
    """The seed articles (messy scraped news; a few KB each)."""
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]


def zyte_pages() -> list[str]:
    """The Zyte benchmark's 181 pages as whole-page plain text (menus, footers and all)."""
    path = SHARED / "scrapinghub-article-extraction-benchmark" / "output-html-text.json"
    pages = json.loads(path.read_text(encoding="utf-8"))["output"]
    return [page["articleBody"] for _, page in sorted(pages.items()) if page.get("articleBody")]


def megabytes(texts: list[str]) -> float:
    """Size of ``texts`` in MB of UTF-8 (the unit of every MB/s figure here)."""
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def have_reuters() -> bool:
    return Path(REUTERS).is_dir()
