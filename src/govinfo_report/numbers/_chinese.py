"""Chinese cardinal numerals: :func:`to_chinese` and its inverse :func:`parse_chinese`.

The 零 rule (DESIGN §4; for 大写 the People's Bank rule 四(一)(二)): one 零 stands for
each run of zeros between two nonzero digits of the full digit string, including a
run that crosses the 万 or 亿 boundary; zeros at the end are silent.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final, Literal, overload

from govinfo_report.errors import InvalidNumberError
from govinfo_report.numbers import _lenient
from govinfo_report.numbers._checks import check_int, check_text

__all__ = ["LIMIT", "parse_chinese", "render", "to_chinese"]

#: Numerals cover integers of absolute value below 10**16 (up to 九千九百九十九万亿…).
LIMIT: Final = 10**16

_LOWER_DIGITS: Final = "零一二三四五六七八九"
_UPPER_DIGITS: Final = "零壹贰叁肆伍陆柒捌玖"
_LOWER_UNITS: Final = ("", "十", "百", "千")
_UPPER_UNITS: Final = ("", "拾", "佰", "仟")


def _tens_ones(digits: str, units: tuple[str, ...]) -> tuple[str, ...]:
    """0..99 as the tail of a group: '', '五', '一十', '一十五', '二十' (一十 kept)."""
    out = [""]
    for b in range(1, 100):
        tens, ones = divmod(b, 10)
        text = digits[tens] + units[1] if tens else ""
        out.append(text + (digits[ones] if ones else ""))
    return tuple(out)


def _thousands_hundreds(digits: str, units: tuple[str, ...]) -> tuple[str, ...]:
    """a*100 for a in 0..99 as the head of a group: '', '一百', '一千', '一千二百'."""
    out = [""]
    for a in range(1, 100):
        thousands, hundreds = divmod(a, 10)
        text = digits[thousands] + units[3] if thousands else ""
        out.append(text + (digits[hundreds] + units[2] if hundreds else ""))
    return tuple(out)


# Immutable tables built once at import (2 x 2 x 100 short strings).
_LOW_LOWER: Final = _tens_ones(_LOWER_DIGITS, _LOWER_UNITS)
_HIGH_LOWER: Final = _thousands_hundreds(_LOWER_DIGITS, _LOWER_UNITS)
_LOW_UPPER: Final = _tens_ones(_UPPER_DIGITS, _UPPER_UNITS)
_HIGH_UPPER: Final = _thousands_hundreds(_UPPER_DIGITS, _UPPER_UNITS)


def _group(g: int, low: tuple[str, ...], high: tuple[str, ...]) -> str:
    """Render 1..9999 with internal 零, without leading or trailing 零, with 一十."""
    a, b = divmod(g, 100)
    if not a:
        return low[b]
    if not b:
        return high[a]
    if a % 10 == 0 or b < 10:  # the hundreds or the tens digit is a gap
        return high[a] + "零" + low[b]
    return high[a] + low[b]


def render(n: int, *, upper: bool) -> str:
    """Render 0 <= n < LIMIT (no checks): the canonical numeral."""
    if n < 10000:
        if not n:
            return "零"
        if not upper and 10 <= n < 20:
            return _LOW_LOWER[n][1:]  # 十二, not 一十二, at the start
        return _group(n, _LOW_UPPER, _HIGH_UPPER) if upper else _group(n, _LOW_LOWER, _HIGH_LOWER)
    low, high = (_LOW_UPPER, _HIGH_UPPER) if upper else (_LOW_LOWER, _HIGH_LOWER)
    g3, rest = divmod(n, 1000000000000)
    g2, rest = divmod(rest, 100000000)
    g1, g0 = divmod(rest, 10000)
    parts: list[str] = []
    gap = False  # zeros seen since the last nonzero digit
    for index, g in enumerate((g3, g2, g1, g0)):
        if g:
            if parts:
                if gap or g < 1000:
                    parts.append("零")
                parts.append(_group(g, low, high))
            elif not upper and 10 <= g < 20:
                parts.append(low[g][1:])
            else:
                parts.append(_group(g, low, high))
            gap = g % 10 == 0
            if index & 1 == 0:  # g3 and g1 carry 万
                parts.append("万")
        elif parts:
            gap = True
        if index == 1 and (g3 or g2):
            parts.append("亿")
    return "".join(parts)


def to_chinese(n: int, *, upper: bool = False) -> str:
    """Write an integer in Chinese numerals, lower case or upper case (大写).

    The 零 rule: one 零 for each run of zeros between two nonzero digits of the
    whole digit string, also across the 万 and 亿 boundaries (DESIGN §4; the
    People's Bank's 《正确填写票据和结算凭证的基本规定》四(一)(二)); no 零 at the end.
    Lower case writes ``十`` for a leading ten (``十二``, ``十万``) and ``一十``
    inside (``一百一十``). Upper case writes ``壹拾`` everywhere, as bank
    practice does (``壹拾万柒仟``). Negatives take ``负``. Never ``〇`` nor ``两``.

    >>> to_chinese(310), to_chinese(12), to_chinese(110), to_chinese(100000001)
    ('三百一十', '十二', '一百一十', '一亿零一')
    >>> to_chinese(1001000), to_chinese(-16409, upper=True)
    ('一百万零一千', '负壹万陆仟肆佰零玖')
    """
    n = check_int(n, "an int")
    if not isinstance(upper, bool):
        raise InvalidNumberError(upper, "upper=True or upper=False")
    if n < 0:
        if n <= -LIMIT:
            raise InvalidNumberError(n, "an integer of absolute value below 10**16")
        return "负" + render(-n, upper=upper)
    if n >= LIMIT:
        raise InvalidNumberError(n, "an integer of absolute value below 10**16")
    return render(n, upper=upper)


_DIGIT_VALUE: Final = MappingProxyType(
    {ch: i for digits in (_LOWER_DIGITS, _UPPER_DIGITS) for i, ch in enumerate(digits)}
)
_SMALL_UNIT: Final = MappingProxyType({"十": 10, "百": 100, "千": 1000, "拾": 10, "佰": 100, "仟": 1000})
_VALUE: Final = MappingProxyType({**_DIGIT_VALUE, **_SMALL_UNIT, "万": 10000, "亿": 100000000})
_LOWER_ONLY: Final = frozenset(_LOWER_DIGITS[1:] + "十百千")
_UPPER_ONLY: Final = frozenset(_UPPER_DIGITS[1:] + "拾佰仟")
_CANONICAL = "a Chinese numeral in canonical form"


def _accumulate(body: str) -> int | None:
    """Add up a numeral, well-formed or not: any string of the alphabet gives an int.

    Returns ``None`` when a character is outside the alphabet.
    """
    total = wan = section = digit = 0
    value_of = _VALUE.get
    for ch in body:
        v = value_of(ch)
        if v is None:
            return None
        if v < 10:
            digit = v
        elif v < 10000:
            section += (digit or 1) * v
            digit = 0
        elif v == 10000:
            wan += (section + digit) * 10000
            section = digit = 0
        else:
            total = (total + wan + section + digit) * 100000000
            wan = section = digit = 0
    return total + wan + section + digit


def _structure_problem(body: str) -> str:
    """Name a structural fault of a numeral (two digits in a row, units out of order)."""
    previous = ""
    small_last = 10000
    for ch in body:
        if ch in _DIGIT_VALUE and ch != "零" and previous in _DIGIT_VALUE and previous != "零":
            return (
                f"two digits in a row ({previous}{ch}); "
                "digit-by-digit numbers such as 二〇二四 are read only with strict=False"
            )
        if ch in _SMALL_UNIT:
            unit = _SMALL_UNIT[ch]
            if previous and (previous in _SMALL_UNIT or previous in "万亿"):
                return f"{ch} follows {previous} without a digit"
            if unit >= small_last:
                return f"{ch} after a smaller or equal unit: units must decrease"
            small_last = unit
        elif ch in "万亿":
            small_last = 10000
            if previous == "零":
                return f"零 before {ch}"
            if not previous or (previous in "万亿" and previous + ch != "万亿"):
                return f"{ch} without a digit before it"
        previous = ch
    return ""


def _why_not_canonical(body: str, *, negative: bool) -> str:
    """Say why *body* is not a canonical numeral (only called on the error path)."""
    for ch in body:
        if ch in _DIGIT_VALUE or ch in _SMALL_UNIT or ch in "万亿":
            continue
        if ch in "〇○":
            return f"{ch} is written only in years (二〇二四年); quantities use 零"
        if ch in "两兩":
            return "两 is colloquial: the canonical form writes 二"
        if ch == "负":
            return "负 may stand only at the start"
        if ch.isdigit():
            return "Arabic digits are read only with strict=False (or by parse_number)"
        if ch.isspace():
            return "whitespace inside the numeral"
        return f"unexpected character {ch!r}"
    if not body:
        return "负 without a number" if negative else "empty text"
    if not _LOWER_ONLY.isdisjoint(body) and not _UPPER_ONLY.isdisjoint(body):
        return "mixes lower-case and upper-case (大写) numerals"
    if "零零" in body:
        return "two 零 in a row"
    if len(body) > 1 and body.endswith("零"):
        return "trailing 零"
    if len(body) > 1 and body.startswith("零"):
        return "leading 零"
    if negative and body == "零":
        return "负零 is not a number: zero has no sign"
    if body.startswith("一十"):
        return "一十 at the start: write 十 (一十 only inside a number, as in 一百一十)"
    upper = not _UPPER_ONLY.isdisjoint(body)
    if upper and body.startswith("拾"):
        return "拾 at the start: 大写 writes 壹拾"
    problem = _structure_problem(body)
    if problem:
        return problem
    value = _accumulate(body)
    if value is None or value >= LIMIT:
        return "out of range: absolute value must be below 10**16"
    canonical = render(value, upper=upper)
    if canonical.count("零") > body.count("零"):
        return f"a run of zeros needs one 零: the canonical form is {canonical}"
    if canonical.count("零") < body.count("零"):
        return f"零 where no zeros are skipped: the canonical form is {canonical}"
    return f"not the canonical form {canonical}"


def _parse_strict(text: str) -> int:
    negative = text.startswith("负")
    body = text[1:] if negative else text
    value = _accumulate(body) if body else None
    if value is not None and value < LIMIT:
        upper = body[0] in _UPPER_ONLY  # a canonical numeral starts with a digit or 拾
        if render(value, upper=upper) == body and not (negative and not value):
            return -value if negative else value
    raise InvalidNumberError(text, _CANONICAL, detail=_why_not_canonical(body, negative=negative))


@overload
def parse_chinese(text: str, *, strict: Literal[True] = True) -> int: ...
@overload
def parse_chinese(text: str, *, strict: bool) -> _lenient.Number: ...
def parse_chinese(text: str, *, strict: bool = True) -> _lenient.Number:
    """Read a Chinese numeral.

    ``strict=True`` accepts exactly what :func:`to_chinese` writes (lower or upper
    case, not mixed) and says why anything else is refused. ``strict=False``
    also reads 两, 〇, a leading 一十, digit-by-digit numbers (``二〇二四``),
    colloquial shortenings (``一万二`` = 12000, ``两百五`` = 250), 点 decimals,
    Arabic digits with 万/亿 (``34.5万``, ``10亿零817万5288``), full-width digits
    and signs; it returns an ``int`` when the value is whole, else a ``Decimal``.

    >>> parse_chinese("一亿零一"), parse_chinese("壹拾万零柒仟")
    (100000001, 107000)
    >>> parse_chinese("一万二", strict=False), parse_chinese("3.45亿", strict=False)
    (12000, 345000000)
    >>> parse_chinese("十零")
    Traceback (most recent call last):
    ...
    govinfo_report.errors.InvalidNumberError: '十零': expected ... canonical form (trailing 零)
    """
    text = check_text(text, "a Chinese numeral")
    if not isinstance(strict, bool):
        raise InvalidNumberError(strict, "strict=True or strict=False")
    if strict:
        return _parse_strict(text)
    return _lenient.parse(text, expected="a Chinese numeral")
