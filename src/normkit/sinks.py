"""Where ``normkit clean`` writes results, one document at a time, in input order.

Every file output (``-o``, ``--in-place``) goes through a
:class:`~normkit.io.StagedFile`: it appears whole when its input is done, and a
failed run leaves no partial file behind.
"""

from __future__ import annotations

import difflib
import os
import shutil
import tempfile
from pathlib import Path
from typing import IO, TextIO

from normkit.backup import write_backup
from normkit.document import Result
from normkit.io import (
    DEFAULT_JSON_STYLE,
    STDIO,
    StagedFile,
    is_stream,
    restore_newlines,
)
from normkit.readers import converts, output_name
from normkit.streaming import Echo, Piece, SourceFile

SPOOL_BYTES = 8 << 20  # JSONL bound for stdout stays in memory up to this, then on disk


def target_path(source: SourceFile, out: Path, many: bool, reader: str = "auto") -> Path:
    """The output path of ``source`` under ``-o out``: ``out`` itself, or mirrored below it.

    A page's text is written as ``.txt``.

    >>> str(target_path(SourceFile("in/sub/a.txt", Path("in"), False), Path("out"), True))
    'out/sub/a.txt'
    >>> str(target_path(SourceFile("a.html", None, False, page=True), Path("out"), True))
    'out/a.txt'
    """
    return output_path(output_name(source.name, reader) if source.page else source.name,
                       source.root, out, many)


def output_path(name: str, root: Path | None, out: Path, many: bool) -> Path:
    if not many and not (out.is_dir() or str(out).endswith(("/", "\\"))):
        return out
    path = Path(name)
    relative = path.relative_to(root) if root is not None else Path(path.name)
    return out / relative


class OutputError(ValueError):
    """Outputs that would lose data (overwrite an input, or each other) or cannot be written."""


def plan_outputs(
    files: list[tuple[str, Path | None]], out: Path | None, many: bool, in_place: bool,
    side: dict[str, Path | None] | None = None, reader: str = "auto",
) -> list[tuple[str, Path | None]]:
    """The inputs to clean, each once, after checking that no output loses data.

    With ``-o`` or ``--in-place``, an input named twice (or through a symlink) is cleaned
    once; two inputs whose outputs would be the same file, an output that is an input, and
    a side output (``side``: ``--report`` and the like, by option name) that is an input or
    another output are errors, raised before anything is written. So is ``--in-place`` on
    an HTML page (``reader`` is not ``text``): it would replace the page with its text.

    >>> plan_outputs([("a.txt", None), ("./a.txt", None)], Path("out"), True, False)
    [('a.txt', None)]
    >>> plan_outputs([("x/a.txt", None), ("y/a.txt", None)], Path("out"), True, False)
    Traceback (most recent call last):
    ...
    normkit.sinks.OutputError: x/a.txt and y/a.txt would both be written to out/a.txt
    """
    for option, path in (("-o", out), *(side or {}).items()):
        if path is not None and str(path) == STDIO:  # not a file called '-' in the cwd
            raise OutputError(f"{option} -: '-' names standard input, not an output: "
                              + ("leave out -o to write to standard output" if option == "-o"
                                 else "give a file name (/dev/stdout for standard output)"))
    if out is not None and many:
        check_directory_target(out, [name for name, _ in files])
    inputs = {Path(name).resolve(): name for name, _ in files if name != STDIO}
    kept: list[tuple[str, Path | None]] = []
    written: dict[Path, str] = {}  # output (resolved) -> the input written there
    given: dict[Path, Path] = {}  # output (resolved) -> as named (/dev/stdout, not /proc/..)
    for name, root in files:
        if in_place and converts(reader, name):
            raise OutputError(f"{name}: --in-place would replace the page's HTML with its"
                              " cleaned text: write the text with -o DIR, or pass --from text"
                              " to clean the markup as text" if reader != "markdown" else
                              f"{name}: --in-place would replace the Markdown with its cleaned"
                              " text: write the text with -o DIR, or leave out --from"
                              " markdown to clean it as text")
        if in_place:
            target = Path(name).resolve()
            given[target] = Path(name)
        elif out is not None:
            if name == STDIO and many:
                raise OutputError("standard input has no file name to write under a "
                                  "directory: give it alone, with -o FILE")
            given_target = output_path(output_name(name, reader), root, out, many)
            target = given_target.resolve()
            given[target] = given_target
            if target in inputs:
                raise OutputError(f"{target}: output would overwrite an input"
                                  " (use --in-place to mean it)")
        else:
            kept.append((name, root))
            continue
        first = written.get(target)
        if first is None:
            written[target] = name
            kept.append((name, root))
        elif name == STDIO or Path(first).resolve() != Path(name).resolve():
            raise OutputError(f"{first} and {name} would both be written to "
                              f"{given[target] if out else target}")
    for option, path in (side or {}).items():
        if path is None:
            continue
        target = path.resolve()
        if target in inputs:
            raise OutputError(f"{path}: {option} would overwrite an input")
        if target in written:
            raise OutputError(f"{path}: {option} would overwrite the output of {written[target]}")
        if target.is_dir():
            raise OutputError(f"{path}: {option} names a directory, not a file")
        written[target] = option
        given[target] = path
    probed: set[Path] = set()
    for target in written:
        check_writable(given[target], probed)
    return kept


