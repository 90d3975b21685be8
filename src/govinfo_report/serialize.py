"""Lossless conversion between reports and dicts, JSON text and a JSON Schema.

JSON keys are the stable English keys of the layout. Cells are integers,
``null`` for a blank cell, ``"not_applicable"`` for a cell marked not
applicable, money as a decimal string (``"96171.6"``: never a float) and
amounts with their unit as ``{"value": "251000", "unit": "元"}``.

Bad input raises one :class:`~govinfo_report.errors.ValidationError` that lists
every problem with its JSON path.

>>> from govinfo_report.model import AnnualReport, Body
>>> from govinfo_report.layout import FormatVersion
>>> report = AnnualReport(body=Body(name="某区人民政府"), year=2024, format=FormatVersion.V2021)
>>> from_json(to_json(report)) == report
True
>>> from_dict({"format": "2021", "year": "2024", "body": {"name": "x"}, "colour": 1})
Traceback (most recent call last):
...
govinfo_report.errors.ValidationError: 2 problems in the report data:
  $.colour: unknown key
  $.year: expected an integer, got '2024' (str)
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
import operator
import re
import types
import typing
from collections.abc import Callable
from decimal import Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)

from govinfo_report.errors import Problem, ValidationError
from govinfo_report.layout import CellKind, FormatVersion, TableSpec, layout_for
from govinfo_report.model import (
    BLANK,
    NOT_APPLICABLE,
    Amount,
    AnnualReport,
    Body,
    Improvements,
    Mark,
    OtherMatters,
    Overview,
    Table,
)
from govinfo_report.model._cells import AMOUNT_UNITS

if TYPE_CHECKING:
    from collections.abc import Mapping


def _optional_orjson() -> Any:
    """The orjson module when installed (the ``speedups`` extra), else ``None``."""
    try:
        import orjson
    except ImportError:  # pragma: no cover - depends on the environment
        return None
    return orjson


_orjson: Any = _optional_orjson()
_HAS_FRAGMENT = hasattr(_orjson, "Fragment")

__all__ = ["SCHEMA_ID", "from_dict", "from_json", "json_schema", "to_dict", "to_json"]

SCHEMA_ID = "https://govinfo-report.readthedocs.io/schema/annual-report.json"
NOT_APPLICABLE_JSON = "not_applicable"
_DECIMAL = re.compile(r"[0-9]+(?:\.[0-9]+)?\Z")
_DECIMAL_PATTERN = "^[0-9]+(\\.[0-9]+)?$"
_TABLE_FIELDS = ("disclosure", "requests", "reviews")


# --- cells ------------------------------------------------------------------------------


def _describe(value: object) -> str:
    return f"{value!r} ({type(value).__name__})"


def _money_from(value: object) -> Decimal:
    if type(value) is str and _DECIMAL.match(value):
        return Decimal(value)
    if type(value) is float:
        raise ValueError(f'expected a decimal string such as "12.50", got the float {value!r}')
    raise ValueError(f'expected a decimal string such as "12.50", got {_describe(value)}')


def _money_to(value: Decimal) -> str:
    return format(value, "f")


def _cell_from(kind: CellKind, value: object) -> object:
    """Decode one JSON cell; raise ValueError with the expectation otherwise."""
    if value is None:
        return BLANK
    if value == NOT_APPLICABLE_JSON:
        return NOT_APPLICABLE
    if kind is CellKind.COUNT:
        if type(value) is int and value >= 0:
            return value
        raise ValueError(f'expected a count (an integer >= 0), null or "not_applicable", got {_describe(value)}')
    if kind is CellKind.SIGNED_COUNT:
        if type(value) is int:
            return value
        raise ValueError(f'expected an integer, null or "not_applicable", got {_describe(value)}')
    if kind is CellKind.MONEY:
        return _money_from(value)
    if type(value) is dict and set(value) == {"value", "unit"}:
        if value["unit"] not in AMOUNT_UNITS:
            raise ValueError(f"expected a unit among {'/'.join(AMOUNT_UNITS)}, got {value['unit']!r}")
        return Amount(value=_money_from(value["value"]), unit=value["unit"])
    raise ValueError(
        f'expected an amount {{"value": "…", "unit": "元"}}, null or "not_applicable", got {_describe(value)}'
    )


def _cell_to(value: object) -> object:
    if type(value) is int:
        return value
    if value is BLANK:
        return None
    if value is NOT_APPLICABLE:
        return NOT_APPLICABLE_JSON
    if type(value) is Decimal:
        return format(value, "f")
    assert type(value) is Amount  # noqa: S101 - the model admits no other cell
    return {"value": format(value.value, "f"), "unit": value.unit}


# --- tables -----------------------------------------------------------------------------


@attrs.frozen
class _RowPlan:
    """How one row of a table is written and read: precomputed for speed."""

    key: str
    columns: tuple[str, ...]
    kinds: tuple[CellKind, ...]
    names: frozenset[str]
    start: int
    stop: int
    pick: Callable[[dict[str, object]], Any]
    counts_only: bool


def _pick_one(column: str) -> Callable[[dict[str, object]], tuple[object]]:
    """Like ``itemgetter(column)`` but returning a 1-tuple, as itemgetter does for several keys."""

    def pick(row: dict[str, object]) -> tuple[object]:
        return (row[column],)

    return pick


def _plan(spec: TableSpec) -> tuple[_RowPlan, ...]:
    plans = []
    start = 0
    for block in spec.blocks:
        columns = tuple(c.key for c in block.columns)
        kinds = tuple(c.kind for c in block.columns)
        pick = operator.itemgetter(*columns) if len(columns) > 1 else _pick_one(columns[0])
        for row in block.rows:
            stop = start + len(columns)
            counts_only = all(kind is CellKind.COUNT for kind in kinds)
            plans.append(_RowPlan(row.key, columns, kinds, frozenset(columns), start, stop, pick, counts_only))
            start = stop
    return tuple(plans)


_SPECS: tuple[TableSpec, ...] = tuple({id(spec): spec for v in FormatVersion for spec in layout_for(v).tables}.values())
_PLANS: Mapping[int, tuple[_RowPlan, ...]] = MappingProxyType({id(spec): _plan(spec) for spec in _SPECS})
_ROW_KEYS: Mapping[int, frozenset[str]] = MappingProxyType(
    {id(spec): frozenset(row.key for row in spec.rows) for spec in _SPECS}
)
_INT_ONLY = frozenset({int})

# Per row: key, number of cells, how to pick them, and their kinds (None for a row of counts).
_FastPlan = tuple[tuple[str, int, Callable[[dict[str, object]], Any], tuple[CellKind, ...] | None], ...]
_FAST_PLANS: Mapping[int, _FastPlan] = MappingProxyType(
    {
        id(spec): tuple((p.key, len(p.columns), p.pick, None if p.counts_only else p.kinds) for p in _PLANS[id(spec)])
        for spec in _SPECS
    }
)


def _table_to(table: Table) -> dict[str, dict[str, object]]:
    cells = table.cells
    data: dict[str, dict[str, object]] = {}
    for plan in _PLANS[id(table.spec)]:
        values = cells[plan.start : plan.stop]
        if set(map(type, values)) == _INT_ONLY:
            data[plan.key] = dict(zip(plan.columns, values))
        else:
            data[plan.key] = dict(zip(plan.columns, map(_cell_to, values)))
    return data


def _table_specs(key: str, version: FormatVersion | None) -> tuple[TableSpec, ...]:
    """The specs a table of *key* may follow: the report's format first."""
    versions = list(FormatVersion)
    if version is not None:
        versions.remove(version)
        versions.insert(0, version)
    specs: list[TableSpec] = []
    for v in versions:
        spec = getattr(layout_for(v), key)
        if spec not in specs:
            specs.append(spec)
    return tuple(specs)


