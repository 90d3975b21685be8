"""Serialization loses nothing: dict and JSON round trips, and the schema accepts what we write."""

from __future__ import annotations

import json

import pytest
from hypothesis import given

from govinfo_report.serialize import from_dict, from_json, json_schema, to_dict, to_json
from tests.strategies import consistent_reports, reports

jsonschema = pytest.importorskip("jsonschema")
VALIDATOR = jsonschema.Draft202012Validator(json_schema())


def test_schema_is_a_valid_draft_2020_12_schema():
    """The JSON Schema itself is valid against the draft 2020-12 meta-schema."""
    jsonschema.Draft202012Validator.check_schema(json_schema())


@given(reports())
def test_json_round_trip_is_lossless(report):
    """from_json(to_json(r)) == r for every report, consistent or not."""
    assert from_json(to_json(report)) == report


@given(reports())
def test_dict_round_trip_is_lossless(report):
    """from_dict(to_dict(r)) == r, and to_dict is plain JSON data."""
    data = to_dict(report)
    assert from_dict(data) == report
    assert json.loads(json.dumps(data)) == data


@given(reports())
def test_indented_json_and_bytes_round_trip(report):
    """Indented JSON and JSON as UTF-8 bytes read back to the same report."""
    assert from_json(to_json(report, indent=2)) == report
    assert from_json(to_json(report, indent=4).encode()) == report


@given(reports())
def test_schema_accepts_every_serialized_report(report):
    """The JSON Schema accepts to_dict(r) for every report."""
    VALIDATOR.validate(to_dict(report))


@given(consistent_reports())
def test_money_keeps_its_decimal_places(report):
    """Money keeps its exact digits and places: 96171.60 stays 96171.60."""
    back = from_json(to_json(report))
    for (_, _, ours), (_, _, theirs) in zip(report.disclosure, back.disclosure):
        assert str(ours) == str(theirs)