def check_rejects_kept(rejects: Path) -> None:
    """``--in-place --skip-bad`` (without ``--backup``) takes bad records out of the inputs,
    so the rejects file may hold their only copy: an earlier run's is never replaced.

    >>> check_rejects_kept(Path("/nonexistent/rejects.jsonl"))
    """
    if rejects.is_file() and not is_stream(rejects) and rejects.stat().st_size > 0:
        raise OutputError(
            f"{rejects}: exists, and may hold the only copy of records an earlier --in-place"
            " --skip-bad run took out of its input: give another --rejects file (or move"
            " this one), or add --backup SUFFIX to keep the originals")


def check_directory_target(out: Path, names: list[str]) -> None:
    """A directory or several inputs make ``-o`` a directory: refuse one named like a file.

    ``-o cleaned.txt`` over a folder of ``.txt`` files would otherwise become a directory
    called ``cleaned.txt``; ``-o cleaned/``, ``-o cleaned`` or an existing directory is meant.
    A name that exists already is left to the other checks.

    >>> check_directory_target(Path("cleaned"), ["a.txt", "b.txt"])
    >>> check_directory_target(Path("all.txt"), ["in/a.txt", "in/b.txt"])
    Traceback (most recent call last):
    ...
    normkit.sinks.OutputError: -o all.txt: with a directory or several inputs, -o names a \
directory (one output per input), and all.txt looks like a file name: give a directory (-o all/)
    """
    if str(out).endswith(("/", "\\")) or out.exists() or not out.suffix:
        return  # an existing file: the checks after this one say why it cannot be used
    if out.suffix.lower() not in {Path(name).suffix.lower() for name in names}:
        return
    merge = (f", or to get one JSONL file pipe the inputs: cat FILES | normkit clean -"
             f" --field FIELD -o {out}") if out.suffix.lower() == ".jsonl" else ""
    raise OutputError(
        f"-o {out}: with a directory or several inputs, -o names a directory (one output per"
        f" input), and {out.name} looks like a file name: give a directory"
        f" (-o {out.with_suffix('')}/){merge}"
    )


def check_writable(target: Path, probed: set[Path] | None = None) -> None:
    """Raise :class:`OutputError` if ``target`` cannot be written: a parent is a file, or
    the nearest existing directory takes no new file (read-only, no permission).

    A device or pipe (``/dev/null``, ``/dev/stdout``) is written as it is. ``probed``
    holds the directories already found writable, so each is tried once.

    >>> check_writable(Path("/dev/null/x.txt"))
    Traceback (most recent call last):
    ...
    normkit.sinks.OutputError: /dev/null/x.txt: cannot write: /dev/null is not a directory
    >>> check_writable(Path("/dev/null"))
    """
    if is_stream(target):
        return
    for parent in target.parents:
        if parent.exists():
            if not parent.is_dir():
                raise OutputError(f"{target}: cannot write: {parent} is not a directory")
            if probed is None or parent not in probed:
                _probe_directory(target, parent)
                if probed is not None:
                    probed.add(parent)
            return


def _probe_directory(target: Path, directory: Path) -> None:
    """Create and remove a file in ``directory``, as writing ``target`` will need to."""
    try:
        fd, probe = tempfile.mkstemp(prefix=".normkit-probe.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write in {directory}: {exc.strerror}") from None
    os.close(fd)
    os.unlink(probe)


