"""Builders for authors: give the leaf counts, get tables whose totals are derived.

Everything a builder makes is consistent by construction: every total equals
the sum it stands for, and table 三's carry-forward row satisfies the official
勾稽关系 (一 + 二 = （七）总计 + 四). A total over a blank or not-applicable part
is blank: the builder never invents a number.

>>> from govinfo_report.model import build_reviews
>>> t = build_reviews({"review": [3, 1, 0, 2], "litigation_direct": [0, 0, 0, 1],
...                    "litigation_after_review": [0, 0, 0, 0]})
>>> t["review", "total"], t["litigation_direct", "total"]
(6, 1)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from govinfo_report.errors import Problem, ValidationError
from govinfo_report.layout import FormatVersion, TableSpec, layout_for
from govinfo_report.model._cells import BLANK, Cell, Mark
from govinfo_report.model._table import Table

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence
    from decimal import Decimal

__all__ = ["build_disclosure", "build_requests", "build_reviews", "leaf_rows", "sum_cells"]


def sum_cells(values: Iterable[Cell]) -> Cell:
    """The sum of *values*, or blank when any of them is blank or not applicable.

    >>> sum_cells([1, 2, 3]), sum_cells([1, BLANK])
    (6, BLANK)
    """
    total: int | Decimal = 0
    for value in values:
        if type(value) is Mark:
            return BLANK
        total += value  # type: ignore[operator]
    return total


def leaf_rows(spec: TableSpec) -> tuple[str, ...]:
    """The rows of *spec* that no builder derives (everything but total and carry-forward rows).

    >>> len(leaf_rows(layout_for("2021").requests))
    23
    """
    return tuple(row.key for row in spec.rows if not row.sums and row.key != "carried_forward")


def _leaf_columns(spec: TableSpec) -> tuple[str, ...]:
    return tuple(column.key for column in spec.columns if not column.sums)


def _collect(
    spec: TableSpec,
    counts: Mapping[str, Mapping[str, Cell] | Sequence[Cell]],
    rows: tuple[str, ...],
) -> dict[str, dict[str, Cell]]:
    columns = _leaf_columns(spec)
    problems: list[Problem] = []
    given: dict[str, dict[str, Cell]] = {}
    for name, values in counts.items():
        try:
            key = spec.row_key(name)
        except KeyError as err:
            problems.append(Problem(f"$.{spec.key}.{name}", str(err)))
            continue
        if key not in rows:
            problems.append(Problem(f"$.{spec.key}.{key}", "a derived row: the builder computes it"))
            continue
        if isinstance(values, (list, tuple)):
            if len(values) != len(columns):
                message = f"expected {len(columns)} values ({', '.join(columns)}), got {len(values)}"
                problems.append(Problem(f"$.{spec.key}.{key}", message))
                continue
            given[key] = dict(zip(columns, values))
        else:
            row_values: dict[str, Cell] = {}
            for column_name, value in values.items():  # type: ignore[union-attr]
                try:
                    column = spec.column_key(column_name, key)
                except KeyError as err:
                    problems.append(Problem(f"$.{spec.key}.{key}.{column_name}", str(err)))
                    continue
                if column not in columns:
                    problems.append(Problem(f"$.{spec.key}.{key}.{column}", "a total: the builder computes it"))
                    continue
                row_values[column] = value
            missing = [c for c in columns if c not in row_values]
            problems.extend(Problem(f"$.{spec.key}.{key}.{c}", "missing value") for c in missing)
            given[key] = row_values
    problems.extend(Problem(f"$.{spec.key}.{row}", "missing row") for row in rows if row not in given and row)
    if problems:
        raise ValidationError(tuple(problems))
    return given


def _with_column_totals(spec: TableSpec, rows: dict[str, dict[str, Cell]]) -> dict[str, dict[str, Cell]]:
    for column in spec.columns:
        if column.sums:
            for values in rows.values():
                values[column.key] = sum_cells(values[part] for part in column.sums)
    return rows


def build_requests(
    counts: Mapping[str, Mapping[str, Cell] | Sequence[Cell]],
    *,
    version: FormatVersion | str = FormatVersion.V2021,
) -> Table:
    """Table 三 from the six applicant columns of every leaf row.

    Derived: the 总计 column of every row, the （七）总计 row and the
    carry-forward row 四 (一 + 二 − （七）总计, per column; an error if
    that is negative). Rows may be given by key or label; each as a sequence
    of six values or a mapping by column.

    >>> from govinfo_report.model import leaf_rows
    >>> spec = layout_for("2021").requests
    >>> counts = {row: [0] * 6 for row in leaf_rows(spec)}
    >>> counts["new_requests"] = [5, 1, 0, 0, 0, 0]
    >>> counts["granted"] = [3, 1, 0, 0, 0, 0]
    >>> t = build_requests(counts)
    >>> t["total_handled", "total"], t["carried_forward", "natural_person"]
    (4, 2)
    """
    spec = layout_for(version).requests
    rows = _collect(spec, counts, leaf_rows(spec))
    total_row = spec.row("total_handled")
    applicants = _leaf_columns(spec)
    rows["total_handled"] = {c: sum_cells(rows[r][c] for r in total_row.sums) for c in applicants}
    forward: dict[str, Cell] = {}
    problems: list[Problem] = []
    for column in applicants:
        parts = (rows["new_requests"][column], rows["carried_over"][column], rows["total_handled"][column])
        if any(type(p) is Mark for p in parts):
            forward[column] = BLANK
            continue
        value = parts[0] + parts[1] - parts[2]  # type: ignore[operator]
        if value < 0:
            message = f"handled {parts[2]} requests but received {parts[0]} and carried over {parts[1]}"
            problems.append(Problem(spec.path("carried_forward", column), message))
        forward[column] = value
    if problems:
        raise ValidationError(tuple(problems))
    rows["carried_forward"] = forward
    _with_column_totals(spec, rows)
    ordered = tuple(rows[row][column] for row, column in spec.cells)
    return Table(spec=spec, cells=ordered)


def build_reviews(counts: Mapping[str, Mapping[str, Cell] | Sequence[Cell]]) -> Table:
    """Table 四 from 维持, 纠正, 其他, 尚未审结 of each group; 总计 is derived."""
    spec = layout_for(FormatVersion.V2021).reviews
    rows = _with_column_totals(spec, _collect(spec, counts, leaf_rows(spec)))
    return Table(spec=spec, cells=tuple(rows[row][column] for row, column in spec.cells))


def build_disclosure(
    counts: Mapping[str, Mapping[str, Cell] | Sequence[Cell]],
    *,
    version: FormatVersion | str = FormatVersion.V2021,
) -> Table:
    """Table 二 from every cell (it has no totals to derive).

    >>> from decimal import Decimal
    >>> t = build_disclosure({"regulations": [1, 0, 11], "normative_documents": [8, 26, 66],
    ...     "licensing": [447228], "penalties": [3985758], "enforcement": [88283],
    ...     "fees": [Decimal("96171.6")]})
    >>> t["fees", "amount"]
    Decimal('96171.6')
    """
    spec = layout_for(version).disclosure
    return Table.from_rows(spec, counts)
