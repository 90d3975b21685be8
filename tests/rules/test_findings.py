"""Findings as values, and the checker's contract on any report: never raises, always well formed."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govinfo_report.errors import GovInfoReportError, ValidationError
from govinfo_report.rules import (
    CATALOGUE,
    Finding,
    Reason,
    Severity,
    Span,
    Status,
    check,
    check_series,
    failures,
    is_consistent,
)
from govinfo_report.rules._engine import _sort_key
from govinfo_report.rules._examples import failing_example, sound_pair
from tests.rules.strategies import complete_reports
from tests.strategies import reports

if TYPE_CHECKING:
    from govinfo_report.model import AnnualReport

values = st.one_of(
    st.integers(-(10**15), 10**15),
    st.decimals(allow_nan=False, allow_infinity=False, places=4),
    st.sampled_from(["2025-01-31", "2024-01-01/2024-12-31", "政府信息公开工作存在的主要问题及改进情况"]),
)
findings = st.builds(
    Finding,
    code=st.sampled_from(CATALOGUE.codes),
    severity=st.sampled_from(Severity),
    status=st.sampled_from(Status),
    title_zh=st.text(),
    title_en=st.text(),
    message=st.text(),
    message_en=st.text(),
    section=st.integers(0, 6),
    year=st.one_of(st.none(), st.integers(1949, 9999)),
    paths=st.lists(st.text(), max_size=3).map(tuple),
    previous_paths=st.lists(st.text(), max_size=3).map(tuple),
    values=st.lists(values, max_size=3).map(tuple),
    difference=st.one_of(st.none(), st.integers(), st.decimals(allow_nan=False, allow_infinity=False, places=2)),
    span=st.one_of(
        st.none(), st.builds(Span, path=st.text(), start=st.integers(0, 99), end=st.integers(0, 99), text=st.text())
    ),
    reason=st.one_of(st.none(), st.sampled_from(Reason)),
)


@given(findings)
def test_a_finding_survives_json(finding: Finding) -> None:
    """to_dict gives JSON data; from_dict of it gives back an equal finding."""
    data = json.loads(json.dumps(finding.to_dict(), ensure_ascii=False))
    assert Finding.from_dict(data) == finding


@pytest.mark.parametrize("data", [None, [], {"code": "T301"}, {"code": "T301", "severity": "fatal"}])
def test_bad_finding_data_is_a_validation_error(data: object) -> None:
    """from_dict of something that is not a finding raises the library's ValidationError."""
    with pytest.raises(ValidationError):
        Finding.from_dict(data)


def test_findings_are_frozen_and_comparable() -> None:
    """A finding cannot be changed, equal findings are equal and hash alike."""
    report, previous = failing_example("T401")
    first = check(report, previous=previous)
    second = check(report, previous=previous)
    assert first == second
    assert hash(first) == hash(second)
    with pytest.raises(AttributeError):
        first[0].status = Status.PASS  # type: ignore[misc]


@given(reports())
def test_any_report_is_checked_without_an_exception(report: AnnualReport) -> None:
    """On arbitrary reports (blank cells, lost tables, odd prose) check returns well-formed, sorted findings."""
    result = check(report)
    assert {f.code for f in result} == set(CATALOGUE.codes)
    for finding in result:
        assert (finding.reason is not None) == (finding.status is Status.NOT_ASSESSABLE)
        assert finding.message
        assert finding.message_en
        assert finding.year == report.year
        assert finding.severity is CATALOGUE.rule(finding.code).severity
        if finding.span is not None:
            assert finding.span.text.strip() == finding.span.text.strip()
    assert list(result) == sorted(result, key=_sort_key)
    assert is_consistent(report) == (not any(f.is_error for f in result))


@given(reports(), reports())
def test_any_pair_of_reports_is_checked_without_an_exception(report: AnnualReport, previous: AnnualReport) -> None:
    """The cross-year rules accept any previous report: unrelated years and bodies are not assessable."""
    result = check(report, previous=previous, select="Y")
    assert {f.code for f in result} == {"Y501", "Y502", "Y503", "Y504"}
    if previous.year != report.year - 1:
        assert all(f.reason is Reason.NOT_CONSECUTIVE for f in result)


@pytest.mark.parametrize("thing", [None, "report", 42, {"year": 2024}])
def test_is_consistent_never_raises(thing: object) -> None:
    """is_consistent answers False for anything that is not a report, and never raises."""
    assert is_consistent(thing) is False
    assert is_consistent(sound_pair()[0], previous=thing) is (thing is None)


def test_check_refuses_what_is_not_a_report() -> None:
    """check raises the library's error, naming where, for arguments that are not reports or amounts."""
    with pytest.raises(ValidationError, match=r"\$: expected an AnnualReport"):
        check("report")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="previous"):
        check(sound_pair()[0], previous="last year")  # type: ignore[arg-type]
    with pytest.raises(GovInfoReportError, match="float"):
        check(sound_pair()[0], money_tolerance=0.5)  # type: ignore[arg-type]
    with pytest.raises(GovInfoReportError):
        check(sound_pair()[0], repetition_threshold=Decimal(2))


def test_failures_keep_the_failed_findings_in_order() -> None:
    """failures() keeps failed findings, optionally of one severity; passes and not-assessables go."""
    report, previous = failing_example("S101")
    everything = check(report, previous=previous)
    failed = failures(everything)
    assert failed
    assert all(f.status is Status.FAIL for f in failed)
    assert failures(everything, severity=Severity.ERROR) == ()
    assert [f for f in everything if f in failed] == list(failed)


def test_a_series_with_two_reports_of_one_year_is_an_error() -> None:
    """check_series refuses two reports of the same year, naming both."""
    report, _ = sound_pair()
    with pytest.raises(ValidationError, match=r"\$\[1\]\.year: 2024 is also the year of \$\[0\]"):
        check_series([report, report])


@given(complete_reports())
def test_complete_reports_from_the_builders_pass_every_rule_that_can_be_assessed(
    case: tuple[AnnualReport, object],
) -> None:
    """A report from the builders with sound headings, dates, sections and prose fails no rule at all."""
    report, _ = case
    findings = check(report)
    assert [f.message for f in findings if f.failed] == []
    assert all(f.reason is not None for f in findings if f.status is Status.NOT_ASSESSABLE)
