"""``parse_text``: the library's own text layout exactly, anything else as a published report.

>>> parse_text("no structure at all")
Traceback (most recent call last):
...
govinfo_report.errors.ParseError: no section heading and no table of the annual report found
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from govinfo_report.errors import ParseError
from govinfo_report.parse._lines import Source
from govinfo_report.parse._native import assemble
from govinfo_report.parse._native_text import read_native_text
from govinfo_report.parse._published import parse_published

if TYPE_CHECKING:
    from govinfo_report.parse._result import ParseResult

__all__ = ["parse_text"]


def parse_text(text: str) -> ParseResult:
    """Read a report from *text*: PDF-extracted text, a web page's text dump, or ``render_text`` output.

    Raises :class:`~govinfo_report.errors.ParseError` when *text* shows no
    structure of an annual report (no section heading, no table), or covers a
    year before 2019 and declares no format.
    """
    if not isinstance(text, str):
        raise ParseError(f"expected text (str), got {type(text).__name__}")
    parts = read_native_text(text)
    if parts is not None:
        return assemble(parts)
    return parse_published(Source.from_text(text))
