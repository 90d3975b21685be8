"""Identifiers are never reformatted: the refusal is structural."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from govinfo_report.errors import InvalidNumberError
from govinfo_report.numbers import (
    Identifier,
    chinese_year,
    format_amount,
    format_compact_approximate,
    format_count,
    format_date,
    format_percent,
    format_range,
    format_wan,
    heading_ordinal,
    legal_citation,
    parse_chinese,
    parse_chinese_year,
    parse_date,
    parse_heading_ordinal,
    parse_legal_citation,
    parse_number,
    parse_percent,
    parse_rmb_upper,
    to_chinese,
    to_rmb_upper,
    wan_to_yuan,
    yuan_to_wan,
)

if TYPE_CHECKING:
    from collections.abc import Callable

FORMATTERS: list[Callable[[Any], object]] = [
    to_chinese,
    lambda i: to_chinese(i, upper=True),
    to_rmb_upper,
    lambda i: heading_ordinal(i, 1),
    legal_citation,
    chinese_year,
    format_count,
    format_amount,
    format_wan,
    format_compact_approximate,
    lambda i: format_percent(i, 100),
    lambda i: format_percent(1, i),
    lambda i: format_range(i, 10),
    format_date,
    yuan_to_wan,
    wan_to_yuan,
]
PARSERS: list[Callable[[Any], object]] = [
    parse_chinese,
    parse_rmb_upper,
    parse_heading_ordinal,
    parse_legal_citation,
    parse_chinese_year,
    parse_date,
    parse_number,
    parse_percent,
]


@pytest.mark.parametrize("function", FORMATTERS)
def test_every_formatter_refuses_an_identifier(function: Callable[[Any], object]) -> None:
    """Passing an Identifier to any formatting function raises, saying identifiers are never reformatted."""
    with pytest.raises(InvalidNumberError, match="never reformatted"):
        function(Identifier("12345"))


@pytest.mark.parametrize("function", PARSERS)
def test_every_parser_refuses_an_identifier(function: Callable[[Any], object]) -> None:
    """An Identifier is never read as a number either."""
    with pytest.raises(InvalidNumberError, match="Identifier"):
        function(Identifier("12345"))


@given(st.text(min_size=1))
def test_str_gives_the_text_back(text: str) -> None:
    """str(Identifier(s)) == s for every non-empty text, also in f-strings."""
    identifier = Identifier(text)
    assert str(identifier) == text
    assert f"{identifier}" == text
    assert type(str(identifier)) is str


def test_identifier_is_not_a_number() -> None:
    """An Identifier is neither int, Decimal nor str, and cannot be converted to one."""
    hotline = Identifier("12345")
    assert not isinstance(hotline, (int, float, Decimal, str))  # type: ignore[unreachable]
    with pytest.raises(TypeError):
        int(hotline)  # type: ignore[call-overload]
    with pytest.raises(TypeError):
        Decimal(hotline)  # type: ignore[arg-type]


def test_identifier_is_frozen_and_compares_by_text() -> None:
    """Identifiers are immutable values: equal text, equal identifiers; never equal to a str."""
    hotline = Identifier("12345")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        hotline.text = "54321"  # type: ignore[misc]
    assert hotline == Identifier("12345")
    assert hash(hotline) == hash(Identifier("12345"))
    assert hotline != "12345"  # type: ignore[comparison-overlap]


@pytest.mark.parametrize("bad", [12345, "", None, 1.0])
def test_identifier_needs_text(bad: object) -> None:
    """An identifier is built from non-empty text (an int would lose leading zeros)."""
    with pytest.raises(InvalidNumberError):
        Identifier(bad)


def test_leading_zeros_survive() -> None:
    """Identifiers keep what a number would lose: leading zeros and separators."""
    assert str(Identifier("010-12345678")) == "010-12345678"
    assert str(Identifier("00123")) == "00123"
