"""govinfo_report: Chinese government information disclosure annual reports (政府信息公开工作年度报告).

A typed, immutable model of the report in the 2021 format and the 2019 trial
format, lossless serializers and a JSON Schema, builders that derive every
total, and the official layout as data.

>>> import govinfo_report as gr
>>> report = gr.from_json(gr.to_json(gr.AnnualReport(
...     body=gr.Body(name="某区人民政府", kind=gr.BodyKind.GOVERNMENT),
...     year=2024, format=gr.FormatVersion.V2021)))
>>> report.layout.requests.row("granted").full_label
'（一）予以公开'
"""

import importlib
from typing import TYPE_CHECKING, Any

from govinfo_report.errors import (
    GovInfoReportError,
    InvalidNumberError,
    ParseError,
    Problem,
    UnknownKeyError,
    ValidationError,
)
from govinfo_report.layout import BodyKind, CellKind, ChannelKind, FormatVersion, layout_for
from govinfo_report.model import (
    BLANK,
    NOT_APPLICABLE,
    Amount,
    AnnualReport,
    Body,
    Cell,
    Channel,
    ChannelCount,
    Improvements,
    Mark,
    OtherMatters,
    Overview,
    ProcessingFees,
    Table,
    Topic,
    build_disclosure,
    build_requests,
    build_reviews,
)

if TYPE_CHECKING:
    from govinfo_report.parse import Diagnostic, DiagnosticKind, ParseResult, parse_html, parse_markdown, parse_text
    from govinfo_report.render import render_html, render_markdown, render_text
    from govinfo_report.rules import (
        CATALOGUE,
        Finding,
        Reason,
        Severity,
        Status,
        check,
        check_series,
        failures,
        is_consistent,
    )
    from govinfo_report.serialize import from_dict, from_json, json_schema, to_dict, to_json

# Heavier parts load on first use, so that `import govinfo_report` stays fast.
_LAZY = {
    "CATALOGUE": "govinfo_report.rules",
    "Finding": "govinfo_report.rules",
    "Reason": "govinfo_report.rules",
    "Severity": "govinfo_report.rules",
    "Status": "govinfo_report.rules",
    "check": "govinfo_report.rules",
    "check_series": "govinfo_report.rules",
    "failures": "govinfo_report.rules",
    "is_consistent": "govinfo_report.rules",
    "Diagnostic": "govinfo_report.parse",
    "DiagnosticKind": "govinfo_report.parse",
    "ParseResult": "govinfo_report.parse",
    "parse_html": "govinfo_report.parse",
    "parse_markdown": "govinfo_report.parse",
    "parse_text": "govinfo_report.parse",
    "render_html": "govinfo_report.render",
    "render_markdown": "govinfo_report.render",
    "render_text": "govinfo_report.render",
    "from_dict": "govinfo_report.serialize",
    "from_json": "govinfo_report.serialize",
    "json_schema": "govinfo_report.serialize",
    "to_dict": "govinfo_report.serialize",
    "to_json": "govinfo_report.serialize",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'govinfo_report' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "BLANK",
    "CATALOGUE",
    "NOT_APPLICABLE",
    "Amount",
    "AnnualReport",
    "Body",
    "BodyKind",
    "Cell",
    "CellKind",
    "Channel",
    "ChannelCount",
    "ChannelKind",
    "Diagnostic",
    "DiagnosticKind",
    "Finding",
    "FormatVersion",
    "GovInfoReportError",
    "Improvements",
    "InvalidNumberError",
    "Mark",
    "OtherMatters",
    "Overview",
    "ParseError",
    "ParseResult",
    "Problem",
    "ProcessingFees",
    "Reason",
    "Severity",
    "Status",
    "Table",
    "Topic",
    "UnknownKeyError",
    "ValidationError",
    "build_disclosure",
    "build_requests",
    "build_reviews",
    "check",
    "check_series",
    "failures",
    "from_dict",
    "from_json",
    "is_consistent",
    "json_schema",
    "layout_for",
    "parse_html",
    "parse_markdown",
    "parse_text",
    "render_html",
    "render_markdown",
    "render_text",
    "to_dict",
    "to_json",
]
