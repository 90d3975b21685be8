"""The table rules: T301–T304 (table 三) and T401 (table 四).

Counts are compared exactly. A row or column with a blank cell (or one marked
not applicable) is not assessable; the rows and columns that pass are reported
together in one finding per rule, the failures one by one.

>>> from govinfo_report.rules import check
>>> from govinfo_report.model import AnnualReport, Body, build_reviews
>>> from govinfo_report.layout import FormatVersion
>>> reviews = build_reviews({"review": [72, 64, 178, 37], "litigation_direct": [13, 4, 8, 1],
...                          "litigation_after_review": [12, 1, 1, 6]})
>>> wrong = reviews.with_cells({("review", "total"): 350})
>>> report = AnnualReport(body=Body(name="某市人民政府"), year=2024,
...                       format=FormatVersion.V2021, reviews=wrong)
>>> [f.message for f in check(report, select="T401") if f.failed]
['行政复议：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 351 ≠ 总计 350（差 1）']
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import compress, islice, repeat
from operator import eq, is_, itemgetter
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs

from govinfo_report.layout import FormatVersion, TableSpec, layout_for
from govinfo_report.model import BLANK, NOT_APPLICABLE, Mark, Table
from govinfo_report.rules._context import (
    Context,
    cell_path,
    column_name,
    emit,
    missing_cells,
    missing_text,
    row_name,
    show,
)
from govinfo_report.rules._finding import Reason, Status

if TYPE_CHECKING:
    from collections.abc import Mapping

    from govinfo_report.model import Cell
    from govinfo_report.rules._catalogue import Rule
    from govinfo_report.rules._finding import Finding

__all__ = ["CHECKS"]


@attrs.frozen
class _Sum:
    """One equation of a table: cells *left* add up to cells *right*."""

    name_zh: str
    name_en: str
    left: tuple[int, ...]
    right: tuple[int, ...]
    cells: tuple[tuple[str, str], ...]
    indexes: tuple[int, ...]
    """The place of each of :attr:`cells` in the table's cells: *left*, then *right*."""
    paths: tuple[str, ...]
    left_paths: tuple[str, ...]
    right_paths: tuple[str, ...]
    pick: Callable[[tuple[object, ...]], tuple[object, ...]]
    """Picks the values at :attr:`indexes` out of a table's cells (or of their types)."""
    places: tuple[tuple[str, str, str, str], ...] | None
    """Per cell of :attr:`cells`: how a message names it marked blank (zh, en), then marked not
    applicable, when it is one of several; ``None`` when the cells are neither in one row nor
    in one column of distinct rows (:func:`missing_cells` then says it)."""
    alone: tuple[tuple[str, str, str, str], ...]
    """Per cell: how a message names it, when it is the only cell without a number (as :attr:`places`)."""
    blanks: tuple[Mark, ...]
    """Every cell blank (a table that lost the row or the column)."""
    all_blank: tuple[Reason, tuple[str, ...], str, str]
    """The finding's reason, paths and messages (zh, en) when every cell is blank."""
    alone_messages: tuple[tuple[tuple[str, str], tuple[str, str]], ...]
    """Per cell: the messages (zh, en) when it is the only cell without a number, blank then not applicable."""


def _equation(
    spec: TableSpec, name_zh: str, name_en: str, left: list[tuple[str, str]], right: list[tuple[str, str]]
) -> _Sum:
    cells = (*left, *right)
    left_indexes = tuple(spec.index(r, c) for r, c in left)
    right_indexes = tuple(spec.index(r, c) for r, c in right)
    indexes = (*left_indexes, *right_indexes)
    rows = {r for r, _ in cells}
    if len(rows) == 1:  # the cells of one row are named by their column
        names = [(column_name(spec, c), c) for _, c in cells]
    elif len({c for _, c in cells}) == 1 and len(rows) == len(cells):  # of one column, by their row
        names = [(row_name(spec, r), r) for r, _ in cells]
    else:
        names = []
    both = [(f"{row_name(spec, r)} {column_name(spec, c)}", f"{r}.{c}") for r, c in cells]
    return _Sum(
        name_zh,
        name_en,
        left_indexes,
        right_indexes,
        tuple(cells),
        indexes,
        tuple(spec.path(r, c) for r, c in cells),
        tuple(spec.path(r, c) for r, c in left),
        tuple(spec.path(r, c) for r, c in right),
        itemgetter(*indexes) if len(indexes) > 1 else lambda cells: (cells[indexes[0]],),
        tuple(_marked(zh, en) for zh, en in names) if names else None,
        tuple(_marked(zh, en) for zh, en in both),
        (BLANK,) * len(cells),
        _all_blank(spec, name_zh, name_en, cells),
        tuple(_alone_messages(name_zh, name_en, _marked(zh, en)) for zh, en in both),
    )


