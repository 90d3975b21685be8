"""Lenient reading of Chinese numerals and of Arabic numbers with 万/亿.

One small recursive-descent reader serves :func:`parse_chinese` (``strict=False``),
:func:`parse_number` and the integer part of :func:`parse_rmb_upper`. Values are
kept as Python ints scaled by ``10**places`` of the one decimal literal, so every
result is exact; a whole value comes back as ``int``, any other as ``Decimal``.

Grammar (tokens: digit D, 零 Z, unit 十百千 U, 万 W, 亿 Y, Arabic literal N, 点 P)::

    number  := wan [Y [Z] [wan]]            the part after 亿 is below 10**8
    wan     := section [W [Z] [section]]     the part after 万 is below 10**4
    section := ([Z] (D|N) [P] U | 十)* [Z] (D|N) [P]   units strictly decrease
"""

from __future__ import annotations

import re
from decimal import Decimal
from types import MappingProxyType
from typing import Final, NoReturn, TypeAlias

from govinfo_report.errors import InvalidNumberError

__all__ = ["FULLWIDTH", "Number", "parse", "to_number"]

#: What the readers return: an exact ``int`` for whole values, else a ``Decimal``.
Number: TypeAlias = int | Decimal

_Z, _D, _U, _W, _Y, _P, _N = range(7)
_KIND_NAME: Final = ("零", "a digit", "a unit", "万", "亿", "点", "an Arabic number")

#: Full-width digits and point to ASCII (real documents mix them).
FULLWIDTH: Final = MappingProxyType({**{0xFF10 + i: 0x30 + i for i in range(10)}, 0xFF0E: ord("."), 0xFF0C: ord(",")})

_CHAR: Final = MappingProxyType(
    {
        **dict.fromkeys("零〇○", (_Z, 0)),
        **{ch: (_D, i) for i, ch in enumerate("一二三四五六七八九", 1)},
        **{ch: (_D, i) for i, ch in enumerate("壹贰叁肆伍陆柒捌玖", 1)},
        **dict.fromkeys("两兩貳", (_D, 2)),
        "陸": (_D, 6),
        **dict.fromkeys("十拾", (_U, 1)),
        **dict.fromkeys("百佰", (_U, 2)),
        **dict.fromkeys("千仟", (_U, 3)),
        **dict.fromkeys("万萬", (_W, 4)),
        **dict.fromkeys("亿億", (_Y, 8)),
        "点": (_P, 0),
    }
)
_LIANG: Final = frozenset("两兩")
_ARABIC: Final = re.compile(r"([0-9]+(?:,[0-9]{3}(?![0-9]))*)(?:\.([0-9]+))?")
_SIGNS: Final = MappingProxyType({"负": True, "-": True, "－": True, "−": True, "+": False, "＋": False})

# (kind, value, fraction digits, integer digits, position in the text)
_Token = tuple[int, int, int, int, int]


class _FailError(Exception):
    """Internal: carries the detail of a rejection to :func:`parse`."""


def _pow10(exponent: int) -> int:
    power: int = 10**exponent  # typed: int ** int is Any to mypy
    return power


def _fail(detail: str) -> NoReturn:
    raise _FailError(detail)


def _tokenize(text: str, arabic: bool) -> list[_Token]:
    tokens: list[_Token] = []
    i, end = 0, len(text)
    while i < end:
        ch = text[i]
        kind_value = _CHAR.get(ch)
        if kind_value is not None:
            kind, value = kind_value
            if kind == _P:
                j = i + 1
                while j < end and (_CHAR.get(text[j], (-1, 0))[0] in (_D, _Z)):
                    j += 1
                digits = "".join(str(_CHAR[c][1]) for c in text[i + 1 : j])
                if not digits:
                    _fail("点 without digits after it")
                tokens.append((_P, int(digits), len(digits), 0, i))
                i = j
                continue
            tokens.append((kind, value, 1 if ch in _LIANG else 0, 0, i))
            i += 1
            continue
        if arabic and "0" <= ch <= "9":
            match = _ARABIC.match(text, i)
            if match is None:  # pragma: no cover - a digit always matches
                _fail(f"unexpected {ch!r} at position {i}")
            whole, fraction = match.group(1), match.group(2) or ""
            if "," in whole and len(whole.split(",", 1)[0]) > 3:
                _fail(f"digit grouping must be by three ({whole!r})")
            whole = whole.replace(",", "")
            tokens.append((_N, int(whole + fraction), len(fraction), len(whole), i))
            i = match.end()
            continue
        if ch.isspace():
            _fail(f"whitespace inside the number at position {i}")
        _fail(f"unexpected {ch!r} at position {i}")
    return tokens


