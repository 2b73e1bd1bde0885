"""Inputs as a stream of documents, cleaned in order on ``jobs`` processes.

A plain file is one document; a JSONL file (``field`` given) is one document per
record, read line by line so memory stays flat however large the file. Every file
ends with a marker, so the consumer knows when to finish its output. An input
error (bad record, undecodable byte) travels in the stream too: it is raised when
the consumer reaches its place, after every document before it.

>>> import pathlib, tempfile
>>> from normkit import Normalizer
>>> path = pathlib.Path(tempfile.mkdtemp()) / "a.jsonl"
>>> _ = path.write_text('{"id": 1, "text": "Talks in Kiev."}\\n')
>>> [(p.record, r and r.text) for p, r in stream_results(
...     Normalizer(lang="en"), [(str(path), None)], field="text", jobs=1)]
[({'id': 1, 'text': 'Talks in Kiev.'}, 'Talks in Kyiv.'), (None, None)]
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from normkit.document import Result
from normkit.io import (
    STDIO,
    TABLE_HINT,
    InputError,
    JsonStyle,
    check_record,
    format_hint,
    is_table,
    iter_lines,
    json_type,
    line_safe,
    looks_binary,
    read_text,
)
from normkit.langcodes import language_code
from normkit.parallel import Task, default_jobs, run_tasks
from normkit.pipeline import Normalizer
from normkit.readers import document_kind, read_as
from normkit.webpage import PageError

Echo = Callable[[str], None]


@dataclass(eq=False)
class SourceFile:
    """One input file (or standard input) and how to write it back."""

    name: str
    root: Path | None  # the directory it was found under, for -o DIR
    jsonl: bool
    crlf: bool = False
    page: bool = False  # a page or Markdown, cleaned as its text (written as text)


@dataclass(frozen=True, slots=True)
class Rejected:
    """A bad JSONL record set aside by ``--skip-bad``."""

    line: int
    raw: str
    error: str


@dataclass(frozen=True, slots=True)
class Piece:
    """Where a document came from. It stays in the parent process; only text travels."""

    source: SourceFile | None
    nbytes: int = 0  # input bytes, for the progress display
    record: dict | None = None  # the JSONL record (its other fields are written back)
    raw: str | None = None  # the JSONL line as read (kept for --diff only)
    style: JsonStyle | None = None  # how the JSONL file writes records (its first record's)
    end: bool = False  # marker: the last piece of ``source``
    error: InputError | None = None  # marker: reading failed here
    rejected: Rejected | None = None  # marker: a bad record set aside (--skip-bad)


def _stderr(message: str) -> None:
    print(message, file=sys.stderr)


def read_tasks(
    files: Iterable[tuple[str, Path | None]],
    field: str | None = None,
    encoding: str = "utf-8",
    errors: str = "strict",
    echo: Echo = _stderr,
    keep_raw: bool = False,
    skip_bad: bool = False,
    reader: str = "auto",
    lang_field: str | None = None,
) -> Iterator[Task[Piece]]:
    """The tasks of every file in order; an input error ends the stream as an error marker.

    ``reader`` says how documents are read: ``text``, ``html`` (a page, cleaned as its
    text), ``markdown`` (the same) or ``auto`` (a page if the file's name or the
    document's start says so; see :mod:`normkit.readers`).
    ``lang_field`` names the JSONL field that holds each record's language, if any.
    """
    try:
        for path, root in files:
            yield from _file_tasks(path, root, field, encoding, errors, echo, keep_raw, skip_bad,
                                   reader, lang_field)
    except InputError as exc:
        yield Task(Piece(None, error=exc), None)


def _file_tasks(
    path: str, root: Path | None, field: str | None, encoding: str, errors: str,
    echo: Echo, keep_raw: bool, skip_bad: bool = False, reader: str = "auto",
    lang_field: str | None = None,
) -> Iterator[Task[Piece]]:
    head = b""
    if path != STDIO:
        try:
            with Path(path).open("rb") as handle:
                head = handle.read(8192)
        except OSError as exc:
            raise InputError(f"{path}: cannot read: {exc.strerror}") from None
        if looks_binary(head) and (encoding == "auto" or line_safe(encoding)):
            echo(f"normkit: warning: {path}: binary file skipped{format_hint(head)}")
            return
    if field is None:
        if is_table(path):
            echo(f"normkit: warning: {path}: cleaned as plain text, its commas and quotes too"
                 f" ({TABLE_HINT})")
        source = read_text(path, encoding, errors)
        if source.warning:
            echo(f"normkit: warning: {source.warning}")
        text, kind = source.text, document_kind(reader, path, source.text)
        page = kind != "text"
        try:
            text = read_as(kind, text)
        except PageError as exc:
            raise InputError(f"{source.name}:{exc.line}: {exc}") from None
        file = SourceFile(source.name, root, jsonl=False, crlf=source.crlf and not page,
                          page=page)
        size = len(source.text) if path == STDIO else Path(path).stat().st_size
        yield Task(Piece(file, size), text, source.name)
        yield Task(Piece(file, end=True), None)
        return
    name = "<stdin>" if path == STDIO else path
    file = SourceFile(name, root, jsonl=True)
    replaced = False
    style: JsonStyle | None = None
    for number, line, size in _lines(path, name, encoding, errors):
        if number == 1:
            line = line.removeprefix("\ufeff")  # a byte-order mark is not part of the record
        if not line.strip():
            continue
        problem, data = check_record(line, field)
        if problem is not None:
            if not skip_bad:
                hint = f" ({TABLE_HINT})" if is_table(path) else ""
                raise InputError(f"{name}:{number}: {problem}{hint}")
            yield Task(Piece(file, size, rejected=Rejected(number, line, problem)), None)
            continue
        replaced = replaced or (errors == "replace" and "\ufffd" in line)
        if style is None:
            style = JsonStyle.of(line, data, "\r\n" if head.split(b"\n", 1)[0].endswith(b"\r")
                                 and line_safe(encoding) else "\n")
        piece = Piece(file, size, data, line if keep_raw else None, style)
        text = data[field]
        try:
            lang = record_language(data, lang_field)
            if reader != "text":  # a record has no file name: its start tells a page
                text = read_as(document_kind(reader, "", text), text)
        except (PageError, ValueError) as exc:
            where = lang_field if not isinstance(exc, PageError) else field
            problem = f"field {where!r}: {exc}"
            if not skip_bad:
                raise InputError(f"{name}:{number}: {problem}") from None
            yield Task(Piece(file, size, rejected=Rejected(number, line, problem)), None)
            continue
        yield Task(piece, text, f"{name}:{number}", lang)
    if replaced:
        echo(f"normkit: {name}: undecodable bytes replaced with U+FFFD")
    yield Task(Piece(file, end=True), None)


def record_language(record: dict, lang_field: str | None) -> str | None:
    """The language a record's ``lang_field`` names (None: no field given, or the record's
    is missing, null or empty); ValueError if it names none.

    >>> record_language({"lang": "EN"}, "lang"), record_language({"lang": ""}, "lang")
    ('en', None)
    >>> record_language({"lang": 7}, "lang")
    Traceback (most recent call last):
    ...
    ValueError: a number, not a language code
    """
    if lang_field is None:
        return None
    value = record.get(lang_field)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"{json_type(value)}, not a language code")
    return language_code(value)


def _lines(path: str, name: str, encoding: str, errors: str) -> Iterator[tuple[int, str, int]]:
    if not line_safe(encoding):  # e.g. UTF-16: decode the whole file, then split
        text = read_text(path, encoding, errors).text
        for number, line in enumerate(text.split("\n"), start=1):
            yield number, line, len(line) + 1
        return
    if path == STDIO:
        yield from iter_lines(sys.stdin.buffer, name, encoding, errors)
        return
    with Path(path).open("rb") as handle:
        yield from iter_lines(handle, name, encoding, errors)


def choose_jobs(jobs: int | None, files: list[tuple[str, Path | None]], field: str | None) -> int:
    """Worker processes worth starting: no more than there are documents to share.

    >>> choose_jobs(8, [("a.txt", None)], None)
    1
    >>> choose_jobs(8, [("a.jsonl", None)], "text") > 0
    True
    """
    wanted = default_jobs() if jobs is None else jobs
    if field is None:
        wanted = min(wanted, len(files))
    return max(wanted, 1)


def stream_results(
    norm: Normalizer,
    files: Iterable[tuple[str, Path | None]],
    field: str | None = None,
    encoding: str = "utf-8",
    errors: str = "strict",
    jobs: int | None = 1,
    echo: Echo = _stderr,
    keep_raw: bool = False,
    skip_bad: bool = False,
    reader: str = "auto",
    lang_field: str | None = None,
) -> Iterator[tuple[Piece, Result | None]]:
    """``(piece, result)`` for every document, then ``(end marker, None)`` per file.

    Raises the first :class:`~normkit.io.InputError` when its place is reached.
    ``reader`` and ``lang_field``: how documents are read (see :func:`read_tasks`).
    """
    tasks = read_tasks(files, field, encoding, errors, echo, keep_raw, skip_bad, reader,
                       lang_field)
    for piece, result in run_tasks(norm, tasks, jobs):
        if piece.error is not None:
            raise piece.error
        yield piece, result