def _all_blank(
    spec: TableSpec, name_zh: str, name_en: str, cells: tuple[tuple[str, str], ...]
) -> tuple[Reason, tuple[str, ...], str, str]:
    """Reason, paths and messages (zh, en) of an equation whose every cell is blank."""
    said = missing_cells(spec, ((r, c, BLANK, spec.path(r, c)) for r, c in cells))
    assert said is not None  # noqa: S101 - blank cells have no number
    reason, paths, zh, en = said
    return reason, paths, f"{name_zh}：{zh}", f"{name_en}: {en}"


def _alone_messages(
    name_zh: str, name_en: str, marked: tuple[str, str, str, str]
) -> tuple[tuple[str, str], tuple[str, str]]:
    """The messages (zh, en) of an equation whose only cell without a number is *marked*: blank, not applicable."""
    blank = missing_text([marked[0]], [marked[1]], 1)
    not_applicable = missing_text([marked[2]], [marked[3]], 1)
    return (
        (f"{name_zh}：{blank[0]}", f"{name_en}: {blank[1]}"),
        (f"{name_zh}：{not_applicable[0]}", f"{name_en}: {not_applicable[1]}"),
    )


def _marked(zh: str, en: str) -> tuple[str, str, str, str]:
    """A cell's name marked blank (zh, en), then marked not applicable (zh, en), as messages print it."""
    return f"{zh} {show(BLANK)}", f"{en} blank", f"{zh} {show(Mark.NOT_APPLICABLE)}", f"{en} not applicable"


def _row_sums(spec: TableSpec) -> tuple[_Sum, ...]:
    """Per row: the parts of every total column add up to it (T301, T401)."""
    sums = []
    for block in spec.blocks:
        for column in block.columns:
            if not column.sums:
                continue
            for row in block.rows:
                left = [(row.key, part) for part in column.sums]
                sums.append(_equation(spec, row_name(spec, row.key), row.key, left, [(row.key, column.key)]))
    return tuple(sums)


def _column_sums(spec: TableSpec) -> tuple[_Sum, ...]:
    """Per column: the parts of every total row add up to it (T302)."""
    sums = []
    for block in spec.blocks:
        for row in block.rows:
            if not row.sums:
                continue
            for column in block.columns:
                left = [(part, column.key) for part in row.sums]
                name = f"{row.full_label} {column_name(spec, column.key)} 列"
                sums.append(_equation(spec, name, column.key, left, [(row.key, column.key)]))
    return tuple(sums)


def _balance(spec: TableSpec) -> tuple[_Sum, ...]:
    """Per column: 一 + 二 = （七） + 四 (T303)."""
    sums = []
    for column in spec.columns:
        left = [("new_requests", column.key), ("carried_over", column.key)]
        right = [("total_handled", column.key), ("carried_forward", column.key)]
        sums.append(_equation(spec, f"{column_name(spec, column.key)} 列", column.key, left, right))
    return tuple(sums)


def _specs() -> tuple[TableSpec, ...]:
    found: dict[int, TableSpec] = {}
    for version in FormatVersion:
        layout = layout_for(version)
        found.setdefault(id(layout.requests), layout.requests)
        found.setdefault(id(layout.reviews), layout.reviews)
    return tuple(found.values())


