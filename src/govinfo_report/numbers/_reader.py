"""The general number reader for table cells and prose: :func:`parse_number`."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from govinfo_report.errors import InvalidNumberError
from govinfo_report.numbers import _lenient
from govinfo_report.numbers._checks import check_text

__all__ = ["parse_number", "parse_percent"]

_EXPECTED: Final = "a number such as 1234, 1,234.5, 34.5万, －12 or 三千零五十二"
_SIGN: Final = "[+\\-−－＋]"
_PLAIN: Final = re.compile(rf"({_SIGN}?)([0-9]+)(?:\.([0-9]+))?")
_SEPARATOR: Final = "[, \u00a0\u2005\u2009\u202f]"  # 千分撇 and the spaces of 千分空
_GROUPED: Final = re.compile(
    rf"({_SIGN}?)([0-9]{{1,3}}(?P<sep>{_SEPARATOR})[0-9]{{3}}(?:(?P=sep)[0-9]{{3}})*)"
    r"(?:\.([0-9]+))?"
)
_NOT_FINITE: Final = re.compile(r"[+\-]?(nan|s?nan|inf|infinity)", re.IGNORECASE)


def _arabic(sign: str, whole: str, fraction: str | None) -> _lenient.Number:
    negative = sign not in ("", "+", "＋")
    if fraction is None or not fraction.strip("0"):
        value = int(whole)
        return -value if negative and value else value
    return Decimal(f"{'-' if negative else ''}{whole}.{fraction}")


def parse_number(text: str) -> _lenient.Number:
    """Read a number as printed in report cells and prose; exact ``int`` or ``Decimal``.

    Reads Arabic digits with or without grouping (``1,234``, ``1 234``, narrow
    spaces), full-width digits (``１２３``), decimals, 万/亿 (``1.2万``,
    ``10亿零817万5288``), Chinese numerals (as ``parse_chinese(strict=False)``),
    signs (``+ - － 负``) and surrounding whitespace. Whole values are ``int``.

    >>> parse_number("1,234"), parse_number(" １２３ "), parse_number("1.2万")
    (1234, 123, 12000)
    >>> parse_number("－3.50"), parse_number("2.00")
    (Decimal('-3.50'), 2)
    >>> parse_number("三千零五十二"), parse_number("10亿零817万5288")
    (3052, 1008175288)
    >>> parse_number("1..2")
    Traceback (most recent call last):
    ...
    govinfo_report.errors.InvalidNumberError: '1..2': expected ... (unexpected '.' at position 1)
    """
    source = check_text(text, _EXPECTED)
    body = source.strip().translate(_lenient.FULLWIDTH)
    match = _PLAIN.fullmatch(body)
    if match is not None:
        return _arabic(match[1], match[2], match[3])
    match = _GROUPED.fullmatch(body)
    if match is not None:
        return _arabic(match[1], match[2].replace(match["sep"], ""), match[4])
    if _NOT_FINITE.fullmatch(body):
        raise InvalidNumberError(source, _EXPECTED, detail="not-a-number and infinity are not counts")
    if body.endswith(("%", "‰")):
        raise InvalidNumberError(source, _EXPECTED, detail="a percentage: read it with parse_percent")
    return _lenient.parse(source, expected=_EXPECTED)


def parse_percent(text: str) -> _lenient.Number:
    """Read a percentage and return the number of percent (``51.85%`` → 51.85).

    Accepts ``%`` or ``％`` after the number, or ``百分之`` before a Chinese numeral.

    >>> parse_percent("51.85%"), parse_percent("百分之五十"), parse_percent("-3％")
    (Decimal('51.85'), 50, -3)
    """
    source = check_text(text, "a percentage such as 51.85%")
    body = source.strip()
    negative = body.startswith("负百分之")
    if negative:
        body = body[1:]
    if body.endswith(("%", "％")):
        number = body[:-1]
    elif body.startswith("百分之"):
        number = body[3:]
    else:
        raise InvalidNumberError(source, "a percentage such as 51.85% or 百分之五十")
    try:
        value = parse_number(number)
    except InvalidNumberError as error:
        raise InvalidNumberError(source, "a percentage such as 51.85%", detail=error.detail) from None
    if negative:
        return value.copy_negate() if isinstance(value, Decimal) else -value
    return value