_CANDIDATES: Mapping[tuple[str, FormatVersion | None], tuple[TableSpec, ...]] = MappingProxyType(
    {(key, v): _table_specs(key, v) for key in _TABLE_FIELDS for v in (*FormatVersion, None)}
)


def _table_from(value: object, key: str, version: FormatVersion | None, problems: list[Problem]) -> Table | None:
    if value is None:
        return None
    if type(value) is not dict:
        problems.append(Problem(f"$.{key}", f"expected an object of rows or null, got {_describe(value)}"))
        return None
    specs = _CANDIDATES[key, version]
    # A table is read in the report's own format unless its rows are exactly another format's; rows
    # that fit no format exactly are read in the format they share the most rows with (the report's
    # own on a tie), so that a row missing from a table of the other format is reported as missing.
    spec = specs[0]
    keys = value.keys()
    if keys != _ROW_KEYS[id(spec)]:
        exact = next((s for s in specs[1:] if keys == _ROW_KEYS[id(s)]), None)
        spec = exact or max(specs, key=lambda s: len(keys & _ROW_KEYS[id(s)]))
    plans = _FAST_PLANS[id(spec)]
    cells = _counts_fast(value, plans) if id(spec) in _COUNTS_ONLY else _table_fast(value, plans)
    if cells is not None:
        return Table._trusted(spec, cells)  # type: ignore[arg-type]  # noqa: SLF001 - every cell checked
    return _table_slow(value, spec, problems)


