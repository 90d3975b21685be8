"""The cross-year rules Y501–Y504 and checking a series of years."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from govinfo_report.model import AnnualReport, Body, Improvements
from govinfo_report.rules import Reason, Status, check, check_series
from govinfo_report.rules._examples import failing_example, sound_pair
from tests.rules.strategies import series

CROSS_YEAR = ("Y501", "Y502", "Y503", "Y504")


@given(series(), st.randoms(use_true_random=False))
def test_a_consistent_series_passes_every_cross_year_rule(reports: tuple[AnnualReport, ...], order: object) -> None:
    """Consecutive years that continue each other pass Y501–Y504 (or are not assessable), in any order given."""
    shuffled = list(reports)
    order.shuffle(shuffled)  # type: ignore[attr-defined]
    findings = check_series(shuffled, select=CROSS_YEAR)
    assert not [f.message for f in findings if f.failed]
    first = reports[0].year
    assert [f.year for f in findings] == sorted(f.year for f in findings)
    assert {f.reason for f in findings if f.year == first} == {Reason.NO_PREVIOUS}
    later = [f for f in findings if f.year != first and f.code in ("Y501", "Y502")]
    assert later
    assert all(f.status is Status.PASS for f in later)


@given(series(length=2), st.integers(1, 10**6), st.sampled_from(["natural_person", "legal_service_institution"]))
def test_a_broken_carry_over_fails_y501_with_both_years_paths(
    reports: tuple[AnnualReport, ...], by: int, column: str
) -> None:
    """This year's 上年结转 ≠ last year's 结转下年度: Y501 fails naming both cells, the difference stated."""
    last, this = reports
    assert this.requests is not None
    value = this.requests["carried_over", column]
    broken_requests = this.requests.with_cells(
        {("carried_over", column): value + by, ("carried_over", "total"): this.requests["carried_over", "total"] + by}  # type: ignore[operator]
    )
    broken = attrs.evolve(this, requests=broken_requests)
    failed = [f for f in check_series([last, broken], select="Y501") if f.failed]
    assert {f.paths for f in failed} == {(f"$.requests.carried_over.{c}",) for c in (column, "total")}
    for finding in failed:
        column_key = finding.paths[0].rsplit(".", 1)[1]
        assert finding.previous_paths == (f"$.requests.carried_forward.{column_key}",)
        assert finding.difference == by
        assert finding.year == broken.year


def test_without_a_previous_report_every_cross_year_rule_is_not_assessable() -> None:
    """No previous report: Y501–Y504 are not assessable with reason no_previous, never pass."""
    report, _ = sound_pair()
    assert {(f.status, f.reason) for f in check(report, select="Y")} == {(Status.NOT_ASSESSABLE, Reason.NO_PREVIOUS)}


def test_a_previous_report_of_another_year_or_body_is_not_assessable() -> None:
    """The other report must be of year − 1 and of the same body."""
    report, previous = sound_pair()
    two_back = attrs.evolve(previous, year=2022)
    assert {f.reason for f in check(report, previous=two_back, select="Y")} == {Reason.NOT_CONSECUTIVE}
    other = attrs.evolve(previous, body=Body(name="另一个县人民政府"))
    assert {f.reason for f in check(report, previous=other, select="Y")} == {Reason.OTHER_BODY}


def test_y502_stock_continuity_and_its_failing_paths() -> None:
    """现行有效 (N) ≠ 现行有效 (N−1) + 制发 − 废止: Y502 fails with this year's and last year's cells."""
    report, previous = failing_example("Y502")
    (finding,) = [f for f in check(report, previous=previous, select="Y502") if f.failed]
    assert finding.paths[0] == "$.disclosure.normative_documents.in_force"
    assert finding.previous_paths == ("$.disclosure.normative_documents.in_force",)
    assert finding.values == (66, 62)


def test_y503_repeated_prose_and_its_threshold() -> None:
    """Section 五 copied from last year fails Y503; a higher threshold than the share passes it."""
    report, previous = sound_pair()
    copied = attrs.evolve(previous, improvements=report.improvements)
    failed = [f for f in check(report, previous=copied, select="Y503") if f.failed]
    assert [f.section for f in failed] == [5]
    assert failed[0].values[0] == 1
    short = attrs.evolve(report, improvements=Improvements(text="无。"))
    findings = check(short, previous=previous, select="Y503")
    assert any(f.section == 5 and f.reason is Reason.TOO_LITTLE for f in findings)


def test_y504_a_copied_table_and_too_few_numbers() -> None:
    """Y504 fails when every non-zero cell equals last year's; with fewer than five it is not assessable."""
    report, previous = failing_example("Y504")
    assert [f.status for f in check(report, previous=previous, select="Y504")] == [Status.FAIL]
    empty = attrs.evolve(report, disclosure=None, requests=None, reviews=None)
    assert check(empty, previous=previous, select="Y504")[0].reason is Reason.TOO_LITTLE


def _disclosure_2019(produced: int, total_published: int, previous_items: int, change: int) -> object:
    from decimal import Decimal

    from govinfo_report.model import Amount, build_disclosure

    rows = {
        "regulations": [produced, produced, total_published],
        "normative_documents": [0, 0, 10],
        "licensing": [previous_items, change, 5],
        "other_services": [3, 0, 1],
        "penalties": [4, 0, 2],
        "enforcement": [5, 0, 3],
        "fees": [6, 0],
        "procurement": [2, Amount(value=Decimal("251000"), unit="元")],
    }
    return build_disclosure(rows, version="2019")


def test_y502_in_the_2019_format_continues_totals_and_item_counts() -> None:
    """2019 format: 对外公开总数量 grows by 本年新公开数量; 上一年项目数量 = last year's + its 本年增/减."""
    from govinfo_report.layout import FormatVersion

    def report(year: int, disclosure: object) -> AnnualReport:
        return AnnualReport(
            body=Body(name="某局"),
            year=year,
            format=FormatVersion.V2019,
            disclosure=disclosure,  # type: ignore[arg-type]
        )

    last = report(2019, _disclosure_2019(produced=2, total_published=40, previous_items=7, change=-2))
    good = report(2020, _disclosure_2019(produced=3, total_published=43, previous_items=5, change=1))
    assert {f.status for f in check(good, previous=last, select="Y502")} == {Status.PASS}
    bad = report(2020, _disclosure_2019(produced=3, total_published=43, previous_items=7, change=1))
    (failed,) = [f for f in check(bad, previous=last, select="Y502") if f.failed]
    assert failed.paths == ("$.disclosure.licensing.previous_items",)
    assert failed.previous_paths == ("$.disclosure.licensing.previous_items", "$.disclosure.licensing.change")
    assert failed.difference == 2
    mixed = attrs.evolve(good, format=FormatVersion.V2021, disclosure=sound_pair()[0].disclosure, year=2021)
    mixed_last = attrs.evolve(last, year=2020)
    assert {f.reason for f in check(mixed, previous=mixed_last, select="Y502")} == {Reason.FORMAT_DIFFERS}
