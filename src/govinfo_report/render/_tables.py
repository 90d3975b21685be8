"""Reading a grid for the line-based formats: header lines, row labels and values.

Text and Markdown print a table with one label column (HTML keeps the
official label columns with their spans). This module turns a
:class:`~govinfo_report.render._grid.Grid` into what they need: the header
rows as rectangles of texts, and each data row's group labels, own label and
values.

>>> from govinfo_report.layout import layout_for
>>> from govinfo_report.model import Table
>>> spec = layout_for("2021").requests
>>> rows = data_rows(grid_for(spec), Table.blank(spec))
>>> [(row.groups, row.label) for row in rows[2:4]] == [
...     (("三、本年度办理结果",), "（一）予以公开"), ((), spec.row("partially_granted").full_label)]
True
>>> rows[4].path == ("三、本年度办理结果", "（三）不予公开", spec.row("denied_state_secret").full_label)
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from govinfo_report.render._cells import cell_texts
from govinfo_report.render._grid import (
    Grid,
    GridRow,
    HeaderCell,
    RowKind,
    Scope,
    ValueCell,
    grid_for,
    place,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from govinfo_report.model import Table

__all__ = ["DataRow", "HeaderBlock", "Segment", "data_rows", "grid_for", "segments"]


@attrs.frozen(kw_only=True)
class HeaderBlock:
    """Header rows as a rectangle of texts, one label column (if any) then the value columns.

    In *texts*, a merged cell's text stands in its first place and the places
    it also covers are empty; *columns* lists, for each column, the distinct
    header texts that cover it from top to bottom.
    """

    texts: tuple[tuple[str, ...], ...]
    columns: tuple[tuple[str, ...], ...]


@attrs.frozen(kw_only=True)
class DataRow:
    """A data row: the group labels that open at it, its own label and its values as printed.

    *path* is every group label that covers the row (outermost first), then its own label.
    """

    groups: tuple[str, ...]
    path: tuple[str, ...]
    label: str | None
    values: tuple[str, ...]


@attrs.frozen(kw_only=True)
class Segment:
    """A stretch of a table that prints as one table in Markdown: caption, header, rows."""

    caption: str | None
    header: HeaderBlock
    rows: tuple[DataRow, ...]


def _header_block(rows: tuple[GridRow, ...], grid: Grid, columns: int) -> HeaderBlock:
    matrix = place(rows, grid.width)
    used = range(grid.label_columns + columns)
    labels = grid.label_columns > 0

    def origin(r: int, c: int) -> bool:
        cell = matrix[r][c]
        return (r == 0 or matrix[r - 1][c] is not cell) and (c == 0 or matrix[r][c - 1] is not cell)

    def text(cell: object) -> str:
        return cell.text if isinstance(cell, HeaderCell) else ""

    texts = []
    for r in range(len(rows)):
        line = [text(matrix[r][c]) if origin(r, c) else "" for c in used]
        if labels:
            line = ["".join(line[: grid.label_columns]), *line[grid.label_columns :]]
        texts.append(tuple(line))

    def down(cs: range) -> tuple[str, ...]:
        seen: list[HeaderCell] = []
        for r in range(len(rows)):
            for c in cs:
                cell = matrix[r][c]
                if isinstance(cell, HeaderCell) and cell.text and all(cell is not s for s in seen):
                    seen.append(cell)
        return tuple(cell.text for cell in seen)

    heads = [down(range(grid.label_columns))] if labels else []
    heads.extend(down(range(c, c + 1)) for c in used[grid.label_columns :])
    return HeaderBlock(texts=tuple(texts), columns=tuple(heads))


def _data_rows(rows: tuple[GridRow, ...], texts: dict[tuple[str, str], str]) -> Iterator[DataRow]:
    open_groups: list[tuple[str, int]] = []
    for row in rows:
        groups = [c for c in row.cells if isinstance(c, HeaderCell) and c.scope is Scope.ROW_GROUP]
        open_groups.extend((cell.text, cell.rowspan) for cell in groups)
        label = next((c.text for c in row.cells if isinstance(c, HeaderCell) and c.scope is Scope.ROW), None)
        values = tuple(texts[c.row, c.column] for c in row.cells if isinstance(c, ValueCell))
        path = tuple(text for text, _left in open_groups) + ((label,) if label is not None else ())
        yield DataRow(groups=tuple(c.text for c in groups), path=path, label=label, values=values)
        open_groups = [(text, left - 1) for text, left in open_groups if left > 1]


def segments(grid: Grid, table: Table) -> tuple[Segment, ...]:
    """The table as printable segments: table 二 has one per cited item, 三 and 四 one."""
    result: list[Segment] = []
    caption: str | None = None
    header: tuple[GridRow, ...] = ()
    columns = 0
    body: list[GridRow] = []
    texts = dict(zip(table.spec.cells, cell_texts(table.cells)))

    def flush() -> None:
        if header or body:
            block = _header_block(header, grid, columns)
            result.append(Segment(caption=caption, header=block, rows=tuple(_data_rows(tuple(body), texts))))

    for part in grid.parts:
        for row in part.rows:
            if row.kind is RowKind.CAPTION:
                flush()
                cell = row.cells[0]
                caption = cell.text if isinstance(cell, HeaderCell) else ""
                header, body = (), []
            elif row.kind is RowKind.HEADER:
                header = (*header, row)
                columns = part.columns
            else:
                body.append(row)
    flush()
    return tuple(result)


def data_rows(grid: Grid, table: Table) -> tuple[DataRow, ...]:
    """Every data row of *table*, in order."""
    return tuple(row for segment in segments(grid, table) for row in segment.rows)