def _table_fast(value: dict[str, Any], plans: _FastPlan) -> tuple[object, ...] | None:
    """The cells of a valid table, or ``None`` when anything is off (the slow path then says what).

    Rows of counts are picked whole and their integers checked at once at the end.
    """
    if len(value) != len(plans):
        return None
    cells: list[object] = []
    counts: list[object] = []  # the cells of rows of counts, checked together at the end
    try:
        for key, width, pick, kinds in plans:
            row = value[key]
            if len(row) != width:
                return None
            if kinds is None:
                values = pick(row)
                cells.extend(values)
                counts.extend(values)
            else:
                cells.extend(map(_cell_from, kinds, pick(row)))
    except (KeyError, TypeError, ValueError):
        return None
    if counts and (set(map(type, counts)) != _INT_ONLY or min(counts) < 0):  # type: ignore[type-var,operator]
        return None
    return tuple(cells)


def _counts_fast(value: dict[str, Any], plans: _FastPlan) -> tuple[object, ...] | None:
    """Like :func:`_table_fast` for a table whose every cell is a count."""
    if len(value) != len(plans):
        return None
    cells: list[object] = []
    extend = cells.extend
    try:
        for key, width, pick, _kinds in plans:
            row = value[key]
            if len(row) != width:
                return None
            extend(pick(row))
    except (KeyError, TypeError):
        return None
    if set(map(type, cells)) != _INT_ONLY or min(cells) < 0:  # type: ignore[type-var,operator]
        return None
    return tuple(cells)


def _table_slow(value: dict[str, Any], spec: TableSpec, problems: list[Problem]) -> Table | None:
    """Read a table cell by cell, collecting a problem for every bad row, column or cell."""
    path = f"$.{spec.key}"
    before = len(problems)
    rows = _ROW_KEYS[id(spec)]
    problems.extend(Problem(f"{path}.{name}", "unknown row") for name in value if name not in rows)
    cells: list[object] = []
    for plan in _PLANS[id(spec)]:
        _read_row(value.get(plan.key), plan, cells, problems, row_path=f"{path}.{plan.key}", present=plan.key in value)
    if len(problems) > before:
        return None
    return Table._trusted(spec, tuple(cells))  # type: ignore[arg-type]  # noqa: SLF001 - every cell checked


def _read_row(
    row_value: object, plan: _RowPlan, cells: list[object], problems: list[Problem], *, row_path: str, present: bool
) -> None:
    """Read one row cell by cell, collecting a problem for each bad cell."""
    if type(row_value) is not dict:
        expected = f"expected an object of cells, got {_describe(row_value)}" if present else "missing row"
        problems.append(Problem(row_path, expected))
        cells.extend([BLANK] * len(plan.columns))
        return
    if row_value.keys() != plan.names:
        problems.extend(Problem(f"{row_path}.{n}", "unknown column") for n in row_value if n not in plan.names)
        problems.extend(Problem(f"{row_path}.{n}", "missing cell") for n in plan.columns if n not in row_value)
    for column, kind in zip(plan.columns, plan.kinds):
        value = row_value.get(column)
        try:
            cells.append(_cell_from(kind, value))
        except ValueError as err:
            cell_path = f"{row_path}.{column}"
            if kind is CellKind.AMOUNT and type(value) is dict:
                problems.extend(_amount_problems(value, cell_path))
            else:
                problems.append(Problem(cell_path, str(err)))
            cells.append(BLANK)


