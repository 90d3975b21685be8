"""Run-together digits: a cut is taken only when the sums single it out, and it is always the true one."""

from __future__ import annotations

import attrs
from hypothesis import assume, given
from hypothesis import strategies as st

from govinfo_report.model import BLANK
from govinfo_report.parse import DiagnosticKind, parse_text
from govinfo_report.parse._split import _search, splits
from govinfo_report.render import render_text
from tests.parse.test_roundtrip import publishable
from tests.strategies import consistent_reports

small = st.one_of(st.just(0), st.integers(0, 9), st.integers(0, 200), st.integers(0, 10**6))
ROW_SUM = (((0, 1, 2, 3, 4, 5), 6),)


@given(st.lists(small, min_size=6, max_size=6))
def test_the_true_cut_is_always_a_candidate(parts):
    """A row of table 三 printed as one digit string: its true cells are among the candidate cuts."""
    row = [*parts, sum(parts)]
    found = splits(("".join(map(str, row)),), 7, sums=ROW_SUM)
    assume(found.complete)
    assert tuple(map(str, row)) in found.candidates


@given(st.lists(small, min_size=1, max_size=5), st.integers(1, 6))
def test_every_candidate_reads_back_the_digits_and_keeps_the_sums(parts, count):
    """Each candidate cut joins back to the printed digits, has the asked number of cells, no leading zero."""
    digits = "".join(map(str, parts))
    found = splits((digits,), count)
    for candidate in found.candidates:
        assert "".join(candidate) == digits
        assert len(candidate) == count
        assert all(part == "0" or not part.startswith("0") for part in candidate)


@given(
    st.lists(st.text("0123456789", min_size=1, max_size=7), min_size=1, max_size=3),
    st.integers(2, 9),
    st.booleans(),
    st.sampled_from([(200, 3_000), (5, 3_000), (200, 40), (1, 10)]),
)
def test_the_direct_cut_is_the_bounded_search(pieces, count, summed, bounds):
    """Short runs are cut directly: the same candidates, in the same order, and the same completeness."""
    pieces = tuple(pieces)
    chars = sum(map(len, pieces))
    assume(len(pieces) <= count < chars)
    sums = ((tuple(range(count - 1)), count - 1),) if summed else ()
    limit, budget = bounds
    assert splits(pieces, count, sums=sums, limit=limit, budget=budget) == _search(pieces, count, sums, limit, budget)


def test_budget_bounds_a_long_run():
    """A long run of digits stops at the budget and says the list is incomplete, instead of running long."""
    found = splits(("1" * 60,), 15, sums=tuple(((5 * g, 5 * g + 1, 5 * g + 2, 5 * g + 3), 5 * g + 4) for g in range(3)))
    assert not found.complete


def _run_together(text: str, labels: set[str]) -> str:
    """The text with the cells of table 三's data rows printed with no separator, as in a web dump."""
    out = []
    for line in text.split("\n"):
        head, tab, rest = line.partition("\t")
        if tab and head in labels and rest:
            out.append(head + "".join(rest.split("\t")))
        else:
            out.append(line)
    return "\n".join(out)


@given(consistent_reports())
def test_run_together_rows_are_cut_right_or_left_blank(report):
    """Rows of a consistent table 三 printed run together: each row is its true values, or blank and listed.

    Never a wrong value: a cut is taken only when one cut satisfies the row's and the columns' sums.
    """
    report = publishable(report)
    spec = report.requests.spec
    labels = {row.full_label for row in spec.rows}
    parsed = parse_text(_run_together(render_text(report), labels))
    ambiguous = {d.path for d in parsed.diagnostics if d.kind is DiagnosticKind.AMBIGUOUS_SPLIT}
    allowed = {DiagnosticKind.SPLIT_BY_SUMS, DiagnosticKind.AMBIGUOUS_SPLIT}
    assert {d.kind for d in parsed.diagnostics} <= allowed
    table = parsed.report.requests
    for row in spec.rows:
        got, truth = table.row(row.key), report.requests.row(row.key)
        if got != truth:
            assert set(got.values()) == {BLANK}
            assert f"$.requests.{row.key}" in ambiguous
    assert attrs.evolve(parsed.report, requests=report.requests) == report
