"""Serialization details: cell encodings, JSON backends, huge integers, bad JSON text."""

from __future__ import annotations

import json
from decimal import Decimal

import attrs
import pytest
from hypothesis import given

import govinfo_report as gr
from govinfo_report import serialize
from govinfo_report.errors import ValidationError
from govinfo_report.layout import CellKind, layout_for
from govinfo_report.model import BLANK, NOT_APPLICABLE, Amount, Table

from .strategies import reports


def _report(**changes):
    base = gr.AnnualReport(body=gr.Body(name="某局"), year=2024, format=gr.FormatVersion.V2021)
    return attrs.evolve(base, **changes)


def test_cells_encode_as_documented():
    """Counts are integers, blank is null, not applicable is a string, money a decimal string."""
    spec = layout_for("2021").disclosure
    table = Table.blank(spec).with_cells(
        {
            ("regulations", "issued"): 3,
            ("regulations", "repealed"): NOT_APPLICABLE,
            ("fees", "amount"): Decimal("5949.088667"),
        }
    )
    data = gr.to_dict(_report(disclosure=table))["disclosure"]
    assert data["regulations"] == {"issued": 3, "repealed": "not_applicable", "in_force": None}
    assert data["fees"] == {"amount": "5949.088667"}


def test_amount_with_unit_encodes_as_object():
    """The 2019 procurement amount keeps its unit in JSON."""
    spec = layout_for("2019").disclosure
    table = Table.blank(spec).with_cells(
        {("procurement", "procurement_amount"): Amount(value=Decimal("251000"), unit="元")}
    )
    report = _report(format=gr.FormatVersion.V2019, year=2020, disclosure=table)
    assert gr.to_dict(report)["disclosure"]["procurement"]["procurement_amount"] == {"value": "251000", "unit": "元"}
    assert gr.from_json(gr.to_json(report)) == report


def test_blank_and_not_applicable_stay_distinct_through_json():
    """A blank cell and a not-applicable cell come back as themselves, never as zero."""
    table = Table.blank(layout_for("2021").reviews).with_cells({("review", "upheld"): NOT_APPLICABLE})
    back = gr.from_json(gr.to_json(_report(reviews=table)))
    assert back.reviews["review", "upheld"] is NOT_APPLICABLE
    assert back.reviews["review", "corrected"] is BLANK


@pytest.mark.parametrize("count", [2**63 - 1, 2**64, 10**30])
def test_integers_beyond_64_bits_round_trip_exactly(count):
    """Counts beyond orjson's 64-bit range are written and read exactly (the standard library takes over)."""
    table = Table.blank(layout_for("2021").reviews).with_cells({("review", "upheld"): count})
    report = _report(reviews=table)
    text = gr.to_json(report)
    assert str(count) in text
    assert gr.from_json(text).reviews["review", "upheld"] == count


def test_orjson_and_standard_library_write_the_same_document(monkeypatch):
    """With or without orjson, to_json writes JSON that reads back to the same data."""
    report = gr.from_json(open_example("example-district-2024.json"))
    fast = gr.to_json(report)
    monkeypatch.setattr(serialize, "_orjson", None)
    slow = gr.to_json(report)
    assert json.loads(fast) == json.loads(slow)
    assert gr.from_json(slow) == report


@given(reports())
def test_compact_json_holds_exactly_the_dict(report):
    """The compact writer (table templates for counts, blanks, marks and money) gives the data of to_dict."""
    assert json.loads(gr.to_json(report)) == gr.to_dict(report)


def test_tables_with_blank_and_not_applicable_cells_write_null_and_the_mark():
    """A table of counts with blank and not-applicable cells is written with null and "not_applicable"."""
    table = Table.blank(layout_for("2021").reviews).with_cells(
        {("review", "upheld"): 7, ("review", "corrected"): NOT_APPLICABLE}
    )
    data = json.loads(gr.to_json(_report(reviews=table)))["reviews"]["review"]
    assert (data["upheld"], data["corrected"], data["other"]) == (7, "not_applicable", None)