def _amount_problems(value: dict[str, Any], path: str) -> list[Problem]:
    """What is wrong with an amount object, field by field."""
    problems = [Problem(f"{path}.{key}", "unknown key") for key in value if key not in ("value", "unit")]
    problems.extend(Problem(f"{path}.{key}", "missing field") for key in ("value", "unit") if key not in value)
    if "value" in value:
        try:
            _money_from(value["value"])
        except ValueError as err:
            problems.append(Problem(f"{path}.value", str(err)))
    if "unit" in value and value["unit"] not in AMOUNT_UNITS:
        problems.append(
            Problem(f"{path}.unit", f"expected one of {'/'.join(AMOUNT_UNITS)}, got {_describe(value['unit'])}")
        )
    return problems


# --- the rest of the report: cattrs -----------------------------------------------------


def _strict(kind: type, name: str) -> Callable[[object, type], object]:
    def structure(value: object, _type: type) -> object:
        if type(value) is not kind:
            raise ValueError(f"expected {name}, got {_describe(value)}")
        return value

    return structure


def _build_converter(*, detailed: bool) -> cattrs.Converter:
    """The converter for everything but the tables; *detailed* collects every problem with its path."""
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=detailed)
    converter.register_structure_hook(int, _strict(int, "an integer"))
    converter.register_structure_hook(str, _strict(str, "text"))
    converter.register_structure_hook(bool, _strict(bool, "true or false"))
    converter.register_structure_hook(Decimal, lambda v, _t: _money_from(v))
    converter.register_unstructure_hook(Decimal, _money_to)
    converter.register_structure_hook(_dt.date, lambda v, _t: _date_from(v))
    converter.register_unstructure_hook(_dt.date, _dt.date.isoformat)
    converter.register_unstructure_hook(Mark, _cell_to)
    converter.register_structure_hook(int | Mark, lambda v, _t: _cell_from(CellKind.COUNT, v))
    converter.register_structure_hook(Decimal | Mark, lambda v, _t: _cell_from(CellKind.MONEY, v))
    converter.register_unstructure_hook(int | Mark, _cell_to)
    converter.register_unstructure_hook(Decimal | Mark, _cell_to)
    converter.register_structure_hook_factory(lambda t: isinstance(t, type) and issubclass(t, enum.Enum), _enum_hook)
    if not detailed:
        converter.register_structure_hook_factory(_is_homogeneous_tuple, _fast_tuple_hook)
        converter.register_structure_hook_factory(_is_optional, _fast_optional_hook)
    return converter


def _is_optional(kind: Any) -> bool:
    args = typing.get_args(kind)
    return typing.get_origin(kind) in (typing.Union, types.UnionType) and len(args) == 2 and args[1] is type(None)


def _fast_optional_hook(kind: Any, converter: cattrs.Converter) -> Callable[[object, Any], object]:
    """``X | None`` with the hook of X looked up once."""
    inner_type = typing.get_args(kind)[0]
    inner = converter.get_structure_hook(inner_type)

    def structure(value: object, _kind: Any) -> object:
        return None if value is None else inner(value, inner_type)

    return structure


def _is_homogeneous_tuple(kind: Any) -> bool:
    args = typing.get_args(kind)
    return typing.get_origin(kind) is tuple and len(args) == 2 and args[1] is Ellipsis


def _fast_tuple_hook(kind: Any, converter: cattrs.Converter) -> Callable[[object, Any], tuple[object, ...]]:
    """``tuple[X, ...]`` from a JSON array in one pass (the detailed converter reports problems)."""
    item = converter.get_structure_hook(typing.get_args(kind)[0])
    item_type = typing.get_args(kind)[0]

    def structure(value: object, _kind: Any) -> tuple[object, ...]:
        if type(value) is not list:
            raise ValueError(f"expected an array, got {_describe(value)}")
        return tuple([item(element, item_type) for element in value])

    return structure


