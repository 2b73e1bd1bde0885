"""Reading inputs and writing outputs safely.

Text is decoded strictly as UTF-8 (or a named encoding) with errors that name the
file and byte; outputs are written to a temporary file and renamed into place, so a
failed or interrupted run never leaves a half-written file.

>>> import tempfile, pathlib
>>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
>>> with atomic_write(target) as handle:
...     _ = handle.write("Kyiv\\n")
>>> target.read_text()
'Kyiv\\n'
"""

from __future__ import annotations

import codecs
import contextlib
import json
import os
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

STDIO = "-"


class InputError(ValueError):
    """Input that cannot be read as asked; the message names the file and place."""


@dataclass(frozen=True)
class TextInput:
    """A decoded text and where it came from."""

    name: str
    text: str
    crlf: bool  # the input used CRLF line endings (restored on output)
    warning: str | None = None  # e.g. bytes replaced, or a legacy encoding guessed


def first_bad_byte(data: bytes, encoding: str = "utf-8") -> int | None:
    """Offset of the first byte that does not decode, or None.

    >>> first_bad_byte(b"Kyiv \\xff")
    5
    """
    try:
        data.decode(encoding)
    except UnicodeDecodeError as exc:
        return exc.start
    return None


NEWLINE = b"\n"


def decode(data: bytes, name: str, encoding: str = "utf-8", errors: str = "strict") -> str:
    """Decode bytes; on bad input raise :class:`InputError` naming ``name`` and the byte.

    ``encoding="auto"`` reads UTF-8 and falls back to cp1252 (then Latin-1) for legacy files.

    >>> decode(b"Kyiv \\xff", "a.txt")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    normkit.io.InputError: a.txt:1: invalid utf-8 at byte 5 (use --encoding-errors replace, ...)
    """
    if encoding == "auto":
        if first_bad_byte(data) is None:
            return data.decode("utf-8")
        for legacy in ("cp1252", "latin-1"):
            if first_bad_byte(data, legacy) is None:
                return data.decode(legacy)
    try:
        return data.decode(encoding, errors=errors)
    except UnicodeDecodeError as exc:
        line = data.count(NEWLINE, 0, exc.start) + 1
        raise InputError(
            f"{name}:{line}: invalid {encoding} at byte {exc.start}"
            " (use --encoding-errors replace, or --encoding)"
        ) from None
    except LookupError:
        raise InputError(f"{name}: unknown encoding {encoding!r}") from None


def looks_binary(data: bytes) -> bool:
    """A NUL byte in the first 8 KiB marks a binary file."""
    return b"\x00" in data[:8192]


def wide_encoding_hint(head: bytes) -> str:
    """A hint for a file whose NUL bytes come from UTF-16 or UTF-32, not from binary data.

    >>> wide_encoding_hint("Kyiv".encode("utf-16"))
    ' (it starts like UTF-16 text: use --encoding utf-16)'
    >>> wide_encoding_hint(b"\\x7fELF\\x00")
    ''
    """
    for bom, name in ((codecs.BOM_UTF32_LE, "UTF-32"), (codecs.BOM_UTF32_BE, "UTF-32"),
                      (codecs.BOM_UTF16_LE, "UTF-16"), (codecs.BOM_UTF16_BE, "UTF-16")):
        if head.startswith(bom):
            return f" (it starts like {name} text: use --encoding {name.lower()})"
    return ""


_FORMATS = (
    (b"\x1f\x8b", "gzip-compressed: decompress it first, e.g. zcat FILE | normkit clean -"),
    (b"BZh", "bzip2-compressed: decompress it first, e.g. bzcat FILE | normkit clean -"),
    (b"\xfd7zXZ\x00", "xz-compressed: decompress it first, e.g. xzcat FILE | normkit clean -"),
    (b"\x28\xb5\x2f\xfd",
     "zstd-compressed: decompress it first, e.g. zstdcat FILE | normkit clean -"),
    (b"PK\x03\x04", "a zip archive: extract it first"),
    (b"PAR1", "a Parquet file: the command line reads text and JSONL; clean its column with"
              " normkit.integrations.dask.clean_column (docs/scaling.md)"),
)


def format_hint(head: bytes) -> str:
    """What a skipped binary file looks like, when it is a format people expect to work.

    >>> import gzip
    >>> format_hint(gzip.compress(b'{"text": "Kiev"}'))
    ' (gzip-compressed: decompress it first, e.g. zcat FILE | normkit clean -)'
    >>> format_hint(b"\\x7fELF\\x00")
    ''
    """
    for magic, what in _FORMATS:
        if head.startswith(magic):
            return f" ({what})"
    return wide_encoding_hint(head)


TABLE_SUFFIXES = (".csv", ".tsv")
TABLE_HINT = ("a CSV/TSV file is not text or JSONL: clean its column with"
              " normkit.integrations.dask.clean_column (docs/scaling.md)")


def is_table(path: str) -> bool:
    """Whether ``path`` names a CSV or TSV file, which the command line does not parse.

    >>> is_table("news.CSV"), is_table("news.jsonl"), is_table("-")
    (True, False, False)
    """
    return path.lower().endswith(TABLE_SUFFIXES)


