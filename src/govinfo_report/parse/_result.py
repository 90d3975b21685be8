"""What a parser returns: the report and what could not be read exactly.

>>> from govinfo_report.layout import FormatVersion
>>> from govinfo_report.model import AnnualReport, Body
>>> result = ParseResult(report=AnnualReport(body=Body(name="某局"), year=2024, format=FormatVersion.V2021))
>>> result.ok, result.diagnostics
(True, ())
"""

from __future__ import annotations

import attrs

from govinfo_report.model import AnnualReport
from govinfo_report.parse._diagnostics import Diagnostic

__all__ = ["ParseResult"]


@attrs.frozen(kw_only=True)
class ParseResult:
    """A parsed report and the diagnostics of everything not read exactly, in input order."""

    report: AnnualReport
    diagnostics: tuple[Diagnostic, ...] = ()

    @property
    def ok(self) -> bool:
        """Whether the report was read without any diagnostic."""
        return not self.diagnostics

    @property
    def warnings(self) -> tuple[Diagnostic, ...]:
        """The diagnostics of severity ``warning``: data lost or not understood."""
        return tuple(d for d in self.diagnostics if d.severity == "warning")
