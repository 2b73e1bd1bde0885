"""The ``normkit`` command line.

Data goes to stdout, diagnostics to stderr. Exit codes: 0 success (``check``: nothing
to change), 1 ``check`` found changes or ``rules test`` failed, 2 usage, input or pack errors.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
from collections import Counter
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from normkit.io import STDIO, InputError, atomic_write, iter_files
from normkit.packs.loader import PackError
from normkit.parallel import WorkerError
from normkit.pipeline import Normalizer
from normkit.progress import Progress
from normkit.report.sample import DEFAULT_SAMPLE
from normkit.sinks import CleanWriter, OutputError, check_rejects_kept, plan_outputs
from normkit.stages.base import RuleTimeout
from normkit.streaming import Rejected, choose_jobs, stream_results

CONSISTENCY_MIN_COUNT = 5  # check --consistency: occurrences each spelling needs, by default

app = typer.Typer(
    help="Clean messy multilingual news text into canonical text.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
rules_app = typer.Typer(help="List, test and lint rule packs.", no_args_is_help=True)


def _print_version(value: bool) -> None:
    if value:
        from normkit import __version__

        typer.echo(f"normkit {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[bool, typer.Option("--version", is_eager=True, callback=_print_version,
                                          help="Print normkit's version and exit.")] = False,
) -> None:
    """Clean messy multilingual news text into canonical text."""
app.add_typer(rules_app, name="rules")


class EncodingErrors(StrEnum):
    strict = "strict"
    replace = "replace"


class Reader(StrEnum):
    auto = "auto"
    text = "text"
    html = "html"
    markdown = "markdown"


def fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"normkit: {message}", err=True)
    return typer.Exit(code)


PathsArg = Annotated[
    list[str] | None,
    typer.Argument(help="Files or directories to read; - for standard input.", show_default=False),
]
PackOpt = Annotated[
    list[Path] | None, typer.Option("--pack", "-p", help="An extra rule pack (file or directory).")
]
ProfileOpt = Annotated[str, typer.Option("--profile", help="Profile name or profile YAML file.")]
LangOpt = Annotated[
    str | None,
    typer.Option("--lang", help="Language of every document (ISO 639: en, eng, en-GB read as"
                                " en); skips detection.",
                 callback=lambda value: value.lower() if value else value),
]
LangFieldOpt = Annotated[
    str | None,
    typer.Option("--lang-field", help="With --field: each record's language is in this field"
                                      " (empty: --lang, else detected)."),
]
GlobOpt = Annotated[
    str | None,
    typer.Option("--glob", show_default="*.txt; *.jsonl with --field; *.htm* or *.md with --from",
                 help="Files to take from directories."),
]
FieldOpt = Annotated[
    str | None, typer.Option("--field", help="Inputs are JSONL records; this field holds the text.")
]
EncodingOpt = Annotated[
    str,
    typer.Option("--encoding", help="Encoding of the inputs; auto = UTF-8, else cp1252/Latin-1."),
]
StrictOpt = Annotated[
    bool, typer.Option("--strict", help="Lint the packs first; stop if rules fight each other.")
]
SkipBadOpt = Annotated[
    bool,
    typer.Option("--skip-bad", help="Set bad JSONL records aside (--rejects) instead of stopping."),
]
RejectsOpt = Annotated[
    Path | None,
    typer.Option("--rejects", show_default="rejects.jsonl",
                 help="Where --skip-bad writes bad records."),
]
ErrorsOpt = Annotated[
    EncodingErrors,
    typer.Option("--encoding-errors", help="strict: stop on undecodable bytes; replace: warn."),
]
ReaderOpt = Annotated[
    Reader,
    typer.Option("--from", help="html or markdown: inputs are web pages or Markdown, cleaned as"
                                " their text; auto: pages by name (.html, .htm) or by their"
                                " start (<!doctype html>), else text.")
]


def build_normalizer(
    profile: str, packs: list[Path] | None, lang: str | None, *, strict: bool = False
) -> Normalizer:
    for given in packs or []:
        if given.is_dir() and not any(given.rglob("*.yaml")):
            raise fail(f"{given}: no rule packs (*.yaml files) in this directory")
    try:
        norm = Normalizer(profile, [str(p) for p in packs or []], lang)
    except (PackError, ValueError) as exc:
        raise fail(str(exc)) from None
    if strict:
        from normkit.packs.lint import lint

        errors = [f for f in lint(norm) if f.severity == "error"]
        if errors:
            raise fail("the packs do not pass lint (--strict):\n" + "\n".join(map(str, errors)))
    return norm


JobsOpt = Annotated[
    int | None,
    typer.Option("--jobs", "-j", min=1, show_default="all cores",
                 help="Worker processes; output order is kept."),
]


def default_glob(glob: str | None, field: str | None, reader: str = "auto") -> str:
    """``--glob``, or the files a directory gives by default: ``*.jsonl`` with ``--field``,
    web pages with ``--from html``, Markdown files with ``--from markdown``.

    >>> default_glob(None, "text"), default_glob(None, None), default_glob("*.md", None)
    ('*.jsonl', '*.txt', '*.md')
    >>> default_glob(None, None, "html")
    '*.htm*'
    """
    if glob is not None:
        return glob
    if field is not None:
        return "*.jsonl"
    return {"html": "*.htm*", "markdown": "*.md"}.get(reader, "*.txt")


def _files(paths: list[str], glob: str, field: str | None = None
           ) -> list[tuple[str, Path | None]]:
    """The input files; a directory that holds none matching ``glob`` gets a warning."""
    try:
        files = list(iter_files(paths, glob))
    except InputError as exc:
        raise fail(str(exc)) from None
    found = {str(root) for _, root in files if root is not None}
    for raw in paths:
        if raw != STDIO and Path(raw).is_dir() and str(Path(raw)) not in found:
            typer.echo(f"normkit: warning: {raw}: no files match {glob!r} (see --glob)"
                       f"{_pages_hint(Path(raw), glob, field)}", err=True)
    return files


def _pages_hint(directory: Path, glob: str, field: str | None = None) -> str:
    """What to pass for a directory of saved pages or Markdown that ``glob`` misses
    (with ``--field``, directories give ``*.jsonl`` files whatever ``--from`` says)."""
    for pattern, option in (("*.htm*", "--from html"), ("*.md", "--from markdown")):
        if glob != pattern and next(directory.rglob(pattern), None) is not None:
            if field is not None:
                return (f"; it holds {pattern} files, not JSONL records: leave out --field"
                        f" and pass {option}")
            return f"; it holds {pattern} files: {option} reads them"
    return ""


def _progress(files: list[tuple[str, Path | None]], quiet: bool) -> Progress:
    enabled = not quiet and sys.stderr.isatty()
    total = sum(Path(p).stat().st_size for p, _ in files if p != STDIO) if enabled else None
    return Progress(total, enabled=enabled)


@app.command()
def clean(
    paths: PathsArg = None,
    output: Annotated[
        str | None, typer.Option("--output", "-o",
                                 help="Output file, or directory for many (or ending in /).")
    ] = None,
    in_place: Annotated[bool, typer.Option("--in-place", help="Rewrite the inputs.")] = False,
    backup: Annotated[
        str | None, typer.Option("--backup", metavar="SUFFIX",
                                 help="With --in-place: keep each changed input's original as "
                                      "its name + SUFFIX (e.g. .bak).")
    ] = None,
    diff: Annotated[bool, typer.Option("--diff", help="Print a unified diff instead.")] = False,
    report: Annotated[
        Path | None, typer.Option("--report", help="Write every edit and removed block as JSON.")
    ] = None,
    html_report: Annotated[
        Path | None, typer.Option("--html-report", help="Write a self-contained HTML audit report.")
    ] = None,
    statistics: Annotated[
        bool, typer.Option("--statistics", help="Print counts per rule and stage on stderr.")
    ] = False,
    report_sample: Annotated[
        int, typer.Option("--report-sample", min=0, help="Documents the reports show in full.")
    ] = DEFAULT_SAMPLE,
    show_removed: Annotated[
        bool, typer.Option("--show-removed", help="Print removed blocks on stderr.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.")] = False,
    jobs: JobsOpt = None,
    pack: PackOpt = None,
    profile: ProfileOpt = "default",
    lang: LangOpt = None,
    glob: GlobOpt = None,
    field: FieldOpt = None,
    lang_field: LangFieldOpt = None,
    encoding: EncodingOpt = "utf-8",
    encoding_errors: ErrorsOpt = EncodingErrors.strict,
    strict: StrictOpt = False,
    skip_bad: SkipBadOpt = False,
    rejects: RejectsOpt = None,
    reader: ReaderOpt = Reader.auto,
    corpus: Annotated[
        Path | None,
        typer.Option("--corpus", help="Corpus mode: first find lines that recur across the "
                     "documents under DIR, then drop them as that source's boilerplate."),
    ] = None,
) -> None:
    """Clean files, directories or standard input, streaming, on all cores."""
    if not paths:
        raise fail("give files, directories, or - for standard input")
    if in_place and (output is not None or STDIO in paths):
        raise fail("--in-place rewrites the input files: it takes no -o and no stdin")
    if diff and (output is not None or in_place):
        raise fail("--diff prints a diff on stdout and changes nothing: it takes no -o"
                   " and no --in-place")
    glob = default_glob(glob, field, reader.value)
    files = _files(paths, glob, field)
    if backup is not None:
        _check_backup(in_place, [name for name, _ in files], backup)
    if rejects is not None and not skip_bad:
        raise fail("--rejects names where --skip-bad sets bad JSONL records aside: add --skip-bad")
    _check_lang_field(lang_field, field)
    many = len(files) > 1 or any(Path(p).is_dir() for p in paths if p != STDIO)
    if output is not None:
        many = many or output.endswith(("/", os.sep))  # "-o out/": a directory, even for one file
        output = Path(output)
    side = {"--report": report, "--html-report": html_report,
            "--rejects": (rejects or Path("rejects.jsonl")) if skip_bad else None}
    try:
        files = plan_outputs(files, output, many, in_place, side, reader.value)
        if in_place and skip_bad and backup is None:
            check_rejects_kept(side["--rejects"])
    except OutputError as exc:
        raise fail(str(exc)) from None
    norm = build_normalizer(profile, pack, lang, strict=strict)
    if corpus is not None:
        from normkit.corpus import count_paths

        try:
            norm = norm.with_recurring(count_paths(
                [str(corpus)], glob=glob, field=field, encoding=encoding,
                errors=encoding_errors.value, reader=reader.value))
        except InputError as exc:
            raise fail(str(exc)) from None
    mode = "diff" if diff else "in-place" if in_place else "output" if output else "stdout"
    progress = _progress(files, quiet)
    writer = CleanWriter(mode, stdout=sys.stdout, echo=progress.echo, field=field, output=output,
                         many=many, show_removed=show_removed, backup=backup,
                         reader=reader.value)
    reports = _RunReports(norm, report, html_report, statistics, report_sample)
    rejected = _Rejects(rejects or Path("rejects.jsonl"))
    results = stream_results(norm, files, field, encoding, encoding_errors.value,
                             choose_jobs(jobs, files, field), progress.echo, keep_raw=diff,
                             skip_bad=skip_bad, lang_field=lang_field,
                             # in place, a page is named by its file (refused above), not read
                             reader=Reader.text.value if in_place and reader == Reader.auto
                             else reader.value)
    try:
        current = None
        for piece, result in results:
            if piece.source is not current:
                current = piece.source
                writer.start(current)
            if piece.end:
                writer.end(current)
                reports.end(current.name)
            elif piece.rejected is not None:
                rejected.add(current.name, piece.rejected)
            else:
                writer.document(current, piece, result)
                reports.add(current.name, result)
                progress.update(1, piece.nbytes)
        writer.finish()
        rejected.write(progress.echo)
        reports.write()
    except BaseException as exc:  # errors and Ctrl-C: no partial output stays behind
        writer.abort()
        progress.close()
        if isinstance(exc, InputError | RuleTimeout | WorkerError):
            raise fail(str(exc)) from None
        if isinstance(exc, BrokenPipeError):  # `normkit clean ... | head`: the reader had enough
            raise _stdout_closed() from None
        if isinstance(exc, OSError):
            raise fail(f"{exc.filename or 'output'}: cannot write: {exc.strerror}") from None
        raise
    progress.close()


def _check_lang_field(lang_field: str | None, field: str | None) -> None:
    if lang_field is not None and field is None:
        raise fail("--lang-field names the field of a JSONL record that holds its language:"
                   " it goes with --field")
    if lang_field is not None and lang_field == field:
        raise fail(f"--lang-field {lang_field} is the field that holds the text (--field)")


def _stdout_closed() -> typer.Exit:
    """Stop quietly (exit 0) when the reader of stdout has gone, as ``cat`` does under
    ``| head``; what is still buffered goes to the null device, not to a traceback."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return typer.Exit(0)


