"""A cache of loaded packs, so start-up does not parse and validate YAML every time;
and of tables derived from them (:class:`StoredTable`), such as romanised variants.

A loaded :class:`~normkit.packs.loader.Pack` is pickled under a key made of the
pack file's path and bytes, the normkit version and the source of the loader and
schema modules: any change to the file or to how packs are read makes a new key,
and the entry it replaces is deleted (one entry per pack file).
The cache lives in ``$NORMKIT_CACHE_DIR``, else ``$XDG_CACHE_HOME/normkit``, else
``~/.cache/normkit``; ``NORMKIT_NO_CACHE=1`` turns it off. A cache that cannot be
read or written is ignored: the pack is loaded from its file as usual.

>>> import os, pathlib, tempfile
>>> os.environ["NORMKIT_CACHE_DIR"] = tempfile.mkdtemp()
>>> path = pathlib.Path(tempfile.mkdtemp()) / "p.yaml"
>>> _ = path.write_text("normkit: 1\\npack: {id: demo}\\nrules:\\n  - id: x\\n"
...                     "    kind: drop\\n    match: 'Source link'\\n    examples: [{in: a}]\\n")
>>> load_pack_cached(path).id, load_pack_cached(path).id   # parsed, then from the cache
('demo', 'demo')
>>> del os.environ["NORMKIT_CACHE_DIR"]
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from normkit.packs import loader, schema
from normkit.packs.loader import Pack, load_pack

FORMAT = b"normkit-pack-cache-1"


def cache_dir() -> Path | None:
    """Where cached packs live, or ``None`` when caching is off."""
    if os.environ.get("NORMKIT_NO_CACHE", "") not in ("", "0"):
        return None
    explicit = os.environ.get("NORMKIT_CACHE_DIR")
    if explicit:
        return Path(explicit) / "packs"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "normkit" / "packs"


@functools.cache
def _code_fingerprint() -> bytes:
    """The normkit version and the source of the modules that turn YAML into a Pack."""
    from normkit import __version__

    digest = hashlib.sha256(FORMAT + __version__.encode())
    for module in (loader, schema):
        digest.update(Path(module.__file__ or "").read_bytes())
    return digest.digest()


def _entry_name(path: Path, data: bytes) -> tuple[str, str]:
    """``(prefix, file name)``: the prefix names the pack file, the rest its content."""
    where = str(path.resolve()).encode("utf-8", "surrogatepass")
    prefix = hashlib.sha256(where).hexdigest()[:16]
    digest = hashlib.sha256(_code_fingerprint())
    digest.update(where + b"\0" + data)
    return prefix, f"{prefix}-{digest.hexdigest()[:32]}.pickle"


def load_pack_cached(path: str | Path) -> Pack:
    """:func:`~normkit.packs.loader.load_pack`, through the cache when it is on."""
    path = Path(path)
    folder = cache_dir()
    if folder is None:
        return load_pack(path)
    try:
        data = path.read_bytes()
    except OSError:
        return load_pack(path)  # raises the loader's own error
    prefix, name = _entry_name(path, data)
    entry = folder / name
    with contextlib.suppress(Exception):  # missing, unreadable or stale entry: load afresh
        with entry.open("rb") as handle:
            pack = pickle.load(handle)
        if isinstance(pack, Pack) and pack.path == path:
            return pack
    pack = load_pack(path)
    _store(entry, pack, prefix)
    return pack


def _store(entry: Path, pack: Pack, prefix: str) -> None:
    """Write ``entry``, dropping older entries of the same pack file (one per file)."""
    with contextlib.suppress(OSError, pickle.PicklingError, TypeError, AttributeError):
        entry.parent.mkdir(parents=True, exist_ok=True)
        for old in entry.parent.glob(f"{prefix}-*.pickle"):
            with contextlib.suppress(OSError):
                old.unlink()
        fd, tmp = tempfile.mkstemp(prefix=".pack-", dir=entry.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(pack, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, entry)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)


class StoredTable:
    """A dict kept in the cache folder between runs, as one file named by ``fingerprint``
    (which must change whenever the code that fills the table does); older files of the
    same ``name`` are deleted when it is written. Off, unreadable or unwritable: a plain
    dict for this process.

    >>> os.environ["NORMKIT_CACHE_DIR"] = tempfile.mkdtemp()
    >>> table = StoredTable("demo", b"v1")
    >>> table["kiev"] = ("Kyiv",)
    >>> table.flush()
    >>> StoredTable("demo", b"v1").get("kiev"), StoredTable("demo", b"v2").get("kiev")
    (('Kyiv',), None)
    >>> del os.environ["NORMKIT_CACHE_DIR"]
    """

    def __init__(self, name: str, fingerprint: bytes):
        self.name = name
        folder = cache_dir()
        digest = hashlib.sha256(FORMAT + b"\0" + fingerprint).hexdigest()[:32]
        self._path = None if folder is None else folder / f"{name}-{digest}.pickle"
        self._table: dict = {}
        self._dirty = False
        if self._path is not None:
            with contextlib.suppress(Exception):  # missing or unreadable: start empty
                with self._path.open("rb") as handle:
                    table = pickle.load(handle)
                if isinstance(table, dict):
                    self._table = table

    def get(self, key, default=None):
        return self._table.get(key, default)

    def __setitem__(self, key, value) -> None:
        self._table[key] = value
        self._dirty = True

    def flush(self) -> None:
        """Write the table if it gained entries since it was read (atomically)."""
        if not self._dirty or self._path is None:
            return
        self._dirty = False
        with contextlib.suppress(OSError, pickle.PicklingError, TypeError, AttributeError):
            self._path.parent.mkdir(parents=True, exist_ok=True)
            for old in self._path.parent.glob(f"{self.name}-*.pickle"):
                if old != self._path:
                    with contextlib.suppress(OSError):
                        old.unlink()
            fd, tmp = tempfile.mkstemp(prefix=f".{self.name}-", dir=self._path.parent)
            try:
                with os.fdopen(fd, "wb") as handle:
                    pickle.dump(self._table, handle, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, self._path)
            finally:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(tmp)
