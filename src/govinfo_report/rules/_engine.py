"""Running the catalogue: choose rules, run them, sort the findings.

:func:`check` returns every finding, pass and not assessable included (an
audit trail); :func:`failures` keeps the failures, which is what displays show
by default. Rules are chosen by code or prefix (``select="T3"``,
``ignore=("S102",)``); ``escalate=("S1",)`` or ``strict=True`` raise warnings
to errors.

>>> from govinfo_report.model import AnnualReport, Body
>>> from govinfo_report.layout import FormatVersion
>>> report = AnnualReport(body=Body(name="某区人民政府"), year=2024, format=FormatVersion.V2021)
>>> findings = check(report, select="T3")
>>> {f.code: f.reason.value for f in findings}
{'T301': 'missing_table', 'T302': 'missing_table', 'T303': 'missing_table', 'T304': 'missing_table'}
>>> failures(findings), is_consistent(report), is_consistent("not a report")
((), True, False)
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import pairwise
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs

from govinfo_report.errors import InvalidNumberError, Problem, ValidationError
from govinfo_report.layout import FormatVersion, layout_for
from govinfo_report.model import AnnualReport
from govinfo_report.rules import _prose, _structure, _tables, _years
from govinfo_report.rules._catalogue import CATALOGUE, Rule
from govinfo_report.rules._context import Context
from govinfo_report.rules._finding import Finding, Severity, Status
from govinfo_report.rules._headings import read_headings
from govinfo_report.rules._prose_numbers import read_prose

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

__all__ = ["check", "check_series", "failures", "is_consistent"]

_CHECKS: Mapping[str, Callable[[Rule, Context], list[Finding]]] = MappingProxyType(
    {**_structure.CHECKS, **_tables.CHECKS, **_years.CHECKS, **_prose.CHECKS}
)
_READS_PROSE = frozenset(code for code in CATALOGUE.codes if code[0] == "X")
_READS_HEADINGS = frozenset(("S101", "S102", "S107"))


def _cell_ranks() -> Mapping[str, int]:
    ranks: dict[str, int] = {}
    for version in FormatVersion:
        for spec in layout_for(version).tables:
            for row, column in spec.cells:
                ranks.setdefault(spec.path(row, column), len(ranks))
    return MappingProxyType(ranks)


_RANKS = _cell_ranks()
_UNRANKED = len(_RANKS)
_INDEX = re.compile(r"\[(\d+)\]")
_TEXT_ORDER = MappingProxyType({f"$.overview.topics[{i}].text": f"$.overview.topics[{i:08d}].text" for i in range(10)})


def _text_order(path: str) -> str:
    """A prose field's path in an order where ``[10]`` comes after ``[9]``."""
    return _INDEX.sub(lambda m: f"[{int(m[1]):08d}]", path) if "[" in path else path


def _sort_key(finding: Finding) -> tuple[int, str, str, int, int]:
    """Section, code, then the place in the text (prose rules) or in the layout (cells)."""
    span, paths = finding.span, finding.paths
    rank = _RANKS.get(paths[0], _UNRANKED) if paths else _UNRANKED
    if span is None:
        return (finding.section, finding.code, "", 0, rank)
    path = span.path
    return (finding.section, finding.code, _TEXT_ORDER.get(path) or _text_order(path), span.start, rank)


def _tolerance(value: object) -> Decimal:
    if type(value) is int:
        value = Decimal(value)
    if type(value) is not Decimal or not value.is_finite() or value < 0:
        raise InvalidNumberError(value, "a money tolerance: a Decimal >= 0 (never a float)")
    return value


def _threshold(value: object) -> Decimal:
    if type(value) is not Decimal or not value.is_finite() or not 0 < value <= 1:
        raise InvalidNumberError(value, "a repetition threshold: a Decimal above 0, at most 1")
    return value


def _rules(
    select: Iterable[str] | str | None,
    ignore: Iterable[str] | str | None,
    escalate: Iterable[str] | str,
    strict: bool,
) -> tuple[Rule, ...]:
    rules = CATALOGUE.select(select, ignore)
    raised = frozenset(CATALOGUE.codes) if strict else CATALOGUE.matching(escalate) if escalate else frozenset()
    if not raised:
        return rules
    return tuple(
        attrs.evolve(rule, severity=Severity.ERROR)
        if rule.code in raised and rule.severity is not Severity.ERROR
        else rule
        for rule in rules
    )