def _check_backup(in_place: bool, names: list[str], suffix: str) -> None:
    from normkit.backup import BackupError, check_backups

    if not in_place:
        raise fail("--backup keeps the originals of an --in-place run: add --in-place")
    try:
        check_backups(names, suffix)
    except BackupError as exc:
        raise fail(str(exc)) from None


class _RunReports:
    """``--report``, ``--html-report`` and ``--statistics``: built as results arrive, each
    document's record spooled to a temporary file (memory stays flat however long the run)."""

    def __init__(self, norm: Normalizer, json_path: Path | None, html_path: Path | None,
                 statistics: bool, sample: int):
        self.paths = (json_path, html_path, statistics)
        self.builder = None
        if json_path is not None or html_path is not None or statistics:
            from normkit.report.data import ReportBuilder

            self.builder = ReportBuilder(norm, sample,
                                         records="spool" if json_path is not None else "none")

    def add(self, name: str, result) -> None:
        if self.builder is not None:
            self.builder.add_document(name, result)

    def end(self, name: str) -> None:
        if self.builder is not None:
            self.builder.end_file(name)

    def write(self) -> None:
        if self.builder is None:
            return
        from normkit.report.outputs import write_builder_reports

        try:
            write_builder_reports(self.builder, *self.paths)
        finally:
            self.builder.close()


