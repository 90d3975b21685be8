"""The cross-year rules Y501–Y504: this year's report against last year's.

Every rule is not assessable without a previous report, when the previous
report is not of the year before, or when it is of another body. Paths of the
previous report's cells are in :attr:`Finding.previous_paths`.

>>> from govinfo_report.rules import check
>>> from govinfo_report.model import AnnualReport, Body
>>> from govinfo_report.layout import FormatVersion, layout_for
>>> report = AnnualReport(body=Body(name="某县人民政府"), year=2024, format=FormatVersion.V2021)
>>> sorted((f.code, f.reason.value) for f in check(report, select="Y"))
[('Y501', 'no_previous'), ('Y502', 'no_previous'), ('Y503', 'no_previous'), ('Y504', 'no_previous')]
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_EVEN, Decimal
from operator import itemgetter
from types import MappingProxyType
from typing import TYPE_CHECKING

from govinfo_report.layout import CellKind, FormatVersion, layout_for
from govinfo_report.model import Amount, Mark
from govinfo_report.numbers import to_chinese
from govinfo_report.rules._context import Context, as_value, cell_path, column_name, emit, row_name, show
from govinfo_report.rules._finding import Reason, Status

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from govinfo_report.layout import TableSpec
    from govinfo_report.model import AnnualReport, Cell, Table
    from govinfo_report.rules._catalogue import Rule
    from govinfo_report.rules._finding import Finding

__all__ = ["CHECKS", "prose_sections", "repeated_share"]

_SPACE = re.compile(r"\s+")


def _name(report: AnnualReport) -> str:
    return _SPACE.sub("", report.body.name)


def _unpaired(rule: Rule, ctx: Context) -> list[Finding] | None:
    """Not-assessable findings when there is no usable previous report, else ``None``."""
    report, previous = ctx.report, ctx.previous
    if previous is None:
        return [
            emit(
                rule,
                ctx,
                Status.NOT_ASSESSABLE,
                f"未提供 {report.year - 1} 年的报告，无法评估",
                f"no report for {report.year - 1} was given: not assessable",
                reason=Reason.NO_PREVIOUS,
            )
        ]
    if previous.year != report.year - 1:
        return [
            emit(
                rule,
                ctx,
                Status.NOT_ASSESSABLE,
                f"所给报告为 {previous.year} 年，不是 {report.year - 1} 年，无法评估",
                f"the other report is for {previous.year}, not {report.year - 1}: not assessable",
                paths=("$.year",),
                previous_paths=("$.year",),
                values=(report.year, previous.year),
                reason=Reason.NOT_CONSECUTIVE,
            )
        ]
    this_name, last_name = _name(report), _name(previous)
    if this_name and last_name and this_name != last_name:
        return [
            emit(
                rule,
                ctx,
                Status.NOT_ASSESSABLE,
                f"上年报告的发布机关为「{previous.body.name}」，与「{report.body.name}」不同，无法评估",
                f"last year's report is of {previous.body.name!r}, not {report.body.name!r}: not assessable",
                paths=("$.body.name",),
                previous_paths=("$.body.name",),
                reason=Reason.OTHER_BODY,
            )
        ]
    return None


def _missing_table(rule: Rule, ctx: Context, key: str, this: Table | None, last: Table | None) -> list[Finding]:
    which_zh = "本年" if this is None else f"{ctx.report.year - 1} 年"
    which_en = "this year's" if this is None else "last year's"
    return [
        emit(
            rule,
            ctx,
            Status.NOT_ASSESSABLE,
            f"{which_zh}报告没有该表，无法评估",
            f"{which_en} report has no {key} table: not assessable",
            paths=(f"$.{key}",) if this is None else (),
            previous_paths=(f"$.{key}",) if last is None else (),
            reason=Reason.MISSING_TABLE,
        )
    ]


def _y501(rule: Rule, ctx: Context) -> list[Finding]:
    unpaired = _unpaired(rule, ctx)
    if unpaired is not None:
        return unpaired
    assert ctx.previous is not None  # noqa: S101 - _unpaired checked it
    this, last = ctx.report.requests, ctx.previous.requests
    if this is None or last is None:
        return _missing_table(rule, ctx, "requests", this, last)
    spec, last_spec = this.spec, last.spec
    year = ctx.previous.year
    known = _CARRIED.get(id(spec))
    if known is not None and known[0] is spec and last_spec is spec:
        _, over, forward, places = known
        cells, last_cells = this.cells, last.cells
        columns = [(key, cells[i], last_cells[j], path, before, label) for key, i, j, path, before, label in places]
    else:
        over = spec.row("carried_over").full_label
        forward = last_spec.row("carried_forward").full_label
        columns = [
            (
                column.key,
                this["carried_over", column.key],
                last["carried_forward", column.key],
                cell_path(spec, "carried_over", column.key),
                cell_path(last_spec, "carried_forward", column.key),
                column_name(spec, column.key),
            )
            for column in spec.columns
        ]
    findings = []
    passed: list[str] = []
    passed_previous: list[str] = []
    for key, a, b, path, previous_path, label in columns:
        if type(a) is not int or type(b) is not int:
            reason = Reason.BLANK_CELL if Mark.BLANK in (a, b) else Reason.MARKED_CELL
            findings.append(
                emit(
                    rule,
                    ctx,
                    Status.NOT_ASSESSABLE,
                    f"{label} 列：本年{over} {show(a)}，{year} 年{forward} {show(b)}，无法评估",
                    f"column {key}: carried_over {show(a)}, {year} carried_forward {show(b)}: not assessable",
                    paths=(path,),
                    previous_paths=(previous_path,),
                    reason=reason,
                )
            )
            continue
        if a == b:
            passed.append(path)
            passed_previous.append(previous_path)
            continue
        difference = a - b
        findings.append(
            emit(
                rule,
                ctx,
                Status.FAIL,
                f"{label} 列：本年{over} {a} ≠ {year} 年{forward} {b}（差 {abs(difference)}）",
                f"column {key}: carried_over {a} ≠ {year} carried_forward {b} (difference {difference})",
                paths=(path,),
                previous_paths=(previous_path,),
                values=(a, b),
                difference=difference,
            )
        )
    if passed:
        findings.append(
            emit(
                rule,
                ctx,
                Status.PASS,
                f"{len(passed)} 列与 {year} 年结转数一致",
                f"{len(passed)} columns equal {year}'s carried_forward",
                paths=tuple(passed),
                previous_paths=tuple(passed_previous),
            )
        )
    return findings


def _carried() -> Mapping[int, tuple[TableSpec, str, str, tuple[tuple[str, int, int, str, str, str], ...]]]:
    """Per official table 三, by the identity of its spec: what Y501 reads of it.

    The labels of the carried-over and carried-forward rows, then per column: key, the places
    of the two cells, their paths and the column's name.
    """
    carried = {}
    for version in FormatVersion:
        spec = layout_for(version).requests
        places = tuple(
            (
                column.key,
                spec.index("carried_over", column.key),
                spec.index("carried_forward", column.key),
                cell_path(spec, "carried_over", column.key),
                cell_path(spec, "carried_forward", column.key),
                column_name(spec, column.key),
            )
            for column in spec.columns
        )
        over, forward = spec.row("carried_over").full_label, spec.row("carried_forward").full_label
        carried[id(spec)] = (spec, over, forward, places)
    return MappingProxyType(carried)


_CARRIED = _carried()

_Terms = tuple[tuple[str, int], ...]


def _stock_equations(version: FormatVersion) -> tuple[tuple[str, str, _Terms, _Terms], ...]:
    """(row, left column, right terms of this year, right terms of last year); +1 adds, −1 subtracts."""
    if version is FormatVersion.V2021:
        return tuple(
            (row, "in_force", (("issued", 1), ("repealed", -1)), (("in_force", 1),))
            for row in ("regulations", "normative_documents")
        )
    stocks = tuple(
        (row, "total_published", (("published", 1),), (("total_published", 1),))
        for row in ("regulations", "normative_documents")
    )
    items = tuple(
        (row, "previous_items", (), (("previous_items", 1), ("change", 1)))
        for row in ("licensing", "other_services", "penalties", "enforcement", "fees")
    )
    return stocks + items


_Stock = tuple[
    str, str, str, tuple[str, ...], tuple[str, ...], int, tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]
]


def _stock_plan(spec: TableSpec, version: FormatVersion) -> tuple[_Stock, ...]:
    """The equations of Y502 on table *spec*, read once.

    Per equation: row, left column, the row's name, the paths of this year's and of last year's
    cells, and the places of the cells (the terms with their signs).
    """
    return tuple(
        (
            row,
            left_column,
            row_name(spec, row),
            (cell_path(spec, row, left_column), *(cell_path(spec, row, c) for c, _ in own)),
            tuple(cell_path(spec, row, c) for c, _ in earlier),
            spec.index(row, left_column),
            tuple((spec.index(row, c), sign) for c, sign in own),
            tuple((spec.index(row, c), sign) for c, sign in earlier),
        )
        for row, left_column, own, earlier in _stock_equations(version)
    )


_STOCKS_READ = MappingProxyType(
    {
        id(spec): (spec, _stock_plan(spec, spec.version))
        for spec in (layout_for(version).disclosure for version in FormatVersion)
        if spec.version is not None
    }
)
"""Per official table 二, by the identity of its spec: the spec and its equations of Y502."""


def _y502(rule: Rule, ctx: Context) -> list[Finding]:
    unpaired = _unpaired(rule, ctx)
    if unpaired is not None:
        return unpaired
    assert ctx.previous is not None  # noqa: S101 - _unpaired checked it
    this, last = ctx.report.disclosure, ctx.previous.disclosure
    if this is None or last is None:
        return _missing_table(rule, ctx, "disclosure", this, last)
    spec = this.spec
    if spec is not last.spec or spec.version is None:
        return [
            emit(
                rule,
                ctx,
                Status.NOT_ASSESSABLE,
                "两年的表二格式不同，无法评估",
                "the two years' tables 二 follow different formats: not assessable",
                paths=("$.disclosure",),
                previous_paths=("$.disclosure",),
                reason=Reason.FORMAT_DIFFERS,
            )
        ]
    year = ctx.previous.year
    findings = []
    passed: list[str] = []
    passed_previous: list[str] = []
    known = _STOCKS_READ.get(id(spec))
    plan = known[1] if known is not None and known[0] is spec else _stock_plan(spec, spec.version)
    cells, last_cells = this.cells, last.cells
    for row, left_column, name, paths, previous_paths, at, own, earlier in plan:
        left = cells[at]
        terms = [(cells[i], sign) for i, sign in own] + [(last_cells[i], sign) for i, sign in earlier]
        values = [left, *(v for v, _ in terms)]
        if any(type(v) is not int for v in values):
            blank = any(v is Mark.BLANK for v in values)
            findings.append(
                emit(
                    rule,
                    ctx,
                    Status.NOT_ASSESSABLE,
                    f"{name}：所需单元格空白或标为不适用，无法评估",
                    f"row {row}: a cell it needs is blank or marked not applicable: not assessable",
                    paths=paths,
                    previous_paths=previous_paths,
                    reason=Reason.BLANK_CELL if blank else Reason.MARKED_CELL,
                )
            )
            continue
        right = 0
        for value, sign in terms:
            right += int(value) * sign  # type: ignore[arg-type]  # every term is an int (checked above)
        if left == right:
            passed.extend(paths)
            passed_previous.extend(previous_paths)
            continue
        difference = left - right  # type: ignore[operator]  # an int (checked above)
        findings.append(
            emit(
                rule,
                ctx,
                Status.FAIL,
                f"{name} {column_name(spec, left_column)}：{show(left)} ≠ {show(right)}"
                f"（按上年推算，差 {show(abs(difference))}）",
                f"row {row}: {left_column} {show(left)}, expected {show(right)} from {year} "
                f"(difference {show(difference)})",
                paths=paths,
                previous_paths=previous_paths,
                values=(as_value(left), right),
                difference=difference,
            )
        )
    if passed:
        findings.append(
            emit(
                rule,
                ctx,
                Status.PASS,
                f"存量与 {year} 年数据衔接",
                f"the stocks continue from {year}",
                paths=tuple(passed),
                previous_paths=tuple(passed_previous),
            )
        )
    return findings


_SPACES = ("\u3000", " ", "\t", "\r", "\x0b", "\x0c")
_ENDS = ("。", "！", "？", "；", ";", "!", "?")
_DIGITS = "0123456789"
_MIN_SENTENCE = 6
_MIN_SECTION = 50
_NUMBER_OR_NUL = re.compile("[0-9\0]")
_SECTION_NUMBERS = MappingProxyType({section: to_chinese(section) for section in range(1, 7)})


def prose_sections(report: AnnualReport) -> tuple[tuple[int, str, str], ...]:
    """The prose of sections 一, 五 and 六 as (section, path, text)."""
    overview, improvements = report.overview, report.improvements
    return (
        (1, "$.overview", "\n".join((overview.text, *(t.text for t in overview.topics)))),
        (5, "$.improvements", "\n".join((improvements.text, *improvements.problems, *improvements.remedies))),
        (6, "$.other_matters.text", report.other_matters.text),
    )


def _sentences(text: str, *, with_numbers: bool = False) -> list[str]:
    """The sentences of *text* without spaces, leaving out those that state numbers.

    A sentence ends at 。！？；;!? or a line break; a digit (or a NUL) in it leaves
    it out, unless *with_numbers*. Each character is replaced in one pass over the
    text, and only when the text has it, which is quicker than any per-character work.
    """
    for space in _SPACES:
        if space in text:
            text = text.replace(space, "")
    for end in _ENDS:
        if end in text:
            text = text.replace(end, "\n")
    if with_numbers:
        return [sentence for sentence in text.split("\n") if len(sentence) >= _MIN_SENTENCE]
    for digit in _DIGITS:
        if digit in text:
            text = text.replace(digit, "\0")
    return [sentence for sentence in text.split("\n") if len(sentence) >= _MIN_SENTENCE and "\0" not in sentence]


def repeated_share(text: str, earlier: frozenset[str]) -> tuple[int, int]:
    """(characters in sentences of *text* found in *earlier*, characters in all sentences).

    Sentences are compared without spaces. Sentences that state numbers are
    left out (their wording is formulaic by nature: a copy shows in the
    descriptive text), and so are sentences shorter than six characters.

    >>> earlier = frozenset(_sentences("共收到申请10件。我们将继续努力做好公开工作。加强培训。"))
    >>> repeated_share("共收到申请12件。我们将继续努力做好公开工作。明年将重点加强政策解读。", earlier)
    (13, 24)
    """
    sentences = _sentences(text)
    return sum(map(len, filter(earlier.__contains__, sentences))), sum(map(len, sentences))


def _y503(rule: Rule, ctx: Context) -> list[Finding]:
    unpaired = _unpaired(rule, ctx)
    if unpaired is not None:
        return unpaired
    assert ctx.previous is not None  # noqa: S101 - _unpaired checked it
    year = ctx.previous.year
    # Last year's sentences that state numbers are kept: this year's never match them, as the
    # sentences compared have no digit (and leaving them out would take one more pass).
    earlier = frozenset(_sentences("\n".join(text for _, _, text in prose_sections(ctx.previous)), with_numbers=True))
    has_prose = any(_NUMBER_OR_NUL.search(sentence) is None for sentence in earlier)
    threshold = ctx.repetition_threshold
    findings = []
    for section, path, text in prose_sections(ctx.report):
        repeated, total = repeated_share(text, earlier)
        number = _SECTION_NUMBERS[section]
        if total < _MIN_SECTION or not has_prose:
            why_zh = f"第{number}部分文字不足 {_MIN_SECTION} 字" if total < _MIN_SECTION else f"{year} 年报告没有文字"
            why_en = (
                f"section {number} has fewer than {_MIN_SECTION} characters"
                if total < _MIN_SECTION
                else f"the {year} report has no prose"
            )
            findings.append(
                emit(
                    rule,
                    ctx,
                    Status.NOT_ASSESSABLE,
                    f"{why_zh}，无法评估",
                    f"{why_en}: not assessable",
                    section=section,
                    paths=(path,),
                    reason=Reason.TOO_LITTLE,
                )
            )
            continue
        share = (Decimal(repeated) / Decimal(total)).quantize(Decimal("0.0001"), ROUND_HALF_EVEN)
        shown = f"{(share * 100).quantize(Decimal('0.1'))}%"
        limit = f"{(threshold * 100).normalize():f}%"
        failed = Decimal(repeated) >= threshold * total
        findings.append(
            emit(
                rule,
                ctx,
                Status.FAIL if failed else Status.PASS,
                f"第{number}部分与 {year} 年报告重复 {shown}（{'达到' if failed else '低于'}阈值 {limit}）",
                f"section {number} repeats {shown} of the {year} report (threshold {limit})",
                section=section,
                paths=(path,),
                previous_paths=(path,),
                values=(share, threshold),
                difference=share - threshold,
            )
        )
    return findings


_STOCKS = frozenset({"in_force", "total_published", "previous_items"})
_MIN_CELLS = 5


def _compared_cells() -> Mapping[
    int, tuple[Callable[[tuple[Cell, ...]], tuple[Cell, ...]], tuple[str, ...], tuple[int, ...]]
]:
    """Per table layout: a getter of the cells Y504 compares, their paths, and which of them hold amounts.

    Y504 leaves out the stock columns and the carried-over row, which equal last year's by nature.
    """
    compared = {}
    for version in FormatVersion:
        for spec in layout_for(version).tables:
            indexes = tuple(
                i for i, (row, column) in enumerate(spec.cells) if column not in _STOCKS and row != "carried_over"
            )
            getter = itemgetter(*indexes)
            paths = tuple(spec.path(*spec.cells[i]) for i in indexes)
            kinds = [spec.column_of(*spec.cells[i]).kind for i in indexes]
            amounts = tuple(position for position, kind in enumerate(kinds) if kind is CellKind.AMOUNT)
            compared[id(spec)] = (getter, paths, amounts)
    return MappingProxyType(compared)


_COMPARED = _compared_cells()


def _is_zero_amount(cell: Cell) -> bool:
    """Whether *cell* is an :class:`Amount` of zero (true, unlike a zero)."""
    return type(cell) is Amount and not cell.value


def _y504(rule: Rule, ctx: Context) -> list[Finding]:
    unpaired = _unpaired(rule, ctx)
    if unpaired is not None:
        return unpaired
    assert ctx.previous is not None  # noqa: S101 - _unpaired checked it
    year = ctx.previous.year
    compared = equal = 0
    tables = []
    for this, last in zip(ctx.report.tables, ctx.previous.tables):
        if this is None or last is None or this.spec is not last.spec:
            continue
        pick, compared_paths, amounts = _COMPARED[id(this.spec)]
        values, earlier = pick(this.cells), pick(last.cells)
        # Zero, blank and not applicable are not compared (all false), nor are amounts of zero.
        same = [value == before for value, before in zip(values, earlier) if value]
        nothing = frozenset(i for i in amounts if _is_zero_amount(values[i]))
        compared += len(same) - len(nothing)
        equal += sum(same) - sum(values[i] == earlier[i] for i in nothing)
        tables.append((values, earlier, nothing, compared_paths))
    # Only a copy (every cell the same) names the cells.
    paths = (
        [
            compared_paths[i]
            for values, earlier, nothing, compared_paths in tables
            for i, (value, before) in enumerate(zip(values, earlier))
            if value and value == before and i not in nothing
        ]
        if equal == compared
        else []
    )
    if compared < _MIN_CELLS:
        return [
            emit(
                rule,
                ctx,
                Status.NOT_ASSESSABLE,
                f"可比的非零单元格只有 {compared} 个（至少需要 {_MIN_CELLS} 个），无法评估",
                f"only {compared} comparable non-zero cells (at least {_MIN_CELLS} needed): not assessable",
                values=(compared,),
                reason=Reason.TOO_LITTLE,
            )
        ]
    if equal == compared:
        return [
            emit(
                rule,
                ctx,
                Status.FAIL,
                f"全部 {compared} 个非零单元格与 {year} 年报告相同，疑似照抄",
                f"all {compared} non-zero cells equal the {year} report's: a copy",
                paths=tuple(paths),
                previous_paths=tuple(paths),
                values=(equal, compared),
                difference=0,
            )
        ]
    return [
        emit(
            rule,
            ctx,
            Status.PASS,
            f"{compared} 个非零单元格中 {compared - equal} 个与 {year} 年不同",
            f"{compared - equal} of {compared} non-zero cells differ from {year}",
            values=(equal, compared),
            difference=equal - compared,
        )
    ]


CHECKS: Mapping[str, Callable[[Rule, Context], list[Finding]]] = MappingProxyType(
    {"Y501": _y501, "Y502": _y502, "Y503": _y503, "Y504": _y504}
)
