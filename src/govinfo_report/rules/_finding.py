"""Findings: what one rule says about one place in a report, as a frozen value.

A finding has a status (pass, fail, not assessable), the rule's code, severity
and titles, a message in Chinese and English that states the numbers, the
paths of the cells involved (``$.requests.granted.natural_person``, the notation
of serialization errors), the values on the two sides of the rule's formula and
their difference (left − right). A prose rule also quotes the text it read
(:class:`Span`); a finding that is not assessable says why (:class:`Reason`).

>>> from govinfo_report.rules import Finding, Severity, Status
>>> f = Finding(code="T302", severity=Severity.ERROR, status=Status.FAIL,
...     title_zh="…", title_en="…", message="（七）总计 自然人 列：20 ≠ 26（差 6）",
...     message_en="column natural_person: 20 ≠ 26 (difference 6)", section=3,
...     paths=("$.requests.total_handled.natural_person",), values=(20, 26), difference=-6)
>>> f.failed, f.to_dict()["status"], Finding.from_dict(f.to_dict()) == f
(True, 'fail', True)
"""

from __future__ import annotations

import enum
import re
from decimal import Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from govinfo_report.errors import Problem, ValidationError

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["Finding", "Reason", "Severity", "Span", "Status", "Value", "new_finding", "new_span"]

_DECIMAL = re.compile(r"-?[0-9]+\.[0-9]+|-?[0-9]+")

Value: TypeAlias = int | Decimal | str
"""A value a finding reports: a count, an amount, or a date or year as text."""


class Severity(enum.Enum):
    """How much a failure of a rule weighs."""

    ERROR = "error"
    """The report is wrong (its numbers contradict each other)."""
    WARNING = "warning"
    """The report is probably deficient (an evaluator would deduct, with exceptions)."""

    @property
    def label(self) -> str:
        """The Chinese word for this severity.

        >>> Severity.ERROR.label
        '错误'
        """
        return "错误" if self is Severity.ERROR else "警告"


class Status(enum.Enum):
    """The outcome of a rule at one place."""

    PASS = "pass"  # noqa: S105 - a status, not a password
    FAIL = "fail"
    NOT_ASSESSABLE = "not_assessable"
    """An input is missing (a blank cell, a lost table, no previous report, prose that
    does not say): the rule could neither pass nor fail."""

    @property
    def label(self) -> str:
        """The Chinese word for this status.

        >>> Status.NOT_ASSESSABLE.label
        '无法评估'
        """
        return _STATUS_LABELS[self]


_STATUS_LABELS = MappingProxyType({Status.PASS: "通过", Status.FAIL: "不通过", Status.NOT_ASSESSABLE: "无法评估"})


class Reason(enum.Enum):
    """Why a rule is not assessable."""

    MISSING_TABLE = "missing_table"
    """The report has no such table (the source lost it)."""
    BLANK_CELL = "blank_cell"
    """A cell the rule needs is blank (missing data, not zero)."""
    MARKED_CELL = "marked_cell"
    """A cell the rule needs is marked not applicable."""
    NOT_IN_FORMAT = "not_in_format"
    """The table's format has no such row or column."""
    FORMAT_DIFFERS = "format_differs"
    """The two years' tables follow different formats."""
    NO_PREVIOUS = "no_previous"
    """No report of the previous year was given."""
    NOT_CONSECUTIVE = "not_consecutive"
    """The other report is not of the previous year."""
    OTHER_BODY = "other_body"
    """The other report is of another body."""
    NO_HEADINGS = "no_headings"
    """The headings as printed are not known (a report built, not parsed)."""
    NO_DATE = "no_date"
    """The publication date is not known."""
    NOT_FOR_BODY = "not_for_body"
    """The rule does not apply to this kind of body, or its deadline is not fixed."""
    NO_STATEMENT = "no_statement"
    """The text states nothing the rule checks."""
    AMBIGUOUS = "ambiguous"
    """The text can be read in several ways that the tables do not decide."""
    APPROXIMATE = "approximate"
    """The text gives an approximate number (``5500余``, ``1.2万``)."""
    TOO_LITTLE = "too_little"
    """Too little text or too few numbers to judge."""


@attrs.frozen(kw_only=True)
class Span:
    """The part of a prose field a prose rule read: field path, offsets and the text.

    >>> Span(path="$.overview.text", start=4, end=9, text="新收申请5件")
    Span(path='$.overview.text', start=4, end=9, text='新收申请5件')
    """

    path: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        """The span as plain data."""
        return {"path": self.path, "start": self.start, "end": self.end, "text": self.text}


def _value_to(value: Value) -> object:
    return format(value, "f") if type(value) is Decimal else value


def _value_from(value: object, path: str) -> Value:
    if type(value) is int:
        return value
    if type(value) is str:
        return Decimal(value) if _DECIMAL.fullmatch(value) else value
    raise ValidationError((Problem(path, f"expected an integer or text, got {value!r}"),))


def _difference_from(value: object) -> int | Decimal:
    number = _value_from(value, "$.difference")
    if type(number) is str:
        raise ValidationError((Problem("$.difference", f"expected a number, got {value!r}"),))
    return number  # type: ignore[return-value]