class _Rejects:
    """``--skip-bad``: bad JSONL records, with their errors, in a side file."""

    def __init__(self, path: Path):
        self.path = path
        self.records: list[str] = []

    def add(self, name: str, bad: Rejected) -> None:
        self.records.append(json.dumps({"file": name, "line": bad.line, "error": bad.error,
                                        "record": bad.raw}, ensure_ascii=False) + "\n")

    def write(self, echo) -> None:
        if not self.records:
            return
        with atomic_write(self.path) as handle:
            handle.writelines(self.records)
        echo(f"normkit: {len(self.records)} bad record(s) set aside in {self.path}")


@app.command()
def check(
    paths: PathsArg = None,
    pack: PackOpt = None,
    profile: ProfileOpt = "default",
    lang: LangOpt = None,
    glob: GlobOpt = None,
    field: FieldOpt = None,
    lang_field: LangFieldOpt = None,
    encoding: EncodingOpt = "utf-8",
    encoding_errors: ErrorsOpt = EncodingErrors.strict,
    jobs: JobsOpt = None,
    strict: StrictOpt = False,
    reader: ReaderOpt = Reader.auto,
    consistency: Annotated[bool, typer.Option(
        "--consistency", help="Instead: list names still spelled several ways after cleaning."
    )] = False,
    as_json: Annotated[bool, typer.Option("--json", help="With --consistency: JSON.")] = False,
    min_count: Annotated[int | None, typer.Option(
        "--min-count", min=1,
        help="With --consistency: occurrences each spelling needs (default 5).")] = None,
) -> None:
    """Report what cleaning would change; change nothing. Exit 1 if anything would change.

    With --consistency, report the names the cleaned text still spells more than one
    way instead (exit 1 if there are any).
    """
    if not paths:
        raise fail("give files, directories, or - for standard input")
    if as_json and not consistency:
        raise fail("--json goes with --consistency")
    if min_count is not None and not consistency:
        raise fail("--min-count goes with --consistency")
    _check_lang_field(lang_field, field)
    glob = default_glob(glob, field, reader.value)
    files = _files(paths, glob, field)
    norm = build_normalizer(profile, pack, lang, strict=strict)
    if consistency:
        from normkit.discover.commands import consistency_command

        sources = _cleaned(norm, files, field, encoding, encoding_errors, jobs, reader,
                           lang_field)
        found = consistency_command(norm, sources, as_json=as_json,
                                    min_count=CONSISTENCY_MIN_COUNT if min_count is None
                                    else min_count)
        raise typer.Exit(1 if found else 0)
    changed = 0
    counts: Counter[str] = Counter()
    try:
        for piece, result in stream_results(norm, files, field, encoding, encoding_errors.value,
                                            choose_jobs(jobs, files, field),
                                            reader=reader.value, lang_field=lang_field):
            if result is not None:
                counts.update(e.rule for e in result.edits)
                counts.update(r.rule for r in result.removed)
            elif piece.end:
                if counts:
                    changed += 1
                    summary = ", ".join(f"{rule} x{n}" for rule, n in sorted(counts.items()))
                    typer.echo(f"{piece.source.name}: would change ({summary})")
                counts = Counter()
    except (InputError, RuleTimeout, WorkerError) as exc:
        raise fail(str(exc)) from None
    if changed:
        typer.echo(f"{changed} file(s) would change", err=True)
        raise typer.Exit(1)
    typer.echo("nothing to change", err=True)