def _report(value: object, where: str) -> AnnualReport:
    if type(value) is not AnnualReport:
        message = f"expected an AnnualReport, got {type(value).__name__}"
        raise ValidationError((Problem(where, message),))
    return value


def check(
    report: AnnualReport,
    *,
    previous: AnnualReport | None = None,
    select: Iterable[str] | str | None = None,
    ignore: Iterable[str] | str | None = None,
    escalate: Iterable[str] | str = (),
    strict: bool = False,
    money_tolerance: Decimal = Decimal(0),
    repetition_threshold: Decimal = Decimal("0.5"),
) -> tuple[Finding, ...]:
    """Apply the catalogue to *report* (and last year's report, when given).

    Returns every finding, passes included, sorted by section, code and
    position. *select* and *ignore* name rules by code or prefix (``"T3"``,
    ``("S101", "X6")``, or a comma-separated string); *escalate* names the
    warnings to treat as errors and *strict* treats all of them so. Counts
    are compared exactly; amounts of money may differ by *money_tolerance*.
    Y503 fails when the share of repeated prose reaches *repetition_threshold*.

    Raises :class:`~govinfo_report.errors.GovInfoReportError` only for bad
    arguments (not a report, an unknown rule code, a float tolerance), never
    because of what the report says.
    """
    report = _report(report, "$")
    if previous is not None:
        previous = _report(previous, "previous")
    rules = _rules(select, ignore, escalate, strict)
    codes = CATALOGUE.codes if rules is CATALOGUE.rules else frozenset(rule.code for rule in rules)
    ctx = Context(
        report=report,
        previous=previous,
        money_tolerance=_tolerance(money_tolerance),
        repetition_threshold=_threshold(repetition_threshold),
        prose=read_prose(report) if not _READS_PROSE.isdisjoint(codes) else None,
        headings=read_headings(report) if report.headings and not _READS_HEADINGS.isdisjoint(codes) else None,
    )
    findings: list[Finding] = []
    for rule in rules:
        findings.extend(_CHECKS[rule.code](rule, ctx))
    findings.sort(key=_sort_key)
    return tuple(findings)


def check_series(
    reports: Iterable[AnnualReport],
    *,
    select: Iterable[str] | str | None = None,
    ignore: Iterable[str] | str | None = None,
    escalate: Iterable[str] | str = (),
    strict: bool = False,
    money_tolerance: Decimal = Decimal(0),
    repetition_threshold: Decimal = Decimal("0.5"),
) -> tuple[Finding, ...]:
    """Check several years of one body, each year against the year before.

    The reports may come in any order; the findings come by year (see
    :attr:`Finding.year`), then as :func:`check` sorts them. The earliest year
    has no previous report, and a year whose predecessor is missing is
    compared with the nearest earlier one, which the cross-year rules report
    as not assessable. Two reports of the same year are an error.
    """
    ordered = sorted(((_report(r, f"$[{i}]"), i) for i, r in enumerate(reports)), key=lambda pair: pair[0].year)
    problems = [
        Problem(f"$[{i}].year", f"{report.year} is also the year of $[{j}]")
        for (before, j), (report, i) in pairwise(ordered)
        if before.year == report.year
    ]
    if problems:
        raise ValidationError(tuple(problems))
    findings: list[Finding] = []
    previous: AnnualReport | None = None
    for report, _ in ordered:
        findings.extend(
            check(
                report,
                previous=previous,
                select=select,
                ignore=ignore,
                escalate=escalate,
                strict=strict,
                money_tolerance=money_tolerance,
                repetition_threshold=repetition_threshold,
            )
        )
        previous = report
    return tuple(findings)


def failures(findings: Iterable[Finding], *, severity: Severity | None = None) -> tuple[Finding, ...]:
    """The failed findings (of one *severity* when given), in their order."""
    return tuple(f for f in findings if f.status is Status.FAIL and (severity is None or f.severity is severity))


def is_consistent(report: object, *, previous: object = None) -> bool:
    """Whether *report* fails no error-level rule; ``False`` for anything that is not a report.

    Never raises.
    """
    if type(report) is not AnnualReport or (previous is not None and type(previous) is not AnnualReport):
        return False
    try:
        findings = check(report, previous=previous)
    except Exception:  # noqa: BLE001 - the promise is to answer, never to raise
        return False
    return not any(f.is_error for f in findings)
