"""What a rule check receives, and the small helpers every check uses to report.

Labels in messages are read from the layout; values are shown without
grouping (``3985758``) and amounts exactly (``96171.6``).

>>> from govinfo_report.layout import layout_for
>>> spec = layout_for("2021").requests
>>> row_name(spec, "partially_granted"), row_name(spec, "not_processed_repeated")
('（二）部分公开', '（五）不予处理 2.重复申请')
>>> show(Decimal("96171.60"))
'96171.60'
"""

from __future__ import annotations

from decimal import Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple

import attrs

from govinfo_report.layout import FormatVersion, layout_for
from govinfo_report.model import Amount, AnnualReport, Mark
from govinfo_report.rules._finding import Finding, Reason, Span, Status, Value, new_finding
from govinfo_report.rules._headings import Heading
from govinfo_report.rules._prose_numbers import ProseReading

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from govinfo_report.layout import TableSpec
    from govinfo_report.model import Cell
    from govinfo_report.rules._catalogue import Rule

__all__ = [
    "Context",
    "as_value",
    "cell_path",
    "column_name",
    "emit",
    "missing_cells",
    "missing_text",
    "row_name",
    "show",
]


@attrs.frozen(kw_only=True)
class Context:
    """A report under check, last year's report if given, the options, and what several rules read.

    The prose and the headings are read once per check and shared by the rules that need them.
    """

    report: AnnualReport
    previous: AnnualReport | None = None
    money_tolerance: Decimal = Decimal(0)
    repetition_threshold: Decimal = Decimal("0.5")
    prose: ProseReading | None = None
    headings: tuple[Heading, ...] | None = None
    """The printed headings as read for the heading rules (read by the rules themselves when ``None``)."""


def emit(
    rule: Rule,
    ctx: Context,
    status: Status,
    message: str,
    message_en: str,
    *,
    section: int | None = None,
    paths: tuple[str, ...] = (),
    previous_paths: tuple[str, ...] = (),
    values: tuple[Value, ...] = (),
    difference: int | Decimal | None = None,
    span: Span | None = None,
    reason: Reason | None = None,
) -> Finding:
    """A finding of *rule* on the report of *ctx*."""
    return new_finding(
        rule.code,
        rule.severity,
        status,
        rule.title_zh,
        rule.title_en,
        message,
        message_en,
        rule.section if section is None else section,
        ctx.report.year,
        paths,
        previous_paths,
        values,
        difference,
        span,
        reason,
    )


class _Names(NamedTuple):
    """What messages and findings call the cells, rows and columns of one table, by key."""

    spec: TableSpec
    paths: Mapping[tuple[str, str], str]
    rows: Mapping[str, str]
    columns: Mapping[str, str]


def _names_of_tables() -> Mapping[int, _Names]:
    """The names of every table of the official layouts, by the identity of its spec."""
    names = {}
    for version in FormatVersion:
        for spec in layout_for(version).tables:
            names[id(spec)] = _Names(
                spec,
                MappingProxyType({cell: spec.path(*cell) for cell in spec.cells}),
                MappingProxyType({row.key: _row_name(spec, row.key) for row in spec.rows}),
                MappingProxyType({column.key: spec.column(column.key).label for column in spec.columns}),
            )
    return MappingProxyType(names)


def _names(spec: TableSpec) -> _Names | None:
    names = _NAMES.get(id(spec))
    return names if names is not None and names.spec is spec else None


def cell_path(spec: TableSpec, row: str, column: str) -> str:
    """``spec.path(row, column)``, looked up for the keys of an official table.

    >>> cell_path(layout_for("2021").requests, "granted", "natural_person")
    '$.requests.granted.natural_person'
    """
    names = _names(spec)
    path = names.paths.get((row, column)) if names is not None else None
    return path if path is not None else spec.path(row, column)