def _cleaned(norm: Normalizer, files: list[tuple[str, Path | None]], field: str | None,
             encoding: str, errors: EncodingErrors, jobs: int | None,
             reader: Reader = Reader.auto, lang_field: str | None = None
             ) -> list[tuple[str, list]]:
    """Every input cleaned, as ``(source name, results)``."""
    found: dict[str, list] = {}
    try:
        for piece, result in stream_results(norm, files, field, encoding, errors.value,
                                            choose_jobs(jobs, files, field),
                                            reader=reader.value, lang_field=lang_field):
            if result is not None:
                name = piece.source.name if piece.source is not None else "<input>"
                found.setdefault(name, []).append(result)
    except (InputError, RuleTimeout, WorkerError) as exc:
        raise fail(str(exc)) from None
    return list(found.items())


@app.command()
def suggest(
    paths: PathsArg = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the draft pack here.")
    ] = None,
    pack: PackOpt = None,
    profile: ProfileOpt = "default",
    lang: LangOpt = None,
    glob: GlobOpt = None,
    field: FieldOpt = None,
    encoding: EncodingOpt = "utf-8",
    encoding_errors: ErrorsOpt = EncodingErrors.strict,
    jobs: JobsOpt = None,
    min_count: Annotated[
        int, typer.Option("--min-count", help="Occurrences a spelling needs.")
    ] = 2,
) -> None:
    """Find names the corpus spells more than one way; write alias rules for them."""
    if not paths:
        raise fail("give files, directories, or - for standard input")
    glob = default_glob(glob, field)
    files = _files(paths, glob, field)
    try:
        plan_outputs(files, None, False, False, {"-o": output})
    except OutputError as exc:
        raise fail(str(exc)) from None
    norm = build_normalizer(profile, pack, lang)
    from normkit.discover.commands import suggest_command

    sources = _cleaned(norm, files, field, encoding, encoding_errors, jobs)
    suggest_command(norm, sources, output=output, profile=profile, packs=pack or [],
                    min_count=min_count)


