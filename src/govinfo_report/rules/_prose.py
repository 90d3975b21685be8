"""The prose rules X601–X607: what the text says against what the tables say.

Each statement the reader found (:mod:`._prose_numbers`) becomes one finding
that quotes it (:attr:`Finding.span`). A statement that can be read in several
ways passes when every reading agrees with the tables, fails when none does,
and is not assessable (naming the readings) otherwise. Approximate numbers
(``5500余``) are not assessable. Prose that states nothing a rule checks gives
one not-assessable finding for the rule.

>>> from govinfo_report.rules import check
>>> from govinfo_report.model import AnnualReport, Body, Overview, Topic, build_reviews
>>> from govinfo_report.layout import FormatVersion
>>> reviews = build_reviews({"review": [2, 1, 0, 0], "litigation_direct": [0, 0, 0, 0],
...                          "litigation_after_review": [0, 0, 0, 0]})
>>> topic = Topic(key="on_request", text="本年度发生政府信息公开行政复议3件，均获维持。")
>>> report = AnnualReport(body=Body(name="某县人民政府"), year=2024, format=FormatVersion.V2021,
...                       reviews=reviews, overview=Overview(topics=(topic,)))
>>> for f in check(report, select="X603"):
...     print(f.status.value, f.message)
pass 「本年度发生政府信息公开行政复议3件」：行政复议 总计 3 = 表四 3
fail 「均获维持」：但表四 行政复议 结果纠正 1、其他结果 0
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from govinfo_report.model import Mark
from govinfo_report.rules._context import Context, cell_path, emit, show
from govinfo_report.rules._finding import Reason, Status, new_finding
from govinfo_report.rules._prose_numbers import ProseReading

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from govinfo_report.model import Cell, Table
    from govinfo_report.rules._catalogue import Rule
    from govinfo_report.rules._finding import Finding, Span
    from govinfo_report.rules._prose_numbers import CellClaim, Reading, Share

__all__ = ["CHECKS"]

_TABLE_ZH = MappingProxyType({"disclosure": "表二", "requests": "表三", "reviews": "表四"})
_TABLE_EN = MappingProxyType({"disclosure": "table 二", "requests": "table 三", "reviews": "table 四"})


def _reading(ctx: Context) -> ProseReading:
    return ctx.prose if ctx.prose is not None else ProseReading()


def _nothing(rule: Rule, ctx: Context, what_zh: str, what_en: str) -> list[Finding]:
    return [
        emit(
            rule,
            ctx,
            Status.NOT_ASSESSABLE,
            f"文字中没有{what_zh}，无法评估",
            f"the prose states no {what_en}: not assessable",
            reason=Reason.NO_STATEMENT,
        )
    ]


def _sum(table: Table, cells: tuple[tuple[str, str], ...]) -> tuple[int | Decimal | None, Reason | None]:
    total: int | Decimal = 0
    for row, column in cells:
        value: Cell = table[row, column]
        if type(value) is Mark:
            return None, Reason.BLANK_CELL if value is Mark.BLANK else Reason.MARKED_CELL
        total += value  # type: ignore[operator]
    return total, None


def _percent(part: int | Decimal, whole: int | Decimal, places: int) -> tuple[Decimal, ...]:
    exact = Decimal(part) * 100 / Decimal(whole)
    step = Decimal(1).scaleb(-places)
    return (exact.quantize(step, ROUND_HALF_UP), exact.quantize(step, ROUND_HALF_EVEN))


def _paths(table: str, cells: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """The paths of *cells* of *table* (``$.requests.granted.total``)."""
    if len(cells) == 1:
        row, column = cells[0]
        return (f"$.{table}.{row}.{column}",)
    return tuple(f"$.{table}.{row}.{column}" for row, column in cells)


def _quote(span: Span) -> str:
    return f"「{span.text}」"


def _single_column(table: Table, reading: Reading, stated: int | Decimal) -> str | None:
    """The applicant column the stated number equals when the reading was of the 总计 column."""
    if any(column != "total" for _, column in reading.cells):
        return None
    spec = table.spec
    matches = []
    for column in spec.columns:
        if column.sums:
            continue
        value, _ = _sum(table, tuple((row, column.key) for row, _ in reading.cells))
        if value is not None and value == stated:
            matches.append(column.label)
    return matches[0] if len(matches) == 1 else None


def _looser(table: Table, claim: CellClaim, stated: int | Decimal) -> Reading | None:
    """The looser reading of *claim* that agrees with *stated*, if any."""
    for reading in claim.alternatives:
        value, _ = _sum(table, reading.cells)
        if value is not None and value == stated:
            return reading
    return None


def _cell_claim(rule: Rule, ctx: Context, claim: CellClaim, table: Table | None) -> list[Finding]:
    _, table_name, readings, stated, approximate, span, section, share, _ = claim
    table_zh, table_en = _TABLE_ZH[table_name], _TABLE_EN[table_name]
    common: dict[str, Any] = {"section": section, "span": span}
    if table is None:
        return [
            emit(
                rule,
                ctx,
                Status.NOT_ASSESSABLE,
                f"{_quote(span)}：报告没有{table_zh}，无法评估",
                f"{span.text!r}: the report has no {table_en}: not assessable",
                reason=Reason.MISSING_TABLE,
                **common,
            )
        ]
    if approximate:
        return [
            emit(
                rule,
                ctx,
                Status.NOT_ASSESSABLE,
                f"{_quote(span)} 是约数，无法评估",
                f"{span.text!r} is approximate: not assessable",
                values=(stated,),
                reason=Reason.APPROXIMATE,
                **common,
            )
        ]
    if len(readings) == 1:  # the common case, kept short
        reading = readings[0]
        value, _ = _sum(table, reading.cells)
        if value == stated:
            paths = _paths(table_name, reading.cells)
            passed = new_finding(  # emit(...), without its keywords: most claims pass
                rule.code,
                rule.severity,
                Status.PASS,
                rule.title_zh,
                rule.title_en,
                f"「{span.text}」：{reading.label_zh} {stated} = {table_zh} {value}",
                f"{span.text!r}: {reading.label_en} {stated} = {table_en} {value}",
                section,
                ctx.report.year,
                paths,
                (),
                (stated, value),
                0,
                span,
                None,
            )
            if share is None or table_name != "requests":
                return [passed]
            known_share = [(reading, value, paths)]
            return [passed, _share_of_table(rule, ctx, claim, table, share=share, candidates=known_share)]
    known: list[tuple[Reading, int | Decimal, tuple[str, ...]]] = []
    missing: Reason | None = None
    for reading in readings:
        value, reason = _sum(table, reading.cells)
        paths = _paths(table_name, reading.cells)
        if value is None:
            missing = reason
            continue
        known.append((reading, value, paths))
    findings = []
    if not known:
        findings.append(
            emit(
                rule,
                ctx,
                Status.NOT_ASSESSABLE,
                f"{_quote(span)}：{table_zh}对应单元格空白，无法评估",
                f"{span.text!r}: the {table_en} cells are blank: not assessable",
                paths=_paths(table_name, readings[0].cells),
                values=(stated,),
                reason=missing,
                **common,
            )
        )
        return findings
    agree = [k for k in known if k[1] == stated]
    if len(readings) == 1:
        reading, value, paths = known[0]
        if value == stated:
            findings.append(
                emit(
                    rule,
                    ctx,
                    Status.PASS,
                    f"{_quote(span)}：{reading.label_zh} {show(stated)} = {table_zh} {show(value)}",
                    f"{span.text!r}: {reading.label_en} {show(stated)} = {table_en} {show(value)}",
                    paths=paths,
                    values=(stated, value),
                    difference=0,
                    **common,
                )
            )
        else:
            column = _single_column(table, reading, stated)
            difference = stated - value
            looser = _looser(table, claim, stated)
            if looser is not None:
                findings.append(
                    emit(
                        rule,
                        ctx,
                        Status.NOT_ASSESSABLE,
                        f"{_quote(span)}：{show(stated)} 与{table_zh}{reading.label_zh} {show(value)} 不同，"
                        f"但等于{looser.label_zh}，可能连同上年结转一并计算，无法确定",
                        f"{span.text!r}: {show(stated)} differs from {reading.label_en} {show(value)} "
                        f"but equals {looser.label_en}: ambiguous",
                        paths=(*paths, *_paths(table_name, looser.cells)),
                        values=(stated, value),
                        difference=difference,
                        reason=Reason.AMBIGUOUS,
                        **common,
                    )
                )
            elif column is not None:
                findings.append(
                    emit(
                        rule,
                        ctx,
                        Status.NOT_ASSESSABLE,
                        f"{_quote(span)}：{show(stated)} 与{table_zh}{reading.label_zh} {show(value)} 不同，"
                        f"但等于{column}列，可能只指{column}，无法确定",
                        f"{span.text!r}: {show(stated)} differs from {reading.label_en} {show(value)} "
                        f"but equals the {column} column alone: ambiguous",
                        paths=paths,
                        values=(stated, value),
                        difference=difference,
                        reason=Reason.AMBIGUOUS,
                        **common,
                    )
                )
            else:
                findings.append(
                    emit(
                        rule,
                        ctx,
                        Status.FAIL,
                        f"{_quote(span)}：文字 {show(stated)} ≠ {table_zh}{reading.label_zh} {show(value)}"
                        f"（差 {show(abs(difference))}）",
                        f"{span.text!r}: the text says {show(stated)}, {table_en} {reading.label_en} "
                        f"is {show(value)} (difference {show(difference)})",
                        paths=paths,
                        values=(stated, value),
                        difference=difference,
                        **common,
                    )
                )
    else:
        readings_zh = "；".join(f"{r.label_zh} {show(v)}" for r, v, _ in known)
        readings_en = "; ".join(f"{r.label_en} {show(v)}" for r, v, _ in known)
        paths = tuple(dict.fromkeys(p for _, _, ps in known for p in ps))
        if len(agree) == len(readings):
            findings.append(
                emit(
                    rule,
                    ctx,
                    Status.PASS,
                    f"{_quote(span)}：每种读法都与{table_zh}一致（{readings_zh}）",
                    f"{span.text!r}: every reading agrees with {table_en} ({readings_en})",
                    paths=paths,
                    values=(stated,),
                    **common,
                )
            )
        elif not agree and missing is None:
            findings.append(
                emit(
                    rule,
                    ctx,
                    Status.FAIL,
                    f"{_quote(span)}：文字 {show(stated)} 与{table_zh}任何读法都不符（{readings_zh}）",
                    f"{span.text!r}: {show(stated)} matches no reading of {table_en} ({readings_en})",
                    paths=paths,
                    values=(stated, *(v for _, v, _ in known)),
                    **common,
                )
            )
        else:
            findings.append(
                emit(
                    rule,
                    ctx,
                    Status.NOT_ASSESSABLE,
                    f"{_quote(span)} 有多种读法（{readings_zh}），文字 {show(stated)}，无法确定",
                    f"{span.text!r} can be read several ways ({readings_en}); it says {show(stated)}: ambiguous",
                    paths=paths,
                    values=(stated, *(v for _, v, _ in known)),
                    reason=Reason.AMBIGUOUS,
                    **common,
                )
            )
    if share is not None and table_name == "requests":
        findings.append(_share_of_table(rule, ctx, claim, table, share=share, candidates=agree or known))
    return findings


def _share_of_table(
    rule: Rule,
    ctx: Context,
    claim: CellClaim,
    table: Table,
    *,
    share: Share,
    candidates: list[tuple[Reading, int | Decimal, tuple[str, ...]]],
) -> Finding:
    """A stated percentage against the table: the count over the requests handled (or received)."""
    reading, part, paths = candidates[0]
    columns = tuple(dict.fromkeys(c for _, c in reading.cells))
    spec = table.spec
    denominators = (
        ("（七）总计", "total_handled", (("total_handled", c) for c in columns)),
        ("新收申请", "new_requests", (("new_requests", c) for c in columns)),
        (
            "新收与上年结转",
            "new_requests + carried_over",
            (cell for c in columns for cell in (("new_requests", c), ("carried_over", c))),
        ),
    )
    tried: list[str] = []
    first: tuple[Decimal, int | Decimal, str, tuple[str, ...]] | None = None
    common: dict[str, Any] = {"section": claim.section, "span": share.span}
    for label_zh, label_en, cells in denominators:
        cell_tuple = tuple(cells)
        whole, _ = _sum(table, cell_tuple)
        if whole is None or whole == 0:
            continue
        expected = _percent(part, whole, share.places)
        if share.percent in expected:
            return emit(
                rule,
                ctx,
                Status.PASS,
                f"「{share.span.text.strip('，,（( ')}」：{show(part)} ÷ {label_zh} {show(whole)} = {expected[0]}%",
                f"{share.span.text!r}: {show(part)} / {label_en} {show(whole)} = {expected[0]}%",
                paths=(*paths, *(cell_path(spec, r, c) for r, c in cell_tuple)),
                values=(share.percent, expected[0]),
                difference=Decimal(0),
                **common,
            )
        tried.append(f"{label_zh} {show(whole)} → {expected[0]}%")
        if first is None:
            first = (expected[0], whole, label_zh, tuple(cell_path(spec, r, c) for r, c in cell_tuple))
    if first is None:
        return emit(
            rule,
            ctx,
            Status.NOT_ASSESSABLE,
            f"「{share.span.text.strip('，,（( ')}」：表三的分母空白或为零，无法评估",
            f"{share.span.text!r}: the denominators in table 三 are blank or zero: not assessable",
            paths=paths,
            values=(share.percent,),
            reason=Reason.BLANK_CELL,
            **common,
        )
    expected_value, _, _, whole_paths = first
    return emit(
        rule,
        ctx,
        Status.FAIL,
        f"「{share.span.text.strip('，,（( ')}」：{show(part)} 所占比例应为 {expected_value}%（{'；'.join(tried)}）",
        f"{share.span.text!r}: {show(part)} is {expected_value}% of the requests handled, not {share.percent}%",
        paths=(*paths, *whole_paths),
        values=(share.percent, expected_value),
        difference=share.percent - expected_value,
        **common,
    )


def _claims(rule: Rule, ctx: Context, table_name: str, what_zh: str, what_en: str) -> list[Finding]:
    code = rule.code
    claims = [c for c in _reading(ctx).cells if c.code == code]
    if not claims:
        return _nothing(rule, ctx, what_zh, what_en)
    table = getattr(ctx.report, table_name)
    findings = []
    for claim in claims:
        findings.extend(_cell_claim(rule, ctx, claim, table))
    return findings


def _x601(rule: Rule, ctx: Context) -> list[Finding]:
    return _claims(rule, ctx, "requests", "申请数量的表述", "request counts")


def _x602(rule: Rule, ctx: Context) -> list[Finding]:
    return _claims(rule, ctx, "requests", "办理结果的数量或比例", "result counts or percentages")


def _x604(rule: Rule, ctx: Context) -> list[Finding]:
    return _claims(rule, ctx, "disclosure", "制发、废止或现行有效件数", "issued, repealed or in-force counts")


def _x603(rule: Rule, ctx: Context) -> list[Finding]:
    reading = _reading(ctx)
    code = rule.code
    claims = [c for c in reading.cells if c.code == code]
    if not claims and not reading.upheld:
        return _nothing(rule, ctx, "行政复议、行政诉讼的表述", "review or litigation figures")
    table = ctx.report.reviews
    findings = []
    for claim in claims:
        findings.extend(_cell_claim(rule, ctx, claim, table))
    for upheld in reading.upheld:
        common: dict[str, Any] = {"section": upheld.section, "span": upheld.span}
        if table is None:
            findings.append(
                emit(
                    rule,
                    ctx,
                    Status.NOT_ASSESSABLE,
                    f"{_quote(upheld.span)}：报告没有表四，无法评估",
                    f"{upheld.span.text!r}: the report has no table 四: not assessable",
                    reason=Reason.MISSING_TABLE,
                    **common,
                )
            )
            continue
        spec = table.spec
        sums = {}
        missing = None
        for column in ("upheld", "corrected", "other"):
            value, reason = _sum(table, tuple((row, column) for row in upheld.rows))
            sums[column] = value
            missing = missing or reason
        paths = tuple(cell_path(spec, r, c) for r in upheld.rows for c in ("upheld", "corrected", "other"))
        group = "、".join(spec.row(r).label for r in upheld.rows)
        if missing is not None:
            findings.append(
                emit(
                    rule,
                    ctx,
                    Status.NOT_ASSESSABLE,
                    f"{_quote(upheld.span)}：表四{group}有空白，无法评估",
                    f"{upheld.span.text!r}: table 四 has blank cells: not assessable",
                    paths=paths,
                    reason=missing,
                    **common,
                )
            )
            continue
        others = sums["corrected"] + sums["other"]  # type: ignore[operator]
        labels = [spec.column(c).label for c in ("corrected", "other")]
        if others == 0 and sums["upheld"]:
            findings.append(
                emit(
                    rule,
                    ctx,
                    Status.PASS,
                    f"{_quote(upheld.span)}：表四{group}无纠正、无其他结果",
                    f"{upheld.span.text!r}: table 四 has no corrected or other outcome",
                    paths=paths,
                    values=(others, 0),
                    difference=0,
                    **common,
                )
            )
        else:
            findings.append(
                emit(
                    rule,
                    ctx,
                    Status.FAIL,
                    f"{_quote(upheld.span)}：但表四 {group} {labels[0]} {sums['corrected']}、"
                    f"{labels[1]} {sums['other']}" + ("" if sums["upheld"] else f"、{spec.column('upheld').label} 0"),
                    f"{upheld.span.text!r}: table 四 has {sums['corrected']} corrected and "
                    f"{sums['other']} other outcomes, {sums['upheld']} upheld",
                    paths=paths,
                    values=(others, 0),
                    difference=others,
                    **common,
                )
            )
    return findings


_NOTICES = re.compile(r"收费通知|缴费通知")


def _x605(rule: Rule, ctx: Context) -> list[Finding]:
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
    spec = table.spec
    if "other_fee_unpaid" not in {row.key for row in spec.rows}:
        return [
            emit(
                rule,
                ctx,
                Status.NOT_ASSESSABLE,
                f"{spec.version.value if spec.version else ''} 年格式的表三没有该行，无法评估",
                "the table's format has no row for unpaid fee notices: not assessable",
                paths=("$.requests",),
                reason=Reason.NOT_IN_FORMAT,
            )
        ]
    path = cell_path(spec, "other_fee_unpaid", "total")
    unpaid = table["other_fee_unpaid", "total"]
    row = spec.row("other_fee_unpaid")
    name = spec.group(row.parent or "").numbering + row.numbering.rstrip(".")
    if type(unpaid) is not int:
        return [
            emit(
                rule,
                ctx,
                Status.NOT_ASSESSABLE,
                f"表三{name} 总计空白，无法评估",
                "table 三 other_fee_unpaid.total is blank: not assessable",
                paths=(path,),
                reason=Reason.BLANK_CELL if unpaid is Mark.BLANK else Reason.MARKED_CELL,
            )
        ]
    if unpaid == 0:
        return [
            emit(
                rule,
                ctx,
                Status.PASS,
                f"表三{name} 为 0，无需报告收费通知",
                "no request was dropped for an unpaid fee: nothing to report",
                paths=(path,),
                values=(0,),
            )
        ]
    other = ctx.report.other_matters
    fees = other.fees
    evidence_zh = ""
    if fees is not None:
        if type(fees.notices) is int and fees.notices > 0:
            evidence_zh = f"发出收费通知 {fees.notices} 件"
        elif any(type(v) is Decimal and v > 0 for v in (fees.notified, fees.collected)):
            evidence_zh = "报告了信息处理费金额"
    if not evidence_zh and _NOTICES.search(other.text):
        evidence_zh = "正文提到收费通知"
    if not evidence_zh and any(f.amount > 0 for f in _reading(ctx).fees if f.section == 6):
        evidence_zh = "正文报告了收取的信息处理费"
    if evidence_zh:
        return [
            emit(
                rule,
                ctx,
                Status.PASS,
                f"表三{name} 为 {unpaid}，第六部分{evidence_zh}",
                f"{unpaid} requests dropped for unpaid fees; section 六 reports fees",
                paths=(path, "$.other_matters"),
                values=(unpaid,),
            )
        ]
    return [
        emit(
            rule,
            ctx,
            Status.FAIL,
            f"表三{name} 为 {unpaid}（申请人逾期未缴费），但第六部分未报告收费通知",
            f"{unpaid} requests were dropped for unpaid fees but section 六 reports no fee notice",
            paths=(path, "$.other_matters"),
            values=(unpaid,),
        )
    ]


_FLAG_CELLS = MappingProxyType(
    {
        "all_done": ("requests", (("carried_forward", "total"),), "全部办结", "all handled"),
        "no_requests": ("requests", (("new_requests", "total"),), "未收到申请", "no requests"),
        "no_review": ("reviews", (("review", "total"),), "未发生行政复议", "no review"),
        "no_litigation": (
            "reviews",
            (("litigation_direct", "total"), ("litigation_after_review", "total")),
            "未发生行政诉讼",
            "no litigation",
        ),
    }
)


def _x606(rule: Rule, ctx: Context) -> list[Finding]:
    reading = _reading(ctx)
    if not reading.flags and not reading.fees:
        return _nothing(rule, ctx, "可与表格对照的表述", "claim that the tables can check")
    findings = []
    tolerance = ctx.money_tolerance
    fees = ctx.report.other_matters.fees
    collected = fees.collected if fees is not None else Mark.BLANK
    for flag in reading.flags:
        span = flag.span
        common: dict[str, Any] = {"section": flag.section, "span": span}
        if flag.kind == "no_fee":
            stated = [f for f in reading.fees if f.amount > tolerance]
            if type(collected) is Decimal and collected > tolerance:
                findings.append(
                    emit(
                        rule,
                        ctx,
                        Status.FAIL,
                        f"{_quote(span)}：但第六部分收取信息处理费 {show(collected)} 元",
                        f"{span.text!r}: but section 六 gives a fee of {show(collected)} 元",
                        paths=("$.other_matters.fees.collected",),
                        values=(Decimal(0), collected),
                        difference=-collected,
                        **common,
                    )
                )
            elif stated:
                findings.append(
                    emit(
                        rule,
                        ctx,
                        Status.FAIL,
                        f"{_quote(span)}：但{_quote(stated[0].span)}",
                        f"{span.text!r}: but the text also says {stated[0].span.text!r}",
                        values=(Decimal(0), stated[0].amount),
                        difference=-stated[0].amount,
                        **common,
                    )
                )
            elif type(collected) is Decimal:
                findings.append(
                    emit(
                        rule,
                        ctx,
                        Status.PASS,
                        f"{_quote(span)}：第六部分收取信息处理费 {show(collected)} 元",
                        f"{span.text!r}: section 六 gives {show(collected)} 元",
                        paths=("$.other_matters.fees.collected",),
                        values=(Decimal(0), collected),
                        difference=-collected,
                        **common,
                    )
                )
            else:
                findings.append(
                    emit(
                        rule,
                        ctx,
                        Status.NOT_ASSESSABLE,
                        f"{_quote(span)}：第六部分没有收费金额可对照，无法评估",
                        f"{span.text!r}: section 六 gives no fee to compare: not assessable",
                        paths=("$.other_matters.fees",),
                        reason=Reason.BLANK_CELL,
                        **common,
                    )
                )
            continue
        table_name, cells, name_zh, name_en = _FLAG_CELLS[flag.kind]
        table = getattr(ctx.report, table_name)
        if table is None:
            findings.append(
                emit(
                    rule,
                    ctx,
                    Status.NOT_ASSESSABLE,
                    f"{_quote(span)}：报告没有{_TABLE_ZH[table_name]}，无法评估",
                    f"{span.text!r}: the report has no {_TABLE_EN[table_name]}: not assessable",
                    reason=Reason.MISSING_TABLE,
                    **common,
                )
            )
            continue
        spec = table.spec
        paths = tuple(cell_path(spec, r, c) for r, c in cells)
        value, reason = _sum(table, cells)
        label = "、".join(f"{spec.row(r).full_label}" for r, _ in cells)
        if value is None:
            findings.append(
                emit(
                    rule,
                    ctx,
                    Status.NOT_ASSESSABLE,
                    f"{_quote(span)}：{label} 空白，无法评估",
                    f"{span.text!r}: the table cells are blank: not assessable",
                    paths=paths,
                    reason=reason,
                    **common,
                )
            )
        elif value == 0:
            findings.append(
                emit(
                    rule,
                    ctx,
                    Status.PASS,
                    f"{_quote(span)}：{_TABLE_ZH[table_name]}{label} 为 0",
                    f"{span.text!r} ({name_en}): the table agrees (0)",
                    paths=paths,
                    values=(0, value),
                    difference=0,
                    **common,
                )
            )
        else:
            findings.append(
                emit(
                    rule,
                    ctx,
                    Status.FAIL,
                    f"{_quote(span)}（{name_zh}）：但{_TABLE_ZH[table_name]}{label} 为 {show(value)}",
                    f"{span.text!r} ({name_en}): but the table gives {show(value)}",
                    paths=paths,
                    values=(0, value),
                    difference=-value,
                    **common,
                )
            )
    for fee in reading.fees:
        span = fee.span
        common = {"section": fee.section, "span": span}
        if type(collected) is not Decimal:
            continue
        difference = fee.amount - collected
        if abs(difference) <= tolerance:
            findings.append(
                emit(
                    rule,
                    ctx,
                    Status.PASS,
                    f"{_quote(span)}：与第六部分收费 {show(collected)} 元一致",
                    f"{span.text!r}: equals the fee of section 六 ({show(collected)} 元)",
                    paths=("$.other_matters.fees.collected",),
                    values=(fee.amount, collected),
                    difference=difference,
                    **common,
                )
            )
        else:
            findings.append(
                emit(
                    rule,
                    ctx,
                    Status.FAIL,
                    f"{_quote(span)}：文字 {show(fee.amount)} 元 ≠ 第六部分收费 {show(collected)} 元"
                    f"（差 {show(abs(difference))} 元）",
                    f"{span.text!r}: {show(fee.amount)} 元 ≠ the fee of section 六, {show(collected)} 元",
                    paths=("$.other_matters.fees.collected",),
                    values=(fee.amount, collected),
                    difference=difference,
                    **common,
                )
            )
    if not findings:
        return _nothing(rule, ctx, "可与表格对照的表述", "claim that the tables can check")
    return findings


def _x607(rule: Rule, ctx: Context) -> list[Finding]:
    reading = _reading(ctx)
    if not reading.breakdowns and not reading.shares:
        return _nothing(rule, ctx, "分项与合计", "breakdown with a total")
    findings = []
    for breakdown in reading.breakdowns:
        span = breakdown.span
        common: dict[str, Any] = {"section": breakdown.section, "span": span}
        parts = sum(breakdown.parts)
        total = breakdown.total
        shown = " + ".join(show(p) for p in breakdown.parts)
        difference = parts - total
        if breakdown.approximate:
            findings.append(
                emit(
                    rule,
                    ctx,
                    Status.NOT_ASSESSABLE,
                    f"{_quote(span)} 含约数，无法评估",
                    f"{span.text!r} has approximate numbers: not assessable",
                    values=(parts, total),
                    reason=Reason.APPROXIMATE,
                    **common,
                )
            )
        elif difference == 0:
            findings.append(
                emit(
                    rule,
                    ctx,
                    Status.PASS,
                    f"{_quote(span)}：{shown} = {show(total)}",
                    f"{span.text!r}: {shown} = {show(total)}",
                    values=(parts, total),
                    difference=0,
                    **common,
                )
            )
        elif difference > 0 or breakdown.complete:
            findings.append(
                emit(
                    rule,
                    ctx,
                    Status.FAIL,
                    f"{_quote(span)}：{shown} = {show(parts)} ≠ {show(total)}（差 {show(abs(difference))}）",
                    f"{span.text!r}: the parts sum to {show(parts)}, the total is {show(total)} "
                    f"(difference {show(difference)})",
                    values=(parts, total),
                    difference=difference,
                    **common,
                )
            )
        else:
            findings.append(
                emit(
                    rule,
                    ctx,
                    Status.NOT_ASSESSABLE,
                    f"{_quote(span)}：分项之和 {show(parts)} 小于合计 {show(total)}，分项可能不全，无法评估",
                    f"{span.text!r}: the parts sum to {show(parts)} < {show(total)} and may not be "
                    "complete: not assessable",
                    values=(parts, total),
                    difference=difference,
                    reason=Reason.AMBIGUOUS,
                    **common,
                )
            )
    for stated in reading.shares:
        span = stated.span
        common = {"section": stated.section, "span": span}
        if stated.whole == 0:
            findings.append(
                emit(
                    rule,
                    ctx,
                    Status.NOT_ASSESSABLE,
                    f"{_quote(span)}：合计为 0，无法评估",
                    f"{span.text!r}: the stated total is 0: not assessable",
                    reason=Reason.TOO_LITTLE,
                    **common,
                )
            )
            continue
        expected = _percent(stated.part, stated.whole, stated.share.places)
        percent = stated.share.percent
        if percent in expected:
            findings.append(
                emit(
                    rule,
                    ctx,
                    Status.PASS,
                    f"{_quote(span)}：{show(stated.part)} ÷ {show(stated.whole)} = {expected[0]}%",
                    f"{span.text!r}: {show(stated.part)} / {show(stated.whole)} = {expected[0]}%",
                    values=(percent, expected[0]),
                    difference=Decimal(0),
                    **common,
                )
            )
        else:
            findings.append(
                emit(
                    rule,
                    ctx,
                    Status.FAIL,
                    f"{_quote(span)}：{show(stated.part)} ÷ {show(stated.whole)} = {expected[0]}%，不是 {percent}%",
                    f"{span.text!r}: {show(stated.part)} / {show(stated.whole)} = {expected[0]}%, not {percent}%",
                    values=(percent, expected[0]),
                    difference=percent - expected[0],
                    **common,
                )
            )
    return findings


CHECKS: Mapping[str, Callable[[Rule, Context], list[Finding]]] = MappingProxyType(
    {
        "X601": _x601,
        "X602": _x602,
        "X603": _x603,
        "X604": _x604,
        "X605": _x605,
        "X606": _x606,
        "X607": _x607,
    }
)
