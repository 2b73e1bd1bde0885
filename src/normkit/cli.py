"""The ``normkit`` command line.

Data goes to stdout, diagnostics to stderr. Exit codes: 0 success (``check``: nothing
to change), 1 ``check`` found changes or ``rules test`` failed, 2 usage, input or pack errors.
"""

from __future__ import annotations

import difflib
import json
import signal
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from normkit.document import Result
from normkit.io import (
    STDIO,
    BadRecord,
    InputError,
    TextInput,
    atomic_write,
    iter_files,
    looks_binary,
    read_jsonl,
    read_text,
    restore_newlines,
)
from normkit.packs.loader import PackError
from normkit.pipeline import Normalizer
from normkit.report.sample import DEFAULT_SAMPLE
from normkit.stages.base import RuleTimeout

app = typer.Typer(
    help="Clean messy multilingual news text into canonical text.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
rules_app = typer.Typer(help="List, explain and test rule packs.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")


class EncodingErrors(StrEnum):
    strict = "strict"
    replace = "replace"


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
    str | None, typer.Option("--lang", help="Language of every document; skips detection.")
]
GlobOpt = Annotated[str, typer.Option("--glob", help="Files to take from directories.")]
FieldOpt = Annotated[
    str | None, typer.Option("--field", help="Treat input as JSONL and clean this field.")
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
    typer.Option("--rejects", help="Where --skip-bad writes bad records [default: rejects.jsonl]."),
]
ErrorsOpt = Annotated[
    EncodingErrors,
    typer.Option("--encoding-errors", help="strict: stop on undecodable bytes; replace: warn."),
]


def build_normalizer(
    profile: str, packs: list[Path] | None, lang: str | None, *, strict: bool = False
) -> Normalizer:
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


@dataclass
class Job:
    """One input and its cleaned output."""

    source: TextInput
    output: str
    results: list[Result]
    root: Path | None
    rejected: list[BadRecord] = field(default_factory=list)


def _read(path: str, encoding: str, errors: EncodingErrors) -> TextInput | None:
    if path != STDIO:
        with Path(path).open("rb") as handle:
            head = handle.read(8192)
        if looks_binary(head):
            typer.echo(f"normkit: {path}: binary file skipped", err=True)
            return None
    source = read_text(path, encoding, errors.value)
    if source.warning:
        typer.echo(f"normkit: warning: {source.warning}", err=True)
    return source


def _clean_source(
    norm: Normalizer, source: TextInput, field_name: str | None, skip_bad: bool = False
) -> tuple[str, list[Result], list[BadRecord]]:
    if field_name is None:
        result = norm.run(source.text, doc_id=source.name)
        return restore_newlines(result.text, source.crlf), [result], []
    lines, results, rejected = [], [], []
    for record in read_jsonl(source.name, source.text, field_name, skip_bad=skip_bad):
        if isinstance(record, BadRecord):
            rejected.append(record)
            continue
        result = norm.run(record.text, doc_id=f"{source.name}:{record.line}")
        results.append(result)
        lines.append(json.dumps({**record.data, field_name: result.text}, ensure_ascii=False))
    return "".join(line + "\n" for line in lines), results, rejected


def run_jobs(
    norm: Normalizer, paths: list[str], glob: str, field_name: str | None, encoding: str,
    errors: EncodingErrors, quiet: bool = False, skip_bad: bool = False,
) -> Iterator[Job]:
    files = list(iter_files(paths, glob))
    show_bar = not quiet and len(files) > 1 and sys.stderr.isatty()
    with ExitStack() as stack:
        items = files
        if show_bar:
            import click

            items = stack.enter_context(
                click.progressbar(files, label="cleaning", file=sys.stderr, show_eta=True)
            )
        for path, root in items:
            source = _read(path, encoding, errors)
            if source is None:
                continue
            output, results, rejected = _clean_source(norm, source, field_name, skip_bad)
            yield Job(source, output, results, root, rejected)


def _target(job: Job, out: Path, many: bool) -> Path:
    if not many and not (out.is_dir() or str(out).endswith(("/", "\\"))):
        return out
    source = Path(job.source.name)
    relative = source.relative_to(job.root) if job.root is not None else Path(source.name)
    return out / relative


