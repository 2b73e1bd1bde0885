"""Where benchmarks find the shared evaluation data (never shipped in the package)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
WMT = SHARED / "wmt22-general-mt" / "txt"


def require_shared() -> Path:
    if not SHARED.is_dir():
        sys.exit(f"benchmark data not found: {SHARED} (../shared/data next to the project)")
    return SHARED


def wmt_documents(pair: str, side: str) -> list[str]:
    """WMT22 segments of ``pair`` (e.g. ``uk-en``) rebuilt into documents by doc id.

    ``side`` is ``src`` or a file-name suffix such as ``ref.A.en``.
    """
    lang = pair.split("-")[0]
    suffix = f"src.{lang}" if side == "src" else side
    name = f"generaltest2022.{pair}.{suffix}"
    if side == "src":
        folder = "sources"
    else:
        folder = "references" if side.startswith("ref") else "system-outputs"
    lines = (WMT / folder / name).read_text(encoding="utf-8").split("\n")
    ids_file = WMT / f"generaltest2022.{pair}.docids.tsv"
    if not ids_file.exists():
        return [line for line in lines if line.strip()]
    docs: dict[str, list[str]] = {}
    for row in ids_file.read_text(encoding="utf-8").splitlines()[1:]:
        number, docid, *_ = row.split("\t")
        docs.setdefault(docid, []).append(lines[int(number) - 1])
    return ["\n".join(segments) for segments in docs.values()]
