"""The report information of the library's own layout: ``发布机关：…`` fields.

The renderers print what the six sections cannot (kind of body, format, the
headings a source printed, the official topic of each sub-topic, the items of
section 五, the 信息处理费 figures) as fields with a Chinese label; this module
reads them back. A value that cannot be read is a diagnostic, and the model
keeps its default.

>>> info = read_fields([("发布机关", "某县人民政府", 2), ("机关类别", "本级人民政府", 3),
...     ("报告年度", "2024年", 4), ("报告格式", "国办公开办函〔2021〕30号", 5)])
>>> info.body.kind.name, info.year, info.format.value, info.diagnostics
('GOVERNMENT', 2024, '2021', ())
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

import attrs

from govinfo_report.errors import GovInfoReportError
from govinfo_report.layout import INFO_FIELDS, NO_TOPIC, BodyKind, FormatVersion, layout_for
from govinfo_report.model import BLANK, NOT_APPLICABLE, Body, Mark, ProcessingFees
from govinfo_report.numbers import parse_date, parse_heading_ordinal
from govinfo_report.parse._diagnostics import Diagnostic, DiagnosticKind

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["FIELD_KEYS", "FIELD_LABELS", "Info", "read_fields"]

FIELD_LABELS = tuple(field.label for field in INFO_FIELDS)
"""The labels of the fields, in the order the renderers print them."""

FIELD_KEYS = tuple(field.key for field in INFO_FIELDS)
"""The stable English key of each field (HTML carries fields by key), in the order of :data:`FIELD_LABELS`."""

_REQUIRED = FIELD_LABELS[:4]
_FIRST_YEAR, _LAST_YEAR = 1949, 9999
_YEAR = re.compile(r"(\d{1,4})年")
_COUNT = re.compile(r"(\d{1,40})件")
_MONEY = re.compile(r"(\d+(?:\.\d+)?)元")
_KINDS = {kind.label: kind for kind in BodyKind}
_DOCUMENTS = {layout_for(v).document: v for v in FormatVersion}
_TOPIC_KEYS = frozenset(t.key for t in layout_for(FormatVersion.V2021).topics)


@attrs.frozen(kw_only=True)
class Info:
    """What the fields say; ``None`` where a field is absent."""

    body: Body
    year: int | None
    format: FormatVersion | None
    published: dt.date | None
    headings: tuple[str, ...] | None
    topic_keys: tuple[str | None, ...] | None
    problems: tuple[str, ...]
    remedies: tuple[str, ...]
    fees: ProcessingFees | None
    diagnostics: tuple[Diagnostic, ...]


_MODEL_PATHS = {
    "发布机关": "$.body.name",
    "机关类别": "$.body.kind",
    "报告年度": "$.year",
    "报告格式": "$.format",
    "发布日期": "$.published",
    "原文章节标题数": "$.headings",
    "原文章节标题": "$.headings",
    "分题类别": "$.overview.topics",
    "存在问题": "$.improvements.problems",
    "改进措施": "$.improvements.remedies",
    "信息处理费通知书件数": "$.other_matters.fees.notices",
    "信息处理费通知金额": "$.other_matters.fees.notified",
    "信息处理费收取金额": "$.other_matters.fees.collected",
}


def _bad(label: str, value: str, line: int | None, expected: str) -> Diagnostic:
    return Diagnostic(
        kind=DiagnosticKind.METADATA_MISSING,
        message=f"the field {label!r} cannot be read",
        line=line,
        path=_MODEL_PATHS[label],
        expected=expected,
        found=value,
    )


def _fee(text: str, pattern: re.Pattern[str], *, money: bool) -> int | Decimal | Mark | None:
    if text == "":
        return BLANK
    if text == "/":
        return NOT_APPLICABLE
    match = pattern.fullmatch(text)
    if match is None:
        return None
    if money:
        try:
            return Decimal(match.group(1))
        except InvalidOperation:  # pragma: no cover - the pattern admits only numerals
            return None
    return int(match.group(1))


def read_fields(fields: Iterable[tuple[str, str, int | None]]) -> Info:
    """Read ``(label, value, line)`` fields into :class:`Info`."""
    diagnostics: list[Diagnostic] = []
    seen: dict[str, list[tuple[str, int | None]]] = {}
    for label, value, line in fields:
        seen.setdefault(label, []).append((value, line))

    def first(label: str) -> tuple[str, int | None] | None:
        values = seen.get(label)
        return values[0] if values else None

    diagnostics.extend(
        Diagnostic(
            kind=DiagnosticKind.METADATA_MISSING,
            message=f"the field {label!r} is missing",
            path=_MODEL_PATHS[label],
            expected=label,
        )
        for label in _REQUIRED
        if label not in seen
    )
    name = first("发布机关")
    kind_field = first("机关类别")
    kind = BodyKind.OTHER
    if kind_field is not None:
        if kind_field[0] in _KINDS:
            kind = _KINDS[kind_field[0]]
        else:
            diagnostics.append(_bad("机关类别", kind_field[0], kind_field[1], " / ".join(_KINDS)))
    body = Body(name=name[0] if name else "", kind=kind)

    year = None
    year_field = first("报告年度")
    if year_field is not None:
        match = _YEAR.fullmatch(year_field[0])
        if match is not None and _FIRST_YEAR <= int(match.group(1)) <= _LAST_YEAR:
            year = int(match.group(1))
        else:
            diagnostics.append(_bad("报告年度", year_field[0], year_field[1], "a year from 1949年 to 9999年"))

    version = None
    format_field = first("报告格式")
    if format_field is not None:
        version = _DOCUMENTS.get(format_field[0])
        if version is None:
            diagnostics.append(_bad("报告格式", format_field[0], format_field[1], " / ".join(_DOCUMENTS)))

    published = None
    date_field = first("发布日期")
    if date_field is not None:
        try:
            published = parse_date(date_field[0])
        except GovInfoReportError:
            diagnostics.append(_bad("发布日期", date_field[0], date_field[1], "a date such as 2025年1月20日"))

    headings = None
    count_field = first("原文章节标题数")
    printed = tuple(value for value, _line in seen.get("原文章节标题", ()))
    if count_field is not None:
        if count_field[0] == str(len(printed)):
            headings = printed
        else:
            diagnostics.append(
                _bad(
                    "原文章节标题数",
                    count_field[0],
                    count_field[1],
                    f"the number of 原文章节标题 fields ({len(printed)})",
                )
            )
            headings = printed
    elif printed:
        headings = printed

    topic_keys = _topics(seen.get("分题类别", []), diagnostics)
    fees = _fees(seen, diagnostics)
    return Info(
        body=body,
        year=year,
        format=version,
        published=published,
        headings=headings,
        topic_keys=topic_keys,
        problems=tuple(v for v, _l in seen.get("存在问题", ())),
        remedies=tuple(v for v, _l in seen.get("改进措施", ())),
        fees=fees,
        diagnostics=tuple(diagnostics),
    )


def _topics(values: list[tuple[str, int | None]], diagnostics: list[Diagnostic]) -> tuple[str | None, ...] | None:
    if not values:
        return None
    keys: list[str | None] = []
    for number, (value, line) in enumerate(values, start=1):
        try:
            ordinal = parse_heading_ordinal(value)
        except GovInfoReportError:
            ordinal = None
        if ordinal is None or ordinal.level != 2 or ordinal.number != number:
            diagnostics.append(
                _bad("分题类别", value, line, f"the ordinal of sub-topic {number}, then a topic key or 无")
            )
            keys.append(None)
            continue
        rest = ordinal.rest
        if rest == NO_TOPIC:
            keys.append(None)
        elif rest in _TOPIC_KEYS:
            keys.append(rest)
        else:
            diagnostics.append(_bad("分题类别", value, line, "a topic key or 无"))
            keys.append(None)
    return tuple(keys)


def _fees(seen: dict[str, list[tuple[str, int | None]]], diagnostics: list[Diagnostic]) -> ProcessingFees | None:
    labels = ("信息处理费通知书件数", "信息处理费通知金额", "信息处理费收取金额")
    if not any(label in seen for label in labels):
        return None
    values: list[int | Decimal | Mark] = []
    for label, pattern, money in zip(labels, (_COUNT, _MONEY, _MONEY), (False, True, True)):
        entry = seen.get(label, [("", None)])[0]
        value = _fee(entry[0], pattern, money=money)
        if value is None:
            diagnostics.append(_bad(label, entry[0], entry[1], "a figure with its unit, nothing, or /"))
            value = BLANK
        values.append(value)
    return ProcessingFees(notices=values[0], notified=values[1], collected=values[2])  # type: ignore[arg-type]
