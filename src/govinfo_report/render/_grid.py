"""Each official table as a grid of cells with their row and column spans.

The grid is built from the layout alone and says nothing of any format: the
HTML renderer writes it as ``<table>`` rows, the text and Markdown renderers
read their header rows and row labels from it. It follows the official
template:

- table 二: one part per cited item of 第二十条, each a citation row across the
  table, a ``信息内容`` header row and its rows; a block with fewer columns
  than the widest widens its last cell;
- table 三: the 勾稽 note over the label columns and the three header rows,
  ``申请人情况`` over every applicant column, ``法人或其他组织`` over its five
  columns, and the group labels (``三、本年度办理结果``, ``（三）不予公开`` …)
  spanning the rows they group;
- table 四: ``行政复议`` and ``行政诉讼`` over its two kinds of suit, over the
  outcome columns, and one data row of 15 cells.

>>> from govinfo_report.layout import layout_for
>>> grid = grid_for(layout_for("2021").reviews)
>>> grid.width, grid.label_columns, [len(row.cells) for part in grid.parts for row in part.rows]
(15, 0, [2, 7, 10, 15])
"""

from __future__ import annotations

import enum
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

import attrs

from govinfo_report.layout import FormatVersion, TableSpec, layout_for

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from govinfo_report.layout import ColumnSpec, RowGroup, RowSpec

__all__ = [
    "Grid",
    "GridCell",
    "GridPart",
    "GridRow",
    "HeaderCell",
    "RowKind",
    "Scope",
    "ValueCell",
    "grid_for",
    "place",
]


class Scope(enum.Enum):
    """What a header cell heads (the values of HTML's ``scope``)."""

    COLUMN = "col"
    COLUMN_GROUP = "colgroup"
    ROW = "row"
    ROW_GROUP = "rowgroup"


class RowKind(enum.Enum):
    """What a row of the grid is."""

    CAPTION = "caption"
    """One cell across the table that heads the part below it (a legal citation)."""
    HEADER = "header"
    """Column headers."""
    DATA = "data"
    """A row of values, with its label cells."""


@attrs.frozen(kw_only=True, eq=False)
class HeaderCell:
    """A cell of official text: a header, a row label or a group label.

    Cells compare by identity: two cells with the same text are still two cells.
    """

    text: str
    scope: Scope
    rowspan: int = 1
    colspan: int = 1


@attrs.frozen(kw_only=True, eq=False)
class ValueCell:
    """The place of the value ``table[row, column]``."""

    row: str
    column: str
    colspan: int = 1
    rowspan: int = 1


GridCell = HeaderCell | ValueCell


@attrs.frozen(kw_only=True)
class GridRow:
    """One row of the grid: its kind and cells (spanned places are not repeated)."""

    kind: RowKind
    cells: tuple[GridCell, ...]


@attrs.frozen(kw_only=True)
class GridPart:
    """A header (``<thead>``) or body part (``<tbody>``); spans never cross parts.

    *columns* is the number of value columns the part really has: a narrower
    block of table 二 has fewer than the grid's width and widens its last cell.
    """

    head: bool
    rows: tuple[GridRow, ...]
    columns: int


@attrs.frozen(kw_only=True)
class Grid:
    """The official grid of one table: *width* columns, the first *label_columns* for labels."""

    spec: TableSpec = attrs.field(repr=False)
    width: int
    label_columns: int
    parts: tuple[GridPart, ...]


