"""Where ``normkit clean`` writes results, one document at a time, in input order.

Every file output (``-o``, ``--in-place``) goes through a
:class:`~normkit.io.StagedFile`: it appears whole when its input is done, and a
failed run leaves no partial file behind.
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path
from typing import TextIO

from normkit.document import Result
from normkit.io import StagedFile, restore_newlines
from normkit.streaming import Echo, Piece, SourceFile


def target_path(source: SourceFile, out: Path, many: bool) -> Path:
    """The output path of ``source`` under ``-o out``: ``out`` itself, or mirrored below it.

    >>> str(target_path(SourceFile("in/sub/a.txt", Path("in"), False), Path("out"), True))
    'out/sub/a.txt'
    """
    return output_path(source.name, source.root, out, many)


def output_path(name: str, root: Path | None, out: Path, many: bool) -> Path:
    if not many and not (out.is_dir() or str(out).endswith(("/", "\\"))):
        return out
    path = Path(name)
    relative = path.relative_to(root) if root is not None else Path(path.name)
    return out / relative


def document_output(source: SourceFile, piece: Piece, result: Result, field: str | None) -> str:
    """What one document adds to its file's output: the text, or a JSONL line."""
    if source.jsonl:
        assert field is not None and piece.record is not None
        return json.dumps({**piece.record, field: result.text}, ensure_ascii=False) + "\n"
    return restore_newlines(result.text, source.crlf)


class CleanWriter:
    """Writes cleaned documents to stdout, ``-o`` targets, the inputs (``--in-place``)
    or a unified diff, and the optional removed-block log.

    ``mode`` is one of ``stdout``, ``output``, ``in-place``, ``diff``.
    """

    def __init__(
        self, mode: str, *, stdout: TextIO, echo: Echo, field: str | None = None,
        output: Path | None = None, many: bool = False, show_removed: bool = False,
    ):
        self.mode, self.stdout, self.echo, self.field = mode, stdout, echo, field
        self.output, self.many, self.show_removed = output, many, show_removed
        self._staged: StagedFile | None = None
        self._changed = False
        self._before: list[str] = []
        self._after: list[str] = []

    def start(self, source: SourceFile) -> None:
        self._changed = False
        self._before, self._after = [], []
        if self.mode == "output":
            assert self.output is not None
            self._staged = StagedFile(target_path(source, self.output, self.many))
        elif self.mode == "in-place":
            path = Path(source.name)
            self._staged = StagedFile(path, mode=path.stat().st_mode & 0o7777)

    def document(self, source: SourceFile, piece: Piece, result: Result) -> None:
        if self.show_removed:
            for block in result.removed:
                self.echo(f"{source.name}: [{block.rule}] {block.text.strip()}")
        text = document_output(source, piece, result, self.field)
        if self.mode == "stdout":
            self.stdout.write(text if text.endswith("\n") or not text else text + "\n")
        elif self.mode == "diff":
            if source.jsonl:
                self._before.append((piece.raw or "") + "\n")
                self._after.append(text)
            else:
                self._before.append(restore_newlines(result.original, source.crlf))
                self._after.append(text)
        else:
            assert self._staged is not None
            self._staged.write(text)
            if source.jsonl:
                self._changed = self._changed or result.changed
            else:
                self._changed = text != restore_newlines(result.original, source.crlf)

    def end(self, source: SourceFile) -> None:
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
        else:
            staged.commit()

    def finish(self) -> None:
        """The run succeeded (every file was committed at its end)."""

    def abort(self) -> None:
        """The run failed: discard the open output."""
        if self._staged is not None:
            self._staged.discard()
            self._staged = None
