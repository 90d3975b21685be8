"""The model: immutable values, table access by key and label, local validation."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from govinfo_report.errors import GovInfoReportError, UnknownKeyError, ValidationError
from govinfo_report.layout import FormatVersion, layout_for
from govinfo_report.model import (
    BLANK,
    NOT_APPLICABLE,
    Amount,
    AnnualReport,
    Body,
    Improvements,
    ProcessingFees,
    Table,
)
from govinfo_report.serialize import from_json, to_json
from tests.strategies import reports


@given(reports(), st.data())
def test_every_attribute_assignment_raises(report, data):
    """Reports and all their parts are frozen: setting any attribute raises."""
    target = data.draw(
        st.sampled_from(
            [report, report.body, report.overview, report.improvements, report.other_matters]
            + [t for t in report.tables if t is not None]
        )
    )
    name = data.draw(st.sampled_from([f.name for f in attrs.fields(type(target))]))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(target, name, None)


@given(reports())
def test_reports_are_hashable_and_equal_copies_hash_equal(report):
    """A report is hashable; an equal copy (through JSON) has the same hash."""
    copy = from_json(to_json(report))
    assert copy == report
    assert hash(copy) == hash(report)


@given(reports())
def test_evolve_gives_a_modified_copy_and_keeps_the_original(report):
    """attrs.evolve returns a changed copy; the original is untouched."""
    changed = attrs.evolve(report, year=report.year + 1 if report.year < 9999 else 1949)
    assert changed.year != report.year
    assert changed.body == report.body
    assert changed != report


def test_evolve_runs_validators():
    """evolve validates like the constructor: a float year is refused."""
    report = AnnualReport(body=Body(name="x"), year=2024, format=FormatVersion.V2021)
    with pytest.raises(ValidationError, match=r"\$\.year"):
        attrs.evolve(report, year=2024.0)


@given(reports().filter(lambda r: r.requests is not None), st.data())
def test_table_access_by_key_equals_access_by_official_label(report, data):
    """table[row, column] gives the same cell for keys, official labels and full labels."""
    table = report.requests
    row = data.draw(st.sampled_from(table.spec.rows))
    column = data.draw(st.sampled_from(table.spec.columns))
    by_key = table[row.key, column.key]
    assert table[row.label, column.label] == by_key
    assert table[row.full_label, column.label] == by_key
    assert table.get(row.key, column.key) == by_key


@given(reports().filter(lambda r: r.disclosure is not None))
def test_iteration_yields_every_cell_once_in_layout_order(report):
    """Iterating a table yields (row, column, cell) triples in the layout's order."""
    table = report.disclosure
    triples = list(table)
    assert [(r, c) for r, c, _ in triples] == list(table.spec.cells)
    assert [v for _, _, v in triples] == list(table.cells)
    assert len(table) == len(table.spec.cells)
    for row, column, value in triples:
        assert table[row, column] == value


def test_with_cells_replaces_named_cells_only():
    """with_cells returns a copy with the named cells changed."""
    table = Table.blank(layout_for("2021").reviews)
    changed = table.with_cells({("行政复议", "结果维持"): 3})
    assert changed["review", "upheld"] == 3
    assert table["review", "upheld"] is BLANK
    assert sum(1 for _, _, v in changed if v is BLANK) == 14


def test_row_and_column_views():
    """row() and column() give fresh dicts keyed by the other axis."""
    table = Table.blank(layout_for("2021").reviews).with_cells({("review", "total"): 5})
    assert table.row("行政复议")["total"] == 5
    assert table.column("总计") == {"review": 5, "litigation_direct": BLANK, "litigation_after_review": BLANK}


def test_unknown_cell_raises_library_error():
    """Asking for a cell that does not exist raises UnknownKeyError naming it."""
    table = Table.blank(layout_for("2021").requests)
    with pytest.raises(UnknownKeyError, match="'nope'"):
        table["nope", "total"]
    with pytest.raises(UnknownKeyError, match="'nope'"):
        table["granted", "nope"]