def place(rows: Sequence[GridRow], width: int) -> tuple[tuple[GridCell, ...], ...]:
    """Every position of *rows* in a rectangle *width* wide, filled with the cell that covers it.

    Raises :class:`ValueError` when the spans leave a hole, overlap or overflow.

    >>> from govinfo_report.layout import layout_for
    >>> grid = grid_for(layout_for("2021").requests)
    >>> matrix = place(grid.parts[0].rows, grid.width)
    >>> [cell.text for cell in matrix[2]][2:5]
    ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '自然人', '商业企业']
    """
    slots: list[list[GridCell | None]] = [[None] * width for _ in rows]
    for r, row in enumerate(rows):
        c = 0
        for cell in row.cells:
            while c < width and slots[r][c] is not None:
                c += 1
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    if r + dr >= len(rows) or c + dc >= width or slots[r + dr][c + dc] is not None:
                        raise ValueError(f"row {r}: a cell spanning {cell.rowspan}x{cell.colspan} does not fit")
                    slots[r + dr][c + dc] = cell
            c += cell.colspan
    filled: list[tuple[GridCell, ...]] = []
    for r, line in enumerate(slots):
        if any(cell is None for cell in line):
            raise ValueError(f"row {r}: the cells cover fewer than {width} columns")
        filled.append(tuple(cell for cell in line if cell is not None))
    return tuple(filled)


def grid_for(spec: TableSpec) -> Grid:
    """The official grid of the table *spec* (table 二, 三 or 四 of either format)."""
    grid = _OFFICIAL.get(spec)
    return grid if grid is not None else _build(spec)


def _build(spec: TableSpec) -> Grid:
    if spec.key == "disclosure":
        return _disclosure(spec)
    if spec.key == "requests":
        return _requests(spec)
    return _reviews(spec)


# --- table 二 ------------------------------------------------------------------------


def _disclosure(spec: TableSpec) -> Grid:
    width = 1 + max(len(block.columns) for block in spec.blocks)
    parts = []
    for block in spec.blocks:
        count = len(block.columns)
        spans = [1] * (count - 1) + [width - count]
        header = (
            HeaderCell(text=block.heading_label, scope=Scope.COLUMN),
            *(
                HeaderCell(text=column.label, scope=Scope.COLUMN, colspan=span)
                for column, span in zip(block.columns, spans)
            ),
        )
        rows = [
            GridRow(
                kind=RowKind.CAPTION,
                cells=(HeaderCell(text=block.citation, scope=Scope.ROW_GROUP, colspan=width),),
            ),
            GridRow(kind=RowKind.HEADER, cells=header),
        ]
        rows.extend(
            GridRow(
                kind=RowKind.DATA,
                cells=(
                    HeaderCell(text=row.full_label, scope=Scope.ROW),
                    *(
                        ValueCell(row=row.key, column=column.key, colspan=span)
                        for column, span in zip(block.columns, spans)
                    ),
                ),
            )
            for row in block.rows
        )
        parts.append(GridPart(head=False, rows=tuple(rows), columns=count))
    return Grid(spec=spec, width=width, label_columns=1, parts=tuple(parts))


# --- table 三 ------------------------------------------------------------------------


def _column_headers(columns: Sequence[ColumnSpec], levels: int) -> tuple[tuple[HeaderCell, ...], ...]:
    """Header rows for *columns*: a merged cell over each run of one group, then the grouped labels."""
    if not any(column.group for column in columns):
        return (tuple(HeaderCell(text=c.label, scope=Scope.COLUMN, rowspan=levels) for c in columns),)
    top: list[HeaderCell] = []
    below: list[HeaderCell] = []
    index = 0
    while index < len(columns):
        column = columns[index]
        if column.group is None:
            top.append(HeaderCell(text=column.label, scope=Scope.COLUMN, rowspan=levels))
            index += 1
            continue
        run = list(columns[index:])
        run = run[: next((i for i, c in enumerate(run) if c.group != column.group), len(run))]
        top.append(HeaderCell(text=column.group, scope=Scope.COLUMN_GROUP, colspan=len(run)))
        below.extend(HeaderCell(text=c.label, scope=Scope.COLUMN, rowspan=levels - 1) for c in run)
        index += len(run)
    return (tuple(top), tuple(below))


def _ancestors(parent: str | None, groups: dict[str, RowGroup]) -> tuple[str, ...]:
    chain: list[str] = []
    while parent is not None:
        chain.insert(0, parent)
        parent = groups[parent].parent
    return tuple(chain)