@app.command()
def clean(
    paths: PathsArg = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Output file, or directory for many.")
    ] = None,
    in_place: Annotated[bool, typer.Option("--in-place", help="Rewrite the inputs.")] = False,
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
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    pack: PackOpt = None,
    profile: ProfileOpt = "default",
    lang: LangOpt = None,
    glob: GlobOpt = "*.txt",
    field: FieldOpt = None,
    encoding: EncodingOpt = "utf-8",
    encoding_errors: ErrorsOpt = EncodingErrors.strict,
    strict: StrictOpt = False,
    skip_bad: SkipBadOpt = False,
    rejects: RejectsOpt = None,
) -> None:
    """Clean files, directories or standard input."""
    if not paths:
        raise fail("give files, directories, or - for standard input")
    if in_place and (output is not None or STDIO in paths):
        raise fail("--in-place rewrites the input files: it takes no -o and no stdin")
    norm = build_normalizer(profile, pack, lang, strict=strict)
    try:
        jobs = list(run_jobs(norm, paths, glob, field, encoding, encoding_errors, quiet,
                             skip_bad))
    except (InputError, RuleTimeout) as exc:
        raise fail(str(exc)) from None
    try:
        _write_outputs(jobs, paths, output, in_place, diff, show_removed,
                       rejects or Path("rejects.jsonl"))
        if report is not None or html_report is not None or statistics:
            from normkit.report.outputs import write_run_reports

            write_run_reports(norm, [(j.source.name, j.results) for j in jobs], report,
                              html_report, statistics, report_sample)
    except OSError as exc:
        raise fail(f"{exc.filename or 'output'}: cannot write: {exc.strerror}") from None


def _write_rejects(jobs: list[Job], target: Path) -> None:
    rejected = [(job, bad) for job in jobs for bad in job.rejected]
    if not rejected:
        return
    with atomic_write(target) as handle:
        for job, bad in rejected:
            handle.write(json.dumps({"file": job.source.name, "line": bad.line,
                                     "error": bad.error, "record": bad.raw},
                                    ensure_ascii=False) + "\n")
    typer.echo(f"normkit: {len(rejected)} bad record(s) set aside in {target}", err=True)


def _write_outputs(
    jobs: list[Job], paths: list[str], output: Path | None, in_place: bool, diff: bool,
    show_removed: bool, rejects: Path,
) -> None:
    inputs = {Path(j.source.name).resolve() for j in jobs if j.source.name != "<stdin>"}
    many = len(jobs) > 1 or any(Path(p).is_dir() for p in paths if p != STDIO)
    if output is not None and not in_place:
        targets = [_target(job, output, many).resolve() for job in jobs]
        clash = next((t for t in targets if t in inputs), None)
        if clash is not None:
            raise fail(f"{clash}: output would overwrite an input (use --in-place to mean it)")
    _write_rejects(jobs, rejects)
    if show_removed:
        for job in jobs:
            for result in job.results:
                for block in result.removed:
                    typer.echo(f"{job.source.name}: [{block.rule}] {block.text.strip()}", err=True)
    if diff:
        for job in jobs:
            before = restore_newlines(job.source.text, job.source.crlf)
            sys.stdout.writelines(difflib.unified_diff(
                before.splitlines(keepends=True), job.output.splitlines(keepends=True),
                fromfile=job.source.name, tofile=job.source.name))
        return
    if in_place:
        for job in jobs:
            target = Path(job.source.name)
            if job.output != restore_newlines(job.source.text, job.source.crlf):
                with atomic_write(target, mode=target.stat().st_mode & 0o7777) as handle:
                    handle.write(job.output)
        return
    if output is not None:
        for job in jobs:
            with atomic_write(_target(job, output, many)) as handle:
                handle.write(job.output)
        return
    for job in jobs:
        text = job.output
        sys.stdout.write(text if text.endswith("\n") or not text else text + "\n")


@app.command()
def check(
    paths: PathsArg = None,
    pack: PackOpt = None,
    profile: ProfileOpt = "default",
    lang: LangOpt = None,
    glob: GlobOpt = "*.txt",
    field: FieldOpt = None,
    encoding: EncodingOpt = "utf-8",
    encoding_errors: ErrorsOpt = EncodingErrors.strict,
    strict: StrictOpt = False,
    consistency: Annotated[bool, typer.Option(
        "--consistency", help="Instead: list names still spelled several ways after cleaning."
    )] = False,
    as_json: Annotated[bool, typer.Option("--json", help="With --consistency: JSON.")] = False,
    min_count: Annotated[int, typer.Option(
        "--min-count", help="With --consistency: occurrences a spelling needs.")] = 3,
) -> None:
    """Report what cleaning would change; change nothing. Exit 1 if anything would change.

    With --consistency, report the names the cleaned text still spells more than one
    way instead (exit 1 if there are any).
    """
    if not paths:
        raise fail("give files, directories, or - for standard input")
    if as_json and not consistency:
        raise fail("--json goes with --consistency")
    norm = build_normalizer(profile, pack, lang, strict=strict)
    if consistency:
        from normkit.discover.commands import consistency_command

        jobs = _run_all(norm, paths, glob, field, encoding, encoding_errors)
        found = consistency_command(norm, [(j.source.name, j.results) for j in jobs],
                                    as_json=as_json, min_count=min_count)
        raise typer.Exit(1 if found else 0)
    changed = 0
    try:
        for job in run_jobs(norm, paths, glob, field, encoding, encoding_errors, quiet=True):
            counts = Counter()
            for result in job.results:
                counts.update(e.rule for e in result.edits)
                counts.update(r.rule for r in result.removed)
            if counts:
                changed += 1
                summary = ", ".join(f"{rule} x{n}" for rule, n in sorted(counts.items()))
                typer.echo(f"{job.source.name}: would change ({summary})")
    except (InputError, RuleTimeout) as exc:
        raise fail(str(exc)) from None
    if changed:
        typer.echo(f"{changed} file(s) would change", err=True)
        raise typer.Exit(1)
    typer.echo("nothing to change", err=True)


