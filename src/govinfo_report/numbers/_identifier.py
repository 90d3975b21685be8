"""Identifiers: numbers that name things and are never reformatted.

A hotline (``12345``), a document number (``国办公开办函〔2021〕30号``) or a
phone number is text that happens to contain digits. :class:`Identifier` wraps
such text so that it cannot be mistaken for a quantity: it is not an ``int``,
not a ``Decimal`` and not a ``str``, has no ``__int__``/``__index__``/
``__float__``, and every formatting function of :mod:`govinfo_report.numbers`
refuses it with :class:`~govinfo_report.errors.InvalidNumberError`.
"""

from __future__ import annotations

from typing import final

import attrs

from govinfo_report.errors import InvalidNumberError

__all__ = ["Identifier"]


def _identifier_text(value: object) -> str:
    if isinstance(value, Identifier):
        return value.text
    if not isinstance(value, str):
        raise InvalidNumberError(
            value,
            "the text of an identifier, such as Identifier('12345')",
            detail="identifiers are kept as written: an int would lose leading zeros",
        )
    if not value:
        raise InvalidNumberError(value, "non-empty identifier text")
    return str.__str__(value)  # a plain str, even from a str subclass


@final
@attrs.frozen
class Identifier:
    """Text that names something (hotline, document or phone number), kept exactly as written.

    ``str()`` gives the text back unchanged; formatting functions refuse it.

    >>> hotline = Identifier("12345")
    >>> str(hotline), f"拨打{hotline}热线"
    ('12345', '拨打12345热线')
    >>> from govinfo_report.numbers import format_count
    >>> format_count(hotline)
    Traceback (most recent call last):
    ...
    govinfo_report.errors.InvalidNumberError: Identifier(text='12345'): expected ...
    """

    text: str = attrs.field(converter=_identifier_text)

    def __str__(self) -> str:
        return self.text
