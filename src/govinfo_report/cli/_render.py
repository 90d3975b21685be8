"""``govinfo-report render``: print a report in the published layout (text, Markdown or HTML)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Final

from govinfo_report.cli._io import read_report
from govinfo_report.errors import GovInfoReportError
from govinfo_report.render import render_html, render_markdown, render_text

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable

    from govinfo_report.model import AnnualReport

__all__ = ["register"]

RENDERERS: Final[dict[str, Callable[[AnnualReport], str]]] = {
    "text": render_text,
    "md": render_markdown,
    "html": render_html,
}

_EXIT_OK: Final = 0
_EXIT_UNREADABLE: Final = 2


def _write(data: bytes, output: str) -> None:
    if output == "-":
        sys.stdout.flush()
        stream = getattr(sys.stdout, "buffer", None)
        if stream is None:  # a text-only stream (rare): let it encode
            sys.stdout.write(data.decode("utf-8"))
        else:
            stream.write(data)
            stream.flush()
        return
    Path(output).write_bytes(data)


def _run(args: argparse.Namespace) -> int:
    try:
        report = read_report(args.file)
    except GovInfoReportError as err:
        print(err, file=sys.stderr)
        return _EXIT_UNREADABLE
    text = RENDERERS[args.to](report)
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as err:
        print(f"{args.file}: the report holds text that UTF-8 cannot encode: {err}", file=sys.stderr)
        return _EXIT_UNREADABLE
    try:
        _write(data, args.output)
    except OSError as err:
        print(f"{args.output}: cannot write: {err}", file=sys.stderr)
        return _EXIT_UNREADABLE
    return _EXIT_OK


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``render`` subcommand."""
    parser = subparsers.add_parser(
        "render",
        help="print a report in the published layout: plain text, Markdown or a standalone HTML page",
    )
    parser.add_argument("file", metavar="FILE", help="a report file: .json, .txt, .html, .md (- for standard input)")
    parser.add_argument(
        "--to",
        choices=tuple(RENDERERS),
        default="text",
        help="the output format: text (default), md (GitHub Markdown) or html",
    )
    parser.add_argument(
        "-o",
        "--output",
        default="-",
        metavar="PATH",
        help="where to write the output, as UTF-8 (default: - for standard output)",
    )
    parser.set_defaults(run=_run)
