"""Arabic numerals the Chinese way: counts, amounts, percentages, 万/亿 forms, ranges.

Digits are rendered through babel's CLDR patterns for ``zh_CN`` (babel is pinned in
tests because CLDR data changes between releases). Rounding is always explicit
and exact: the library quantizes before babel sees a value.
"""

from __future__ import annotations

import enum
from decimal import (
    ROUND_05UP,
    ROUND_CEILING,
    ROUND_DOWN,
    ROUND_FLOOR,
    ROUND_HALF_DOWN,
    ROUND_HALF_EVEN,
    ROUND_HALF_UP,
    ROUND_UP,
    Context,
    Decimal,
    localcontext,
)
from typing import Final, Literal

from babel import Locale
from babel.numbers import NumberPattern, format_compact_decimal, parse_pattern

from govinfo_report.errors import InvalidNumberError
from govinfo_report.numbers._checks import check_amount, check_int, refuse

__all__ = [
    "NARROW_NO_BREAK_SPACE",
    "Rounding",
    "format_amount",
    "format_compact_approximate",
    "format_count",
    "format_percent",
    "format_range",
    "format_wan",
    "wan_to_yuan",
    "yuan_to_wan",
]

ZH_CN: Final = Locale.parse("zh_CN")

#: The 千分空 of GB/T 15835-2011 (分节 of long numbers): a narrow space that does not
#: break, since a number written in Arabic digits must not be split across lines.
NARROW_NO_BREAK_SPACE: Final = "\u202f"

Grouping = Literal[",", "thin"] | None


class Rounding(str, enum.Enum):
    """Named rounding rules; the value is the :mod:`decimal` rounding constant.

    ``MONEY`` rounds half up (四舍五入, as for 分 in accounting); ``STATISTICS``
    rounds half to even (GB/T 8170-2008 3.3, 四舍六入五成双).

    >>> Rounding.MONEY.value, Rounding.STATISTICS.value
    ('ROUND_HALF_UP', 'ROUND_HALF_EVEN')
    """

    MONEY = ROUND_HALF_UP
    STATISTICS = ROUND_HALF_EVEN


_MODES: Final = frozenset(
    {
        ROUND_05UP,
        ROUND_CEILING,
        ROUND_DOWN,
        ROUND_FLOOR,
        ROUND_HALF_DOWN,
        ROUND_HALF_EVEN,
        ROUND_HALF_UP,
        ROUND_UP,
    }
)
_MAX_PLACES: Final = 12


def _mode(rounding: object) -> str:
    if isinstance(rounding, Rounding):
        return rounding.value
    if isinstance(rounding, str) and rounding in _MODES:
        return rounding
    raise InvalidNumberError(
        rounding, "a Rounding (Rounding.MONEY, Rounding.STATISTICS) or a decimal rounding constant"
    )


def _places(places: object) -> int:
    if type(places) is not int or not 0 <= places <= _MAX_PLACES:
        raise InvalidNumberError(places, f"a number of decimal places from 0 to {_MAX_PLACES}")
    return places


def _context(value: Decimal, places: int = 0) -> Context:
    """Make a private context wide enough to hold *value* exactly at *places* decimals."""
    return Context(prec=max(28, value.adjusted() + places + 3), rounding=ROUND_HALF_EVEN)


def _quantize(value: Decimal | int, places: int, mode: str) -> Decimal:
    number = Decimal(value)
    quantum = Decimal((0, (1,), -places))
    result = number.quantize(quantum, rounding=mode, context=_context(number, places))
    return result or result.copy_abs()  # no negative zero


def _pattern(text: str) -> NumberPattern:
    return parse_pattern(text)


def _fraction(places: int) -> str:
    return "." + "0" * places if places else ""


_PLAIN: Final = tuple(_pattern("0" + _fraction(p)) for p in range(_MAX_PLACES + 1))
_GROUPED: Final = tuple(_pattern("#,##0" + _fraction(p)) for p in range(_MAX_PLACES + 1))
_PERCENT: Final = tuple(_pattern("0" + _fraction(p) + "%") for p in range(_MAX_PLACES + 1))


def _apply(pattern: NumberPattern, value: Decimal, places: int) -> str:
    # babel computes in the current decimal context: give it a private one.
    with localcontext(_context(value, places + 2)):
        text: str = pattern.apply(value, ZH_CN)
    return text


def _grouping(grouping: object) -> Grouping:
    if grouping is None or grouping in (",", "thin"):
        return grouping
    raise InvalidNumberError(grouping, "grouping=None, ',' or 'thin'")


def _group(text: str, grouping: Grouping) -> str:
    return text.replace(",", NARROW_NO_BREAK_SPACE) if grouping == "thin" else text


