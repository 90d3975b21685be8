"""The official grids: every header and label of the layout, spans that make rectangles."""

from __future__ import annotations

import pytest

from govinfo_report.layout import FormatVersion, TableSpec, layout_for
from govinfo_report.render._grid import Grid, HeaderCell, RowKind, Scope, ValueCell, grid_for, place

SPECS = [
    pytest.param(spec, id=f"{spec.key}-{version.value}")
    for version in FormatVersion
    for spec in layout_for(version).tables
]


def _headers(grid: Grid) -> list[HeaderCell]:
    return [c for part in grid.parts for row in part.rows for c in row.cells if isinstance(c, HeaderCell)]


def _texts(grid: Grid, scope: Scope | None = None) -> list[str]:
    return [c.text for c in _headers(grid) if scope is None or c.scope is scope]


@pytest.mark.parametrize("spec", SPECS)
def test_every_part_is_a_rectangle_of_the_grid_width(spec: TableSpec) -> None:
    """Row and column spans fill each part exactly: no hole, no overlap, nothing past the width."""
    grid = grid_for(spec)
    for part in grid.parts:
        matrix = place(part.rows, grid.width)
        assert len(matrix) == len(part.rows)
        assert all(len(line) == grid.width for line in matrix)


@pytest.mark.parametrize("spec", SPECS)
def test_every_cell_of_the_table_has_exactly_one_place(spec: TableSpec) -> None:
    """Each (row, column) of the layout appears once as a value cell, in the layout's order."""
    grid = grid_for(spec)
    values = [
        (c.row, c.column) for part in grid.parts for row in part.rows for c in row.cells if isinstance(c, ValueCell)
    ]
    assert values == list(spec.cells)


@pytest.mark.parametrize("spec", SPECS)
def test_every_label_of_the_layout_is_printed(spec: TableSpec) -> None:
    """Every column label, row label (with its numbering), group label, note and citation is a header."""
    grid = grid_for(spec)
    texts = set(_texts(grid))
    assert {column.label for column in spec.columns} <= texts
    assert {group.full_label for group in spec.groups} <= texts
    if spec.key != "reviews":
        assert [row.full_label for row in spec.rows] == _texts(grid, Scope.ROW)
    else:
        assert {row.full_label for row in spec.rows} <= texts
    for block in spec.blocks:
        if block.citation:
            assert block.citation in texts
    if spec.note:
        assert spec.note in texts
    if spec.header:
        assert spec.header in texts


def _cell(grid: Grid, text: str) -> HeaderCell:
    (cell,) = [c for c in _headers(grid) if c.text == text]
    return cell


@pytest.mark.parametrize("version", list(FormatVersion))
def test_requests_header_follows_the_official_template(version: FormatVersion) -> None:
    """Table 三: the 勾稽 note over 3 label columns and 3 header rows, 申请人情况 over 7, 法人或其他组织 over 5."""
    spec = layout_for(version).requests
    grid = grid_for(spec)
    assert (grid.width, grid.label_columns) == (10, 3)
    head = grid.parts[0]
    assert head.head
    assert len(head.rows) == 3
    note = _cell(grid, spec.note)
    assert (note.rowspan, note.colspan) == (3, 3)
    assert note.text.startswith("（本列数据的勾稽关系为")
    assert (_cell(grid, "申请人情况").colspan, _cell(grid, "法人或其他组织").colspan) == (7, 5)
    assert _cell(grid, "自然人").rowspan == 2
    assert [c.text for c in head.rows[2].cells if isinstance(c, HeaderCell)] == [
        "商业企业",
        "科研机构",
        "社会公益组织",
        "法律服务机构",
        "其他",
    ]


