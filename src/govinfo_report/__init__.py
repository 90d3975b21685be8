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
from govinfo_report.serialize import from_dict, from_json, json_schema, to_dict, to_json

__all__ = [
    "BLANK",
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
    "FormatVersion",
    "GovInfoReportError",
    "Improvements",
    "InvalidNumberError",
    "Mark",
    "OtherMatters",
    "Overview",
    "ParseError",
    "Problem",
    "ProcessingFees",
    "Table",
    "Topic",
    "UnknownKeyError",
    "ValidationError",
    "build_disclosure",
    "build_requests",
    "build_reviews",
    "from_dict",
    "from_json",
    "json_schema",
    "layout_for",
    "to_dict",
    "to_json",
]
