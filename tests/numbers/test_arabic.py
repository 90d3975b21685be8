"""Arabic rendering through babel: counts, amounts, 万/亿, percentages, ranges."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction

import pytest
from babel.numbers import parse_decimal
from hypothesis import assume, given
from hypothesis import strategies as st

from govinfo_report.errors import InvalidNumberError
from govinfo_report.numbers import (
    NARROW_NO_BREAK_SPACE,
    Rounding,
    format_amount,
    format_compact_approximate,
    format_count,
    format_percent,
    format_range,
    format_wan,
    parse_number,
    wan_to_yuan,
    yuan_to_wan,
)
from tests.numbers.strategies import decimals, zero_dense_integers

counts = st.one_of(zero_dense_integers(max_groups=5), st.integers(-(10**30), 10**30))
groupings = st.sampled_from([None, ",", "thin"])
roundings = st.sampled_from(list(Rounding))


def quantized(value: Decimal | int, places: int, rounding: str) -> Decimal:
    """The reference rounding: Decimal.quantize in a wide private context."""
    with localcontext() as context:
        context.prec = 100
        return Decimal(value).quantize(Decimal(1).scaleb(-places), rounding=rounding)


# --- counts -----------------------------------------------------------------------------------


def test_counts_are_printed_plain_by_default() -> None:
    """Real reports print counts without grouping: 1234567."""
    assert format_count(1234567) == "1234567"
    assert format_count(-310) == "-310"


@given(counts)
def test_comma_grouping_round_trips_through_babel_strict(n: int) -> None:
    """With the 千分撇, babel's strict zh_CN parser reads the count back exactly."""
    text = format_count(n, grouping=",")
    with localcontext() as context:  # babel parses in the current context: make it wide
        context.prec = 100
        assert parse_decimal(text, locale="zh_CN", strict=True) == n


@given(counts, groupings)
def test_four_digits_or_fewer_are_never_grouped(n: int, grouping: str | None) -> None:
    """Integers below 10000 in absolute value have no separator, whatever the grouping."""
    text = format_count(n, grouping=grouping)  # type: ignore[arg-type]
    if abs(n) < 10000 or grouping is None:
        assert text == str(n)
    else:
        separator = "," if grouping == "," else NARROW_NO_BREAK_SPACE
        assert text.replace(separator, "") == str(n)
        assert re.fullmatch(rf"-?\d{{1,3}}({re.escape(separator)}\d{{3}})+", text)


@given(counts, groupings)
def test_parse_number_reads_every_count(n: int, grouping: str | None) -> None:
    """parse_number(format_count(n)) == n for every grouping."""
    assert parse_number(format_count(n, grouping=grouping)) == n  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [1.0, Decimal(5), "5", True])
def test_count_refuses_non_int(bad: object) -> None:
    """A count is an int: floats, Decimals, text and bools are refused."""
    with pytest.raises(InvalidNumberError):
        format_count(bad)  # type: ignore[arg-type]


def test_count_refuses_unknown_grouping() -> None:
    """Only None, ',' and 'thin' are groupings."""
    with pytest.raises(InvalidNumberError, match="grouping"):
        format_count(12345, grouping=" ")  # type: ignore[arg-type]


# --- amounts ----------------------------------------------------------------------------------


@given(decimals, st.integers(0, 6), roundings)
def test_amount_rounds_by_the_named_rule(amount: Decimal, places: int, rounding: Rounding) -> None:
    """format_amount shows exactly *places* decimals, rounded by the chosen rule."""
    text = format_amount(amount, places=places, rounding=rounding)
    expected = quantized(amount, places, rounding.value)
    assert Decimal(text) == expected
    assert len(text.partition(".")[2]) == places
    assert not text.startswith("-") or expected < 0


