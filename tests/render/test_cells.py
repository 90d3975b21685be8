"""How a table cell is printed: exactly what the model holds."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govinfo_report.errors import InvalidNumberError
from govinfo_report.model import BLANK, NOT_APPLICABLE, Amount
from govinfo_report.render._cells import cell_text, money_text
from tests.strategies import money


def test_blank_prints_nothing_and_not_applicable_a_slash() -> None:
    """A blank cell is empty and a not-applicable cell is ``/``: never ``0``."""
    assert cell_text(BLANK) == ""
    assert cell_text(NOT_APPLICABLE) == "/"
    assert cell_text(0) == "0"


@pytest.mark.parametrize(
    ("count", "printed"),
    [
        (0, "0"),
        (7, "7"),
        (10000, "10000"),
        (3985758, "3985758"),
        (10**12, "1000000000000"),
        (10**15, "1000000000000000"),
        (999_999_999_999_999, "999999999999999"),
        (-3, "-3"),
    ],
)
def test_counts_print_plain_digits(count: int, printed: str) -> None:
    """Counts, huge or negative (本年增/减), print as plain digits with no grouping."""
    assert cell_text(count) == printed


@given(st.integers(-(10**18), 10**18))
def test_every_count_reads_back(count: int) -> None:
    """The digits of any count read back to the very count."""
    assert int(cell_text(count)) == count


@pytest.mark.parametrize(
    ("amount", "printed"),
    [
        ("0", "0"),
        ("96171.6", "96171.6"),
        ("96171.60", "96171.60"),
        ("5949.088667", "5949.088667"),
        ("0.000000", "0.000000"),
        ("0.05", "0.05"),
        ("123456789012345.123456", "123456789012345.123456"),
        ("1E+3", "1000"),
        ("0.1234567890123456", "0.1234567890123456"),
    ],
)
def test_money_keeps_its_own_decimals(amount: str, printed: str) -> None:
    """Money prints the Decimal's own places: 0 to 6 in reports, more beyond the numbers module."""
    assert cell_text(Decimal(amount)) == printed


@given(money())
def test_money_is_never_rounded_padded_or_grouped(amount: Decimal) -> None:
    """Any amount with 0 to 6 decimals prints its exact digits, so it reads back identical."""
    printed = cell_text(amount)
    assert printed == format(amount, "f")
    assert Decimal(printed) == amount
    assert Decimal(printed).as_tuple().exponent == amount.as_tuple().exponent


@pytest.mark.parametrize(
    ("amount", "printed"),
    [
        (Amount(value=Decimal("251000"), unit="元"), "251000元"),
        (Amount(value=Decimal("25.10"), unit="万元"), "25.10万元"),
        (Amount(value=Decimal("0.000001"), unit="亿元"), "0.000001亿元"),
    ],
)
def test_amounts_print_with_their_unit(amount: Amount, printed: str) -> None:
    """An Amount (2019 采购总金额) prints its value exactly, then its own unit."""
    assert cell_text(amount) == printed


def test_a_value_that_is_not_a_cell_is_refused() -> None:
    """A float (or anything else) is not a cell: the library's own error, never a guess."""
    with pytest.raises(InvalidNumberError):
        cell_text(1.5)  # type: ignore[arg-type]
    with pytest.raises(InvalidNumberError):
        money_text(Decimal("NaN"))