def format_count(n: int, *, grouping: Grouping = None) -> str:
    r"""Write a count in Arabic digits; no grouping by default, as real reports print.

    ``grouping=","`` uses the 千分撇 and ``grouping="thin"`` the 千分空 (a narrow
    no-break space) of GB/T 15835-2011; integers of four digits or fewer
    are never grouped (GB/T 15835-1995 8.1.2: 四位以内的整数也可以不分节).

    >>> format_count(1234567), format_count(1234567, grouping=","), format_count(1234, grouping=",")
    ('1234567', '1,234,567', '1234')
    >>> format_count(-50000, grouping="thin") == "-50\u202f000"
    True
    """
    value = check_int(n, "a count (an int)")
    mode = _grouping(grouping)
    pattern = _PLAIN[0] if mode is None or -10000 < value < 10000 else _GROUPED[0]
    return _group(_apply(pattern, Decimal(value), 0), mode)


def format_amount(
    amount: Decimal | int,
    *,
    places: int = 2,
    rounding: Rounding | str = Rounding.MONEY,
    grouping: Grouping = None,
) -> str:
    """Write an amount with a fixed number of decimals, rounded by an explicit rule.

    Money rounds half up by default (``Rounding.MONEY``); pass
    ``rounding=Rounding.STATISTICS`` for half even (GB/T 8170). Grouping as in
    :func:`format_count` (the fraction is never grouped).

    >>> format_amount(Decimal("5949.0886675"), places=6)
    '5949.088668'
    >>> half = Decimal("2.125")
    >>> format_amount(half), format_amount(half, rounding=Rounding.STATISTICS)
    ('2.13', '2.12')
    >>> format_amount(251000, grouping=",")
    '251,000.00'
    """
    value = check_amount(amount, "an amount (an int or a Decimal)")
    digits = _places(places)
    mode = _grouping(grouping)
    rounded = _quantize(value, digits, _mode(rounding))
    grouped = mode is not None and rounded.copy_abs() >= 10000
    pattern = (_GROUPED if grouped else _PLAIN)[digits]
    return _group(_apply(pattern, rounded, digits), mode)


def _shift(value: Decimal | int, places: int) -> Decimal:
    """Multiply by 10**places exactly; no exponent, no trailing fractional zeros."""
    sign, digits, exponent = Decimal(value).as_tuple()
    assert isinstance(exponent, int)  # finite values only reach here  # noqa: S101
    exponent += places
    if exponent > 0:
        digits, exponent = digits + (0,) * exponent, 0
    while exponent < 0 and len(digits) > 1 and digits[-1] == 0:
        digits, exponent = digits[:-1], exponent + 1
    if exponent < 0 and digits == (0,):
        exponent = 0
    return Decimal((sign if any(digits) else 0, digits, exponent))


def yuan_to_wan(amount: Decimal | int) -> Decimal:
    """Convert 元 to 万元 exactly (no rounding; trailing zeros of the fraction dropped).

    >>> yuan_to_wan(251000), yuan_to_wan(Decimal("59490886.67"))
    (Decimal('25.1'), Decimal('5949.088667'))
    """
    return _shift(check_amount(amount, "an amount in 元 (an int or a Decimal)"), -4)


def wan_to_yuan(amount: Decimal | int) -> Decimal:
    """Convert 万元 to 元 exactly.

    >>> wan_to_yuan(Decimal("5949.088667")), wan_to_yuan(3)
    (Decimal('59490886.67'), Decimal('30000'))
    """
    return _shift(check_amount(amount, "an amount in 万元 (an int or a Decimal)"), 4)


def _in_unit(value: int, exponent: int) -> str:
    """Divide by 10**exponent exactly, as a decimal string without trailing zeros."""
    whole, rest = divmod(value, 10**exponent)
    if not rest:
        return str(whole)
    return f"{whole}.{str(rest).zfill(exponent).rstrip('0')}"


def _wan_int(m: int) -> str:
    if m < 10**4:
        return str(m)
    if m < 10**8:
        return _in_unit(m, 4) + "万"
    if m >= 10**12 and not m % 10**8:
        return _in_unit(m, 12) + "万亿"
    if not m % 10**4:
        return _in_unit(m, 8) + "亿"
    yi, rest = divmod(m, 10**8)
    wan, ones = divmod(rest, 10**4)
    text = f"{yi}亿"
    if wan:
        text += ("零" if wan < 1000 else "") + f"{wan}万"
        return text + ("零" if ones < 1000 else "") + str(ones)
    return text + "零" + str(ones)


def format_wan(n: Decimal | int) -> str:
    """Write a number exactly with 万/亿 (GB/T 15835-2011: 万 and 亿 may serve as units).

    Below 10000: plain digits. Below 1亿: one decimal number of 万 (``34.5万``,
    ``1234.5678万``). From 1亿: a decimal number of 亿 (``3.45亿``) or, for whole
    万亿, of 万亿 (``1.2万亿``) when the value is a whole number of 万; otherwise
    the exact mixed form of GB/T 15835-2011 with only 亿 and 万 between Arabic
    groups and one 零 for skipped digits (``10亿零817万5288``) — never
    ``3亿4千5百万``. A fraction is kept exactly in the largest unit that fits.
    Nothing is rounded: :func:`parse_number` reads every result back exactly.

    >>> format_wan(345000), format_wan(345000000), format_wan(1008175288)
    ('34.5万', '3.45亿', '10亿零817万5288')
    >>> format_wan(5288), format_wan(1200000000000), format_wan(Decimal("12345.6"))
    ('5288', '1.2万亿', '1.23456万')
    """
    value = check_amount(n, "a number (an int or a Decimal)")
    sign = "-" if value < 0 else ""
    if isinstance(value, int) or value == value.to_integral_value(context=_context(value)):
        return sign + _wan_int(abs(int(value)))
    magnitude = value.copy_abs()
    if magnitude < 10**4:
        return sign + format(_shift(magnitude, 0), "f")
    exponent = 8 if magnitude >= 10**8 else 4
    return sign + format(_shift(magnitude, -exponent), "f") + ("亿" if exponent == 8 else "万")


