"""A small slice of real MT output (WMT22 uk-en and ru-en): one spelling per entity.

The full run, with a table per system, is ``benchmarks/wmt_variants.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from normkit import Normalizer

WMT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "wmt22-general-mt" / "txt"
RUSSIAN_DERIVED = re.compile(
    r"\b(?:Kiev|Kharkov|Gostomel|Irpen|Chernigov|Lugansk|Donbass|Zaporozhye|Vyshgorod|"
    r"Borodyanka|Izyum|Popasnaya|Rubezhnoye|Babi Yar|Dorogozhichi|Kurenevka|Chernobyl)\b"
)
ZELENSKY = re.compile(r"\b[ZS]el[eé]ns?k\w*")
MENTIONS = re.compile(RUSSIAN_DERIVED.pattern + r"|Zelensk|Volodym|Vladimir")


def _slice(pair: str) -> list[list[str]]:
    """Lines (as one list per system) where some system names a place or Zelensky."""
    outputs = sorted((WMT / "system-outputs").glob(f"generaltest2022.{pair}.hyp.*.en"))
    if not outputs:
        pytest.skip(f"WMT22 {pair} outputs are not available")
    systems = [p.read_text("utf-8").splitlines() for p in outputs]
    keep = [i for i in range(len(systems[0])) if any(MENTIONS.search(s[i]) for s in systems)]
    return [[s[i] for i in keep] for s in systems]


@pytest.fixture(scope="module")
def norm() -> Normalizer:
    return Normalizer(lang="en")


@pytest.mark.parametrize("pair", ["uk-en", "ru-en"])
def test_no_russian_derived_place_or_odd_zelensky_remains(norm: Normalizer, pair: str) -> None:
    systems = _slice(pair)
    before = sum(bool(RUSSIAN_DERIVED.search(line)) for lines in systems for line in lines)
    assert before > 20  # the slice does contain the problem
    for lines in systems:
        for line in lines:
            cleaned = norm.clean(line)
            assert not RUSSIAN_DERIVED.search(cleaned), cleaned
            assert set(ZELENSKY.findall(cleaned)) <= {"Zelensky", "Zelenska"}, cleaned


def test_every_system_names_kyiv_and_hostomel_alike(norm: Normalizer) -> None:
    systems = _slice("uk-en")
    for i in range(len(systems[0])):
        spellings = set()
        for lines in systems:
            cleaned = norm.clean(lines[i])
            spellings.update(re.findall(r"\b(?:K[iy][ijy]?[eé]?[vw]|[HG]ostom[ei]l)\b", cleaned))
        assert spellings <= {"Kyiv", "Hostomel"}, (i, spellings)
