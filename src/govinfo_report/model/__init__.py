"""The report model: frozen, typed, immutable values.

>>> from govinfo_report.model import AnnualReport, Body, build_reviews
>>> from govinfo_report.layout import FormatVersion
>>> report = AnnualReport(
...     body=Body(name="某县人民政府"), year=2024, format=FormatVersion.V2021,
...     reviews=build_reviews({"review": [1, 0, 0, 0], "litigation_direct": [0, 0, 0, 0],
...                            "litigation_after_review": [0, 0, 0, 0]}))
>>> report.reviews["review", "total"]
1
>>> report.year = 2025
Traceback (most recent call last):
...
attr.exceptions.FrozenInstanceError: can't set attribute
"""

from govinfo_report.model._builders import (
    build_disclosure,
    build_requests,
    build_reviews,
    leaf_rows,
    sum_cells,
)
from govinfo_report.model._cells import BLANK, NOT_APPLICABLE, Amount, Cell, Mark, cell_problem
from govinfo_report.model._report import (
    AnnualReport,
    Body,
    Channel,
    ChannelCount,
    Improvements,
    OtherMatters,
    Overview,
    ProcessingFees,
    Topic,
)
from govinfo_report.model._table import Table

__all__ = [
    "BLANK",
    "NOT_APPLICABLE",
    "Amount",
    "AnnualReport",
    "Body",
    "Cell",
    "Channel",
    "ChannelCount",
    "Improvements",
    "Mark",
    "OtherMatters",
    "Overview",
    "ProcessingFees",
    "Table",
    "Topic",
    "build_disclosure",
    "build_requests",
    "build_reviews",
    "cell_problem",
    "leaf_rows",
    "sum_cells",
]
