"""大写 amounts of money: :func:`to_rmb_upper` and :func:`parse_rmb_upper`.

The rules are those of the People's Bank of China, 《正确填写票据和结算凭证的基本规定》
(issued with 《支付结算办法》, 银发〔1997〕393号), clauses 一 to 四 on 中文大写金额数字;
GB/T 15835-2011 5.2.4 requires 大写 on financial documents.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Context, Decimal
from types import MappingProxyType
from typing import Final

from govinfo_report.errors import InvalidNumberError
from govinfo_report.numbers import _lenient
from govinfo_report.numbers._checks import check_amount, check_text
from govinfo_report.numbers._chinese import LIMIT, render

__all__ = ["parse_rmb_upper", "to_rmb_upper"]

_DIGITS: Final = "零壹贰叁肆伍陆柒捌玖"
_CENT: Final = Decimal("0.01")
_EXPECTED: Final = "an amount in 大写, such as 人民币壹万陆仟肆佰零玖元零贰分"


def to_rmb_upper(amount: Decimal | int, *, prefix: bool = True) -> str:
    """Write an amount of money in 大写 (中文大写金额), rounded half up to 分.

    Follows the People's Bank's 《正确填写票据和结算凭证的基本规定》: digits
    零壹贰叁肆伍陆柒捌玖 and units 拾佰仟万亿元角分 (clause 一); ``整`` after
    ``元`` when there is no 角 or 分, none after 角 or 分 (clause 二); the
    ``人民币`` prefix right before the amount (clause 三, ``prefix=False`` drops
    it). Zeros (clause 四): one 零 for each run of zeros inside the integer part,
    also at the 万 and 亿 boundaries (四(一)(二); 四(三) allows leaving it out);
    ``元零X分`` when 角 is zero (四(四)); no 零 between 元 and a nonzero 角
    (四(三) allows either). Both choices together give the form of the rule's own
    second example, ¥107,000.53 = 壹拾万零柒仟元伍角叁分. ``壹拾`` at the start
    (``壹拾万``, as in that example). Below one 元 the amount starts at 角 or 分
    (``人民币伍分``); zero is ``人民币零元整``; negatives take ``负`` after the
    prefix.

    >>> to_rmb_upper(Decimal("16409.02"))
    '人民币壹万陆仟肆佰零玖元零贰分'
    >>> to_rmb_upper(Decimal("1.50")), to_rmb_upper(10), to_rmb_upper(Decimal("0.05"))
    ('人民币壹元伍角', '人民币壹拾元整', '人民币伍分')
    >>> to_rmb_upper(Decimal("107000.53"), prefix=False)
    '壹拾万零柒仟元伍角叁分'
    """
    value = check_amount(amount, "an amount of money (an int or a Decimal)")
    if not isinstance(prefix, bool):
        raise InvalidNumberError(prefix, "prefix=True or prefix=False")
    if isinstance(value, int):
        cents = value * 100
    else:
        if value.adjusted() >= 17:
            raise InvalidNumberError(amount, "an amount below 10**16 元")
        context = Context(prec=40)  # local: the caller's decimal context is never used
        cents = int(value.quantize(_CENT, ROUND_HALF_UP, context).scaleb(2, context))
    negative = cents < 0
    if negative:
        cents = -cents
    yuan, rest = divmod(cents, 100)
    if yuan >= LIMIT:
        raise InvalidNumberError(amount, "an amount below 10**16 元")
    jiao, fen = divmod(rest, 10)
    if yuan:
        text = render(yuan, upper=True) + "元"
        if not rest:
            text += "整"
        elif not jiao:
            text += "零" + _DIGITS[fen] + "分"
        else:
            text += _DIGITS[jiao] + "角" + (_DIGITS[fen] + "分" if fen else "")
    elif not rest:
        text = "零元整"
    elif not jiao:
        text = _DIGITS[fen] + "分"
    else:
        text = _DIGITS[jiao] + "角" + (_DIGITS[fen] + "分" if fen else "")
    if negative:
        text = "负" + text
    return "人民币" + text if prefix else text


_UPPER_INTEGER: Final = frozenset("零壹贰叁肆伍陆柒捌玖拾佰仟万亿貳陸萬億")
_DIGIT_VALUE: Final = MappingProxyType({**{ch: i for i, ch in enumerate(_DIGITS)}, "貳": 2, "陸": 6})
_TAIL: Final = re.compile(
    r"(?P<zero>零)?"
    r"(?:(?P<jiao>[零壹贰叁肆伍陆柒捌玖貳陸])角)?"
    r"(?:(?P<fen>[零壹贰叁肆伍陆柒捌玖貳陸])分)?"
    r"(?P<zheng>[整正])?"
)


def parse_rmb_upper(text: str) -> Decimal:
    """Read a 大写 amount back to an exact ``Decimal`` with two places.

    Reads everything :func:`to_rmb_upper` writes and the usual variants: without
    ``人民币``, ``正`` for ``整``, ``圆`` for ``元``, ``整`` after 角, the 零 left out
    at the 万 or 元 position (clause 四(三)), ``拾`` for ``壹拾`` at the start, and
    the traditional forms 貳 陸 萬 億. Refuses lower-case digits, 两, Arabic
    digits, and anything ambiguous (``壹仟伍元``: 1005 or 1500?).

    >>> parse_rmb_upper("人民币壹万陆仟肆佰零玖元零贰分")
    Decimal('16409.02')
    >>> parse_rmb_upper("壹仟陆佰捌拾元零叁角贰分"), parse_rmb_upper("人民币壹拾元正")
    (Decimal('1680.32'), Decimal('10.00'))
    """
    source = check_text(text, _EXPECTED)
    body = source.strip().removeprefix("人民币")
    negative = body.startswith("负")
    if negative:
        body = body[1:]
    yuan_at = max(body.find("元"), body.find("圆"))
    if yuan_at >= 0:
        integer_text, tail = body[:yuan_at], body[yuan_at + 1 :]
        if not integer_text:
            raise InvalidNumberError(source, _EXPECTED, detail="元 without a number before it")
        outside = set(integer_text) - _UPPER_INTEGER
        if outside:
            raise InvalidNumberError(
                source,
                _EXPECTED,
                detail="only 大写 digits 零壹贰叁肆伍陆柒捌玖 and units 拾佰仟万亿 before 元, "
                f"not {''.join(sorted(outside))}",
            )
        try:
            yuan = _lenient.parse(
                integer_text,
                expected=_EXPECTED,
                arabic=False,
                shorten=False,
                sequences=False,
                signed=False,
            )
        except InvalidNumberError as error:
            raise InvalidNumberError(source, _EXPECTED, detail=error.detail) from None
        if not isinstance(yuan, int):  # pragma: no cover - no decimals without Arabic digits
            raise InvalidNumberError(source, _EXPECTED)
    else:
        yuan, tail = 0, body
    match = _TAIL.fullmatch(tail)
    if match is None:
        raise InvalidNumberError(source, _EXPECTED, detail=f"after 元 expected 整, or 角 and 分, not {tail!r}")
    jiao = _DIGIT_VALUE[match["jiao"]] if match["jiao"] else 0
    fen = _DIGIT_VALUE[match["fen"]] if match["fen"] else 0
    if match["zheng"] and match["fen"] and fen:
        raise InvalidNumberError(source, _EXPECTED, detail="整 after 分")
    if yuan_at < 0 and not (match["jiao"] or match["fen"]):
        raise InvalidNumberError(source, _EXPECTED, detail="no 元, 角 or 分")
    if match["zero"] and not (match["jiao"] or match["fen"]):
        raise InvalidNumberError(source, _EXPECTED, detail="零 without 角 or 分 after it")
    cents = yuan * 100 + jiao * 10 + fen
    if yuan >= LIMIT:
        raise InvalidNumberError(source, _EXPECTED, detail="out of range: below 10**16 元")
    digits = tuple(int(c) for c in str(cents))
    return Decimal((1 if negative and cents else 0, digits, -2))