@attrs.frozen(kw_only=True, slots=False)
class Finding:
    """One rule's outcome at one place of a report.

    *values* are the two sides of the rule's formula (left, right) and
    *difference* is left − right; :attr:`paths` name the cells of this report
    the rule read, :attr:`previous_paths` those of the previous year's report.
    *span* quotes the prose a prose rule read; *reason* says why a finding is
    not assessable.
    """

    code: str
    severity: Severity
    status: Status
    title_zh: str
    title_en: str
    message: str
    message_en: str
    section: int = 0
    year: int | None = None
    paths: tuple[str, ...] = ()
    previous_paths: tuple[str, ...] = ()
    values: tuple[Value, ...] = ()
    difference: int | Decimal | None = None
    span: Span | None = None
    reason: Reason | None = None

    @property
    def failed(self) -> bool:
        """Whether the rule failed here."""
        return self.status is Status.FAIL

    @property
    def is_error(self) -> bool:
        """Whether this is a failure of an error-level rule."""
        return self.status is Status.FAIL and self.severity is Severity.ERROR

    def to_dict(self) -> dict[str, Any]:
        """The finding as plain data that JSON can hold (amounts as decimal strings)."""
        difference = self.difference
        return {
            "code": self.code,
            "severity": self.severity.value,
            "status": self.status.value,
            "title_zh": self.title_zh,
            "title_en": self.title_en,
            "message": self.message,
            "message_en": self.message_en,
            "section": self.section,
            "year": self.year,
            "paths": list(self.paths),
            "previous_paths": list(self.previous_paths),
            "values": [_value_to(v) for v in self.values],
            "difference": None if difference is None else _value_to(difference),
            "span": None if self.span is None else self.span.to_dict(),
            "reason": None if self.reason is None else self.reason.value,
        }

    @classmethod
    def from_dict(cls, data: Any) -> Finding:
        """The finding that *data* (as made by :meth:`to_dict`) describes."""
        if type(data) is not dict:
            raise ValidationError((Problem("$", f"expected an object, got {type(data).__name__}"),))
        try:
            span = data.get("span")
            difference = data.get("difference")
            return cls(
                code=data["code"],
                severity=Severity(data["severity"]),
                status=Status(data["status"]),
                title_zh=data["title_zh"],
                title_en=data["title_en"],
                message=data["message"],
                message_en=data["message_en"],
                section=data.get("section", 0),
                year=data.get("year"),
                paths=tuple(data.get("paths", ())),
                previous_paths=tuple(data.get("previous_paths", ())),
                values=tuple(_value_from(v, f"$.values[{i}]") for i, v in enumerate(data.get("values", ()))),
                difference=None if difference is None else _difference_from(difference),
                span=None if span is None else Span(**span),
                reason=None if data.get("reason") is None else Reason(data["reason"]),
            )
        except (KeyError, TypeError, ValueError) as err:
            if isinstance(err, ValidationError):
                raise
            raise ValidationError((Problem("$", f"not a finding: {err}"),)) from err


def _setters(cls: type, names: tuple[str, ...]) -> tuple[Callable[[object, object], None], ...]:
    """The slot setters of the frozen class *cls*, one per field, in the order of *names*."""
    return tuple(cls.__dict__[name].__set__ for name in names)


_NEW = object.__new__
_SPAN_FIELDS = ("path", "start", "end", "text")
_SET_PATH, _SET_START, _SET_END, _SET_TEXT = _setters(Span, _SPAN_FIELDS)
_SET_ATTRIBUTE = object.__setattr__
"""Sets a finding's ``__dict__`` (every field at once), past the frozen class's ``__setattr__``."""


def new_span(path: str, start: int, end: int, text: str) -> Span:
    """``Span(path=..., start=..., end=..., text=...)``, made quickly (the checks make many).

    >>> new_span("$.title", 0, 4, "2024年") == Span(path="$.title", start=0, end=4, text="2024年")
    True
    """
    span: Span = _NEW(Span)
    _SET_PATH(span, path)
    _SET_START(span, start)
    _SET_END(span, end)
    _SET_TEXT(span, text)
    return span


def new_finding(  # noqa: PLR0917 - positional: the checks make many findings, and keywords cost
    code: str,
    severity: Severity,
    status: Status,
    title_zh: str,
    title_en: str,
    message: str,
    message_en: str,
    section: int,
    year: int | None,
    paths: tuple[str, ...],
    previous_paths: tuple[str, ...],
    values: tuple[Value, ...],
    difference: int | Decimal | None,
    span: Span | None,
    reason: Reason | None,
) -> Finding:
    """A :class:`Finding` of every field in order, made quickly: the same value as ``Finding(...)``.

    >>> f = new_finding("S103", Severity.WARNING, Status.PASS, "…", "…", "m", "m", 5, 2024, (), (), (), None, None,
    ...                 None)
    >>> f == Finding(code="S103", severity=Severity.WARNING, status=Status.PASS, title_zh="…", title_en="…",
    ...              message="m", message_en="m", section=5, year=2024)
    True
    """
    finding: Finding = _NEW(Finding)
    _SET_ATTRIBUTE(
        finding,
        "__dict__",
        {
            "code": code,
            "severity": severity,
            "status": status,
            "title_zh": title_zh,
            "title_en": title_en,
            "message": message,
            "message_en": message_en,
            "section": section,
            "year": year,
            "paths": paths,
            "previous_paths": previous_paths,
            "values": values,
            "difference": difference,
            "span": span,
            "reason": reason,
        },
    )
    return finding