def _enum_hook(kind: type[enum.Enum]) -> Callable[[object, Any], enum.Enum]:
    """An enum member by its value, looked up in a table made once."""
    members = MappingProxyType({member.value: member for member in kind})
    choices = ", ".join(repr(value) for value in members)

    def structure(value: object, _kind: Any) -> enum.Enum:
        try:
            return members[value]
        except (KeyError, TypeError):
            raise ValueError(f"expected one of {choices}, got {_describe(value)}") from None

    return structure


def _date_from(value: object) -> _dt.date:
    if type(value) is str:
        try:
            return _dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise ValueError(f'expected a date "YYYY-MM-DD", got {_describe(value)}')


# The fast converter reads valid data; on any failure the detailed one reads it again to
# report every problem with its path.
_CONVERTER = _build_converter(detailed=False)
_DETAILED = _build_converter(detailed=True)


def _collect(error: BaseException, path: str, problems: list[Problem]) -> None:
    """Flatten a cattrs exception group into problems with JSON paths."""
    if isinstance(error, ValidationError):
        problems.extend(Problem(path + p.path[1:], p.message) for p in error.problems)
    elif isinstance(error, ForbiddenExtraKeysError):
        problems.extend(Problem(f"{path}.{key}", "unknown key") for key in sorted(error.extra_fields))
    elif isinstance(error, (ClassValidationError, IterableValidationError)):
        for sub in error.exceptions:
            sub_path = path
            for note in getattr(sub, "__notes__", ()):
                if isinstance(note, AttributeValidationNote):
                    sub_path = f"{path}.{note.name}"
                elif isinstance(note, IterableValidationNote):
                    sub_path = f"{path}[{note.index}]"
            _collect(sub, sub_path, problems)
    elif isinstance(error, KeyError):
        problems.append(Problem(path, "missing required field"))
    elif isinstance(error, (ValueError, TypeError)):
        message = str(error)
        if isinstance(error, TypeError) or not message.startswith("expected"):
            message = f"invalid value: {message}"
        problems.append(Problem(path, message))
    else:  # pragma: no cover - cattrs raises nothing else for JSON data
        raise error


def _structure(value: object, kind: Any, path: str, problems: list[Problem]) -> Any:
    try:
        return _CONVERTER.structure(value, kind)
    except Exception:  # noqa: BLE001, S110 - read again, in detail, to report every problem
        pass
    try:
        return _DETAILED.structure(value, kind)
    except Exception as err:  # noqa: BLE001 - every failure becomes a problem with its path
        _collect(err, path, problems)
        return None


_FIELDS = {field.name: field for field in attrs.fields(AnnualReport)}
_REQUIRED = tuple(name for name, field in _FIELDS.items() if field.default is attrs.NOTHING)
_TYPES: Mapping[str, Any] = MappingProxyType(
    {
        "body": Body,
        "year": int,
        "published": _dt.date | None,
        "title": str,
        "preamble": str,
        "headings": tuple[str, ...] | None,
        "overview": Overview,
        "disclosure_text": str,
        "requests_text": str,
        "reviews_text": str,
        "improvements": Improvements,
        "other_matters": OtherMatters,
    }
)


# Text and integer fields are checked in place; the others go through the converter's hooks.
_FAST_HOOKS = tuple(
    (name, kind, None if kind in (str, int) else _CONVERTER.get_structure_hook(kind)) for name, kind in _TYPES.items()
)
_FIELD_NAMES = frozenset(_FIELDS)
_VERSIONS = MappingProxyType({version.value: version for version in FormatVersion})


class _Unreadable(Exception):  # noqa: N818 - internal signal, never raised to users
    """The fast reader met something it does not accept; the detailed reader says what."""


def _from_dict_fast(data: object) -> AnnualReport:
    """Read valid data with no bookkeeping of paths; raise on anything unusual."""
    if type(data) is not dict or not data.keys() <= _FIELD_NAMES:
        raise _Unreadable
    version = _VERSIONS[data["format"]]
    values: dict[str, Any] = {"format": version}
    for name, kind, hook in _FAST_HOOKS:
        if name in data:
            value = data[name]
            if hook is None:
                if type(value) is not kind:
                    raise _Unreadable
                values[name] = value
            else:
                values[name] = hook(value, kind)
    problems: list[Problem] = []
    for name in _TABLE_FIELDS:
        if name in data:
            values[name] = _table_from(data[name], name, version, problems)
    if problems:
        raise _Unreadable
    return AnnualReport(**values)


