"""The report as a whole: reporting body, sections, tables.

The model holds what a report *says*, totals included, so that a wrong report
stays representable; the rule checks say what is wrong with it. Validators
check only local facts (a count is a non-negative integer).
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from govinfo_report.errors import Problem, ValidationError
from govinfo_report.layout import BodyKind, CellKind, ChannelKind, FormatLayout, FormatVersion, layout_for
from govinfo_report.model._cells import BLANK, Mark, cell_problem
from govinfo_report.model._table import Table

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = [
    "AnnualReport",
    "Body",
    "Channel",
    "ChannelCount",
    "Improvements",
    "OtherMatters",
    "Overview",
    "ProcessingFees",
    "Topic",
]


def _non_negative_int(_instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if type(value) is not int or value < 0:
        raise ValidationError((Problem(f"$.{attribute.name}", f"expected an integer >= 0, got {value!r}"),))


def _cell(kind: CellKind) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        problem = cell_problem(kind, value)
        if problem is not None:
            raise ValidationError((Problem(f"$.{attribute.name}", problem),))

    return check


def _text(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if type(value) is not str:
        raise ValidationError((Problem(f"$.{attribute.name}", f"expected text, got {type(value).__name__}"),))


def _texts(_instance: object, attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]) -> None:
    if type(value) is not tuple or any(type(item) is not str for item in value):
        raise ValidationError((Problem(f"$.{attribute.name}", "expected a tuple of texts"),))


@attrs.frozen(kw_only=True)
class Body:
    """The body that publishes the report.

    >>> Body(name="淮安市人民政府", kind=BodyKind.GOVERNMENT).kind.label
    '本级人民政府'
    """

    name: str = attrs.field(validator=_text)
    kind: BodyKind = BodyKind.OTHER


@attrs.frozen(kw_only=True)
class ChannelCount:
    """A count the report gives for one channel: ``云上昆仑发布各类信息38篇``."""

    count: int = attrs.field(validator=_non_negative_int)
    unit: str = attrs.field(default="", validator=_text)
    subject: str = attrs.field(default="", validator=_text)


@attrs.frozen(kw_only=True)
class Channel:
    """A disclosure channel named in section 一, with the counts reported for it."""

    name: str = attrs.field(validator=_text)
    kind: ChannelKind = ChannelKind.OTHER
    counts: tuple[ChannelCount, ...] = ()


_TOPIC_KEYS = frozenset(topic.key for topic in layout_for(FormatVersion.V2021).topics)


def _topic_key(_instance: object, _attribute: object, value: str | None) -> None:
    if value is not None and value not in _TOPIC_KEYS:
        message = f"expected None or one of {', '.join(sorted(_TOPIC_KEYS))}, got {value!r}"
        raise ValidationError((Problem("$.key", message),))


def _date(_instance: object, attribute: attrs.Attribute[Any], value: _dt.date | None) -> None:
    if value is not None and (type(value) is not _dt.date or value.year < 1949):
        raise ValidationError((Problem(f"$.{attribute.name}", f"expected a date from 1949 on, got {value!r}"),))


@attrs.frozen(kw_only=True)
class Topic:
    """A sub-topic of section 一 as printed: ``（一）主动公开情况。…``.

    *key* is the official topic it covers (``active``, ``on_request``, …; see
    :attr:`FormatLayout.topics <govinfo_report.layout.FormatLayout.topics>`),
    or ``None`` for a topic the format does not name.
    """

    key: str | None = attrs.field(
        default=None,
        validator=_topic_key,
        metadata={"json_schema": {"enum": [*sorted(_TOPIC_KEYS), None]}},
    )
    title: str = attrs.field(default="", validator=_text)
    text: str = attrs.field(default="", validator=_text)


@attrs.frozen(kw_only=True)
class Overview:
    """Section 一, 总体情况: introductory prose, sub-topics and disclosure channels."""

    text: str = attrs.field(default="", validator=_text)
    topics: tuple[Topic, ...] = ()
    channels: tuple[Channel, ...] = ()


@attrs.frozen(kw_only=True)
class Improvements:
    """Section 五: the problems found and the remedies planned, as ordered items."""

    text: str = attrs.field(default="", validator=_text)
    problems: tuple[str, ...] = attrs.field(default=(), validator=_texts)
    remedies: tuple[str, ...] = attrs.field(default=(), validator=_texts)


@attrs.frozen(kw_only=True)
class ProcessingFees:
    """信息处理费 reported in section 六, in 元; an unreported figure is blank."""

    notices: int | Mark = attrs.field(default=BLANK, validator=_cell(CellKind.COUNT))
    notified: Decimal | Mark = attrs.field(default=BLANK, validator=_cell(CellKind.MONEY))
    collected: Decimal | Mark = attrs.field(default=BLANK, validator=_cell(CellKind.MONEY))


@attrs.frozen(kw_only=True)
class OtherMatters:
    """Section 六: 信息处理费 (``None`` when not reported) and other matters as prose."""

    text: str = attrs.field(default="", validator=_text)
    fees: ProcessingFees | None = None


def _table_of(key: str) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None:
            return
        if type(value) is not Table:
            message = f"expected a Table or None, got {type(value).__name__}"
            raise ValidationError((Problem(f"$.{attribute.name}", message),))
        if value.spec.key != key:
            message = f"expected a {key} table, got {value.spec.name}"
            raise ValidationError((Problem(f"$.{attribute.name}", message),))

    return check


def _year(_instance: object, _attribute: object, value: int) -> None:
    if type(value) is not int or not 1949 <= value <= 9999:
        raise ValidationError((Problem("$.year", f"expected a year from 1949 to 9999, got {value!r}"),))


@attrs.frozen(kw_only=True)
class AnnualReport:
    """A 政府信息公开工作年度报告: body, year, format and its six sections.

    Tables are ``None`` when the source does not have them (or lost them). The
    tables may follow another format than the report (a mixed report stays
    representable; rule S106 reports it). *headings* are the section headings
    as printed, in order, when known (a parsed report); ``None`` otherwise.

    >>> from govinfo_report.layout import FormatVersion
    >>> report = AnnualReport(body=Body(name="某区人民政府"), year=2024, format=FormatVersion.V2021)
    >>> report.layout.requests.row("granted").full_label
    '（一）予以公开'
    """

    body: Body
    year: int = attrs.field(
        validator=_year, metadata={"json_schema": {"type": "integer", "minimum": 1949, "maximum": 9999}}
    )
    format: FormatVersion
    published: _dt.date | None = attrs.field(default=None, validator=_date)
    title: str = attrs.field(default="", validator=_text)
    preamble: str = attrs.field(default="", validator=_text)
    headings: tuple[str, ...] | None = None
    overview: Overview = Overview()
    disclosure: Table | None = attrs.field(default=None, validator=_table_of("disclosure"))
    disclosure_text: str = attrs.field(default="", validator=_text)
    requests: Table | None = attrs.field(default=None, validator=_table_of("requests"))
    requests_text: str = attrs.field(default="", validator=_text)
    reviews: Table | None = attrs.field(default=None, validator=_table_of("reviews"))
    reviews_text: str = attrs.field(default="", validator=_text)
    improvements: Improvements = Improvements()
    other_matters: OtherMatters = OtherMatters()

    @property
    def layout(self) -> FormatLayout:
        """The official layout of this report's format."""
        return layout_for(self.format)

    @property
    def tables(self) -> tuple[Table | None, Table | None, Table | None]:
        """Tables 二, 三 and 四 (``None`` where absent)."""
        return (self.disclosure, self.requests, self.reviews)