def _requests(spec: TableSpec) -> Grid:
    block = spec.blocks[0]
    columns = block.columns
    groups = {group.key: group for group in spec.groups}
    chains = {row.key: _ancestors(row.parent, groups) for row in block.rows}
    label_columns = 1 + max(len(chain) for chain in chains.values())
    width = label_columns + len(columns)

    grouped = any(column.group for column in columns)
    column_rows = _column_headers(columns, 2 if grouped else 1)
    levels = len(column_rows) + (1 if spec.header else 0)
    first: list[HeaderCell] = [HeaderCell(text=spec.note, scope=Scope.COLUMN, rowspan=levels, colspan=label_columns)]
    if spec.header:
        first.append(HeaderCell(text=spec.header, scope=Scope.COLUMN_GROUP, colspan=len(columns)))
        header_rows = (tuple(first), *column_rows)
    else:
        header_rows = ((*first, *column_rows[0]), *column_rows[1:])
    head = GridPart(
        head=True,
        rows=tuple(GridRow(kind=RowKind.HEADER, cells=cells) for cells in header_rows),
        columns=len(columns),
    )

    sizes = {key: sum(1 for chain in chains.values() if key in chain) for key in groups}
    opened: set[str] = set()
    body: list[GridRow] = []
    for row in block.rows:
        chain = chains[row.key]
        cells: list[GridCell] = []
        for key in chain:
            if key not in opened:
                opened.add(key)
                cells.append(HeaderCell(text=groups[key].full_label, scope=Scope.ROW_GROUP, rowspan=sizes[key]))
        cells.append(HeaderCell(text=row.full_label, scope=Scope.ROW, colspan=label_columns - len(chain)))
        cells.extend(ValueCell(row=row.key, column=column.key) for column in columns)
        body.append(GridRow(kind=RowKind.DATA, cells=tuple(cells)))
    return Grid(
        spec=spec,
        width=width,
        label_columns=label_columns,
        parts=(head, GridPart(head=False, rows=tuple(body), columns=len(columns))),
    )


# --- table 四 ------------------------------------------------------------------------


def _reviews(spec: TableSpec) -> Grid:
    block = spec.blocks[0]
    columns = block.columns
    count = len(columns)
    groups = {group.key: group for group in spec.groups}
    # The published table turns the layout's rows into column groups, in order.
    entries: list[RowSpec | RowGroup] = []
    for row in block.rows:
        if row.parent is None:
            entries.append(row)
        elif groups[row.parent] not in entries:
            entries.append(groups[row.parent])
    members = {key: tuple(r for r in block.rows if r.parent == key) for key in groups}
    levels = 3 if groups else 2

    top: list[HeaderCell] = []
    middle: list[HeaderCell] = []
    bottom: list[HeaderCell] = []
    for entry in entries:
        if entry.key in members:
            rows = members[entry.key]
            top.append(HeaderCell(text=entry.full_label, scope=Scope.COLUMN_GROUP, colspan=count * len(rows)))
            for row in rows:
                middle.append(HeaderCell(text=row.full_label, scope=Scope.COLUMN_GROUP, colspan=count))
                bottom.extend(HeaderCell(text=c.label, scope=Scope.COLUMN) for c in columns)
        else:
            top.append(HeaderCell(text=entry.full_label, scope=Scope.COLUMN_GROUP, colspan=count))
            middle.extend(HeaderCell(text=c.label, scope=Scope.COLUMN, rowspan=levels - 1) for c in columns)
    header_rows = [top, middle, bottom] if groups else [top, middle]
    head = GridPart(
        head=True,
        rows=tuple(GridRow(kind=RowKind.HEADER, cells=tuple(cells)) for cells in header_rows),
        columns=len(spec.cells),
    )
    data = GridRow(
        kind=RowKind.DATA,
        cells=tuple(ValueCell(row=row, column=column) for row, column in spec.cells),
    )
    body = GridPart(head=False, rows=(data,), columns=len(spec.cells))
    return Grid(spec=spec, width=len(spec.cells), label_columns=0, parts=(head, body))


# The grids of the official specs, built once (specs compare by identity).
_OFFICIAL: Final[Mapping[TableSpec, Grid]] = MappingProxyType(
    {spec: _build(spec) for version in FormatVersion for spec in layout_for(version).tables}
)