def from_dict(data: object) -> AnnualReport:
    """The report that *data* (as made by :func:`to_dict`) describes.

    Raises :class:`~govinfo_report.errors.ValidationError` listing every problem.
    """
    try:
        return _from_dict_fast(data)
    except Exception:  # noqa: BLE001, S110 - read again, in detail, to report every problem
        pass
    return _from_dict_detailed(data)


def _from_dict_detailed(data: object) -> AnnualReport:
    """Read *data* field by field, collecting every problem with its path."""
    if type(data) is not dict:
        raise ValidationError((Problem("$", f"expected an object, got {type(data).__name__}"),))
    problems: list[Problem] = [Problem(f"$.{key}", "unknown key") for key in data if key not in _FIELDS]
    problems.extend(Problem(f"$.{name}", "missing required field") for name in _REQUIRED if name not in data)
    version: FormatVersion | None = None
    if "format" in data:
        try:
            version = FormatVersion(data["format"])
        except ValueError:
            problems.append(Problem("$.format", f'expected "2019" or "2021", got {_describe(data["format"])}'))
    values: dict[str, Any] = {"format": version}
    for name, kind in _TYPES.items():
        if name in data:
            before = len(problems)
            values[name] = value = _structure(data[name], kind, f"$.{name}", problems)
            validator = _FIELDS[name].validator
            if validator is not None and value is not None and len(problems) == before:
                try:  # the report's own checks of this field, so that all problems come out at once
                    validator(None, _FIELDS[name], value)
                except ValidationError as err:
                    problems.extend(err.problems)
    for name in _TABLE_FIELDS:
        if name in data:
            values[name] = _table_from(data[name], name, version, problems)
    if problems:
        raise ValidationError(tuple(problems))
    try:
        return AnnualReport(**values)
    except ValidationError:
        raise
    except (TypeError, ValueError) as err:  # pragma: no cover - validators raise ValidationError
        raise ValidationError((Problem("$", str(err)),)) from err


def to_dict(report: AnnualReport) -> dict[str, Any]:
    """The report as plain data (dicts, lists, str, int, None) that JSON can hold.

    >>> from govinfo_report.model import AnnualReport, Body
    >>> from govinfo_report.layout import FormatVersion
    >>> d = to_dict(AnnualReport(body=Body(name="x"), year=2024, format=FormatVersion.V2021))
    >>> d["format"], d["year"], d["requests"]
    ('2021', 2024, None)
    """
    return _report_data(report, _table_to)


def _report_data(report: AnnualReport, table_to: Callable[[Table], object]) -> dict[str, Any]:
    data: dict[str, Any] = {"format": report.format.value}
    for name, unstructure in _UNSTRUCTURE:
        value = getattr(report, name)
        if unstructure is None:  # text and integers are JSON as they are
            data[name] = value
        elif name in _TABLE_FIELDS:
            data[name] = None if value is None else table_to(value)
        else:
            data[name] = unstructure(value)
    return data


def _headings_to(headings: tuple[str, ...] | None) -> list[str] | None:
    return None if headings is None else list(headings)


def _unstructure_hook(name: str) -> Callable[[Any], object] | None:
    if name in _TABLE_FIELDS:
        return _table_to
    if name == "headings":
        return _headings_to
    if _TYPES[name] in (str, int):
        return None
    return _CONVERTER.get_unstructure_hook(_TYPES[name])


# How each field but the format is written, in the order of the model.
_UNSTRUCTURE = tuple((name, _unstructure_hook(name)) for name in _FIELDS if name != "format")


_PLACEHOLDERS = MappingProxyType({CellKind.COUNT: "%d", CellKind.SIGNED_COUNT: "%d", CellKind.MONEY: '"%s"'})


@attrs.frozen
class _Template:
    """A table as ``%``-format templates of compact JSON (keys are plain ASCII)."""

    text: str
    money: tuple[int, ...]  # positions of money cells, written as decimal strings
    marked: str  # every cell a ``%s`` of its JSON text, for tables with blank or not-applicable cells


