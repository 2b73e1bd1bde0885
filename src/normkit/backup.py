"""``--in-place --backup SUFFIX``: keep each changed input's original beside it, as ``sed -i``.

A backup is written only for a file the run changes, just before the cleaned text is renamed
into place, through a temporary file (a failed run leaves no half-written backup). It is a
copy of the file the input names; through a symlink, of the file the link points to.

>>> import pathlib, tempfile
>>> path = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
>>> _ = path.write_text("Talks in Kiev.")
>>> write_backup(path, ".orig").name, path.with_name("a.txt.orig").read_text()
('a.txt.orig', 'Talks in Kiev.')
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

from normkit.io import STDIO


class BackupError(ValueError):
    """A ``--backup`` suffix that would lose data or cannot name a file."""


def backup_path(path: Path, suffix: str) -> Path:
    """Where the original of ``path`` goes: its name with ``suffix`` added.

    >>> str(backup_path(Path("in/a.txt"), ".bak"))
    'in/a.txt.bak'
    """
    return path.with_name(path.name + suffix)


def check_backups(names: list[str], suffix: str) -> None:
    """Refuse a suffix that is empty, holds a path separator, or would overwrite an input.

    >>> check_backups(["a.txt", "b.txt"], ".bak")
    >>> check_backups(["a", "a.bak"], ".bak")
    Traceback (most recent call last):
    ...
    normkit.backup.BackupError: a.bak: the --backup of a would overwrite an input
    """
    if not suffix or "/" in suffix or os.sep in suffix:
        raise BackupError(f"--backup takes a suffix for the file name, such as .bak"
                          f" (got {suffix!r})")
    inputs = {Path(name).resolve() for name in names if name != STDIO}
    for name in names:
        target = backup_path(Path(name).resolve(), suffix)
        if target in inputs:
            raise BackupError(f"{backup_path(Path(name), suffix)}: the --backup of {name}"
                              " would overwrite an input")


def write_backup(path: Path, suffix: str) -> Path:
    """Copy ``path`` (content, permissions, times) to its backup name; return that name."""
    target = backup_path(path, suffix)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        shutil.copy2(path, tmp)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return target
