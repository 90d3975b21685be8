"""Chinese cardinal numerals: to_chinese and parse_chinese."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from govinfo_report.errors import InvalidNumberError
from govinfo_report.numbers import parse_chinese, to_chinese
from tests.numbers.strategies import (
    LIMIT,
    chinese_integers,
    mutated_numerals,
    non_negative_chinese_integers,
    zero_dense_integers,
)

LOWER_ALPHABET = frozenset("负零一二三四五六七八九十百千万亿")
UPPER_ALPHABET = frozenset("负零壹贰叁肆伍陆柒捌玖拾佰仟万亿")
LOWER_DIGITS = "零一二三四五六七八九"
UPPER_DIGITS = "零壹贰叁肆伍陆柒捌玖"


def zero_runs_between_nonzero_digits(n: int) -> int:
    """Count the runs of zeros that stand between two nonzero digits of str(|n|)."""
    return len(re.findall(r"(?<=[1-9])0+(?=[1-9])", str(abs(n))))


# --- known examples -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "lower", "upper"),
    [
        (0, "零", "零"),
        (10, "十", "壹拾"),
        (12, "十二", "壹拾贰"),
        (110, "一百一十", "壹佰壹拾"),
        (310, "三百一十", "叁佰壹拾"),
        (3052, "三千零五十二", "叁仟零伍拾贰"),
        (10010, "一万零一十", "壹万零壹拾"),
        (100000, "十万", "壹拾万"),
        (1100000, "一百一十万", "壹佰壹拾万"),
        (100000001, "一亿零一", "壹亿零壹"),
        (1000000000, "十亿", "壹拾亿"),
        (1000000000000, "一万亿", "壹万亿"),
    ],
)
def test_well_known_numerals(n: int, lower: str, upper: str) -> None:
    """Textbook and DESIGN §4 examples render as published, in both cases, and read back."""
    assert to_chinese(n) == lower
    assert to_chinese(n, upper=True) == upper
    assert parse_chinese(lower) == n
    assert parse_chinese(upper) == n


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1001000, "一百万零一千"),
        (10001000, "一千万零一千"),
        (107000, "十万零七千"),
        (100001000, "一亿零一千"),
        (100100000, "一亿零一十万"),
    ],
)
def test_one_zero_marks_a_gap_across_the_wan_and_yi_boundaries(n: int, expected: str) -> None:
    """A run of zeros that ends at a 万 or 亿 boundary still gets its one 零 (DESIGN §4)."""
    assert to_chinese(n) == expected


def test_negative_numbers_take_fu() -> None:
    """Negatives are written with 负 in front and read back negative."""
    assert to_chinese(-12) == "负十二"
    assert parse_chinese("负十二") == -12


# --- properties of the renderer ----------------------------------------------------------


@given(chinese_integers, st.booleans())
def test_round_trip(n: int, upper: bool) -> None:
    """parse_chinese(to_chinese(n)) == n, lower and upper case, strict and lenient (an exact int)."""
    text = to_chinese(n, upper=upper)
    assert parse_chinese(text) == n
    value = parse_chinese(text, strict=False)
    assert type(value) is int
    assert value == n


@given(zero_dense_integers(), zero_dense_integers(), st.booleans())
def test_rendering_is_injective(a: int, b: int, upper: bool) -> None:
    """Distinct numbers never get the same numeral."""
    assume(a != b)
    assert to_chinese(a, upper=upper) != to_chinese(b, upper=upper)


@given(non_negative_chinese_integers)
def test_zero_count_is_the_number_of_gaps(n: int) -> None:
    """The output has exactly one 零 per run of zeros between nonzero digits, none else."""
    text = to_chinese(n)
    expected = 1 if n == 0 else zero_runs_between_nonzero_digits(n)
    assert text.count("零") == expected


@given(chinese_integers, st.booleans())
def test_zeros_and_tens_are_placed_by_the_rule(n: int, upper: bool) -> None:
    """No 零零 and no leading or trailing 零; lower case starts a leading ten with 十, never 一十."""
    text = to_chinese(n, upper=upper).removeprefix("负")
    assert "零零" not in text
    if n:
        assert not text.endswith("零")
        assert not text.startswith("零")
    if not upper:
        assert not text.startswith("一十")
        digits = str(abs(n))
        if len(digits) % 4 == 2 and digits[0] == "1":
            assert text.startswith("十")


@given(chinese_integers, st.booleans())
def test_digits_are_the_nonzero_digits_in_order(n: int, upper: bool) -> None:
    """The digit characters spell the nonzero digits of n in order (lower case drops a leading 一 of 十)."""
    table = UPPER_DIGITS if upper else LOWER_DIGITS
    text = to_chinese(n, upper=upper)
    written = "".join(str(table.index(ch)) for ch in text if ch in table[1:])
    expected = str(abs(n)).replace("0", "")
    digits = str(abs(n))
    if not upper and len(digits) % 4 == 2 and digits[0] == "1":
        expected = expected[1:]
    assert written == expected


@given(chinese_integers, st.booleans())
def test_output_alphabet(n: int, upper: bool) -> None:
    """Output uses only the numerals of its case: no Arabic or full-width digits, 〇 or 两."""
    text = to_chinese(n, upper=upper)
    assert set(text) <= (UPPER_ALPHABET if upper else LOWER_ALPHABET)
    assert not any(ch.isdigit() for ch in text)


@given(zero_dense_integers(signed=False))
def test_upper_case_is_lower_case_with_bank_digits_and_leading_yi_shi(n: int) -> None:
    """Upper case has the structure of lower case, with 壹拾 where lower case writes a leading 十."""
    lower = to_chinese(n)
    expected = lower.translate(str.maketrans("一二三四五六七八九十百千", "壹贰叁肆伍陆柒捌玖拾佰仟"))
    if lower.startswith("十"):
        expected = "壹" + expected
    assert to_chinese(n, upper=True) == expected


@pytest.mark.parametrize("bad", [LIMIT, -LIMIT, 10**20])
def test_out_of_range_is_refused(bad: int) -> None:
    """Integers of absolute value 10**16 or more are refused with the library's error."""
    with pytest.raises(InvalidNumberError, match="10\\*\\*16"):
        to_chinese(bad)