def _json_template(spec: TableSpec) -> _Template | None:
    """The template of a table of counts and money; ``None`` for one with amounts."""
    if any(column.kind not in _PLACEHOLDERS for column in spec.columns):
        return None
    rows = (
        '"{}":{{{}}}'.format(
            plan.key, ",".join(f'"{column}":{_PLACEHOLDERS[kind]}' for column, kind in zip(plan.columns, plan.kinds))
        )
        for plan in _PLANS[id(spec)]
    )
    money = tuple(i for i, (_row, column) in enumerate(spec.iter_cells()) if column.kind is CellKind.MONEY)
    marked = (
        '"{}":{{{}}}'.format(plan.key, ",".join(f'"{column}":%s' for column in plan.columns))
        for plan in _PLANS[id(spec)]
    )
    return _Template("{" + ",".join(rows) + "}", money, "{" + ",".join(marked) + "}")


# The types of cell the ``marked`` template writes (an amount with its unit is an object).
_MARKED_TYPES = frozenset({int, Decimal, Mark})
_NOT_APPLICABLE_TEXT = f'"{NOT_APPLICABLE_JSON}"'


def _marked_fragment(template: _Template, cells: tuple[object, ...]) -> object | None:
    """The table through the ``marked`` template, or ``None`` if a cell is an amount with a unit."""
    if not _MARKED_TYPES.issuperset(map(type, cells)):
        return None
    texts = [
        cell
        if type(cell) is int
        else "null"
        if cell is BLANK
        else _NOT_APPLICABLE_TEXT
        if cell is NOT_APPLICABLE
        else f'"{cell:f}"'
        for cell in cells
    ]
    fragment: object = _orjson.Fragment((template.marked % tuple(texts)).encode())
    return fragment


_TEMPLATES: Mapping[int, _Template | None] = MappingProxyType({id(spec): _json_template(spec) for spec in _SPECS})
# The tables whose every cell is a count (tables 三 and 四).
_COUNTS_ONLY = frozenset(id(spec) for spec in _SPECS if all(c.kind is CellKind.COUNT for c in spec.columns))


def _table_fragment(table: Table) -> object:
    """A table as a pre-serialized orjson fragment when every cell is a count, else as a dict."""
    template = _TEMPLATES[id(table.spec)]
    if template is None:
        return _table_to(table)
    cells: Any = table.cells
    if template.money:
        if any(type(cells[i]) is not Decimal for i in template.money):
            fragment = _marked_fragment(template, table.cells)
            return _table_to(table) if fragment is None else fragment
        cells = list(cells)
        for i in template.money:
            cells[i] = format(cells[i], "f")
        cells = tuple(cells)
    try:  # count cells hold ints or marks, and a mark does not format as %d
        return _orjson.Fragment((template.text % cells).encode())
    except TypeError:
        fragment = _marked_fragment(template, table.cells)
        return _table_to(table) if fragment is None else fragment


def to_json(report: AnnualReport, *, indent: int | None = None) -> str:
    """The report as JSON text (UTF-8 characters kept as they are).

    Uses orjson when installed (and *indent* is ``None`` or 2), else the standard library.
    """
    if _orjson is not None and indent is None and _HAS_FRAGMENT:
        try:
            return _orjson.dumps(_report_data(report, _table_fragment)).decode()  # type: ignore[no-any-return]
        except TypeError:  # an integer beyond 64 bits: the standard library writes it exactly
            pass
    data = to_dict(report)
    if _orjson is not None and indent == 2:
        try:
            return _orjson.dumps(data, option=_orjson.OPT_INDENT_2).decode()  # type: ignore[no-any-return]
        except TypeError:
            pass
    separators = (",", ":") if indent is None else None
    return json.dumps(data, ensure_ascii=False, indent=indent, separators=separators)


def from_json(text: str | bytes) -> AnnualReport:
    """The report that the JSON *text* describes (see :func:`from_dict`)."""
    if _orjson is not None:
        try:
            data = _orjson.loads(text)
        except _orjson.JSONDecodeError:
            pass  # the standard library reads it again and names the place of the error
        else:
            try:
                return from_dict(data)
            except ValidationError:
                pass  # orjson reads integers beyond 64 bits as floats: decide on exact values below
    try:
        loaded: object = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise ValidationError((Problem("$", f"expected JSON text: {err}"),)) from None
    return from_dict(loaded)


