"""A table of the report: cells in the order of its official layout.

>>> from govinfo_report.layout import layout_for
>>> from govinfo_report.model import Table
>>> reviews = Table.blank(layout_for("2021").reviews)
>>> reviews = reviews.with_cells({("review", "upheld"): 2, ("review", "total"): 2})
>>> reviews["review", "结果维持"], reviews["行政复议", "total"]
(2, 2)
>>> reviews["review", "pending"]
BLANK
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from govinfo_report.errors import Problem, ValidationError
from govinfo_report.layout import TableSpec
from govinfo_report.model._cells import BLANK, Cell, cell_problem

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence

__all__ = ["Table"]


def _check_cells(instance: Table, _attribute: object, cells: tuple[Cell, ...]) -> None:
    spec = instance.spec
    if type(cells) is not tuple:
        raise ValidationError((Problem(f"$.{spec.key}", f"expected a tuple of cells, got {type(cells).__name__}"),))
    if len(cells) != len(spec.cells):
        message = f"expected {len(spec.cells)} cells for {spec.name}, got {len(cells)}"
        raise ValidationError((Problem(f"$.{spec.key}", message),))
    problems = []
    for (row, column), value in zip(spec.iter_cells(), cells):
        problem = cell_problem(column.kind, value)
        if problem is not None:
            problems.append(Problem(f"$.{spec.key}.{row.key}.{column.key}", problem))
    if problems:
        raise ValidationError(tuple(problems))


@attrs.frozen(kw_only=True)
class Table:
    """One of the report's tables (二, 三 or 四) as printed, totals included.

    Cells are reached by ``table[row, column]`` where *row* and *column* are
    stable keys (``"granted"``, ``"natural_person"``) or official labels
    (``"予以公开"``, ``"自然人"``); iterating yields ``(row, column, cell)``
    triples of keys and values in layout order.
    """

    spec: TableSpec = attrs.field(eq=False, hash=False, repr=False)
    cells: tuple[Cell, ...] = attrs.field(validator=_check_cells)
    _spec_key: tuple[str, str | None] = attrs.field(init=False, repr=False)

    @_spec_key.default
    def _spec_identity(self) -> tuple[str, str | None]:
        version = self.spec.version
        return (self.spec.key, None if version is None else version.value)

    @classmethod
    def blank(cls, spec: TableSpec) -> Table:
        """A table of *spec* with every cell blank."""
        return cls(spec=spec, cells=(BLANK,) * len(spec.cells))

    @classmethod
    def from_rows(cls, spec: TableSpec, rows: Mapping[str, Mapping[str, Cell] | Sequence[Cell]]) -> Table:
        """A table from ``{row: {column: cell}}`` or ``{row: [cells in column order]}``.

        Every row and column of *spec* must be given; keys may be labels.

        >>> from govinfo_report.layout import layout_for
        >>> spec = layout_for("2021").reviews
        >>> t = Table.from_rows(spec, {"行政复议": [1, 0, 0, 0, 1],
        ...     "litigation_direct": [0] * 5, "litigation_after_review": [0] * 5})
        >>> t["review", "total"]
        1
        """
        given: dict[str, Mapping[str, Cell] | Sequence[Cell]] = {}
        problems: list[Problem] = []
        for name, value in rows.items():
            try:
                given[spec.row_key(name)] = value
            except KeyError as err:
                problems.append(Problem(f"$.{spec.key}.{name}", str(err)))
        cells: list[Cell] = []
        for block in spec.blocks:
            for row in block.rows:
                values = given.get(row.key)
                if values is None:
                    problems.append(Problem(f"$.{spec.key}.{row.key}", "missing row"))
                    cells.extend([BLANK] * len(block.columns))
                    continue
                if isinstance(values, (list, tuple)):
                    if len(values) != len(block.columns):
                        message = f"expected {len(block.columns)} cells, got {len(values)}"
                        problems.append(Problem(f"$.{spec.key}.{row.key}", message))
                        cells.extend([BLANK] * len(block.columns))
                        continue
                    cells.extend(values)
                    continue
                by_key: dict[str, Cell] = {}
                for column_name, cell in values.items():  # type: ignore[union-attr]
                    try:
                        by_key[spec.column_key(column_name, row.key)] = cell
                    except KeyError as err:
                        problems.append(Problem(f"$.{spec.key}.{row.key}.{column_name}", str(err)))
                for column in block.columns:
                    if column.key not in by_key:
                        problems.append(Problem(f"$.{spec.key}.{row.key}.{column.key}", "missing cell"))
                    cells.append(by_key.get(column.key, BLANK))
        if problems:
            raise ValidationError(tuple(problems))
        return cls(spec=spec, cells=tuple(cells))

    def __getitem__(self, key: tuple[str, str]) -> Cell:
        index = self.spec._index.get(key)  # noqa: SLF001 - fast path for keys
        if index is None:
            index = self.spec.index(*key)
        return self.cells[index]

    def get(self, row: str, column: str) -> Cell:
        """The cell at *row*, *column* (keys or labels); same as ``table[row, column]``."""
        return self[row, column]

    def __iter__(self) -> Iterator[tuple[str, str, Cell]]:
        for (row, column), value in zip(self.spec.cells, self.cells):
            yield row, column, value

    def __len__(self) -> int:
        return len(self.cells)

    def row(self, name: str) -> dict[str, Cell]:
        """The cells of one row as ``{column key: cell}`` (a fresh dict)."""
        key = self.spec.row_key(name)
        return {column: value for row, column, value in self if row == key}

    def column(self, name: str) -> dict[str, Cell]:
        """The cells of one column as ``{row key: cell}`` over the rows that have it."""
        key = self.spec.column_key(name)
        return {row: value for row, column, value in self if column == key}

    def path(self, row: str, column: str) -> str:
        """The JSON path of a cell (``$.requests.granted.natural_person``)."""
        return self.spec.path(row, column)

    def with_cells(self, changes: Mapping[tuple[str, str], Cell]) -> Table:
        """A copy with the cells named in *changes* replaced (keys or labels)."""
        cells = list(self.cells)
        for (row, column), value in changes.items():
            cells[self.spec.index(row, column)] = value
        return Table(spec=self.spec, cells=tuple(cells))

    def to_rows(self) -> dict[str, dict[str, Cell]]:
        """The cells as ``{row key: {column key: cell}}`` in layout order."""
        rows: dict[str, dict[str, Cell]] = {}
        for row, column, value in self:
            rows.setdefault(row, {})[column] = value
        return rows

    @classmethod
    def _trusted(cls, spec: TableSpec, cells: tuple[Cell, ...]) -> Table:
        """Build without validation: for callers that validated every cell already."""
        table: Any = object.__new__(cls)
        object.__setattr__(table, "spec", spec)
        object.__setattr__(table, "cells", cells)
        version = spec.version
        object.__setattr__(table, "_spec_key", (spec.key, None if version is None else version.value))
        return table  # type: ignore[no-any-return]