def _plans() -> Mapping[tuple[str, int], tuple[_Sum, ...]]:
    plans: dict[tuple[str, int], tuple[_Sum, ...]] = {}
    for spec in _specs():
        if spec.key == "requests":
            plans["T301", id(spec)] = _row_sums(spec)
            plans["T302", id(spec)] = _column_sums(spec)
            plans["T303", id(spec)] = _balance(spec)
        else:
            plans["T401", id(spec)] = _row_sums(spec)
    return MappingProxyType(plans)


_PLANS = _plans()


def _side(spec: TableSpec, keys: tuple[str, ...], *, rows: bool) -> tuple[str, str]:
    if rows:
        return "、".join(spec.row(k).numbering.rstrip("、") for k in keys), " + ".join(keys)
    return " + ".join(column_name(spec, k) for k in keys), " + ".join(keys)


def _formats(spec: TableSpec, code: str) -> tuple[str, str, str, str]:
    """How the two sides of *code*'s equation are named in messages (zh left, en left, zh right, en right)."""
    if code == "T303":
        left = ("new_requests", "carried_over")
        right = ("total_handled", "carried_forward")
        lz, le = _side(spec, left, rows=True)
        rz, re_ = _side(spec, right, rows=True)
        return lz.replace("、", " + "), le, rz.replace("、", " + "), re_
    if code == "T302":
        total = spec.row("total_handled")
        return "各办理结果之和", "the results sum to", total.full_label, total.key
    total_column = next(c for c in spec.columns if c.sums)
    if code == "T401":
        lz, le = _side(spec, total_column.sums, rows=False)
        return lz, le, total_column.label, total_column.key
    return "各类申请人之和", "the applicant columns sum to", total_column.label, total_column.key


_FORMATS = MappingProxyType(
    {(code, spec_id): _formats(next(s for s in _specs() if id(s) == spec_id), code) for code, spec_id in _PLANS}
)
_ALL_PATHS = MappingProxyType(
    {key: tuple(path for equation in plan for path in equation.paths) for key, plan in _PLANS.items()}
)


def _as_slice(indexes: tuple[int, ...]) -> slice | None:
    """The slice of a tuple that picks exactly the cells at *indexes* (evenly spaced), if there is one."""
    first, count = indexes[0], len(indexes)
    step = indexes[1] - first if count > 1 else 1
    if step < 1 or indexes != tuple(range(first, first + step * count, step)):
        return None
    return slice(first, first + step * (count - 1) + 1, step)


_Fast = tuple[tuple[slice, ...], tuple[int, ...] | None, tuple[slice, ...]]


def _fast(plan: tuple[_Sum, ...]) -> _Fast | None:
    """The equations of *plan* as slices of the cells, or ``None`` when a side is not a slice.

    The left sides are slices; the right sides are single cells (by index) where every right side
    is one cell, else slices.
    """
    lefts = tuple(_as_slice(equation.left) for equation in plan)
    rights = tuple(_as_slice(equation.right) for equation in plan)
    if None in lefts or None in rights:
        return None
    single = all(len(equation.right) == 1 for equation in plan)
    cells = tuple(equation.right[0] for equation in plan) if single else None
    return lefts, cells, rights  # type: ignore[return-value]  # no None, checked above


_FAST = MappingProxyType({key: _fast(plan) for key, plan in _PLANS.items()})


def _all_hold(cells: tuple[Cell, ...], plan: tuple[_Sum, ...], fast: _Fast | None) -> bool:
    """Whether every equation holds (the common case, made quick); ``False`` when a cell has no number.

    The sums are taken over slices of the cells, one equation after the other, without a loop in Python.
    """
    get = cells.__getitem__
    try:
        if fast is not None:
            lefts, totals, rights = fast
            if totals is not None:
                return all(map(eq, map(sum, map(get, lefts)), map(get, totals)))  # type: ignore[arg-type]
            return all(map(eq, map(sum, map(get, lefts)), map(sum, map(get, rights))))  # type: ignore[arg-type]
        return all(sum(map(get, e.left)) == sum(map(get, e.right)) for e in plan)  # type: ignore[arg-type]
    except TypeError:  # a blank or not-applicable cell: the careful path says which
        return False