def test_indented_json_is_stable_text():
    """to_json(indent=2) is the canonical text of the examples: re-serializing changes nothing."""
    text = open_example("golmud-dongcheng-2024.json")
    assert gr.to_json(gr.from_json(text), indent=2) + "\n" == text


@pytest.mark.parametrize("text", ["", "{", "[1,", "\ud800", b"\xff\xfe"])
def test_bad_json_text_is_a_validation_error(text):
    """Text that is not JSON raises ValidationError at $ saying JSON was expected."""
    with pytest.raises(gr.ValidationError) as info:
        gr.from_json(text)
    assert info.value.paths == ("$",)
    assert "expected JSON text" in str(info.value)


@pytest.mark.parametrize("value", ["1e3", "-1", "1.", ".5", " 1", "NaN", "1,000"])
def test_money_strings_must_be_plain_decimals(value):
    """Money strings are plain non-negative decimals: no exponent, sign, grouping or spaces."""
    data = gr.to_dict(gr.from_json(open_example("example-district-2024.json")))
    data["disclosure"]["fees"]["amount"] = value
    with pytest.raises(gr.ValidationError, match=r"\$\.disclosure\.fees\.amount: expected a decimal string"):
        gr.from_dict(data)


def test_booleans_are_not_counts():
    """JSON true is not the count 1."""
    data = gr.to_dict(gr.from_json(open_example("example-district-2024.json")))
    data["reviews"]["review"]["upheld"] = True
    with pytest.raises(gr.ValidationError, match=r"\$\.reviews\.review\.upheld: .*got True \(bool\)"):
        gr.from_dict(data)


def test_mixed_format_table_is_read_in_its_own_format():
    """A 2021 report holding a 2019 table 三 reads back with the 2019 table spec."""
    report = _report(requests=Table.blank(layout_for("2019").requests))
    back = gr.from_json(gr.to_json(report))
    assert back.requests.spec is layout_for("2019").requests


def test_optional_fields_may_be_omitted_but_required_ones_may_not():
    """Only body, year and format are required; the rest default as the model does."""
    assert gr.from_dict({"format": "2021", "year": 2024, "body": {"name": "某局"}}) == _report()
    with pytest.raises(gr.ValidationError) as info:
        gr.from_dict({"format": "2021"})
    assert info.value.paths == ("$.body", "$.year")


def open_example(name: str) -> str:
    from pathlib import Path

    return (Path(__file__).resolve().parent.parent / "examples" / name).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "path"),
    [
        ({"year": 1800}, "$.year"),
        ({"published": "1900-01-01"}, "$.published"),
        ({"overview": {"topics": [{"key": "nope"}]}}, "$.overview.topics[0].key"),
    ],
)
def test_field_rules_are_reported_by_from_dict_and_the_schema_alike(change, path):
    """Range and vocabulary rules of fields are errors with paths, and the schema rejects them too."""
    jsonschema = pytest.importorskip("jsonschema")
    data = {"format": "2021", "year": 2024, "body": {"name": "某局"}, **change}
    with pytest.raises(gr.ValidationError) as info:
        gr.from_dict(data)
    assert info.value.paths == (path,)
    assert not jsonschema.Draft202012Validator(gr.json_schema()).is_valid(data)


def test_row_missing_from_a_table_of_the_other_format_is_named():
    """A 2021 report may carry a 2019-format table 二: a row deleted from it is reported at its path."""
    spec = layout_for(gr.FormatVersion.V2019).disclosure
    zero = {CellKind.MONEY: Decimal(0), CellKind.AMOUNT: Amount(value=Decimal(0), unit="元")}
    cells = tuple(zero.get(spec.column(column).kind, 0) for _, column in spec.cells)
    data = gr.to_dict(_report(disclosure=Table(spec=spec, cells=cells)))
    row = "procurement"
    assert row in data["disclosure"]
    assert row not in {r.key for r in layout_for(gr.FormatVersion.V2021).disclosure.rows}
    del data["disclosure"][row]
    with pytest.raises(ValidationError) as info:
        gr.from_dict(data)
    assert f"$.disclosure.{row}" in info.value.paths