def as_value(cell: Cell) -> Value:
    """A cell as a finding reports it: the number (an amount in 元), or the mark as text."""
    if type(cell) is Amount:
        return cell.in_yuan()
    if type(cell) is Mark:
        return show(cell)
    return cell  # type: ignore[return-value]


def show(value: object) -> str:
    """A value as a message prints it: counts without grouping, amounts exactly."""
    if type(value) is Decimal:
        return format(value, "f")
    if type(value) is Mark:
        return "空白" if value is Mark.BLANK else "不适用"
    return str(value)


def row_name(spec: TableSpec, key: str) -> str:
    """The row as a reader finds it: numbering and label, under its group where it has one."""
    names = _names(spec)
    name = names.rows.get(key) if names is not None else None
    return name if name is not None else _row_name(spec, key)


def _row_name(spec: TableSpec, key: str) -> str:
    row = spec.row(key)
    name = row.short_label
    if row.parent is not None:
        group = spec.group(row.parent)
        if group.parent is not None or not row.numbering:
            name = f"{group.full_label} {name}"
    return name


def column_name(spec: TableSpec, key: str) -> str:
    """The column's official label."""
    names = _names(spec)
    label = names.columns.get(key) if names is not None else None
    return label if label is not None else spec.column(key).label


_NAMES = _names_of_tables()


def missing_cells(
    spec: TableSpec, cells: Iterable[tuple[str, str, Cell, str]]
) -> tuple[Reason, tuple[str, ...], str, str] | None:
    """Reason, paths and descriptions (zh, en) of the cells without a number, or ``None``.

    *cells* are ``(row, column, value, path)``. A blank cell outweighs one marked not
    applicable in the reason.

    >>> spec = layout_for("2021").reviews
    >>> cells = [("review", "upheld", Mark.BLANK, "$.reviews.review.upheld"), ("review", "total", 3, "…")]
    >>> missing_cells(spec, cells)[1:]
    (('$.reviews.review.upheld',), '行政复议 结果维持 空白，无法评估', 'review.upheld blank: not assessable')
    """
    paths: list[str] = []
    places: list[tuple[str, str, Cell]] = []
    reason: Reason | None = None
    for row, column, value, path in cells:
        if type(value) is not Mark:
            continue
        paths.append(path)
        places.append((row, column, value))
        if value is Mark.BLANK:
            reason = Reason.BLANK_CELL
        elif reason is None:
            reason = Reason.MARKED_CELL
    if reason is None:
        return None
    one_row = len({row for row, _, _ in places}) == 1
    one_column = len({column for _, column, _ in places}) == 1
    names: list[str] = []
    keys: list[str] = []
    for row, column, value in places[:2]:  # the messages name two places and count the rest
        if one_row and len(places) > 1:
            name, key = column_name(spec, column), column
        elif one_column and len(places) > 1:
            name, key = row_name(spec, row), row
        else:
            name, key = f"{row_name(spec, row)} {column_name(spec, column)}", f"{row}.{column}"
        names.append(f"{name} {show(value)}")
        keys.append(f"{key} {'blank' if value is Mark.BLANK else 'not applicable'}")
    return (reason, tuple(paths), *missing_text(names, keys, len(places)))


def missing_text(names_zh: Sequence[str], names_en: Sequence[str], count: int) -> tuple[str, str]:
    """The messages (zh, en) for *count* cells without a number, of which the first two are named.

    >>> zh, en = missing_text(["结果维持 空白", "总计 空白"], ["upheld blank", "total blank"], 3)
    >>> zh, en
    ('结果维持 空白、总计 空白等 3 处，无法评估', 'upheld blank, total blank and 1 more: not assessable')
    """
    more_zh = f"等 {count} 处" if count > 2 else ""
    more_en = f" and {count - 2} more" if count > 2 else ""
    return f"{'、'.join(names_zh[:2])}{more_zh}，无法评估", f"{', '.join(names_en[:2])}{more_en}: not assessable"
