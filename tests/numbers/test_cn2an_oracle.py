"""cn2an 0.5.24 as a differential oracle.

We agree with cn2an everywhere except in the classes below, each shown by a named
example test. The property tests exclude exactly those classes, by predicate.

Where the classes come from: cn2an follows the school reading rule
(人教版小学数学: "每级末尾不管有几个0都不读，其他数位上有一个0或连续几个0都只读一个零"),
so a run of zeros that ends at a 万 or 亿 boundary (the trailing zeros of a level,
or a whole zero level, followed by a 千 digit) gets no 零: 1001000 → 一百万一千.
DESIGN §4 requires one 零 for every run of zeros between nonzero digits, "including
across the 万 and 亿 boundaries" (一百万零一千), which is also the base rule of the
People's Bank for 大写 (《正确填写票据和结算凭证的基本规定》四(一)(二)); for 大写
amounts clause 四(三) tolerates leaving that 零 out, so there the two are
alternatives, and parse_rmb_upper reads both.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govinfo_report.errors import InvalidNumberError
from govinfo_report.numbers import parse_chinese, parse_rmb_upper, to_chinese, to_rmb_upper
from tests.numbers.strategies import cent_amounts, chinese_integers, zero_dense_integers

cn2an = pytest.importorskip("cn2an")


def gap_ends_at_a_level_boundary(n: int) -> bool:
    """True when a run of zeros between nonzero digits ends right before a 千 digit.

    That run consists of the trailing zeros of a level (and whole zero levels),
    which is the one place the school rule and DESIGN §4 differ.
    """
    digits = str(abs(n))
    return any(
        m.end() < len(digits) and (len(digits) - 1 - m.end()) % 4 == 3
        for m in re.finditer(r"(?<=[1-9])0+(?=[1-9])", digits)
    )


# --- named classes of disagreement ----------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "ours", "theirs"),
    [
        (1001000, "一百万零一千", "一百万一千"),
        (10001000, "一千万零一千", "一千万一千"),
        (107000, "十万零七千", "十万七千"),
        (100001000, "一亿零一千", "一亿一千"),
        (100000010010001, "一百万亿零一千零一万零一", "一百万亿一千零一万零一"),
    ],
)
def test_cn2an_drops_zero_across_wan_boundary_we_keep_it(n: int, ours: str, theirs: str) -> None:
    """cn2an writes no 零 for zeros that end at a 万/亿 boundary; DESIGN §4 requires one.

    Rule: one 零 per run of zeros between two nonzero digits, "including across the
    万 and 亿 boundaries" (DESIGN §4; PBoC 《正确填写票据和结算凭证的基本规定》
    四(一)(二): 数字中间有"0"时要写"零"字). cn2an applies the school rule
    (每级末尾的0都不读) instead. Our text keeps the gap visible, and both read back.
    """
    assert gap_ends_at_a_level_boundary(n)
    assert to_chinese(n) == ours
    assert cn2an.an2cn(n, "low") == theirs
    upper = cn2an.an2cn(n, "up")
    assert upper.count("零") == theirs.count("零") < to_chinese(n, upper=True).count("零")
    assert parse_chinese(ours) == n
    assert parse_chinese(theirs, strict=False) == n  # we still read the school form
    assert parse_chinese(upper, strict=False) == n


def test_cn2an_strict_rejects_our_zero_across_the_boundary() -> None:
    """cn2an's strict reader refuses 一千万零一千 (the DESIGN §4 form) and takes 一千万一千."""
    with pytest.raises(ValueError, match="不符合格式"):
        cn2an.cn2an("一千万零一千", "strict")
    assert cn2an.cn2an("一千万一千", "strict") == 10001000
    assert parse_chinese("一千万零一千") == 10001000
    with pytest.raises(InvalidNumberError, match="a run of zeros needs one 零"):
        parse_chinese("一千万一千")