class _Reader:
    __slots__ = ("frac_seen", "frac_shift", "i", "scale", "shorten", "tokens")

    def __init__(self, tokens: list[_Token], scale_digits: int, shorten: bool) -> None:
        self.tokens = tokens
        self.i = 0
        self.scale = scale_digits
        self.shorten = shorten
        self.frac_seen = False
        self.frac_shift = 0

    def kind(self) -> int:
        return self.tokens[self.i][0] if self.i < len(self.tokens) else -1

    def mul(self, value: int, exponent: int) -> int:
        if self.frac_seen:
            self.frac_shift += exponent
        return value * _pow10(exponent)

    def skip_zeros(self) -> bool:
        start = self.i
        while self.kind() == _Z:
            self.i += 1
        return self.i > start

    def coefficient(self) -> int:
        """Read a digit or an Arabic literal (with an optional 点 fraction), scaled."""
        kind, value, frac, _, _ = self.tokens[self.i]
        if self.frac_seen:
            _fail("a decimal number must come last")
        self.i += 1
        if kind == _N:
            if frac:
                self.frac_seen = True
            scaled = value * _pow10(self.scale - frac)
        else:
            scaled = value * _pow10(self.scale)
        if self.kind() == _P:
            if kind == _N:
                _fail("点 after Arabic digits")
            scaled += self.point()
        return scaled

    def point(self) -> int:
        _, value, frac, _, _ = self.tokens[self.i]
        self.i += 1
        self.frac_seen = True
        return value * _pow10(self.scale - frac)

    def section(self) -> tuple[int | None, _Token | None]:
        """Below 万: returns (value, the lone token if the section is one bare token)."""
        value = 0
        last = 4  # exponent of the last unit; units must decrease
        started = zero = False
        first = self.i
        while True:
            kind = self.kind()
            if kind == _Z:
                self.i += 1
                zero = started = True
                continue
            if kind in (_D, _N):
                token = self.tokens[self.i]
                c = self.coefficient()
                if self.kind() == _U:
                    exponent = self.tokens[self.i][1]
                    if exponent >= last:
                        _fail("units must decrease (as in 三千二百)")
                    self.i += 1
                    value += self.mul(c, exponent)
                    last, zero, started = exponent, False, True
                    continue
                if last < 4 and not zero and last >= 2 and token[0] == _D and not self.frac_seen:
                    if not self.shorten:
                        _fail("a digit right after 百 or 千 without 零 is ambiguous (1005 or 1500?)")
                    c *= _pow10(last - 1)  # 三千五 = 3500, 两百五 = 250
                elif last < 4 and c >= _pow10(last + self.scale):
                    _fail("too many digits after a unit")
                value += c
                started = True
                break
            if kind == _U and self.i == 0 and self.tokens[0][1] == 1:
                self.i += 1  # a leading 十, as in 十二 and 十万
                value += _pow10(1 + self.scale)
                last, started = 1, True
                continue
            if kind == _P and started:
                value += self.point()
            break
        if not started:
            return None, None
        if self.i - first > 1 and self.tokens[self.i - 1][0] == _Z:
            _fail("trailing 零 (is the end of the number missing?)")
        lone = self.tokens[first] if self.i - first == 1 else None
        return value, lone

    def bare(self, lone: _Token | None, exponent: int, digits: int) -> int | None:
        """Give the value of a lone token right after 万 or 亿 (no 零); None if not lone."""
        if lone is None:
            return None
        kind, value, _, whole, _ = lone
        if kind == _D and not self.frac_seen:
            if not self.shorten:
                _fail("a lone digit after 万 or 亿 is ambiguous (write 零 or the full unit)")
            return value * _pow10(exponent - 1 + self.scale)  # 一万二 = 12000
        if kind == _N and whole != digits:
            _fail(f"{whole} digit(s) after a unit without 零 is ambiguous: write {digits} digits or put 零 before them")
        return None

    def wan(self) -> tuple[int | None, _Token | None]:
        high, lone = self.section()
        if self.kind() != _W:
            return high, lone
        if high is None:
            _fail("万 without a number before it")
        self.i += 1
        high = self.mul(high, 4)
        zero = self.skip_zeros()
        if self.kind() in (-1, _Y):
            if zero:
                _fail("零 before 亿 or at the end")
            return high, None
        low, low_lone = self.section()
        if low is None:
            _fail(f"unexpected {_KIND_NAME[self.kind()]} after 万")
        if not zero:
            shorthand = self.bare(low_lone, 4, 4)
            if shorthand is not None:
                low = shorthand
        if low >= _pow10(4 + self.scale):
            _fail("at most four digits after 万")
        if self.kind() == _W:
            _fail("万 twice")
        return high + low, None

    def number(self) -> int:
        high, _ = self.wan()
        if self.kind() != _Y:
            if high is None:
                _fail("no number")
            return high
        if high is None:
            _fail("亿 without a number before it")
        self.i += 1
        high = self.mul(high, 8)
        zero = self.skip_zeros()
        if self.kind() == -1:
            if zero:
                _fail("trailing 零")
            return high
        low, low_lone = self.wan()
        if low is None:
            _fail(f"unexpected {_KIND_NAME[self.kind()]} after 亿")
        if not zero:
            shorthand = self.bare(low_lone, 8, 8)
            if shorthand is not None:
                low = shorthand
        if low >= _pow10(8 + self.scale):
            _fail("at most eight digits after 亿")
        return high + low


