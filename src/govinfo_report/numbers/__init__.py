"""Chinese-format numbers: pure functions, no global state, importable on their own.

Arabic numerals for counts, money, percentages and dates; Chinese numerals for
headings, legal citations and years; 大写 for amounts of money; and readers for
all of them that return exact ``int`` or ``Decimal`` values and raise only
:class:`~govinfo_report.errors.InvalidNumberError`. The rules and their sources
are in ``docs/numbers.md``.

>>> from decimal import Decimal
>>> from govinfo_report import numbers
>>> numbers.to_chinese(310), numbers.to_chinese(100000001), numbers.chinese_year(2024)
('三百一十', '一亿零一', '二〇二四年')
>>> numbers.to_rmb_upper(Decimal("1.50")), numbers.to_rmb_upper(Decimal("16409.02"))
('人民币壹元伍角', '人民币壹万陆仟肆佰零玖元零贰分')
>>> numbers.heading_ordinal(1, 2), numbers.legal_citation(20, item=1)
('（一）', '第二十条第（一）项')
>>> numbers.format_percent(700, 1350), numbers.format_wan(1008175288)
('51.85%', '10亿零817万5288')
>>> numbers.parse_number("1,234"), numbers.parse_number("34.5万")
(1234, 345000)
>>> numbers.parse_chinese("一万二", strict=False), numbers.parse_chinese("一万零二")
(12000, 10002)
>>> numbers.format_count(numbers.Identifier("12345"))
Traceback (most recent call last):
...
govinfo_report.errors.InvalidNumberError: Identifier(text='12345'): expected a number ...
"""

from __future__ import annotations

from govinfo_report.numbers._arabic import (
    NARROW_NO_BREAK_SPACE,
    Rounding,
    format_amount,
    format_compact_approximate,
    format_count,
    format_percent,
    format_range,
    format_wan,
    wan_to_yuan,
    yuan_to_wan,
)
from govinfo_report.numbers._chinese import parse_chinese, to_chinese
from govinfo_report.numbers._dates import format_date, parse_date
from govinfo_report.numbers._headings import (
    HeadingOrdinal,
    LegalCitation,
    chinese_year,
    heading_ordinal,
    legal_citation,
    parse_chinese_year,
    parse_heading_ordinal,
    parse_legal_citation,
)
from govinfo_report.numbers._identifier import Identifier
from govinfo_report.numbers._lenient import Number
from govinfo_report.numbers._reader import parse_number, parse_percent
from govinfo_report.numbers._rmb import parse_rmb_upper, to_rmb_upper

__all__ = [
    "NARROW_NO_BREAK_SPACE",
    "HeadingOrdinal",
    "Identifier",
    "LegalCitation",
    "Number",
    "Rounding",
    "chinese_year",
    "format_amount",
    "format_compact_approximate",
    "format_count",
    "format_date",
    "format_percent",
    "format_range",
    "format_wan",
    "heading_ordinal",
    "legal_citation",
    "parse_chinese",
    "parse_chinese_year",
    "parse_date",
    "parse_heading_ordinal",
    "parse_legal_citation",
    "parse_number",
    "parse_percent",
    "parse_rmb_upper",
    "to_chinese",
    "to_rmb_upper",
    "wan_to_yuan",
    "yuan_to_wan",
]