@pytest.mark.parametrize("bad", [1.0, Decimal("12"), "12", True, None])
def test_non_int_is_refused(bad: object) -> None:
    """Floats, Decimals, text, bools and None are refused, never converted."""
    with pytest.raises(InvalidNumberError):
        to_chinese(bad)  # type: ignore[arg-type]


# --- strict parsing ------------------------------------------------------------------------


@given(mutated_numerals())
def test_strict_accepts_only_canonical_numerals(mutation: tuple[str, str]) -> None:
    """Strict parsing accepts an edited numeral only when it is canonical for its value."""
    text, _ = mutation
    try:
        value = parse_chinese(text)
    except InvalidNumberError:
        return
    assert text in (to_chinese(value), to_chinese(value, upper=True))


@given(mutated_numerals())
def test_lenient_reads_what_strict_reads(mutation: tuple[str, str]) -> None:
    """Whatever strict parsing accepts, lenient parsing reads to the same value."""
    text, _ = mutation
    try:
        value = parse_chinese(text)
    except InvalidNumberError:
        return
    assert parse_chinese(text, strict=False) == value


@given(zero_dense_integers(signed=False).filter(lambda n: "0" in str(n)[1:]), st.booleans())
def test_strict_refuses_a_doubled_zero(n: int, upper: bool) -> None:
    """A doubled 零 is refused and the message says "two 零 in a row"."""
    text = to_chinese(n, upper=upper)
    assume("零" in text)
    with pytest.raises(InvalidNumberError, match="two 零 in a row"):
        parse_chinese(text.replace("零", "零零", 1))


@given(zero_dense_integers(signed=False).filter(bool), st.booleans())
def test_strict_refuses_a_trailing_zero(n: int, upper: bool) -> None:
    """A trailing 零 is refused and the message says so."""
    with pytest.raises(InvalidNumberError, match="trailing 零"):
        parse_chinese(to_chinese(n, upper=upper) + "零")


@given(st.integers(10, 19))
def test_strict_refuses_a_leading_yi_shi(n: int) -> None:
    """一十 at the start is refused in strict mode (write 十) but read in lenient mode."""
    text = "一" + to_chinese(n)
    with pytest.raises(InvalidNumberError, match="一十 at the start"):
        parse_chinese(text)
    assert parse_chinese(text, strict=False) == n


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("两百", "两 is colloquial"),
        ("一〇一", "〇 is written only in years"),
        ("壹拾一", "mixes lower-case and upper-case"),
        ("拾伍", "大写 writes 壹拾"),
        ("负零", "zero has no sign"),
        ("一千万一千", "a run of zeros needs one 零"),
        ("一百零十", "零 where no zeros are skipped"),
        ("十十", "十 follows 十"),
        ("一二", "two digits in a row"),
        ("零五", "leading 零"),
        ("12", "Arabic digits"),
        ("", "empty text"),
        ("负", "负 without a number"),
    ],
)
def test_strict_says_why(text: str, reason: str) -> None:
    """Each kind of non-canonical numeral is refused with a message naming the fault."""
    with pytest.raises(InvalidNumberError, match=re.escape(reason)) as info:
        parse_chinese(text)
    assert repr(text) in str(info.value)


# --- lenient parsing -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("两百", 200),
        ("两万", 20000),
        ("一万二", 12000),
        ("三千五", 3500),
        ("两百五", 250),
        ("一亿三", 130000000),
        ("二〇二四", 2024),
        ("一九九八", 1998),
        ("一十五", 15),
        ("34.5万", 345000),
        ("3.45亿", 345000000),
        ("10亿零817万5288", 1008175288),
        ("1.2万亿", 1200000000000),
        ("１２３", 123),
        ("-三", -3),
        ("负3.45亿", -345000000),
        ("三点一四", Decimal("3.14")),
        ("1.23456万", Decimal("12345.6")),
        ("一百万一千", 1001000),
        ("一亿一千", 100001000),
        ("萬", None),
    ],
)
def test_lenient_reads_real_world_forms(text: str, value: int | Decimal | None) -> None:
    """Lenient parsing reads colloquial, digit-by-digit and mixed Arabic forms exactly."""
    if value is None:
        with pytest.raises(InvalidNumberError):
            parse_chinese(text, strict=False)
        return
    result = parse_chinese(text, strict=False)
    assert result == value
    assert type(result) is type(value)


@pytest.mark.parametrize(
    "text",
    ["1亿3", "3万500", "1.5万3000", "1.2.3", "十万十", "一万万", "点五", "1,2345万", "三千零"],
)
def test_lenient_refuses_ambiguous_or_malformed_text(text: str) -> None:
    """Lenient parsing still refuses what has no single reading (3万500: 30500 or 35000?)."""
    with pytest.raises(InvalidNumberError):
        parse_chinese(text, strict=False)


@given(zero_dense_integers(signed=False).filter(lambda n: n >= 10))
def test_lenient_reads_digit_by_digit_numbers(n: int) -> None:
    """Digit-by-digit numerals with 〇 (二〇二四) read as the positional number."""
    text = "".join("〇一二三四五六七八九"[int(c)] for c in str(n))
    assert parse_chinese(text, strict=False) == n