@app.command()
def explain(
    rule_id: Annotated[str, typer.Argument(
        help="pack/rule, a rule id, or a spelling a rule rewrites (Kiev).")],
    pack: PackOpt = None,
    profile: ProfileOpt = "default",
) -> None:
    """Explain a rule: where it lives, what it matches, its examples.

    Given a spelling (Kiev), explain the rules that rewrite it.
    """
    from normkit.lookup import explain as explain_text

    norm = build_normalizer(profile, pack, None)
    try:
        typer.echo(explain_text(norm, rule_id))
    except LookupError as exc:
        raise fail(str(exc)) from None


@app.command("report")
def report_command(
    source: Annotated[Path, typer.Argument(help="A JSON report written by clean --report.")],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="HTML file to write (default: stdout).")
    ] = None,
    statistics: Annotated[
        bool, typer.Option("--statistics", help="Print counts per rule and stage on stderr.")
    ] = False,
) -> None:
    """Turn a saved JSON report into a self-contained HTML audit report."""
    from normkit.report import ReportError
    from normkit.report.outputs import render_saved_report

    try:
        plan_outputs([(str(source), None)], None, False, False, {"-o": output})
        render_saved_report(source, output, statistics)
    except (OutputError, ReportError) as exc:
        raise fail(str(exc)) from None