def to_number(value: int, places: int, shift: int) -> Number:
    """Turn a value scaled by 10**places into an exact int or Decimal.

    *shift* is how many places the decimal literal was moved left by units
    (``34.5万``), so the Decimal keeps the literal's remaining places.
    """
    if not places:
        return value
    whole, rest = divmod(value, _pow10(places))
    if not rest:
        return whole
    kept = places - shift
    digits = value // _pow10(shift)
    return Decimal((0, tuple(int(c) for c in str(digits)), -kept))


def parse(
    text: str,
    *,
    expected: str,
    arabic: bool = True,
    shorten: bool = True,
    sequences: bool = True,
    signed: bool = True,
) -> Number:
    """Read a number leniently; raise InvalidNumberError(text, expected) when it cannot."""
    try:
        return _parse(text, arabic=arabic, shorten=shorten, sequences=sequences, signed=signed)
    except _FailError as fail:
        raise InvalidNumberError(text, expected, detail=str(fail)) from None


def _parse(text: str, *, arabic: bool, shorten: bool, sequences: bool, signed: bool) -> Number:
    body = text.strip().translate(FULLWIDTH)
    if not body:
        _fail("empty text")
    negative = False
    if signed and body[0] in _SIGNS:
        negative = _SIGNS[body[0]]
        body = body[1:]
        if not body:
            _fail("a sign without a number")
    tokens = _tokenize(body, arabic)
    if sequences and len(tokens) >= 2 and all((t[0] == _D and not t[2]) or t[0] == _Z for t in tokens):
        value: Number = int("".join(str(t[1]) for t in tokens))  # 二〇二四
    else:
        fractional = [t for t in tokens if t[0] == _P or (t[0] == _N and t[2])]
        if len(fractional) > 1:
            _fail("more than one decimal point")
        places = fractional[0][2] if fractional else 0
        reader = _Reader(tokens, places, shorten)
        scaled = reader.number()
        if reader.i != len(tokens):
            kind, _, _, _, position = tokens[reader.i]
            _fail(f"unexpected {_KIND_NAME[kind]} at position {position}")
        value = to_number(scaled, places, reader.frac_shift)
    if negative and value:
        return value.copy_negate() if isinstance(value, Decimal) else -value
    return value