def read_text(path: str, encoding: str = "utf-8", errors: str = "strict") -> TextInput:
    """Read a file (or stdin for ``-``) as text with newlines unified to ``\\n``."""
    if path == STDIO:
        import sys

        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise InputError(f"{path}: cannot read: {exc.strerror}") from None
        name = path
    text = decode(data, name, encoding, errors)
    warning = None
    bad = first_bad_byte(data) if encoding in ("utf-8", "auto") else None
    where = f"{name}:{data.count(NEWLINE, 0, bad) + 1}" if bad is not None else name
    if bad is not None and encoding == "auto":
        warning = f"{where}: not UTF-8 (byte {bad}); read as a legacy 8-bit encoding"
    elif bad is not None and errors == "replace":
        count = text.count("\ufffd")
        warning = (f"{where}: invalid utf-8 from byte {bad};"
                   f" {count} character(s) replaced with U+FFFD")
    crlf = "\r\n" in text
    if crlf:
        text = text.replace("\r\n", "\n")
    return TextInput(name, text, crlf, warning)


def iter_files(paths: list[str], glob: str = "*.txt") -> Iterator[tuple[str, Path | None]]:
    """Yield ``(path, root)`` for files named directly and files below directories.

    ``root`` is the directory a file was found under (for mirroring into ``-o DIR``).
    """
    for raw in paths:
        if raw == STDIO:
            yield raw, None
            continue
        path = Path(raw)
        if path.is_dir():
            for found in sorted(path.rglob(glob)):
                if found.is_file():
                    yield str(found), path
        elif path.exists():
            yield raw, None
        else:
            raise InputError(f"{raw}: no such file or directory")


def new_file_mode(target: Path) -> int:
    """The permissions an output gets: those of the file it replaces, or the umask's.

    Temporary files are created private (0600); the renamed output must not stay so.
    """
    try:
        return os.stat(target).st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _temporary_beside(target: Path) -> tuple[int, str]:
    """A new private temporary file in ``target``'s directory (made if missing).

    An error names ``target``, not the temporary file the user never asked for.
    """
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        return tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(target)) from None


def is_stream(target: Path) -> bool:
    """Whether ``target`` is an existing device, pipe or socket (``/dev/null``, a FIFO,
    ``/dev/stdout``): written to as it is, never replaced by a renamed file.

    >>> is_stream(Path("/dev/null")), is_stream(Path("/tmp"))
    (True, False)
    """
    try:
        if not stat.S_ISREG(os.stat(target).st_mode):
            return not target.is_dir()
    except OSError:
        return False
    # /dev/stdout redirected to a file is a regular file behind a link to /proc/self/fd:
    # the link, not the file, would be replaced
    return os.path.abspath(target).startswith(("/dev/", "/proc/"))


@contextlib.contextmanager
def atomic_write(target: Path, *, mode: int | None = None) -> Iterator[IO[str]]:
    """Write ``target`` through a temporary file in the same directory, then rename.

    On any error (or Ctrl-C) the temporary file is removed and ``target`` is untouched.
    A device or pipe (``/dev/null``, a FIFO) is written to directly (see :class:`StagedFile`).
    """
    staged = StagedFile(target, mode=mode)
    try:
        yield staged.handle
    except BaseException:
        staged.discard()
        raise
    staged.commit()


class StagedFile:
    """An output written to a temporary file beside ``target``, then renamed into place.

    :meth:`commit` makes it appear whole; :meth:`discard` leaves ``target`` untouched.
    Unlike :func:`atomic_write` it can stay open across a stream of results.
    A ``target`` that is a device or a pipe (``-o /dev/null``, a FIFO) is opened and
    written as it is: renaming a file over it would replace the device with a file.

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.jsonl"
    >>> staged = StagedFile(target)
    >>> staged.write("{}\\n")
    >>> target.exists()
    False
    >>> staged.commit(); target.read_text()
    '{}\\n'
    """

    def __init__(self, target: Path, *, mode: int | None = None):
        self.target = Path(target)
        self.mode = mode
        self.tmp: str | None = None
        if is_stream(self.target):
            self.handle = self.target.open("w", encoding="utf-8", newline="")
            return
        fd, self.tmp = _temporary_beside(self.target)
        self.handle = os.fdopen(fd, "w", encoding="utf-8", newline="")

    def write(self, text: str) -> None:
        self.handle.write(text)

    def commit(self) -> None:
        if self.tmp is None:  # a device or pipe: nothing to rename
            self.handle.close()
            return
        try:
            self.handle.flush()
            os.fsync(self.handle.fileno())
            self.handle.close()
            os.chmod(self.tmp, self.mode if self.mode is not None else new_file_mode(self.target))
            os.replace(self.tmp, self.target)
        except BaseException:
            self.discard()
            raise

    def discard(self) -> None:
        with contextlib.suppress(OSError):  # a closed pipe's reader: nothing left to keep
            self.handle.close()
        if self.tmp is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.tmp)


def restore_newlines(text: str, crlf: bool) -> str:
    return text.replace("\n", "\r\n") if crlf else text