@pytest.mark.parametrize(
    ("row", "column", "value", "expected"),
    [
        ("granted", "natural_person", -1, "(an integer >= 0), got -1"),
        ("granted", "natural_person", True, "got True (bool)"),
        ("granted", "natural_person", 1.0, "got 1.0 (float)"),
        ("granted", "natural_person", Decimal(1), "got Decimal('1') (Decimal)"),
        ("granted", "natural_person", "1", "got '1' (str)"),
    ],
)
def test_table_refuses_bad_count_cells_with_path(row, column, value, expected):
    """A count cell refuses negatives, bools, floats, Decimals and text, naming the cell's path."""
    table = Table.blank(layout_for("2021").requests)
    with pytest.raises(ValidationError) as info:
        table.with_cells({(row, column): value})
    assert info.value.paths == (f"$.requests.{row}.{column}",)
    assert expected in str(info.value)


@pytest.mark.parametrize("value", [1.5, Decimal(-1), Decimal("NaN"), Decimal("Infinity"), 3])
def test_money_cells_must_be_finite_non_negative_decimals(value):
    """The 万元 fee cell takes only a finite Decimal >= 0: never a float or an int."""
    table = Table.blank(layout_for("2021").disclosure)
    with pytest.raises(ValidationError, match=r"\$\.disclosure\.fees\.amount"):
        table.with_cells({("fees", "amount"): value})


def test_signed_count_allows_negative_change_in_2019():
    """本年增/减 of the 2019 format may be negative; other counts may not."""
    table = Table.blank(layout_for("2019").disclosure).with_cells({("licensing", "change"): -3})
    assert table["licensing", "本年增/减"] == -3
    with pytest.raises(ValidationError):
        table.with_cells({("licensing", "previous_items"): -3})


def test_amount_cell_keeps_its_unit():
    """The 2019 政府集中采购 amount is printed with its unit and converts to 元 exactly."""
    amount = Amount(value=Decimal("25.1"), unit="万元")
    table = Table.blank(layout_for("2019").disclosure).with_cells({("procurement", "采购总金额"): amount})
    assert table["procurement", "procurement_amount"].in_yuan() == Decimal(251000)
    with pytest.raises(ValueError, match="unit"):
        Amount(value=Decimal(1), unit="美元")


def test_blank_and_not_applicable_are_distinct_and_not_zero():
    """A blank cell is not zero, and not the same as not applicable."""
    assert BLANK != 0
    assert NOT_APPLICABLE != 0
    assert BLANK != NOT_APPLICABLE
    assert not BLANK
    assert not NOT_APPLICABLE


def test_table_must_have_the_specs_number_of_cells():
    """A table with too few cells is refused, saying how many were expected."""
    with pytest.raises(ValidationError, match="expected 15 cells"):
        Table(spec=layout_for("2021").reviews, cells=(0,) * 14)


def test_report_table_fields_take_only_their_own_table():
    """report.requests must hold a requests table, not a reviews table."""
    with pytest.raises(ValidationError, match=r"\$\.requests: expected a requests table"):
        AnnualReport(
            body=Body(name="x"),
            year=2024,
            format=FormatVersion.V2021,
            requests=Table.blank(layout_for("2021").reviews),
        )


def test_mixed_format_report_stays_representable():
    """A 2021 report may hold a 2019 table 三 (rule S106 reports it); the model keeps it."""
    report = AnnualReport(
        body=Body(name="x"),
        year=2022,
        format=FormatVersion.V2021,
        requests=Table.blank(layout_for("2019").requests),
    )
    assert report.requests.spec.version is FormatVersion.V2019


@pytest.mark.parametrize(
    ("factory", "path"),
    [
        (lambda: ProcessingFees(notices=-1), "$.notices"),
        (lambda: ProcessingFees(collected=0.5), "$.collected"),
        (lambda: Improvements(problems=["x"]), "$.problems"),
        (lambda: Body(name=3), "$.name"),
        (lambda: AnnualReport(body=Body(name="x"), year=1800, format=FormatVersion.V2021), "$.year"),
    ],
)
def test_local_validation_errors_are_library_errors_with_paths(factory, path):
    """Validators refuse bad local values with a ValidationError naming the field."""
    with pytest.raises(GovInfoReportError) as info:
        factory()
    assert path in str(info.value)