def format_compact_approximate(n: Decimal | int, *, fraction_digits: int = 1) -> str:
    """Write an *approximate* short form via babel's compact decimal format (it rounds).

    For prose and charts only; :func:`format_wan` is the exact form.

    >>> format_compact_approximate(1008175288)
    '10.1亿'
    >>> format_compact_approximate(345678, fraction_digits=2)
    '34.57万'
    """
    value = check_amount(n, "a number (an int or a Decimal)")
    digits = _places(fraction_digits)
    number = Decimal(value)
    with localcontext(_context(number, digits + 2)):
        return format_compact_decimal(number, format_type="short", locale=ZH_CN, fraction_digits=digits)


def _ratio(value: Decimal | int) -> tuple[int, int]:
    return (value, 1) if isinstance(value, int) else value.as_integer_ratio()


def _round_ratio(numerator: int, denominator: int, places: int, mode: str) -> Decimal:
    """Round numerator / denominator (denominator > 0) exactly to *places* by *mode*."""
    quotient, remainder = divmod(abs(numerator) * 10 ** (places + 1), denominator)
    sticky = quotient * 10 + (1 if remainder else 0)  # keeps "more than shown" for ties
    exact = Decimal((1 if numerator < 0 else 0, tuple(map(int, str(sticky))), -(places + 2)))
    return _quantize(exact, places, mode)


def format_percent(
    part: Decimal | int,
    whole: Decimal | int,
    *,
    places: int = 2,
    rounding: Rounding | str = Rounding.STATISTICS,
) -> str:
    """Write part ÷ whole as a percentage, rounded exactly by an explicit rule.

    Statistics round half to even by default (GB/T 8170-2008 3.3); pass
    ``rounding=Rounding.MONEY`` for half up (what most report writers do by hand).

    >>> format_percent(700, 1350)
    '51.85%'
    >>> format_percent(1, 8, places=0), format_percent(1, 8, places=0, rounding=Rounding.MONEY)
    ('12%', '13%')
    """
    part_value = check_amount(part, "the part (an int or a Decimal)")
    whole_value = check_amount(whole, "the whole (an int or a Decimal)")
    digits = _places(places)
    mode = _mode(rounding)
    if not whole_value:
        raise InvalidNumberError(whole, "a nonzero whole", detail="a percentage of zero is undefined")
    p_num, p_den = _ratio(part_value)
    w_num, w_den = _ratio(whole_value)
    numerator, denominator = p_num * w_den * 100, p_den * w_num
    if denominator < 0:
        numerator, denominator = -numerator, -denominator
    percent = _round_ratio(numerator, denominator, digits, mode)
    sign, coefficient, exponent = percent.as_tuple()
    assert isinstance(exponent, int)  # noqa: S101
    fraction = Decimal((sign, coefficient, exponent - 2))  # babel multiplies by 100
    return _apply(_PERCENT[digits], fraction, digits + 2)


def _plain_number(value: object, what: str) -> tuple[Decimal | int, str]:
    number = check_amount(value, what)
    return number, str(number) if isinstance(number, int) else format(number, "f")


def format_range(low: Decimal | int, high: Decimal | int, unit: str = "", *, span: bool = False) -> str:
    """Write a range with the unit on both ends (``15%～30%``, ``13万元～17万元``).

    Values use the wave dash ``～``; spans of time or ordinals (``span=True``)
    use the dash ``—`` (GB/T 15834-2011 连接号). Repeating the unit on both
    ends is never ambiguous (GB/T 15835-2011 allows omitting the first
    only when that is not ambiguous).

    >>> format_range(15, 30, "%"), format_range(13, 17, "万元")
    ('15%～30%', '13万元～17万元')
    >>> "2024年" + format_range(1, 3, "月", span=True)
    '2024年1月—3月'
    """
    low_value, low_text = _plain_number(low, "the low end (an int or a Decimal)")
    high_value, high_text = _plain_number(high, "the high end (an int or a Decimal)")
    if not isinstance(unit, str):
        refuse(unit, "a unit (text such as '%' or '万元')")
    if not isinstance(span, bool):
        raise InvalidNumberError(span, "span=True or span=False")
    if low_value > high_value:
        raise InvalidNumberError((low, high), "a low end not above the high end", detail=f"{low_text} > {high_text}")
    return f"{low_text}{unit}{'—' if span else '～'}{high_text}{unit}"