def _missing(
    spec: TableSpec, equation: _Sum, cells: tuple[Cell, ...]
) -> tuple[Reason, tuple[str, ...], str, str] | None:
    """Reason, paths and messages (zh, en) of the cells of *equation* without a number, or ``None``.

    The messages are put together from the names the equation has ready.
    """
    values = equation.pick(cells)
    if values == equation.blanks:
        return equation.all_blank
    if BLANK not in values and NOT_APPLICABLE not in values:
        return None
    places = equation.places
    if places is None:
        said = missing_cells(
            spec,
            (
                (r, c, cells[i], path)
                for (r, c), i, path in zip(equation.cells, equation.indexes, equation.paths, strict=True)
            ),
        )
        assert said is not None  # noqa: S101 - a mark has no number
        reason, paths, zh, en = said
        return reason, paths, f"{equation.name_zh}：{zh}", f"{equation.name_en}: {en}"
    flags = tuple(map(is_, map(type, values), repeat(Mark)))
    paths = tuple(compress(equation.paths, flags))
    reason = Reason.BLANK_CELL if BLANK in values else Reason.MARKED_CELL
    first = flags.index(True)
    if len(paths) == 1:
        zh, en = equation.alone_messages[first][values[first] is not BLANK]
        return reason, paths, zh, en
    second = flags.index(True, first + 1)
    one = places[first]
    two = places[second]
    kind_one = 0 if values[first] is BLANK else 2
    kind_two = 0 if values[second] is BLANK else 2
    zh, en = missing_text((one[kind_one], two[kind_two]), (one[kind_one + 1], two[kind_two + 1]), len(paths))
    return reason, paths, f"{equation.name_zh}：{zh}", f"{equation.name_en}: {en}"


def _equations(rule: Rule, ctx: Context, table: Table | None, what: str) -> list[Finding]:
    code = rule.code
    if table is None:
        return [
            emit(
                rule,
                ctx,
                Status.NOT_ASSESSABLE,
                f"报告没有表{what}，无法评估",
                f"the report has no table {what}: not assessable",
                paths=(f"$.{'requests' if what == '三' else 'reviews'}",),
                reason=Reason.MISSING_TABLE,
            )
        ]
    spec = table.spec
    cells = table.cells
    if _all_hold(cells, _PLANS[code, id(spec)], _FAST[code, id(spec)]):
        count = len(_PLANS[code, id(spec)])
        unit_zh, unit_en = ("行", "rows") if code in ("T301", "T401") else ("列", "columns")
        return [
            emit(
                rule,
                ctx,
                Status.PASS,
                f"表{what} {count} {unit_zh}相符",
                f"table {what}: {count} {unit_en} add up",
                paths=_ALL_PATHS[code, id(spec)],
            )
        ]
    left_zh, left_en, right_zh, right_en = _FORMATS[code, id(spec)]
    findings: list[Finding] = []
    passed: list[str] = []
    count = 0
    plan = _PLANS[code, id(spec)]
    for equation in plan:
        missing = _missing(spec, equation, cells)
        if missing is not None:
            reason, paths, zh, en = missing
            findings.append(emit(rule, ctx, Status.NOT_ASSESSABLE, zh, en, paths=paths, reason=reason))
            continue
        left = sum(map(cells.__getitem__, equation.left))  # type: ignore[arg-type]
        right = sum(map(cells.__getitem__, equation.right))  # type: ignore[arg-type]
        if left == right:
            passed.extend(equation.paths)
            count += 1
            continue
        difference = left - right
        if code == "T401":
            zh = f"{equation.name_zh}：{left_zh} = {left} ≠ {right_zh} {right}（差 {abs(difference)}）"
        elif code == "T303":
            zh = f"{equation.name_zh}：{left_zh} = {left} ≠ {right_zh} = {right}（差 {abs(difference)}）"
        elif code == "T302":
            zh = f"{equation.name_zh}：{left} ≠ {right}（差 {abs(difference)}）"
        else:
            zh = f"{equation.name_zh} 行：{left_zh} {left} ≠ {right_zh} {right}（差 {abs(difference)}）"
        en = f"{equation.name_en}: {left_en} {left}, {right_en} {right} (difference {difference})"
        if code == "T303":
            en = f"column {equation.name_en}: {left_en} = {left}, {right_en} = {right} (difference {difference})"
        elif code == "T302":
            en = f"column {equation.name_en}: {left_en} {left}, {right_en} is {right} (difference {difference})"
        findings.append(
            emit(
                rule,
                ctx,
                Status.FAIL,
                zh,
                en,
                paths=equation.paths,
                values=(left, right),
                difference=difference,
            )
        )
    if count:
        unit_zh, unit_en = ("行", "rows") if code in ("T301", "T401") else ("列", "columns")
        findings.append(
            emit(
                rule,
                ctx,
                Status.PASS,
                f"表{what} {count} {unit_zh}相符",
                f"table {what}: {count} {unit_en} add up",
                paths=_ALL_PATHS[code, id(spec)] if count == len(plan) else tuple(passed),
            )
        )
    return findings


