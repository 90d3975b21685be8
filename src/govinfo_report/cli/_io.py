"""Reading report files for the commands: JSON now, published text and HTML through the parsers."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from govinfo_report.errors import GovInfoReportError
from govinfo_report.serialize import from_json

if TYPE_CHECKING:
    from govinfo_report.model import AnnualReport

__all__ = ["UnreadableInputError", "read_report", "read_source"]


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


def read_report(path: str) -> AnnualReport:
    """The report in the JSON file *path*; errors name the file."""
    text = read_source(path)
    try:
        return from_json(text)
    except GovInfoReportError as err:
        raise UnreadableInputError(f"{path}: {err}") from None
