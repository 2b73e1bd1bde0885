"""Find packs and profiles: bundled ``rules/``, files given by the user, entry points.

Third-party packages ship packs by declaring the entry-point group ``normkit.packs``;
the entry point names a module (or a callable returning a directory or file paths),
and every ``*.yaml`` file in that module's directory is a pack.

>>> sorted(p.name for p in bundled_profile_paths())[:1]
['default.yaml']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from importlib import metadata
from pathlib import Path
from types import ModuleType

from normkit.packs.cache import load_pack_cached
from normkit.packs.loader import Pack, PackError

ENTRY_POINT_GROUP = "normkit.packs"


def bundled_rules_dir() -> Path:
    """The ``rules/`` directory: inside the installed package, or at the source checkout root."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "rules", here.parent.parent / "rules"):
        if (candidate / "profiles").is_dir():
            return candidate
    raise PackError(f"{here}: the bundled rules/ directory is missing from this installation")


def bundled_pack_paths() -> list[Path]:
    root = bundled_rules_dir()
    return sorted(p for p in root.rglob("*.yaml") if p.parent.name != "profiles")


def bundled_profile_paths() -> list[Path]:
    return sorted((bundled_rules_dir() / "profiles").glob("*.yaml"))


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Pack files named directly, or every ``*.yaml`` below a named directory."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(path.rglob("*.yaml"))
        elif path.exists():
            yield path
        else:
            raise PackError(f"{path}: no such pack file or directory")


def entry_point_pack_paths() -> list[Path]:
    """Pack files that installed packages declare under ``normkit.packs``."""
    found: list[Path] = []
    for entry in metadata.entry_points(group=ENTRY_POINT_GROUP):
        try:
            target = entry.load()
        except Exception as exc:  # a broken plugin must not hide the cause
            raise PackError(f"entry point {entry.name!r} ({entry.value}): {exc}") from exc
        if isinstance(target, ModuleType):
            found.extend(sorted(Path(target.__file__ or "").parent.glob("*.yaml")))
            continue
        result = target() if callable(target) else target
        result = [result] if isinstance(result, str | Path) else list(result)
        found.extend(expand_paths(result))
    return found


def load_all(*, plugins: bool = True) -> list[Pack]:
    """The packs a profile chooses from: bundled ones, then installed plugin packs."""
    paths = bundled_pack_paths()
    if plugins:
        paths += entry_point_pack_paths()
    return load_paths(paths)


def load_paths(paths: Iterable[str | Path], taken: Iterable[Pack] = ()) -> list[Pack]:
    """Load pack files (directories expand); a pack id may be used once, ``taken`` included.

    Naming a file that is already among ``taken`` (a bundled pack, say) turns that pack on
    rather than loading it twice: ``normkit rules test rules/lexicon/countries.yaml``.
    """
    seen: dict[str, Pack] = {pack.id: pack for pack in taken}
    packs: list[Pack] = []
    for path in expand_paths(paths):
        known = next((p for p in seen.values() if p.path.resolve() == Path(path).resolve()), None)
        if known is not None:
            if known not in packs:
                packs.append(known)
            continue
        pack = load_pack_cached(path)
        if pack.id in seen:
            raise PackError(
                f"{pack.path}:2:1: pack.id: pack id {pack.id!r}"
                f" is already used by {seen[pack.id].path}"
            )
        seen[pack.id] = pack
        packs.append(pack)
    return packs