def document_output(source: SourceFile, piece: Piece, result: Result, field: str | None) -> str:
    """What one document adds to its file's output: the text, or a JSONL line."""
    if source.jsonl:
        assert field is not None and piece.record is not None
        return (piece.style or DEFAULT_JSON_STYLE).line({**piece.record, field: result.text})
    return restore_newlines(result.text, source.crlf)


class CleanWriter:
    """Writes cleaned documents to stdout, ``-o`` targets, the inputs (``--in-place``)
    or a unified diff, and the optional removed-block log.

    ``mode`` is one of ``stdout``, ``output``, ``in-place``, ``diff``.
    """

    def __init__(
        self, mode: str, *, stdout: TextIO, echo: Echo, field: str | None = None,
        output: Path | None = None, many: bool = False, show_removed: bool = False,
        backup: str | None = None, reader: str = "auto",
    ):
        self.mode, self.stdout, self.echo, self.field = mode, stdout, echo, field
        self.output, self.many, self.show_removed = output, many, show_removed
        self.backup = backup  # in-place: keep each changed input's original under this suffix
        self.reader = reader  # how inputs are read: a page's or Markdown's text is a .txt
        self._staged: StagedFile | None = None
        self._spool: IO[str] | None = None  # a JSONL file's lines on their way to stdout
        self._changed = False
        self._before: list[str] = []
        self._after: list[str] = []

    def start(self, source: SourceFile) -> None:
        self._changed = False
        self._before, self._after = [], []
        if self.mode == "output":
            assert self.output is not None
            self._staged = StagedFile(target_path(source, self.output, self.many, self.reader))
        elif self.mode == "in-place":
            path = Path(source.name).resolve()  # through a symlink: the link stays
            self._staged = StagedFile(path, mode=path.stat().st_mode & 0o7777)
        elif self.mode == "stdout" and source.jsonl:
            # a bad record later in the file must leave nothing of that file on stdout
            self._spool = tempfile.SpooledTemporaryFile(  # noqa: SIM115 (closed in end/abort)
                max_size=SPOOL_BYTES, mode="w+", encoding="utf-8", newline="")

    def document(self, source: SourceFile, piece: Piece, result: Result) -> None:
        if self.show_removed:
            for block in result.removed:
                self.echo(f"{source.name}: [{block.rule}] {block.text.strip()}")
        text = document_output(source, piece, result, self.field)
        if self._spool is not None:
            self._spool.write(text)
        elif self.mode == "stdout":
            self.stdout.write(text if text.endswith("\n") or not text else text + "\n")
        elif self.mode == "diff":
            if source.jsonl:
                newline = (piece.style or DEFAULT_JSON_STYLE).newline
                self._before.append((piece.raw or "") + newline)
                self._after.append(text)
            else:
                self._before.append(restore_newlines(result.original, source.crlf))
                self._after.append(text)
        else:
            assert self._staged is not None
            if source.page and text and not text.endswith("\n"):
                text += "\n"  # a page's or Markdown's text as a file: a text file ends its line
            self._staged.write(text)
            if source.jsonl:
                self._changed = self._changed or result.changed
            else:
                self._changed = text != restore_newlines(result.original, source.crlf)

    def end(self, source: SourceFile) -> None:
        spool, self._spool = self._spool, None
        if spool is not None:
            spool.seek(0)
            shutil.copyfileobj(spool, self.stdout)
            spool.close()
        if self.mode == "diff":
            before = "".join(self._before).splitlines(keepends=True)
            after = "".join(self._after).splitlines(keepends=True)
            self.stdout.writelines(difflib.unified_diff(
                before, after, fromfile=source.name, tofile=source.name))
        staged, self._staged = self._staged, None
        if staged is None:
            return
        if self.mode == "in-place" and not self._changed:
            staged.discard()  # leave unchanged inputs alone (and their mtime)
            return
        if self.mode == "in-place" and self.backup:
            try:
                write_backup(staged.target, self.backup)
            except BaseException:
                staged.discard()
                raise
        staged.commit()

    def finish(self) -> None:
        """The run succeeded (every file was committed at its end)."""

    def abort(self) -> None:
        """The run failed: discard the open output."""
        if self._spool is not None:
            self._spool.close()
            self._spool = None
        if self._staged is not None:
            self._staged.discard()
            self._staged = None
