"""``govinfo-report summary``: validate report files and print what they hold."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from govinfo_report.cli._io import read_report
from govinfo_report.errors import GovInfoReportError
from govinfo_report.model import AnnualReport, Mark, Table

if TYPE_CHECKING:
    import argparse

__all__ = ["register", "summarize"]


def _cell(table: Table | None, row: str, column: str) -> str:
    if table is None:
        return "—"
    value = table[row, column]
    return "空白" if value is Mark.BLANK else "不适用" if value is Mark.NOT_APPLICABLE else str(value)


def summarize(report: AnnualReport) -> str:
    """A few lines that say what the report holds.

    >>> from govinfo_report.model import AnnualReport, Body
    >>> from govinfo_report.layout import FormatVersion
    >>> print(summarize(AnnualReport(body=Body(name="某局"), year=2024, format=FormatVersion.V2021)))
    某局 2024年度 (2021 format)
      tables: 二 missing, 三 missing, 四 missing
      requests: new —, handled —, carried forward —
    """
    present = ", ".join(
        f"{number} {'present' if table is not None else 'missing'}" for number, table in zip("二三四", report.tables)
    )
    requests = report.requests
    lines = [
        f"{report.body.name} {report.year}年度 ({report.format.value} format)",
        f"  tables: {present}",
        (
            f"  requests: new {_cell(requests, 'new_requests', 'total')}, "
            f"handled {_cell(requests, 'total_handled', 'total')}, "
            f"carried forward {_cell(requests, 'carried_forward', 'total')}"
        ),
    ]
    if requests is not None:
        blank = sum(1 for _row, _column, value in requests if value is Mark.BLANK)
        if blank:
            lines.append(f"  table 三 has {blank} blank cells")
    return "\n".join(lines)


def _run(args: argparse.Namespace) -> int:
    status = 0
    for path in args.files:
        try:
            report = read_report(path)
        except GovInfoReportError as err:
            print(err, file=sys.stderr)
            status = 2
            continue
        print(f"{path}: valid")
        print(summarize(report))
    return status


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``summary`` subcommand."""
    parser = subparsers.add_parser("summary", help="validate report files and print what they hold")
    parser.add_argument(
        "files", nargs="+", metavar="FILE", help="report files: .json, .txt, .html, .md (- for standard input)"
    )
    parser.set_defaults(run=_run)
