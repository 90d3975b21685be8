"""The report information: what the model holds that the six sections do not print.

A published report names its body and year in the title and its date in a
``发布日期`` line; the model also holds the kind of body, the format version,
the headings as a source printed them, the official topic each sub-topic of
section 一 covers, the items of section 五 and the 信息处理费 of section 六.
The renderers carry all of it as an ordered list of fields, each with a
Chinese label (``发布机关``), a stable English key (``body``) and a value in
the words a report would use. Text prints them as ``发布机关：…`` lines,
Markdown as list items, HTML as ``<meta name="govinfo-report:body">`` tags.

>>> import datetime
>>> from govinfo_report.layout import BodyKind, FormatVersion
>>> from govinfo_report.model import AnnualReport, Body
>>> report = AnnualReport(body=Body(name="某县人民政府", kind=BodyKind.GOVERNMENT), year=2024,
...     format=FormatVersion.V2021, published=datetime.date(2025, 1, 20))
>>> for field in report_fields(report):
...     print(f"{field.label}：{field.value}")
发布机关：某县人民政府
机关类别：本级人民政府
报告年度：2024年
报告格式：国办公开办函〔2021〕30号
发布日期：2025年1月20日
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from govinfo_report.layout import INFO_FIELDS, NO_TOPIC
from govinfo_report.model import Mark
from govinfo_report.numbers import format_date, heading_ordinal
from govinfo_report.render._cells import cell_text

if TYPE_CHECKING:
    from govinfo_report.layout import FormatLayout
    from govinfo_report.model import AnnualReport, Cell, Topic

__all__ = ["FIELDS", "Field", "report_fields", "topic_number"]


@attrs.frozen(kw_only=True)
class Field:
    """One line of report information: label, key and value as printed."""

    label: str
    key: str
    value: str


FIELDS: Final = tuple((field.label, field.key) for field in INFO_FIELDS)
"""Every field as ``(label, key)``, in the order they are printed."""

_LABELS: Final = {field.key: field.label for field in INFO_FIELDS}


def topic_number(index: int) -> str:
    """The ordinal printed before the *index*-th sub-topic of section 一 (from 1).

    >>> topic_number(1), topic_number(12)
    ('（一）', '（十二）')
    """
    return heading_ordinal(index, 2)


def _field(key: str, value: str) -> Field:
    return Field(label=_LABELS[key], key=key, value=value)


def _with_unit(value: Cell, unit: str) -> str:
    text = cell_text(value)
    return text if type(value) is Mark else text + unit


def _topic_fields(topics: tuple[Topic, ...], layout: FormatLayout) -> tuple[Field, ...]:
    if all(topic.key == layout.topic_key(topic.title) for topic in topics):
        return ()
    return tuple(
        _field("topic", topic_number(n) + (NO_TOPIC if topic.key is None else topic.key))
        for n, topic in enumerate(topics, start=1)
    )


def report_fields(report: AnnualReport) -> tuple[Field, ...]:
    """The report information of *report*, in print order.

    Always: body, kind of body, year and format. When known: the publication
    date; the headings as printed (a count, then each heading); one field per
    sub-topic when any sub-topic's official topic differs from what its title
    says (:meth:`~govinfo_report.layout.FormatLayout.topic_key`); the problems and remedies of section
    五; the three 信息处理费 figures of section 六 (a blank figure has an empty
    value, one not applicable ``/``).
    """
    layout = report.layout
    fields = [
        _field("body", report.body.name),
        _field("body_kind", report.body.kind.label),
        _field("year", f"{report.year}年"),
        _field("format", layout.document),
    ]
    if report.published is not None:
        fields.append(_field("published", format_date(report.published)))
    if report.headings is not None:
        fields.append(_field("heading_count", str(len(report.headings))))
        fields.extend(_field("heading", heading) for heading in report.headings)
    fields.extend(_topic_fields(report.overview.topics, layout))
    fields.extend(_field("problem", item) for item in report.improvements.problems)
    fields.extend(_field("remedy", item) for item in report.improvements.remedies)
    fees = report.other_matters.fees
    if fees is not None:
        fields.append(_field("fee_notices", _with_unit(fees.notices, "件")))
        fields.append(_field("fee_notified", _with_unit(fees.notified, "元")))
        fields.append(_field("fee_collected", _with_unit(fees.collected, "元")))
    return tuple(fields)