# --- JSON Schema ------------------------------------------------------------------------


def _cell_schema(kind: CellKind) -> dict[str, Any]:
    marks = [{"type": "null", "description": "blank: missing data"}, {"const": NOT_APPLICABLE_JSON}]
    money: dict[str, Any] = {"type": "string", "pattern": _DECIMAL_PATTERN}
    numbers: dict[CellKind, dict[str, Any]] = {
        CellKind.COUNT: {"type": "integer", "minimum": 0},
        CellKind.SIGNED_COUNT: {"type": "integer"},
        CellKind.MONEY: money,
        CellKind.AMOUNT: {
            "type": "object",
            "properties": {"value": money, "unit": {"enum": list(AMOUNT_UNITS)}},
            "required": ["value", "unit"],
            "additionalProperties": False,
        },
    }
    return {"anyOf": [numbers[kind], *marks]}


def _table_schema(spec: TableSpec) -> dict[str, Any]:
    rows: dict[str, Any] = {}
    for block in spec.blocks:
        for row in block.rows:
            rows[row.key] = {
                "type": "object",
                "title": row.full_label,
                "properties": {c.key: {**_cell_schema(c.kind), "title": c.label} for c in block.columns},
                "required": [c.key for c in block.columns],
                "additionalProperties": False,
            }
    title = spec.name
    return {"type": "object", "title": title, "properties": rows, "required": list(rows), "additionalProperties": False}


def _class_schema(kind: Any, defs: dict[str, Any]) -> dict[str, Any]:
    """Schema of a type used outside the tables (attrs classes, enums, optionals, tuples)."""
    origin = typing.get_origin(kind)
    if kind is str:
        return {"type": "string"}
    if kind is int:
        return {"type": "integer"}
    if kind is _dt.date:
        return {"type": "string", "format": "date", "pattern": "^(1949|19[5-9][0-9]|[2-9][0-9]{3})-[0-9]{2}-[0-9]{2}$"}
    if kind == (int | Mark):
        return _cell_schema(CellKind.COUNT)
    if kind == (Decimal | Mark):
        return _cell_schema(CellKind.MONEY)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return {"enum": [member.value for member in kind]}
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_class_schema(arg, defs) for arg in typing.get_args(kind)]}
    if kind is type(None):
        return {"type": "null"}
    if origin is tuple:
        return {"type": "array", "items": _class_schema(typing.get_args(kind)[0], defs)}
    if attrs.has(kind):
        name = kind.__name__
        if name not in defs:
            defs[name] = {}
            hints = typing.get_type_hints(kind)
            fields = attrs.fields(kind)
            defs[name] = {
                "type": "object",
                "properties": {
                    f.name: f.metadata.get("json_schema") or _class_schema(hints[f.name], defs) for f in fields
                },
                "required": [f.name for f in fields if f.default is attrs.NOTHING],
                "additionalProperties": False,
            }
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no schema for {kind!r}")  # pragma: no cover


def json_schema() -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) of the document :func:`to_dict` and :func:`to_json` write.

    >>> schema = json_schema()
    >>> schema["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    >>> sorted(schema["properties"]["requests"]["anyOf"][0]["properties"])[:2]
    ['carried_forward', 'carried_over']
    """
    defs: dict[str, Any] = {}
    properties: dict[str, Any] = {"format": {"enum": [v.value for v in FormatVersion]}}
    for name, field in _FIELDS.items():
        if name == "format":
            continue
        if name in _TABLE_FIELDS:
            specs = _table_specs(name, None)
            properties[name] = {"anyOf": [*(_table_schema(s) for s in specs), {"type": "null"}]}
        else:
            properties[name] = field.metadata.get("json_schema") or _class_schema(_TYPES[name], defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "政府信息公开工作年度报告 (govinfo_report)",
        "type": "object",
        "properties": properties,
        "required": list(_REQUIRED),
        "additionalProperties": False,
        "$defs": defs,
    }