@given(decimals, st.integers(0, 6))
def test_comma_grouped_amount_round_trips_through_babel_strict(amount: Decimal, places: int) -> None:
    """Grouped amounts are what babel's strict zh_CN parser reads back exactly."""
    text = format_amount(amount, places=places, grouping=",")
    with localcontext() as context:  # babel parses in the current context: make it wide
        context.prec = 100
        parsed = parse_decimal(text, locale="zh_CN", strict=True)
    assert parsed == quantized(amount, places, ROUND_HALF_UP)


def test_money_and_statistics_round_ties_differently() -> None:
    """Money rounds half up (2.125 → 2.13), statistics half even (2.125 → 2.12, GB/T 8170)."""
    assert Rounding.MONEY.value == ROUND_HALF_UP
    assert Rounding.STATISTICS.value == ROUND_HALF_EVEN
    assert format_amount(Decimal("2.125")) == "2.13"
    assert format_amount(Decimal("2.125"), rounding=Rounding.STATISTICS) == "2.12"
    assert format_amount(Decimal("2.135"), rounding=Rounding.STATISTICS) == "2.14"


def test_amount_accepts_decimal_rounding_constants() -> None:
    """A decimal module rounding constant is accepted as well as a Rounding."""
    assert format_amount(Decimal("2.129"), rounding="ROUND_DOWN") == "2.12"
    with pytest.raises(InvalidNumberError):
        format_amount(Decimal("2.129"), rounding="half up")


@given(decimals)
def test_amount_ignores_the_callers_decimal_context(amount: Decimal) -> None:
    """A caller's odd decimal context (prec=3, ROUND_FLOOR) changes nothing and is left as it was."""
    expected = format_amount(amount, places=4)
    with localcontext() as context:
        context.prec = 3
        context.rounding = "ROUND_FLOOR"
        assert format_amount(amount, places=4) == expected
        assert context.prec == 3
        assert context.rounding == "ROUND_FLOOR"


# --- 万 and 亿 -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (345000000, "3.45亿"),  # GB/T 15835: 345000000 may be written 3.45亿, never 3亿4500万
        (1008175288, "10亿零817万5288"),  # GB/T 15835-2011's example of an exact huge number
        (345000, "34.5万"),
        (5288, "5288"),
    ],
)
def test_wan_examples_of_gb_t_15835(n: int, text: str) -> None:
    """The standard's own examples of 万/亿 forms."""
    assert format_wan(n) == text


@given(st.one_of(zero_dense_integers(max_groups=5), decimals))
def test_wan_is_exact(n: int | Decimal) -> None:
    """parse_number(format_wan(n)) == n: nothing is ever rounded."""
    assert parse_number(format_wan(n)) == n


@given(zero_dense_integers(max_groups=5))
def test_wan_never_mixes_small_units(n: int) -> None:
    """Only Arabic digits, the point, 万, 亿 and 零 appear: never 3亿4千5百万."""
    text = format_wan(n)
    assert re.fullmatch(r"-?[0-9.万亿零]+", text)
    assert not re.search("[十百千]", text)
    assert not re.search(r"零(?!\d)", text)  # 零 only stands for leading zeros of a group
    assert not re.search(r"(?<![万亿])零", text)


@given(zero_dense_integers(max_groups=4, signed=False).filter(lambda n: n >= 10**8))
def test_round_huge_numbers_use_one_unit(n: int) -> None:
    """From 1亿, a whole number of 万 is one decimal number of 亿 or 万亿 (3.45亿), else the mixed form."""
    text = format_wan(n)
    if n % 10000 == 0:
        assert re.fullmatch(r"\d+(\.\d+)?(亿|万亿)", text)
    else:
        assert re.fullmatch(r"\d+亿(零?\d+万)?零?\d+", text)


@given(decimals)
def test_yuan_wan_conversions_are_exact_inverses(amount: Decimal) -> None:
    """yuan_to_wan divides by 10000 exactly and wan_to_yuan undoes it."""
    wan = yuan_to_wan(amount)
    assert wan * 10000 == amount
    assert wan_to_yuan(wan) == amount
    exponent = wan.as_tuple().exponent
    assert isinstance(exponent, int)
    assert exponent <= 0


