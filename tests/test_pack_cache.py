"""The pack cache: same packs as parsing, reparse on any change, never in the way."""

from __future__ import annotations

import pytest

from normkit.packs import cache
from normkit.packs.discovery import bundled_pack_paths
from normkit.packs.loader import PackError, load_pack

PACK = ("normkit: 1\npack: {id: demo, lang: [en]}\nrules:\n  - id: kiev\n    kind: alias\n"
        "    canonical: Kyiv\n    variants: [VARIANT]\n    examples: [{in: x}]\n")


@pytest.fixture()
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("NORMKIT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("NORMKIT_NO_CACHE", raising=False)
    return tmp_path / "cache" / "packs"


def test_cached_bundled_packs_equal_parsed_ones(cache_home, monkeypatch):
    for path in bundled_pack_paths():
        first = cache.load_pack_cached(path)
        assert first == load_pack(path)
    assert len(list(cache_home.glob("*.pickle"))) == len(bundled_pack_paths())

    def no_parsing(path):
        raise AssertionError(f"{path} parsed again")

    monkeypatch.setattr(cache, "load_pack", no_parsing)
    for path in bundled_pack_paths():
        again = cache.load_pack_cached(path)
        assert again == load_pack(path)
        assert again.location(0) == load_pack(path).location(0)


def test_an_edited_pack_is_parsed_again(cache_home, tmp_path):
    path = tmp_path / "demo.yaml"
    path.write_text(PACK.replace("VARIANT", "Kiev"))
    assert cache.load_pack_cached(path).rules[0].variants == ["Kiev"]
    path.write_text(PACK.replace("VARIANT", "Kiew"))
    assert cache.load_pack_cached(path).rules[0].variants == ["Kiew"]
    assert len(list(cache_home.glob("*.pickle"))) == 1  # the old entry is gone
    path.write_text(PACK.replace("VARIANT", "Kiev") + "  - id: broken\n")
    with pytest.raises(PackError, match=r"demo\.yaml:9"):
        cache.load_pack_cached(path)


def test_corrupt_or_unwritable_cache_is_ignored(cache_home, tmp_path, monkeypatch):
    path = tmp_path / "demo.yaml"
    path.write_text(PACK.replace("VARIANT", "Kiev"))
    cache.load_pack_cached(path)
    for entry in cache_home.glob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    assert cache.load_pack_cached(path).id == "demo"
    blocked = tmp_path / "file-not-dir"
    blocked.write_text("")
    monkeypatch.setenv("NORMKIT_CACHE_DIR", str(blocked))
    assert cache.load_pack_cached(path).id == "demo"
    monkeypatch.setenv("NORMKIT_NO_CACHE", "1")
    assert cache.cache_dir() is None and cache.load_pack_cached(path).id == "demo"


def test_variants_and_pattern_shapes_are_kept_between_runs(cache_home):
    """Romanised variants and drop-rule shapes are read from the cache by the next process,
    which cleans the same; a corrupt table is computed again."""
    import os
    import subprocess
    import sys

    code = ("import normkit; n = normkit.Normalizer(); "
            "print(len(n.neutral_words), n.clean('Talks in Kharkov went on -- officials said "
            "on Monday , as Source link', lang='en'))")
    env = {**os.environ, "NORMKIT_CACHE_DIR": str(cache_home.parent)}

    def run() -> str:
        return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                              text=True, check=True).stdout

    first = run()
    tables = {path.name.split("-")[0]: path for path in cache_home.glob("*.pickle")
              if path.name.startswith(("variants-", "shapes-"))}
    assert sorted(tables) == ["shapes", "variants"]
    written = {name: path.stat().st_mtime_ns for name, path in tables.items()}
    assert run() == first
    assert {name: path.stat().st_mtime_ns for name, path in tables.items()} == written
    for path in tables.values():
        path.write_bytes(b"not a pickle")
    assert run() == first
    assert "Kharkiv" in first and int(first.split()[0]) > 1000
