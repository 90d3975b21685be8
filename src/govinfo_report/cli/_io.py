"""Reading report files for the commands: JSON, and published text, HTML and Markdown through the parsers.

A path ending in ``.txt``, ``.html``/``.htm`` or ``.md``/``.markdown`` is
parsed as a published report (its diagnostics are left to ``govinfo-report
parse``); anything else, and standard input, is read as the library's JSON
unless it starts with ``<`` (HTML).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from govinfo_report.errors import GovInfoReportError
from govinfo_report.serialize import from_json

if TYPE_CHECKING:
    from govinfo_report.model import AnnualReport
    from govinfo_report.parse import ParseResult

__all__ = ["PARSERS", "UnreadableInputError", "input_kind", "parse_source", "read_report", "read_source"]

PARSERS = ("text", "html", "md")
"""The kinds of published input the parsers read."""

_SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".md": "md", ".markdown": "md"}


class UnreadableInputError(GovInfoReportError):
    """A file could not be read at all (missing, not UTF-8, not a report)."""


def read_source(path: str) -> str:
    """The text of *path* (``-`` for standard input), decoded as UTF-8."""
    try:
        if path == "-":
            return sys.stdin.read()
        return Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise UnreadableInputError(f"{path}: cannot read: {err}") from None


def input_kind(path: str, text: str | None = None) -> str:
    """``json``, ``text``, ``html`` or ``md``: by the suffix of *path*, else by the first character of *text*."""
    kind = _SUFFIXES.get(Path(path).suffix.lower()) if path != "-" else None
    if kind is not None:
        return kind
    head = (text or "").lstrip("\ufeff \t\r\n")[:1]
    if head == "<":
        return "html"
    if head in ("{", "") or path != "-":
        return "json"
    return "text"


def parse_source(path: str, text: str, kind: str) -> ParseResult:
    """Parse *text* (read from *path*) as published *kind* (``text``, ``html`` or ``md``); errors name the file."""
    from govinfo_report.parse import parse_html, parse_markdown, parse_text

    parser = {"text": parse_text, "html": parse_html, "md": parse_markdown}[kind]
    try:
        return parser(text)
    except GovInfoReportError as err:
        raise UnreadableInputError(f"{path}: {err}") from None


def read_report(path: str) -> AnnualReport:
    """The report in *path*: JSON, or a published report in text, HTML or Markdown; errors name the file."""
    text = read_source(path)
    kind = input_kind(path, text)
    if kind != "json":
        return parse_source(path, text, kind).report
    try:
        return from_json(text)
    except GovInfoReportError as err:
        raise UnreadableInputError(f"{path}: {err}") from None