# --- compact, approximate --------------------------------------------------------------------


@given(st.integers(0, 10**15), st.integers(0, 3))
def test_compact_is_close(n: int, digits: int) -> None:
    """The compact form is within half a unit of its last shown digit (it rounds: approximate)."""
    text = format_compact_approximate(n, fraction_digits=digits)
    unit = 1
    for suffix, size in (("万亿", 10**12), ("亿", 10**8), ("万", 10**4)):
        if text.endswith(suffix):
            text, unit = text.removesuffix(suffix), size
            break
    shown = Decimal(text)
    assert abs(shown * unit - n) <= Fraction(unit, 2 * 10**digits)


# --- percentages ------------------------------------------------------------------------------


@given(
    st.integers(-(10**9), 10**9),
    st.integers(-(10**9), 10**9).filter(bool),
    st.integers(0, 4),
    roundings,
)
def test_percent_is_exactly_rounded(part: int, whole: int, places: int, rounding: Rounding) -> None:
    """format_percent equals the exact ratio rounded once by the chosen rule (no double rounding)."""
    text = format_percent(part, whole, places=places, rounding=rounding)
    assert text.endswith("%")
    exact = Fraction(part * 100, whole)
    scaled = exact * 10**places
    floor = scaled.numerator // scaled.denominator
    remainder = scaled - floor
    if remainder > Fraction(1, 2):
        expected = floor + 1
    elif remainder < Fraction(1, 2):
        expected = floor
    elif rounding is Rounding.MONEY:
        expected = floor + 1 if scaled > 0 else floor
    else:
        expected = floor + (floor % 2)
    assert Decimal(text[:-1]) == Decimal(expected).scaleb(-places)


def test_percent_design_example() -> None:
    """700 of 1350 is 51.85%, two decimals by default."""
    assert format_percent(700, 1350) == "51.85%"


def test_percent_near_a_tie_is_not_double_rounded() -> None:
    """A ratio just above a tie rounds up even half-even (0.125000…01 → 0.13, not 0.12)."""
    part = 10**30 * 125 + 1
    whole = 10**33 * 100
    assert format_percent(part, whole, places=2) == "0.13%"


def test_percent_refuses_a_zero_whole() -> None:
    """A percentage of zero is undefined."""
    with pytest.raises(InvalidNumberError, match="nonzero whole"):
        format_percent(1, 0)


# --- ranges -----------------------------------------------------------------------------------

units = st.sampled_from(["%", "万元", "元", "件", "月", "kg", ""])


@given(decimals, decimals, units, st.booleans())
def test_range_repeats_the_unit_on_both_ends(a: Decimal, b: Decimal, unit: str, span: bool) -> None:
    """Both ends carry the unit; ～ joins values and — joins spans; both ends read back."""
    low, high = min(a, b), max(a, b)
    text = format_range(low, high, unit, span=span)
    separator = "—" if span else "～"
    assert text.count(separator) == 1
    left, right = text.split(separator)
    assert left.endswith(unit)
    assert right.endswith(unit)
    assert parse_number(left.removesuffix(unit) if unit else left) == low
    assert parse_number(right.removesuffix(unit) if unit else right) == high


def test_range_examples() -> None:
    """DESIGN §4 examples: 15%～30%, 13万元～17万元, 2024年1月—3月."""
    assert format_range(15, 30, "%") == "15%～30%"
    assert format_range(13, 17, "万元") == "13万元～17万元"
    assert "2024年" + format_range(1, 3, "月", span=True) == "2024年1月—3月"


@given(decimals, decimals)
def test_range_refuses_reversed_ends(a: Decimal, b: Decimal) -> None:
    """The low end may not be above the high end."""
    assume(a != b)
    with pytest.raises(InvalidNumberError):
        format_range(max(a, b), min(a, b), "%")
