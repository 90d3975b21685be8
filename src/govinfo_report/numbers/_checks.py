"""Input checks shared by the renderers: ints, Decimals, never floats or identifiers."""

from __future__ import annotations

from decimal import Decimal
from typing import NoReturn

from govinfo_report.errors import InvalidNumberError
from govinfo_report.numbers._identifier import Identifier

__all__ = ["check_amount", "check_int", "check_text", "refuse"]

_IDENTIFIER_DETAIL = "identifiers such as hotline, document and phone numbers are never reformatted"


def refuse(value: object, expected: str) -> NoReturn:
    """Raise the error for a value of the wrong type, with the reason for common mistakes."""
    if isinstance(value, Identifier):
        raise InvalidNumberError(value, f"a number ({expected}), not an Identifier", detail=_IDENTIFIER_DETAIL)
    if isinstance(value, float):
        raise InvalidNumberError(value, expected, detail="floats are inexact: pass an int or a Decimal")
    if isinstance(value, bool):
        raise InvalidNumberError(value, expected, detail="a bool is not a number")
    if isinstance(value, str):
        raise InvalidNumberError(value, expected, detail="this is text: read it first with parse_number")
    if isinstance(value, Decimal) and not value.is_finite():
        raise InvalidNumberError(value, expected, detail="not a finite number")
    raise InvalidNumberError(value, expected, detail=f"got {type(value).__name__}")


def check_int(value: object, expected: str = "an int") -> int:
    """Return *value* if it is an ``int`` (not a ``bool``), else raise."""
    if type(value) is int:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    if isinstance(value, Decimal) and value.is_finite():
        raise InvalidNumberError(value, expected, detail="a Decimal was given: convert whole counts with int()")
    refuse(value, expected)


def check_amount(value: object, expected: str = "an int or a Decimal") -> Decimal | int:
    """Return *value* if it is an ``int`` (not ``bool``) or a finite ``Decimal``, else raise."""
    if type(value) is int:
        return value
    if isinstance(value, Decimal):
        if value.is_finite():
            return value
    elif isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    refuse(value, expected)


def check_text(value: object, expected: str) -> str:
    """Return *value* if it is text, else raise (an :class:`Identifier` is refused too)."""
    if isinstance(value, str):
        return value
    if isinstance(value, Identifier):
        raise InvalidNumberError(
            value,
            f"{expected}, not an Identifier",
            detail="an Identifier is never read as a number",
        )
    raise InvalidNumberError(value, expected, detail=f"got {type(value).__name__}, not text")
