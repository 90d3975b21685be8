"""``govinfo-report parse``: read published reports (text, HTML, Markdown) into the model's JSON.

For one file the report is printed as indented JSON; for several, one report
per line (JSON Lines) in the order given. Every diagnostic goes to standard
error as ``FILE:LINE:COLUMN: code: message``. A file that cannot be read or
shows no structure of an annual report is reported and skipped, and the exit
status is then 2. With many files and a terminal on standard error, a
progress line counts them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Final, TextIO

from govinfo_report.cli._io import PARSERS, UnreadableInputError, input_kind, parse_source, read_source
from govinfo_report.serialize import to_json

if TYPE_CHECKING:
    import argparse

    from govinfo_report.parse import Diagnostic

__all__ = ["register"]

_EXIT_OK: Final = 0
_EXIT_UNREADABLE: Final = 2
_FORMATS: Final = ("json",)


def _where(path: str, diagnostic: Diagnostic) -> str:
    place = path
    if diagnostic.line is not None:
        place += f":{diagnostic.line}"
        if diagnostic.column is not None:
            place += f":{diagnostic.column}"
    return place


def _report_line(path: str, diagnostic: Diagnostic) -> str:
    text = f"{_where(path, diagnostic)}: {diagnostic.code}: {diagnostic.message}"
    if diagnostic.path:
        text += f" [{diagnostic.path}]"
    return text


class _Progress:
    """A one-line counter on a terminal; silent otherwise."""

    def __init__(self, total: int, stream: TextIO) -> None:
        self.total = total
        self.stream = stream
        self.active = total > 1 and stream.isatty()

    def show(self, done: int, path: str) -> None:
        if self.active:
            name = Path(path).name[-40:]
            self.stream.write(f"\r\x1b[K[{done}/{self.total}] {name}")
            self.stream.flush()

    def clear(self) -> None:
        if self.active:
            self.stream.write("\r\x1b[K")
            self.stream.flush()

    def note(self, text: str) -> None:
        self.clear()
        print(text, file=self.stream)


def _run(args: argparse.Namespace) -> int:
    files: list[str] = args.files
    status = _EXIT_OK
    progress = _Progress(len(files), sys.stderr)
    outputs: list[str] = []
    for done, path in enumerate(files, start=1):
        progress.show(done, path)
        try:
            text = read_source(path)
            kind = args.source or input_kind(path, text)
            if kind == "json":
                kind = "text"
            result = parse_source(path, text, kind)
        except UnreadableInputError as err:
            progress.note(str(err))
            status = _EXIT_UNREADABLE
            continue
        if not args.quiet:
            for diagnostic in result.diagnostics:
                progress.note(_report_line(path, diagnostic))
        outputs.append(to_json(result.report, indent=2 if len(files) == 1 else None))
    progress.clear()
    data = "".join(output + "\n" for output in outputs)
    try:
        if args.output == "-":
            sys.stdout.write(data)
        else:
            Path(args.output).write_text(data, encoding="utf-8")
    except OSError as err:
        print(f"{args.output}: cannot write: {err}", file=sys.stderr)
        return _EXIT_UNREADABLE
    return status


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``parse`` subcommand."""
    parser = subparsers.add_parser(
        "parse",
        help="read published reports (PDF text, web pages, Markdown) into the model's JSON",
        description=(
            "Read published annual reports into JSON. Diagnostics (what could not be read exactly) "
            "go to standard error; exit status 2 when a file could not be read at all."
        ),
    )
    parser.add_argument(
        "files", nargs="+", metavar="FILE", help="report files: .txt, .html/.htm, .md (- for standard input)"
    )
    parser.add_argument("--to", choices=_FORMATS, default="json", help="the output format (json)")
    parser.add_argument(
        "--from",
        dest="source",
        choices=PARSERS,
        default=None,
        help="read every file as this kind (default: by suffix; standard input by its first character)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="do not print diagnostics")
    parser.add_argument(
        "-o", "--output", default="-", metavar="PATH", help="where to write the JSON (default: standard output)"
    )
    parser.set_defaults(run=_run)
