"""``govinfo-report check``: apply the rule catalogue to report files and print the findings.

Findings are grouped by report and section, in Chinese (``--lang en`` for
English), failures only unless ``--show`` asks for more; ``--format json``
prints every finding for machines. Exit status: 0 when no error-level rule
failed, 1 when one did, 2 when a file could not be read or the options are
wrong.
"""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal, InvalidOperation
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from govinfo_report.cli._io import read_report
from govinfo_report.errors import GovInfoReportError
from govinfo_report.layout import layout_for
from govinfo_report.numbers import to_chinese
from govinfo_report.rules import CATALOGUE, Finding, Severity, Status, check, check_series

if TYPE_CHECKING:
    from collections.abc import Sequence

    from govinfo_report.model import AnnualReport

__all__ = ["register", "run_check"]

EXIT_OK, EXIT_FAILED, EXIT_UNREADABLE = 0, 1, 2

_SYMBOLS = MappingProxyType({Status.FAIL: "✗", Status.NOT_ASSESSABLE: "?", Status.PASS: "✓"})
_SECTIONS = MappingProxyType({spec.number: spec for spec in layout_for("2021").sections})


def _statuses(text: str | None, output: str) -> frozenset[Status]:
    if text is None:
        return frozenset(Status) if output == "json" else frozenset({Status.FAIL})
    if text.strip() == "all":
        return frozenset(Status)
    chosen = set()
    for name in text.split(","):
        try:
            chosen.add(Status(name.strip().replace("-", "_")))
        except ValueError:
            known = ", ".join(s.value for s in Status)
            raise argparse.ArgumentTypeError(f"--show: {name.strip()!r} is not one of {known}, all") from None
    return frozenset(chosen)


def _tolerance(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"not an amount: {text!r}") from None
    if not value.is_finite() or value < 0:
        raise argparse.ArgumentTypeError(f"expected an amount >= 0, got {text!r}")
    return value


def _section_title(number: int, lang: str) -> str:
    if number == 0:
        return "（全文）" if lang == "zh" else "(whole report)"
    spec = _SECTIONS[number]
    return spec.heading if lang == "zh" else f"section {to_chinese(number)} ({spec.key})"


def _line(finding: Finding, lang: str) -> str:
    symbol = _SYMBOLS[finding.status]
    if lang == "zh":
        head = f"{symbol} {finding.code} {finding.severity.label} {finding.message}"
    else:
        head = f"{symbol} {finding.code} {finding.severity.value} {finding.message_en}"
    where = [*finding.paths[:3], *(f"previous {p}" for p in finding.previous_paths[:1])]
    if not where and finding.span is not None:
        where = [finding.span.path]
    more = len(finding.paths) - 3
    suffix = "  " + ", ".join(where) + (f" (+{more})" if more > 0 else "") if where else ""
    return head + suffix


def _counts(findings: Sequence[Finding]) -> dict[str, int]:
    return {
        "errors": sum(1 for f in findings if f.status is Status.FAIL and f.severity is Severity.ERROR),
        "warnings": sum(1 for f in findings if f.status is Status.FAIL and f.severity is Severity.WARNING),
        "not_assessable": sum(1 for f in findings if f.status is Status.NOT_ASSESSABLE),
        "passed": sum(1 for f in findings if f.status is Status.PASS),
    }


def _count_line(counts: dict[str, int], lang: str) -> str:
    if lang == "zh":
        return (
            f"错误 {counts['errors']} 项，警告 {counts['warnings']} 项，"
            f"无法评估 {counts['not_assessable']} 项，通过 {counts['passed']} 项"
        )
    return (
        f"{counts['errors']} errors, {counts['warnings']} warnings, "
        f"{counts['not_assessable']} not assessable, {counts['passed']} passed"
    )


def _text(path: str, report: AnnualReport, findings: Sequence[Finding], shown: frozenset[Status], lang: str) -> str:
    title = f"{report.body.name} {report.year}年度" if lang == "zh" else f"{report.body.name}, {report.year}"
    lines = [f"{path}  {title}"]
    by_year = sorted({f.year for f in findings if f.year is not None})
    for year in by_year:
        if len(by_year) > 1:
            lines.append(f"  {year}年度" if lang == "zh" else f"  {year}")
        section = None
        for finding in findings:
            if finding.year != year or finding.status not in shown:
                continue
            if finding.section != section:
                section = finding.section
                lines.append(f"    {_section_title(section, lang)}")
            lines.append(f"      {_line(finding, lang)}")
    lines.append(("  结果：" if lang == "zh" else "  result: ") + _count_line(_counts(findings), lang))
    return "\n".join(lines)


