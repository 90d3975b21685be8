"""大写 amounts: to_rmb_upper and parse_rmb_upper (PBoC 《正确填写票据和结算凭证的基本规定》)."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, localcontext

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govinfo_report.errors import InvalidNumberError
from govinfo_report.numbers import parse_rmb_upper, to_chinese, to_rmb_upper
from tests.numbers.strategies import cent_amounts, decimals

CENT = Decimal("0.01")


def parts(amount: Decimal) -> tuple[int, int, int]:
    """元, 角 and 分 of the absolute value of a two-decimal amount."""
    cents = int(abs(amount) * 100)
    yuan, rest = divmod(cents, 100)
    return yuan, rest // 10, rest % 10


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        # The examples of 《正确填写票据和结算凭证的基本规定》 clause 四.
        ("1409.50", "人民币壹仟肆佰零玖元伍角"),
        ("6007.14", "人民币陆仟零柒元壹角肆分"),
        ("1680.32", "人民币壹仟陆佰捌拾元叁角贰分"),
        ("107000.53", "人民币壹拾万零柒仟元伍角叁分"),
        ("16409.02", "人民币壹万陆仟肆佰零玖元零贰分"),
        ("325.04", "人民币叁佰贰拾伍元零肆分"),
        # DESIGN §8 and the 整 rule of clause 二.
        ("1.50", "人民币壹元伍角"),
        ("1", "人民币壹元整"),
        ("10", "人民币壹拾元整"),
        ("0", "人民币零元整"),
        ("0.05", "人民币伍分"),
        ("0.50", "人民币伍角"),
    ],
)
def test_published_examples(amount: str, text: str) -> None:
    """The People's Bank's own examples (clause 四) render as published and read back."""
    assert to_rmb_upper(Decimal(amount)) == text
    assert parse_rmb_upper(text) == Decimal(amount).quantize(CENT)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("壹仟陆佰捌拾元零叁角贰分", "1680.32"),
        ("人民币壹拾万柒仟元零伍角叁分", "107000.53"),
        ("人民币壹拾万零柒仟元伍角叁分", "107000.53"),
        ("人民币壹元正", "1.00"),
        ("人民币壹元伍角整", "1.50"),
        ("人民币壹万圆整", "10000.00"),
        ("拾元整", "10.00"),
        ("零元伍角", "0.50"),
        ("人民币貳萬陸仟元整", "26000.00"),
        ("人民币负壹元伍角", "-1.50"),
    ],
)
def test_reads_the_permitted_variants(text: str, amount: str) -> None:
    """Both forms clause 四(三) permits, 正 for 整, 圆 for 元, 整 after 角 and traditional forms read back."""
    value = parse_rmb_upper(text)
    assert value == Decimal(amount)
    assert value.as_tuple().exponent == -2


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("人民币壹仟伍元整", "ambiguous"),
        ("人民币一元整", "大写 digits"),
        ("人民币壹元贰角叁分整", "整 after 分"),
        ("人民币壹元零", "零 without 角 or 分"),
        ("人民币", "no 元, 角 or 分"),
        ("人民币壹元伍", "after 元"),
        ("人民币两元整", "大写 digits"),
        ("元整", "元 without a number"),
    ],
)
def test_refuses_malformed_amounts(text: str, reason: str) -> None:
    """Lower-case digits, 整 after 分, ambiguous or truncated amounts are refused, saying why."""
    with pytest.raises(InvalidNumberError, match=re.escape(reason)) as info:
        parse_rmb_upper(text)
    assert repr(text) in str(info.value)


@given(cent_amounts(), st.booleans())
def test_round_trip(amount: Decimal, prefix: bool) -> None:
    """Every two-decimal amount below 10**16 reads back exactly (quantized to 0.01), with or without 人民币."""
    text = to_rmb_upper(amount, prefix=prefix)
    assert text.startswith("人民币") == prefix
    value = parse_rmb_upper(text)
    assert value == amount
    assert value.as_tuple().exponent == -2


@given(cent_amounts())
def test_endings(amount: Decimal) -> None:
    """元零X分 exactly when 角 is 0 and 分 and 元 are not (clause 四(四)); 元整 exactly without 角 and 分 (clause 二)."""
    yuan, jiao, fen = parts(amount)
    text = to_rmb_upper(amount)
    assert bool(re.search("元零[壹贰叁肆伍陆柒捌玖]分$", text)) == (jiao == 0 and fen != 0 and yuan != 0)
    assert text.endswith("元整") == (jiao == 0 and fen == 0)


@given(cent_amounts())
def test_integer_part_and_alphabet(amount: Decimal) -> None:
    """Before 元 stands the upper-case numeral of the 元 (one 零 per gap, 壹拾 at the start); only clause 一 characters appear."""
    yuan, _, _ = parts(amount)
    text = to_rmb_upper(amount, prefix=False).removeprefix("负")
    if yuan:
        assert text.startswith(to_chinese(yuan, upper=True) + "元")
    else:
        assert "元" not in text or text == "零元整"
    assert set(text) <= set("零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整")


@given(decimals.filter(lambda d: abs(d) < 10**15))
def test_rounds_half_up_to_fen(amount: Decimal) -> None:
    """Amounts with more than two decimals are rounded half up to 分."""
    with localcontext() as context:
        context.prec = 60
        expected = amount.quantize(CENT, rounding=ROUND_HALF_UP)
    assert parse_rmb_upper(to_rmb_upper(amount)) == expected


def test_negative_amount_rounding_to_zero_has_no_sign() -> None:
    """-0.001 rounds to zero, written without 负."""
    assert to_rmb_upper(Decimal("-0.001")) == "人民币零元整"


@pytest.mark.parametrize("bad", [1.5, "1.50", Decimal("NaN"), Decimal("Infinity"), True, 10**16])
def test_refuses_bad_amounts(bad: object) -> None:
    """Floats, text, non-finite Decimals, bools and amounts of 10**16 元 or more are refused."""
    with pytest.raises(InvalidNumberError):
        to_rmb_upper(bad)  # type: ignore[arg-type]
