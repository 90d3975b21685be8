"""The table rules T301–T304 and T401: exact arithmetic, blank cells, lost tables."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
from hypothesis import given
from hypothesis import strategies as st

from govinfo_report.layout import FormatVersion, TableSpec, layout_for
from govinfo_report.model import BLANK, NOT_APPLICABLE, AnnualReport, Body, OtherMatters, ProcessingFees
from govinfo_report.rules import Reason, Status, check
from tests.strategies import consistent_reports

if TYPE_CHECKING:
    from govinfo_report.rules import Finding

TABLE_RULES = ("T301", "T302", "T303", "T304", "T401")


def _equations(spec: TableSpec) -> list[tuple[str, frozenset[tuple[str, str]], frozenset[tuple[str, str]]]]:
    """Every equation of a table as (code, left cells, right cells), written from the layout."""
    found = []
    if spec.key == "requests":
        applicants = [c.key for c in spec.columns if not c.sums]
        found.extend(
            ("T301", frozenset((row.key, c) for c in applicants), frozenset({(row.key, "total")})) for row in spec.rows
        )
        results = spec.row("total_handled").sums
        for column in spec.columns:
            c = column.key
            found.append(("T302", frozenset((r, c) for r in results), frozenset({("total_handled", c)})))
            found.append(
                (
                    "T303",
                    frozenset({("new_requests", c), ("carried_over", c)}),
                    frozenset({("total_handled", c), ("carried_forward", c)}),
                )
            )
    else:
        outcomes = ("upheld", "corrected", "other", "pending")
        found.extend(
            ("T401", frozenset((row.key, c) for c in outcomes), frozenset({(row.key, "total")})) for row in spec.rows
        )
    return found


def _neutral(report: AnnualReport) -> AnnualReport:
    """The report with section 六 reporting a fee notice, so that X605 cannot change with table 三."""
    return attrs.evolve(report, other_matters=OtherMatters(fees=ProcessingFees(notices=1)))


def _failed(findings: tuple[Finding, ...]) -> set[tuple[str, tuple[str, ...]]]:
    return {(f.code, f.paths) for f in findings if f.status is Status.FAIL}


@given(consistent_reports())
def test_reports_from_the_builders_pass_every_table_rule(report: AnnualReport) -> None:
    """Every table built by the builders passes T301–T304 and T401 (no rule is merely not assessable)."""
    findings = check(report, select=TABLE_RULES)
    assert {f.status for f in findings} == {Status.PASS}
    assert {f.code for f in findings} == set(TABLE_RULES)


@st.composite
def _changed_cell(draw: st.DrawFn, *, totals: bool) -> tuple[AnnualReport, str, str, str, int]:
    report = _neutral(draw(consistent_reports()))
    key = draw(st.sampled_from(["requests", "reviews"]))
    table = getattr(report, key)
    derived_rows = {"total_handled", "carried_forward"}
    cells = [(row, column) for row, column, _ in table if (column == "total" or row in derived_rows) == totals]
    row, column = draw(st.sampled_from(cells))
    value = table[row, column]
    delta = draw(st.one_of(st.integers(1, 10), st.integers(1, 10**15)))
    if draw(st.booleans()) and value > 0:
        delta = -draw(st.integers(1, value))
    changed = attrs.evolve(report, **{key: table.with_cells({(row, column): value + delta})})
    return changed, key, row, column, delta


def _check_change(changed: AnnualReport, key: str, row: str, column: str, delta: int) -> None:
    original_table = getattr(changed, key).with_cells({(row, column): getattr(changed, key)[row, column] - delta})
    original = attrs.evolve(changed, **{key: original_table})
    spec = getattr(changed, key).spec
    path = spec.path(row, column)
    involved = [(code, left, right) for code, left, right in _equations(spec) if (row, column) in left | right]
    before = check(original)
    after = check(changed)
    new_failures = _failed(after) - _failed(before)
    assert {code for code, _ in new_failures} == {code for code, _, _ in involved}
    failing = [f for f in after if f.status is Status.FAIL and f.code in TABLE_RULES]
    assert len(failing) == len(involved)
    for finding in failing:
        assert path in finding.paths
        equation = next(
            e for e in involved if e[0] == finding.code and {spec.path(*c) for c in e[1] | e[2]} == set(finding.paths)
        )
        expected = delta if (row, column) in equation[1] else -delta
        assert finding.difference == expected
        assert finding.values[0] - finding.values[1] == expected  # type: ignore[operator]


@given(_changed_cell(totals=False))
def test_changing_a_leaf_cell_fails_exactly_the_rules_that_involve_it(
    case: tuple[AnnualReport, str, str, str, int],
) -> None:
    """A leaf cell changed by d: exactly the equations holding it fail, naming it, with difference d."""
    _check_change(*case)


@given(_changed_cell(totals=True))
def test_changing_a_total_cell_fails_exactly_the_rules_that_involve_it(
    case: tuple[AnnualReport, str, str, str, int],
) -> None:
    """A total cell changed by d: the equations holding it fail with difference −d (right side) or d."""
    _check_change(*case)


@st.composite
def _blanked_cell(draw: st.DrawFn) -> tuple[AnnualReport, str, str, str, object]:
    report = _neutral(draw(consistent_reports()))
    key = draw(st.sampled_from(["requests", "reviews"]))
    table = getattr(report, key)
    row, column = draw(st.sampled_from([(r, c) for r, c, _ in table]))
    mark = draw(st.sampled_from([BLANK, NOT_APPLICABLE]))
    return attrs.evolve(report, **{key: table.with_cells({(row, column): mark})}), key, row, column, mark


@given(_blanked_cell())
def test_a_blank_cell_makes_the_rules_that_need_it_not_assessable(
    case: tuple[AnnualReport, str, str, str, object],
) -> None:
    """A blank (or not-applicable) cell: its equations are not assessable with the reason; the rest pass."""
    report, key, row, column, mark = case
    spec = getattr(report, key).spec
    path = spec.path(row, column)
    findings = check(report, select=TABLE_RULES)
    involved = [e for e in _equations(spec) if (row, column) in e[1] | e[2]]
    unassessable = [f for f in findings if f.status is Status.NOT_ASSESSABLE]
    assert len(unassessable) == len(involved)
    reason = Reason.BLANK_CELL if mark is BLANK else Reason.MARKED_CELL
    for finding in unassessable:
        assert finding.reason is reason
        assert path in finding.paths
    assert not any(f.status is Status.FAIL and f.code != "T304" for f in findings)
    blank_in_requests = key == "requests" and mark is BLANK
    assert any(f.code == "T304" and f.failed for f in findings) == blank_in_requests
    for finding in findings:
        if finding.status is Status.PASS:
            assert path not in finding.paths


@given(st.sampled_from(list(FormatVersion)))
def test_lost_tables_are_not_assessable_never_passed(version: FormatVersion) -> None:
    """A report without tables 三 and 四 gives not-assessable table findings with the reason."""
    report = AnnualReport(body=Body(name="某局"), year=2024, format=version)
    findings = check(report, select=TABLE_RULES)
    assert {f.code for f in findings} == set(TABLE_RULES)
    assert all(f.status is Status.NOT_ASSESSABLE and f.reason is Reason.MISSING_TABLE for f in findings)


def test_the_message_states_the_numbers_of_a_wrong_column_total() -> None:
    """The T302 message reads like an evaluator's note: labels, both numbers and the difference."""
    spec = layout_for(FormatVersion.V2021).requests
    from govinfo_report.rules._examples import failing_example

    report, previous = failing_example("T302")
    finding = next(f for f in check(report, previous=previous, select="T302") if f.failed)
    assert finding.message == "（七）总计 自然人 列：2514 ≠ 2520（差 6）"
    assert finding.values == (2514, 2520)
    assert finding.difference == -6
    assert spec.path("total_handled", "natural_person") in finding.paths
    assert "natural_person" in finding.message_en


def test_t304_lists_the_blank_cells() -> None:
    """T304 fails with the paths of exactly the blank cells of table 三."""
    from govinfo_report.rules._examples import sound_pair

    report, _ = sound_pair()
    assert report.requests is not None
    blanked = report.requests.with_cells({("granted", "natural_person"): BLANK, ("unable_unclear", "total"): BLANK})
    finding = check(attrs.evolve(report, requests=blanked), select="T304")[0]
    assert finding.failed
    assert finding.paths == ("$.requests.granted.natural_person", "$.requests.unable_unclear.total")
    assert finding.values == (2,)
