"""How a table cell is printed: exactly the value the model holds.

A blank cell prints as nothing, a cell marked not applicable as ``/``, a count
in plain Arabic digits, money with exactly the decimals its ``Decimal`` has
(``5949.088667`` stays six places, ``96171.6`` one), and an :class:`Amount`
with its own unit (``251000元``). Nothing is rounded, grouped or padded, so a
reader gets back the very value.

>>> from decimal import Decimal
>>> from govinfo_report.model import BLANK, NOT_APPLICABLE, Amount
>>> [cell_text(v) for v in (BLANK, NOT_APPLICABLE, 0, 10**15, -3)]
['', '/', '0', '1000000000000000', '-3']
>>> cell_text(Decimal("5949.088667")), cell_text(Decimal("0.000")), cell_text(Decimal("1E+3"))
('5949.088667', '0.000', '1000')
>>> cell_text(Amount(value=Decimal("251000"), unit="元"))
'251000元'
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final

from govinfo_report.errors import InvalidNumberError
from govinfo_report.model import BLANK, NOT_APPLICABLE, Amount, Cell
from govinfo_report.numbers import format_amount, format_count

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["NOT_APPLICABLE_TEXT", "cell_text", "cell_texts", "money_text"]

NOT_APPLICABLE_TEXT: Final = "/"
"""What a cell marked not applicable prints (the commonest of ``/ — - 不适用``)."""

_FORMAT_AMOUNT_MAX_PLACES: Final = 12


def money_text(value: Decimal) -> str:
    """An amount with exactly the decimals of *value*: never rounded, padded or grouped.

    >>> money_text(Decimal("96171.60")), money_text(Decimal("7"))
    ('96171.60', '7')
    """
    if not value.is_finite():
        raise InvalidNumberError(value, "a finite amount")
    exponent = value.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    if places > _FORMAT_AMOUNT_MAX_PLACES:
        # Beyond what the numbers module writes: Python's own exact notation.
        return format(value, "f")
    return format_amount(value, places=places)


def cell_text(value: Cell) -> str:
    """The text of one table cell as the published layout prints it."""
    if value is BLANK:
        return ""
    if value is NOT_APPLICABLE:
        return NOT_APPLICABLE_TEXT
    kind = type(value)
    if kind is int:
        return format_count(value)  # type: ignore[arg-type]
    if kind is Decimal:
        return money_text(value)  # type: ignore[arg-type]
    if kind is Amount:
        return money_text(value.value) + value.unit  # type: ignore[union-attr]
    raise InvalidNumberError(value, "a table cell: an int, a Decimal, an Amount or a Mark")


def cell_texts(values: Iterable[Cell]) -> tuple[str, ...]:
    """The texts of many cells; each distinct count is formatted once (tables are zero-heavy).

    >>> cell_texts([0, 0, BLANK, Decimal("1.50"), 0])
    ('0', '0', '', '1.50', '0')
    """
    counts: dict[int, str] = {}
    texts = []
    for value in values:
        if type(value) is int:
            text = counts.get(value)
            if text is None:
                text = counts[value] = cell_text(value)
            texts.append(text)
        else:
            texts.append(cell_text(value))
    return tuple(texts)
