"""The general reader: parse_number and parse_percent."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govinfo_report.errors import InvalidNumberError
from govinfo_report.numbers import parse_number, parse_percent, to_chinese
from tests.numbers.strategies import chinese_integers, decimals, zero_dense_integers

FULLWIDTH = str.maketrans("0123456789.-", "０１２３４５６７８９．－")


@given(st.one_of(zero_dense_integers(max_groups=6), st.integers()))
def test_reads_plain_integers_exactly(n: int) -> None:
    """str(n) reads back to the same exact int, however large."""
    value = parse_number(str(n))
    assert type(value) is int
    assert value == n


@given(zero_dense_integers(max_groups=5), st.sampled_from([",", " ", "\u202f", "\u2009", "\u00a0"]))
def test_reads_grouped_integers(n: int, separator: str) -> None:
    """Groups of three separated by a 千分撇 or a 千分空 (any of the usual spaces) read back."""
    grouped = f"{abs(n):,}".replace(",", separator)
    assert parse_number(("-" if n < 0 else "") + grouped) == n


@given(decimals)
def test_reads_decimals_exactly(value: Decimal) -> None:
    """Decimal text reads back as an equal exact value; whole values come back as int."""
    result = parse_number(format(value, "f"))
    assert result == value
    assert isinstance(result, int) == (value == value.to_integral_value())


@given(st.one_of(zero_dense_integers(), decimals))
def test_reads_full_width_digits(value: int | Decimal) -> None:
    """Full-width digits, point and minus read like ASCII ones."""
    text = format(value, "f") if isinstance(value, Decimal) else str(value)
    assert parse_number(text.translate(FULLWIDTH)) == value


@given(chinese_integers)
def test_reads_chinese_numerals(n: int) -> None:
    """Chinese numerals read as in parse_chinese(strict=False)."""
    assert parse_number(to_chinese(n)) == n
    assert parse_number(to_chinese(n, upper=True)) == n


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,234", 1234),
        ("1 234 567", 1234567),
        ("１２３", 123),
        ("  42\u3000", 42),
        ("+7", 7),
        ("-7", -7),
        ("－7", -7),
        ("−7", -7),
        ("负7", -7),
        ("3.14", Decimal("3.14")),
        ("1,234.50", Decimal("1234.50")),
        ("2.00", 2),
        ("-0", 0),
        ("1.2万", 12000),
        ("3.45亿", 345000000),
        ("5949.088667万", Decimal("59490886.67")),
        ("10亿零817万5288", 1008175288),
        ("1,234.5万", 12345000),
        ("三千零五十二", 3052),
    ],
)
def test_reads_what_cells_and_prose_print(text: str, value: int | Decimal) -> None:
    """The forms real report cells and prose print are read exactly, with the right type."""
    result = parse_number(text)
    assert result == value
    assert type(result) is type(value)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty text"),
        ("   ", "empty text"),
        ("1..2", "unexpected '.'"),
        ("1.2.3", "unexpected '.'"),
        ("NaN", "not-a-number and infinity"),
        ("Infinity", "not-a-number and infinity"),
        ("-inf", "not-a-number and infinity"),
        ("1e5", "unexpected 'e'"),
        ("12%", "parse_percent"),
        ("1,2345", "unexpected ','"),
        ("12,34", "unexpected ','"),
        ("1 2", "whitespace"),
        ("abc", "unexpected 'a'"),
        ("-", "a sign without a number"),
        (".5", "unexpected '.'"),
    ],
)
def test_refuses_what_is_not_a_number(text: str, reason: str) -> None:
    """Empty text, garbage, NaN/Infinity and malformed grouping are refused, saying why."""
    with pytest.raises(InvalidNumberError, match=reason) as info:
        parse_number(text)
    assert repr(text) in str(info.value)


@pytest.mark.parametrize("bad", [1.5, 12, Decimal("1"), None, b"12"])
def test_refuses_non_text(bad: object) -> None:
    """parse_number reads text only: a float (or any non-text) passed in is refused."""
    with pytest.raises(InvalidNumberError):
        parse_number(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("51.85%", Decimal("51.85")),
        ("51.85％", Decimal("51.85")),
        ("100%", 100),
        ("-3%", -3),
        ("百分之五十", 50),
        ("负百分之五", -5),
    ],
)
def test_reads_percentages(text: str, value: int | Decimal) -> None:
    """parse_percent returns the number of percent, exactly."""
    assert parse_percent(text) == value


@pytest.mark.parametrize("text", ["51.85", "%", "百分之", "51..85%"])
def test_refuses_what_is_not_a_percentage(text: str) -> None:
    """A number without % or 百分之, or a malformed one, is not a percentage."""
    with pytest.raises(InvalidNumberError):
        parse_percent(text)