@pytest.mark.parametrize(
    ("text", "value", "reason"),
    [
        ("一十五", 15, "一十 at the start"),
        ("一十万", 100000, "一十 at the start"),
        ("负零", 0, "zero has no sign"),
        ("壹拾一", 11, "mixes lower-case and upper-case"),
        ("拾伍", 15, "大写 writes 壹拾"),
    ],
)
def test_cn2an_strict_accepts_non_canonical_forms_we_reject(text: str, value: int, reason: str) -> None:
    """cn2an's strict mode reads forms its own writer never produces; ours refuses them.

    Rules: 一十 only inside a number (DESIGN §4: 十二, but 一百一十); zero has no sign;
    one case per numeral; 大写 writes 壹拾 at the start (PBoC example 壹拾万柒仟).
    The lenient reader still reads them to the same value.
    """
    assert cn2an.cn2an(text, "strict") == value
    with pytest.raises(InvalidNumberError, match=reason):
        parse_chinese(text)
    assert parse_chinese(text, strict=False) == value


def test_cn2an_rmb_keeps_a_sign_on_zero_we_drop_it() -> None:
    """cn2an writes 负零元整 for -0.00; an amount of zero has no sign (人民币零元整)."""
    assert cn2an.an2cn("-0.00", "rmb") == "负零元整"
    assert to_rmb_upper(Decimal("-0.00")) == "人民币零元整"


@pytest.mark.parametrize(
    ("amount", "ours", "theirs"),
    [
        ("0.005", "人民币壹分", "零元整"),
        ("1.999", "人民币贰元整", "壹元玖角玖分"),
        ("2.675", "人民币贰元陆角捌分", "贰元陆角柒分"),
    ],
)
def test_cn2an_rmb_truncates_below_fen_we_round_half_up(amount: str, ours: str, theirs: str) -> None:
    """cn2an cuts digits below 分; DESIGN §4 rounds half up to 分 (money is rounded, not cut)."""
    assert cn2an.an2cn(amount, "rmb") == theirs
    assert to_rmb_upper(Decimal(amount)) == ours


def test_cn2an_rmb_leaves_out_the_boundary_zero_a_permitted_alternative() -> None:
    """In 大写 the boundary 零 is optional (PBoC 四(三)); we write it, cn2an does not; both read back.

    The bank's own example ¥107,000.53 lists 壹拾万柒仟元零伍角叁分 and 壹拾万零柒仟元伍角叁分;
    we write the second; cn2an writes neither (壹拾万柒仟元伍角叁分, no 零 at all, which
    四(三) "也可以不写零字" still allows).
    """
    assert to_rmb_upper(Decimal("107000.53"), prefix=False) == "壹拾万零柒仟元伍角叁分"
    assert cn2an.an2cn("107000.53", "rmb") == "壹拾万柒仟元伍角叁分"
    assert parse_rmb_upper("壹拾万柒仟元伍角叁分") == Decimal("107000.53")


# --- properties outside those classes ----------------------------------------------------------


@given(chinese_integers)
def test_we_agree_with_cn2an_outside_the_documented_classes(n: int) -> None:
    """Lower and upper case equal cn2an's output exactly when no gap ends at a level boundary."""
    if gap_ends_at_a_level_boundary(n):
        assert to_chinese(n) != cn2an.an2cn(n, "low")
    else:
        assert to_chinese(n) == cn2an.an2cn(n, "low")
        assert to_chinese(n, upper=True) == cn2an.an2cn(n, "up")


@given(chinese_integers, st.booleans())
def test_cn2an_strict_reads_our_numerals_outside_the_documented_class(n: int, upper: bool) -> None:
    """cn2an's strict reader gives back n for our canonical numerals outside the boundary class."""
    if not gap_ends_at_a_level_boundary(n):
        assert cn2an.cn2an(to_chinese(n, upper=upper), "strict") == n


@given(zero_dense_integers(signed=False))
def test_we_read_cn2an_numerals_leniently(n: int) -> None:
    """Every numeral cn2an writes, we read back to n in lenient mode (school form included)."""
    assert parse_chinese(cn2an.an2cn(n, "low"), strict=False) == n


@given(cent_amounts())
def test_rmb_agrees_with_cn2an_outside_the_documented_classes(amount: Decimal) -> None:
    """大写 equals cn2an's rmb mode except the boundary 零 and a signed zero; we read cn2an's text."""
    theirs = cn2an.an2cn(str(amount), "rmb")
    yuan = int(abs(amount))
    if not gap_ends_at_a_level_boundary(yuan):
        assert to_rmb_upper(amount, prefix=False) == theirs
    assert parse_rmb_upper(theirs) == amount
