"""Table cells: a number, a blank, or a not-applicable mark.

A blank cell (missing data) is not a zero, and neither is a cell marked not
applicable (printed ``/``, ``—``, ``-`` or ``不适用``).

>>> from decimal import Decimal
>>> from govinfo_report.model import BLANK, NOT_APPLICABLE, Amount
>>> BLANK == 0, NOT_APPLICABLE == BLANK
(False, False)
>>> Amount(value=Decimal("251000"), unit="元")
Amount(value=Decimal('251000'), unit='元')
"""

from __future__ import annotations

import enum
from decimal import Decimal

import attrs

from govinfo_report.layout import CellKind

__all__ = ["BLANK", "NOT_APPLICABLE", "Amount", "Cell", "Mark", "cell_problem"]

AMOUNT_UNITS = ("元", "万元", "亿元")


class Mark(enum.Enum):
    """A cell that holds no number."""

    BLANK = "blank"
    """Printed empty: the data is missing (not zero)."""
    NOT_APPLICABLE = "not_applicable"
    """Printed ``/`` (or ``—``, ``-``, ``不适用``): the item does not apply."""

    def __repr__(self) -> str:
        return self.name

    def __bool__(self) -> bool:
        return False


BLANK = Mark.BLANK
NOT_APPLICABLE = Mark.NOT_APPLICABLE


def _check_unit(_instance: object, _attribute: object, unit: str) -> None:
    if unit not in AMOUNT_UNITS:
        raise ValueError(f"expected a unit among {'/'.join(AMOUNT_UNITS)}, got {unit!r}")


@attrs.frozen(kw_only=True)
class Amount:
    """A money amount printed with its own unit (``251000元``, ``25.1万元``)."""

    value: Decimal
    unit: str = attrs.field(default="元", validator=_check_unit)

    def in_yuan(self) -> Decimal:
        """The amount converted to 元, exactly.

        >>> Amount(value=Decimal("25.1"), unit="万元").in_yuan()
        Decimal('251000.0')
        """
        factor = {"元": 1, "万元": 10_000, "亿元": 100_000_000}[self.unit]
        return self.value * factor


Cell = int | Decimal | Amount | Mark
"""What a table cell holds: ``int`` counts, ``Decimal`` money, :class:`Amount`, or a :class:`Mark`."""


def _describe(value: object) -> str:
    return f"{value!r} ({type(value).__name__})"


def cell_problem(kind: CellKind, value: object) -> str | None:
    """Why *value* cannot stand in a cell of *kind*, or ``None`` when it can.

    >>> cell_problem(CellKind.COUNT, -1)
    'expected a count (an integer >= 0), got -1'
    >>> cell_problem(CellKind.COUNT, BLANK) is None
    True
    """
    value_type = type(value)
    if value_type is Mark:
        return None
    if kind is CellKind.COUNT:
        if value_type is int:
            return None if value >= 0 else f"expected a count (an integer >= 0), got {value!r}"  # type: ignore[operator]
        return f"expected a count (an integer >= 0), got {_describe(value)}"
    if kind is CellKind.SIGNED_COUNT:
        return None if value_type is int else f"expected an integer, got {_describe(value)}"
    if kind is CellKind.MONEY:
        if value_type is Decimal:
            if not value.is_finite() or value < 0:  # type: ignore[attr-defined,operator]
                return f"expected a finite amount >= 0, got {value!r}"
            return None
        return f"expected a decimal amount (Decimal, never float), got {_describe(value)}"
    if value_type is Amount:
        amount = value.value  # type: ignore[attr-defined]
        if type(amount) is not Decimal or not amount.is_finite() or amount < 0:
            return f"expected a finite Decimal amount >= 0, got {amount!r}"
        return None
    return f"expected an Amount (value and unit), got {_describe(value)}"
