"""Every parser raises only InvalidNumberError, whatever text it is given."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hypothesis import given

from govinfo_report.errors import InvalidNumberError
from govinfo_report.numbers import (
    parse_chinese,
    parse_chinese_year,
    parse_date,
    parse_heading_ordinal,
    parse_legal_citation,
    parse_number,
    parse_percent,
    parse_rmb_upper,
)
from tests.numbers.strategies import any_text

if TYPE_CHECKING:
    from collections.abc import Callable

PARSERS: dict[str, Callable[[str], Any]] = {
    "parse_chinese strict": parse_chinese,
    "parse_chinese lenient": lambda text: parse_chinese(text, strict=False),
    "parse_rmb_upper": parse_rmb_upper,
    "parse_heading_ordinal": parse_heading_ordinal,
    "parse_legal_citation": parse_legal_citation,
    "parse_chinese_year": parse_chinese_year,
    "parse_date": parse_date,
    "parse_number": parse_number,
    "parse_percent": parse_percent,
}


@given(text=any_text)
def test_parsers_raise_only_the_library_error(text: str) -> None:
    """On arbitrary text (odd Unicode and numeral soup alike) every parser returns or raises InvalidNumberError quoting the text."""
    messages = []
    for parse in PARSERS.values():
        try:
            parse(text)
        except InvalidNumberError as error:
            messages.append(str(error))
    assert all(repr(text) in message for message in messages)