def _run_all(norm: Normalizer, paths: list[str], glob: str, field: str | None, encoding: str,
             errors: EncodingErrors) -> list[Job]:
    try:
        return list(run_jobs(norm, paths, glob, field, encoding, errors, quiet=True))
    except (InputError, RuleTimeout) as exc:
        raise fail(str(exc)) from None


@app.command()
def suggest(
    paths: PathsArg = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the draft pack here.")
    ] = None,
    pack: PackOpt = None,
    profile: ProfileOpt = "default",
    lang: LangOpt = None,
    glob: GlobOpt = "*.txt",
    field: FieldOpt = None,
    encoding: EncodingOpt = "utf-8",
    encoding_errors: ErrorsOpt = EncodingErrors.strict,
    min_count: Annotated[
        int, typer.Option("--min-count", help="Occurrences a spelling needs.")
    ] = 2,
) -> None:
    """Find names the corpus spells more than one way; write alias rules for them."""
    if not paths:
        raise fail("give files, directories, or - for standard input")
    norm = build_normalizer(profile, pack, lang)
    from normkit.discover.commands import suggest_command

    jobs = _run_all(norm, paths, glob, field, encoding, encoding_errors)
    suggest_command(norm, [(j.source.name, j.results) for j in jobs], output=output,
                    profile=profile, packs=pack or [], min_count=min_count)


@app.command()
def explain(
    rule_id: Annotated[str, typer.Argument(help="pack/rule id, or a rule id if unique.")],
    pack: PackOpt = None,
    profile: ProfileOpt = "default",
) -> None:
    """Explain a rule: where it lives, what it matches, its examples."""
    norm = build_normalizer(profile, pack, None)
    try:
        rule = norm.rule(rule_id)
    except KeyError:
        raise fail(f"no rule {rule_id!r} (see `normkit rules list`)") from None
    spec = rule.rule
    lines = [
        f"{rule.id}  ({spec.kind}, stage {rule.stage})",
        f"  defined at {rule.location}",
        f"  languages: {', '.join(sorted(rule.langs)) if rule.langs else 'all'}",
    ]
    if spec.description:
        lines.append(f"  {spec.description.strip()}")
    if spec.when:
        lines.append(f"  when: {spec.when}")
    if spec.kind == "alias":
        from normkit.stages.lexicon import alias_variants

        lines.append(f"  canonical: {spec.canonical}")
        lines.append(f"  variants: {', '.join(alias_variants(rule))}")
        if spec.protect:
            lines.append(f"  protected: {', '.join(spec.protect)}")
    if spec.match is not None:
        lines.append(f"  match: {spec.match.regex}")
    if spec.replace is not None:
        lines.append(f"  replace: {spec.replace!r}")
    lines.append("  examples:")
    for example in spec.examples:
        out = example.text_in if example.text_out is None else example.text_out
        lines.append(f"    {example.text_in!r} -> {out!r}")
    typer.echo("\n".join(lines))


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
        render_saved_report(source, output, statistics)
    except ReportError as exc:
        raise fail(str(exc)) from None


@rules_app.command("list")
def rules_list(pack: PackOpt = None, profile: ProfileOpt = "default") -> None:
    """List the rules the profile runs, by stage."""
    norm = build_normalizer(profile, pack, None)
    for rule in norm.rules:
        langs = ",".join(sorted(rule.langs)) if rule.langs else "*"
        typer.echo(f"{rule.stage:<12} {rule.rule.kind:<8} {langs:<10} {rule.id}")


@rules_app.command("test")
def rules_test(
    packs: Annotated[list[Path] | None, typer.Argument(help="Pack files to test.")] = None,
    profile: ProfileOpt = "default",
) -> None:
    """Run every rule's examples through the whole pipeline."""
    from normkit.packs.examples import run_examples

    norm = build_normalizer(profile, packs, None)
    only = None
    if packs:
        only = {p.id for p in norm.packs if any(_same(p.path, q) for q in packs)}
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
    packs: Annotated[list[Path] | None, typer.Argument(help="Pack files to lint.")] = None,
    profile: ProfileOpt = "default",
) -> None:
    """Find rules that fight each other: conflicts, cycles, broken or unstable examples."""
    from normkit.packs.lint import lint

    norm = build_normalizer(profile, packs, None)
    only = None
    if packs:
        only = {p.id for p in norm.packs if any(_same(p.path, q) for q in packs)}
    findings = lint(norm, only)
    for finding in findings:
        typer.echo(str(finding))
    errors = sum(f.severity == "error" for f in findings)
    typer.echo(f"{errors} error(s), {len(findings) - errors} warning(s)", err=True)
    if errors:
        raise typer.Exit(1)


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
