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
from typing import TYPE_CHECKING

import attrs

from govinfo_report.model import Amount, AnnualReport, Mark
from govinfo_report.rules._finding import Finding, Reason, Span, Status, Value
from govinfo_report.rules._prose_numbers import ProseReading

if TYPE_CHECKING:
    from collections.abc import Iterable

    from govinfo_report.layout import TableSpec
    from govinfo_report.model import Cell
    from govinfo_report.rules._catalogue import Rule

__all__ = [
    "Context",
    "as_value",
    "column_name",
    "emit",
    "missing_cells",
    "row_name",
    "show",
]


@attrs.frozen(kw_only=True)
class Context:
    """A report under check, last year's report if given, the options and the prose as read."""

    report: AnnualReport
    previous: AnnualReport | None = None
    money_tolerance: Decimal = Decimal(0)
    repetition_threshold: Decimal = Decimal("0.5")
    prose: ProseReading | None = None


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
    return Finding(
        code=rule.code,
        severity=rule.severity,
        status=status,
        title_zh=rule.title_zh,
        title_en=rule.title_en,
        message=message,
        message_en=message_en,
        section=rule.section if section is None else section,
        year=ctx.report.year,
        paths=paths,
        previous_paths=previous_paths,
        values=values,
        difference=difference,
        span=span,
        reason=reason,
    )


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
    row = spec.row(key)
    name = _short(row.full_label)
    if row.parent is not None:
        group = spec.group(row.parent)
        if group.parent is not None or not row.numbering:
            name = f"{group.full_label} {name}"
    return name


def _short(label: str) -> str:
    """A label without a long note in brackets at its end (``（二）部分公开``)."""
    head, _, rest = label.rpartition("（")
    return head if head and rest.endswith("）") and len(rest) > 8 else label


def column_name(spec: TableSpec, key: str) -> str:
    """The column's official label."""
    return spec.column(key).label


def missing_cells(
    spec: TableSpec, cells: Iterable[tuple[str, str, Cell]]
) -> tuple[Reason, tuple[str, ...], str, str] | None:
    """Reason, paths and descriptions (zh, en) of the cells without a number, or ``None``.

    A blank cell outweighs one marked not applicable in the reason.
    """
    paths: list[str] = []
    places: list[tuple[str, str, Cell]] = []
    reason: Reason | None = None
    for row, column, value in cells:
        if type(value) is not Mark:
            continue
        paths.append(spec.path(row, column))
        places.append((row, column, value))
        if value is Mark.BLANK:
            reason = Reason.BLANK_CELL
        elif reason is None:
            reason = Reason.MARKED_CELL
    one_row = len({row for row, _, _ in places}) == 1
    one_column = len({column for _, column, _ in places}) == 1
    names: list[str] = []
    keys: list[str] = []
    for row, column, value in places:
        if one_row and len(places) > 1:
            name, key = column_name(spec, column), column
        elif one_column and len(places) > 1:
            name, key = row_name(spec, row), row
        else:
            name, key = f"{row_name(spec, row)} {column_name(spec, column)}", f"{row}.{column}"
        names.append(f"{name} {show(value)}")
        keys.append(f"{key} {'blank' if value is Mark.BLANK else 'not applicable'}")
    if reason is None:
        return None
    more_zh = f"等 {len(names)} 处" if len(names) > 2 else ""
    more_en = f" and {len(keys) - 2} more" if len(keys) > 2 else ""
    return (
        reason,
        tuple(paths),
        f"{'、'.join(names[:2])}{more_zh}，无法评估",
        f"{', '.join(keys[:2])}{more_en}: not assessable",
    )