def _checked(args: argparse.Namespace) -> tuple[list[tuple[str, AnnualReport, tuple[Finding, ...]]], list[str]]:
    """Read and check every file; return the results and the messages of unreadable files."""
    options: dict[str, Any] = {
        "select": args.select,
        "ignore": args.ignore,
        "escalate": args.escalate or (),
        "strict": args.strict,
        "money_tolerance": args.money_tolerance,
    }
    unreadable: list[str] = []
    reports: list[tuple[str, AnnualReport]] = []
    for path in args.files:
        try:
            reports.append((path, read_report(path)))
        except GovInfoReportError as err:
            unreadable.append(str(err))
    previous = None
    if args.previous is not None:
        try:
            previous = read_report(args.previous)
        except GovInfoReportError as err:
            unreadable.append(str(err))
    if args.series:
        findings = check_series([report for _, report in reports], **options)
        label = " + ".join(path for path, _ in reports)
        latest = max((report for _, report in reports), key=lambda r: r.year, default=None)
        results = [(label, latest, findings)] if latest is not None else []
        return results, unreadable
    return [(path, report, check(report, previous=previous, **options)) for path, report in reports], unreadable


def run_check(args: argparse.Namespace) -> int:
    """Run ``govinfo-report check`` with parsed *args*; return the exit status."""
    if args.previous is not None and (len(args.files) != 1 or args.series):
        print("govinfo-report check: --previous needs exactly one FILE (use --series for several years)",
              file=sys.stderr)  # fmt: skip
        return EXIT_UNREADABLE
    try:
        shown = _statuses(args.show, args.format)
        CATALOGUE.select(args.select, args.ignore)
        if args.escalate:
            CATALOGUE.matching(args.escalate)
    except (argparse.ArgumentTypeError, GovInfoReportError) as err:
        print(f"govinfo-report check: {err}", file=sys.stderr)
        return EXIT_UNREADABLE
    results, unreadable = _checked(args)
    for message in unreadable:
        print(message, file=sys.stderr)
    total = _counts([f for _, _, findings in results for f in findings])
    failed_reports = sum(1 for _, _, findings in results if any(f.is_error for f in findings))
    if args.format == "json":
        document = {
            "catalogue_version": CATALOGUE.version,
            "reports": [
                {
                    "file": path,
                    "body": report.body.name,
                    "year": report.year,
                    "counts": _counts(findings),
                    "findings": [f.to_dict() for f in findings if f.status in shown],
                }
                for path, report, findings in results
            ],
            "unreadable": unreadable,
            "summary": {"reports": len(results), "with_errors": failed_reports, **total},
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        for path, report, findings in results:
            print(_text(path, report, findings, shown, args.lang))
        if args.lang == "zh":
            summary = f"汇总：{len(results)} 份报告，{failed_reports} 份有错误；{_count_line(total, 'zh')}"
            if unreadable:
                summary += f"；{len(unreadable)} 个文件无法读取"
        else:
            summary = f"summary: {len(results)} reports, {failed_reports} with errors; {_count_line(total, 'en')}"
            if unreadable:
                summary += f"; {len(unreadable)} files unreadable"
        print(summary)
    if unreadable:
        return EXIT_UNREADABLE
    return EXIT_FAILED if failed_reports else EXIT_OK


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``check`` subcommand."""
    parser = subparsers.add_parser(
        "check",
        help="apply the rule catalogue to report files",
        description=(
            "Check annual reports the way an evaluator does: arithmetic of the tables, the prose against "
            f"the tables, structure and deadlines, and (with --previous or --series) last year's report. "
            f"Rule catalogue version {CATALOGUE.version}. Exit status 0: no error-level rule failed; "
            "1: one did; 2: a file could not be read."
        ),
    )
    parser.add_argument(
        "files", nargs="+", metavar="FILE", help="report files: .json, .txt, .html, .md (- for standard input)"
    )
    parser.add_argument("--previous", metavar="FILE", help="last year's report of the same body (one FILE only)")
    parser.add_argument(
        "--series",
        action="store_true",
        help="the FILEs are several years of one body: check each against the year before",
    )
    parser.add_argument("--select", metavar="CODES", help="only these rules: codes or prefixes, e.g. T3,X601")
    parser.add_argument("--ignore", metavar="CODES", help="leave out these rules: codes or prefixes")
    parser.add_argument("--escalate", metavar="CODES", help="treat these warnings as errors: codes or prefixes")
    parser.add_argument("--strict", action="store_true", help="treat every warning as an error")
    parser.add_argument(
        "--money-tolerance",
        type=_tolerance,
        default=Decimal(0),
        metavar="AMOUNT",
        help="amounts of money may differ by this much (default 0)",
    )
    parser.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the text output")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    parser.add_argument(
        "--show",
        metavar="STATUSES",
        help="statuses to show: fail, not_assessable, pass or all (default: fail for text, all for JSON)",
    )
    parser.set_defaults(run=run_check)