@pytest.mark.parametrize(("version", "results", "rows"), [(FormatVersion.V2021, 22, 25), (FormatVersion.V2019, 20, 23)])
def test_requests_groups_span_their_rows(version: FormatVersion, results: int, rows: int) -> None:
    """Table 三: 三、本年度办理结果 and （三）–（六） span exactly the rows they group."""
    spec = layout_for(version).requests
    grid = grid_for(spec)
    body = grid.parts[1]
    assert len(body.rows) == rows
    assert all(row.kind is RowKind.DATA for row in body.rows)
    assert _cell(grid, "三、本年度办理结果").rowspan == results
    assert (_cell(grid, "（三）不予公开").rowspan, _cell(grid, "（四）无法提供").rowspan) == (8, 3)
    assert _cell(grid, "（五）不予处理").rowspan == 5
    other = _cell(grid, "（六）其他处理")
    if version is FormatVersion.V2021:
        assert (other.scope, other.rowspan) == (Scope.ROW_GROUP, 3)
    else:
        assert (other.scope, other.rowspan, other.colspan) == (Scope.ROW, 1, 2)
    assert _cell(grid, "一、本年新收政府信息公开申请数量").colspan == 3
    assert _cell(grid, "（七）总计").colspan == 2
    assert _cell(grid, "1.属于国家秘密").colspan == 1


def test_reviews_turn_rows_into_column_groups() -> None:
    """Table 四: 行政复议 | 行政诉讼 → 未经复议直接起诉 | 复议后起诉 → outcomes, and one data row of 15 cells."""
    grid = grid_for(layout_for("2021").reviews)
    assert (grid.width, grid.label_columns) == (15, 0)
    head, body = grid.parts
    assert [
        [(c.text, c.rowspan, c.colspan) for c in row.cells if isinstance(c, HeaderCell)] for row in head.rows[:2]
    ] == [
        [("行政复议", 1, 5), ("行政诉讼", 1, 10)],
        [
            ("结果维持", 2, 1),
            ("结果纠正", 2, 1),
            ("其他结果", 2, 1),
            ("尚未审结", 2, 1),
            ("总计", 2, 1),
            ("未经复议直接起诉", 1, 5),
            ("复议后起诉", 1, 5),
        ],
    ]
    assert [c.text for c in head.rows[2].cells if isinstance(c, HeaderCell)] == [
        "结果维持",
        "结果纠正",
        "其他结果",
        "尚未审结",
        "总计",
    ] * 2
    (row,) = body.rows
    assert len(row.cells) == 15
    assert all(isinstance(c, ValueCell) for c in row.cells)


@pytest.mark.parametrize(
    ("version", "items"), [(FormatVersion.V2021, [1, 5, 6, 8]), (FormatVersion.V2019, [1, 5, 6, 8, 9])]
)
def test_disclosure_has_a_part_per_cited_item(version: FormatVersion, items: list[int]) -> None:
    """Table 二: each block is a citation row over the table, a 信息内容 header row, then its rows."""
    spec = layout_for(version).disclosure
    grid = grid_for(spec)
    assert (grid.width, grid.label_columns) == (4, 1)
    assert len(grid.parts) == len(items)
    for part, block, _item in zip(grid.parts, spec.blocks, items):
        caption, header, *rows = part.rows
        assert caption.kind is RowKind.CAPTION
        assert header.kind is RowKind.HEADER
        (citation,) = caption.cells
        assert isinstance(citation, HeaderCell)
        assert citation.colspan == 4
        assert citation.text == block.citation
        assert citation.text.startswith("第二十条第（")
        assert header.cells[0].text == "信息内容"  # type: ignore[union-attr]
        assert len(rows) == len(block.rows)
        assert part.columns == len(block.columns)
        # A narrower block widens its last cell to the table's width.
        assert header.cells[-1].colspan == 4 - len(block.columns)


def test_the_2019_disclosure_keeps_its_own_columns() -> None:
    """Table 二 (2019): 本年增/减 and the 政府集中采购 block with 采购项目数量 and 采购总金额."""
    grid = grid_for(layout_for("2019").disclosure)
    texts = _texts(grid)
    assert texts.count("本年增/减") == 3
    assert {"采购项目数量", "采购总金额", "政府集中采购", "第二十条第（九）项", "其他对外管理服务事项"} <= set(texts)


def test_a_grid_that_does_not_fit_is_refused() -> None:
    """The rectangle check itself fails on spans that overflow or leave holes."""
    grid = grid_for(layout_for("2021").reviews)
    with pytest.raises(ValueError, match="does not fit"):
        place(grid.parts[0].rows, 14)
    with pytest.raises(ValueError, match="fewer than"):
        place(grid.parts[0].rows, 16)