@rules_app.command("list")
def rules_list(pack: PackOpt = None, profile: ProfileOpt = "default") -> None:
    """List the rules the profile runs, by stage, in the order the stages run."""
    from normkit.packs.schema import STAGES

    norm = build_normalizer(profile, pack, None)
    for rule in sorted(norm.rules, key=lambda r: STAGES.index(r.stage)):
        langs = ",".join(sorted(rule.langs)) if rule.langs else "*"
        typer.echo(f"{rule.stage:<12} {rule.rule.kind:<8} {langs:<10} {rule.id}")


@rules_app.command("test")
def rules_test(
    packs: Annotated[list[Path] | None, typer.Argument(
        help="Pack files or directories to test (none: every pack the profile runs).")] = None,
    profile: ProfileOpt = "default",
) -> None:
    """Run every rule's examples through the whole pipeline."""
    from normkit.packs.examples import run_examples

    norm, only = _packs_under_test(profile, packs)
    failures = run_examples(norm, only)
    tested = [r for r in norm.rules if only is None or r.pack.id in only]
    count = sum(len(r.rule.examples) for r in tested)
    for failure in failures:
        typer.echo(str(failure))
    typer.echo(f"{count - len(failures)} passed, {len(failures)} failed")
    if failures:
        raise typer.Exit(1)


@rules_app.command("lint")
def rules_lint(
    packs: Annotated[list[Path] | None, typer.Argument(
        help="Pack files or directories to lint (none: every pack the profile runs).")] = None,
    profile: ProfileOpt = "default",
) -> None:
    """Find rules that fight each other: conflicts, cycles, broken or unstable examples."""
    from normkit.packs.lint import lint

    norm, only = _packs_under_test(profile, packs)
    findings = lint(norm, only)
    for finding in findings:
        typer.echo(str(finding))
    errors = sum(f.severity == "error" for f in findings)
    typer.echo(f"{errors} error(s), {len(findings) - errors} warning(s)", err=True)
    if errors:
        raise typer.Exit(1)


def _packs_under_test(
    profile: str, packs: list[Path] | None
) -> tuple[Normalizer, set[str] | None]:
    """The normalizer with ``packs`` on, and their ids (None: every pack is under test)."""
    norm = build_normalizer(profile, packs, None)
    if not packs:
        return norm, None
    return norm, {p.id for p in norm.packs if any(_same(p.path, q) for q in packs)}


def _same(path: Path, given: Path) -> bool:
    given = given.resolve()
    return path.resolve() == given or given in path.resolve().parents


def _terminate(signum: int, _frame: object) -> None:
    """SIGTERM unwinds like Ctrl-C, so temporary files are removed and inputs stay intact."""
    raise SystemExit(128 + signum)


def main() -> None:
    """Entry point of the ``normkit`` script."""
    signal.signal(signal.SIGTERM, _terminate)
    try:
        app()
    except PackError as exc:
        typer.echo(f"normkit: {exc}", err=True)
        sys.exit(2)
    except BrokenPipeError:
        sys.exit(0)


if __name__ == "__main__":
    main()
