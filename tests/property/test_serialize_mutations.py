"""Broken input: from_dict raises one library error naming the exact path, and the schema agrees."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from govinfo_report.errors import ValidationError
from govinfo_report.serialize import from_dict, json_schema, to_dict
from tests.strategies import reports

jsonschema = pytest.importorskip("jsonschema")
VALIDATOR = jsonschema.Draft202012Validator(json_schema())


def _paths(data: Any, prefix: str = "$") -> list[tuple[str, Any]]:
    """Every (path, value) below *data* in the `$.a.b[0]` notation."""
    found = [(prefix, data)]
    if isinstance(data, dict):
        for key, value in data.items():
            found.extend(_paths(value, f"{prefix}.{key}"))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found.extend(_paths(value, f"{prefix}[{index}]"))
    return found


def _locate(data: Any, path: str) -> tuple[Any, Any]:
    """The container holding *path* and the key or index within it."""
    parts: list[Any] = []
    for chunk in path[2:].split("."):
        name, *indexes = chunk.split("[")
        parts.append(name)
        parts.extend(int(i.rstrip("]")) for i in indexes)
    parent = data
    for part in parts[:-1]:
        parent = parent[part]
    return parent, parts[-1]


def _table_cells(data: dict[str, Any]) -> list[str]:
    return [
        p
        for p, v in _paths(data)
        if p.count(".") == 3 and p.split(".")[1] in ("disclosure", "requests", "reviews") and not isinstance(v, dict)
    ]


def _assert_rejected(data: dict[str, Any], path: str) -> None:
    with pytest.raises(ValidationError) as info:
        from_dict(data)
    assert path in info.value.paths, str(info.value)
    assert path in str(info.value)
    assert not VALIDATOR.is_valid(data)


@given(reports(), st.data())
def test_wrong_type_is_reported_at_its_path(report, data):
    """Replacing any leaf value with a value of the wrong type is reported at that path."""
    original = to_dict(report)
    leaves = [p for p, v in _paths(original) if not isinstance(v, (dict, list)) and p != "$"]
    path = data.draw(st.sampled_from(leaves))
    broken = copy.deepcopy(original)
    parent, key = _locate(broken, path)
    parent[key] = 1.5  # no value of the document may be a float
    _assert_rejected(broken, path)


@given(reports(), st.data())
def test_extra_key_is_reported_at_its_path(report, data):
    """An unknown key in any object is reported at its own path."""
    original = to_dict(report)
    objects = [p for p, v in _paths(original) if isinstance(v, dict)]
    path = data.draw(st.sampled_from(objects))
    broken = copy.deepcopy(original)
    target = broken if path == "$" else _locate(broken, path)[0][_locate(broken, path)[1]]
    name = data.draw(st.sampled_from(["colour", "extra", "总计2", "natural_persons"]))
    assume(name not in target)
    target[name] = 0
    _assert_rejected(broken, f"{path}.{name}")


@given(reports().filter(lambda r: r.requests is not None), st.data())
def test_negative_count_is_reported_at_its_path(report, data):
    """A negative count in table 三 is reported at that cell's path."""
    original = to_dict(report)
    path = data.draw(st.sampled_from([p for p in _table_cells(original) if p.startswith("$.requests.")]))
    broken = copy.deepcopy(original)
    parent, key = _locate(broken, path)
    parent[key] = -data.draw(st.integers(1, 10**15))
    _assert_rejected(broken, path)


@given(reports().filter(lambda r: r.disclosure is not None and r.format.value == "2021"), st.floats(0, 1e9))
def test_float_money_is_reported_at_its_path(report, amount):
    """Money given as a JSON number (a float) is refused: money is a decimal string."""
    broken = to_dict(report)
    path = "$.disclosure.fees.amount"
    assume("amount" in broken["disclosure"]["fees"])
    broken["disclosure"]["fees"]["amount"] = amount
    _assert_rejected(broken, path)


@given(reports(), st.data())
def test_missing_field_is_reported_at_its_path(report, data):
    """Removing a required field, a table row or a table cell is reported at its path."""
    original = to_dict(report)
    candidates = ["$.body", "$.year", "$.format", "$.body.name"]
    candidates += [
        p
        for p, v in _paths(original)
        if p.count(".") in (2, 3) and p.split(".")[1] in ("requests", "reviews", "disclosure")
    ]
    path = data.draw(st.sampled_from(candidates))
    broken = copy.deepcopy(original)
    parent, key = _locate(broken, path)
    assume(isinstance(parent, dict) and key in parent)
    del parent[key]
    _assert_rejected(broken, path)


@given(reports().filter(lambda r: r.requests is not None), st.data())
def test_wrong_table_key_is_reported(report, data):
    """A misspelt row or column key in a table is reported as unknown at its path."""
    original = to_dict(report)
    broken = copy.deepcopy(original)
    table = broken["requests"]
    if data.draw(st.booleans()):
        row = data.draw(st.sampled_from(sorted(table)))
        table[row + "_x"] = table.pop(row)
        _assert_rejected(broken, f"$.requests.{row}_x")
    else:
        row = data.draw(st.sampled_from(sorted(table)))
        column = data.draw(st.sampled_from(sorted(table[row])))
        table[row][column.upper()] = table[row].pop(column)
        _assert_rejected(broken, f"$.requests.{row}.{column.upper()}")


def test_all_problems_are_reported_at_once():
    """Several problems come back in one error, each with its path and expectation."""
    with pytest.raises(ValidationError) as info:
        from_dict({"format": "2022", "year": 2024.0, "body": {"name": 1, "kind": "ministry"}, "x": None})
    message = str(info.value)
    assert info.value.paths == ("$.x", "$.format", "$.body.name", "$.body.kind", "$.year")
    assert 'expected "2019" or "2021", got \'2022\' (str)' in message
    assert "expected an integer, got 2024.0 (float)" in message