@dataclass(frozen=True)
class JsonRecord:
    line: int
    data: dict
    text: str


@dataclass(frozen=True, slots=True)
class JsonStyle:
    """How a JSONL file writes its records, so that cleaning rewrites the cleaned field
    only: a record nothing changed comes out as it went in, and ``--diff`` shows the
    records that changed, not every line of a compact file.

    >>> line = '{"id":1,"text":"Caf\\\\u00e9"}'
    >>> style = JsonStyle.of(line, json.loads(line), "\\r\\n")
    >>> style.line({"id": 1, "text": "Café"}) == line + "\\r\\n"
    True
    """

    separators: tuple[str, str] = (", ", ": ")
    ensure_ascii: bool = False
    newline: str = "\n"

    @classmethod
    def of(cls, line: str, record: dict, newline: str = "\n") -> JsonStyle:
        """The style that writes ``record`` back as ``line`` (Python's default if none does),
        with the file's line ending."""
        line = line.strip()
        for separators in ((", ", ": "), (",", ":")):
            for ensure_ascii in (False, True):
                style = cls(separators, ensure_ascii, newline)
                if style.dumps(record) == line:
                    return style
        return cls(newline=newline)

    def dumps(self, record: dict) -> str:
        return json.dumps(record, ensure_ascii=self.ensure_ascii, separators=self.separators)

    def line(self, record: dict) -> str:
        """``record`` as a line of the file, with its line ending."""
        return self.dumps(record) + self.newline


DEFAULT_JSON_STYLE = JsonStyle()


def read_jsonl(name: str, text: str, field: str) -> Iterator[JsonRecord]:
    """Parse JSONL records and check that ``field`` holds a string; errors name the line.

    (``normkit clean --skip-bad`` sets bad records aside while streaming: see
    :mod:`normkit.streaming`.)

    >>> list(read_jsonl("a.jsonl", '{"id": 1, "text": "Kiev"}\\n', "text"))[0].text
    'Kiev'
    >>> list(read_jsonl("a.jsonl", '{"id": 1}\\n', "text"))
    Traceback (most recent call last):
    ...
    normkit.io.InputError: a.jsonl:1: record has no field 'text'
    """
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield parse_record(name, number, line, field)


def check_record(line: str, field: str) -> tuple[str | None, dict]:
    """What is wrong with a JSONL line as a record with a string ``field`` (None: nothing).

    >>> check_record('{"text": 3}', "text")[0]
    "field 'text' is a number, not a string"
    >>> check_record('{"text": null}', "text")[0]
    "field 'text' is null, not a string"
    """
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        return f"malformed JSON: {exc.msg} (column {exc.colno})", {}
    if not isinstance(data, dict):
        return "record is not a JSON object", {}
    if field not in data:
        return f"record has no field {field!r}", data
    if not isinstance(data[field], str):
        return f"field {field!r} is {json_type(data[field])}, not a string", data
    return None, data


def json_type(value: object) -> str:
    """A JSON value's type in JSON's words (``null``, not ``NoneType``).

    >>> json_type(None), json_type(True), json_type(7), json_type([1])
    ('null', 'a boolean', 'a number', 'an array')
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    return "an array" if isinstance(value, list) else "an object"


def parse_record(name: str, number: int, line: str, field: str) -> JsonRecord:
    """One JSONL line as a record whose ``field`` holds a string; errors name the line.

    >>> parse_record("a.jsonl", 7, '{"text": 3}', "text")
    Traceback (most recent call last):
    ...
    normkit.io.InputError: a.jsonl:7: field 'text' is a number, not a string
    """
    problem, data = check_record(line, field)
    if problem is not None:
        raise InputError(f"{name}:{number}: {problem}")
    return JsonRecord(number, data, data[field])


def line_safe(encoding: str) -> bool:
    """Whether files in ``encoding`` can be split into lines at ``\n`` bytes.

    >>> line_safe("utf-8"), line_safe("latin-1"), line_safe("utf-16")
    (True, True, False)
    """
    try:
        return "\n a".encode(encoding) == b"\n a"
    except LookupError:
        return False


def iter_lines(
    handle: IO[bytes], name: str, encoding: str = "utf-8", errors: str = "strict"
) -> Iterator[tuple[int, str, int]]:
    """Decode a binary stream line by line: ``(number, line, bytes)``, without the line end.

    Memory stays at one line; a decoding error names the line and the byte offset in
    the whole stream (as :func:`decode` does for a whole file). ``encoding`` must be
    :func:`line_safe`.

    >>> import io
    >>> list(iter_lines(io.BytesIO(b"a\\r\\nb"), "x.jsonl"))
    [(1, 'a', 3), (2, 'b', 1)]
    """
    offset = 0
    for number, raw in enumerate(handle, start=1):
        try:
            line = raw.decode(encoding, errors=errors)
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{name}:{number}: invalid {encoding} at byte {offset + exc.start}"
                " (use --encoding-errors replace, or --encoding)"
            ) from None
        except LookupError:
            raise InputError(f"{name}: unknown encoding {encoding!r}") from None
        offset += len(raw)
        yield number, line.rstrip("\r\n"), len(raw)