def _t301(rule: Rule, ctx: Context) -> list[Finding]:
    return _equations(rule, ctx, ctx.report.requests, "三")


def _t302(rule: Rule, ctx: Context) -> list[Finding]:
    return _equations(rule, ctx, ctx.report.requests, "三")


def _t303(rule: Rule, ctx: Context) -> list[Finding]:
    return _equations(rule, ctx, ctx.report.requests, "三")


def _t401(rule: Rule, ctx: Context) -> list[Finding]:
    return _equations(rule, ctx, ctx.report.reviews, "四")


_CELL_PATHS = MappingProxyType(
    {id(spec): (spec, tuple(spec.path(r, c) for r, c in spec.cells)) for spec in _specs() if spec.key == "requests"}
)
"""The paths of the cells of every official table 三, in the order of the cells, by the identity of its spec."""


def _numbers_only(cells: tuple[object, ...]) -> bool:
    """Whether every cell is a number: their sum fails on a mark, sooner than a search for one.

    >>> _numbers_only((1, 2, 3)), _numbers_only((1, BLANK))
    (True, False)
    """
    try:
        sum(cells)  # type: ignore[arg-type]
    except TypeError:
        return False
    return True


def _t304(rule: Rule, ctx: Context) -> list[Finding]:
    table = ctx.report.requests
    if table is None:
        return [
            emit(
                rule,
                ctx,
                Status.NOT_ASSESSABLE,
                "报告没有表三，无法评估",
                "the report has no table 三: not assessable",
                paths=("$.requests",),
                reason=Reason.MISSING_TABLE,
            )
        ]
    spec, cells = table.spec, table.cells
    if _numbers_only(cells) or BLANK not in cells:
        return [emit(rule, ctx, Status.PASS, "表三没有空白单元格", "table 三 has no blank cell")]
    flags = tuple(map(is_, cells, repeat(BLANK)))
    count = flags.count(True)
    if not count:
        return [emit(rule, ctx, Status.PASS, "表三没有空白单元格", "table 三 has no blank cell")]
    blank = tuple(islice(compress(spec.cells, flags), 5))
    known = _CELL_PATHS.get(id(spec))
    paths = (
        tuple(compress(known[1], flags))
        if known is not None and known[0] is spec
        else tuple(cell_path(spec, r, c) for r, c in compress(spec.cells, flags))
    )
    shown = "、".join(f"{row_name(spec, r)} {column_name(spec, c)}" for r, c in blank)
    more = f"等 {count} 处" if count > 5 else ""
    return [
        emit(
            rule,
            ctx,
            Status.FAIL,
            f"表三有 {count} 个空白单元格：{shown}{more}",
            f"table 三 has {count} blank cells: "
            + ", ".join(f"{r}.{c}" for r, c in blank)
            + (" …" if count > 5 else ""),
            paths=paths,
            values=(count,),
        )
    ]


CHECKS: Mapping[str, Callable[[Rule, Context], list[Finding]]] = MappingProxyType(
    {
        "T301": _t301,
        "T302": _t302,
        "T303": _t303,
        "T304": _t304,
        "T401": _t401,
    }
)
