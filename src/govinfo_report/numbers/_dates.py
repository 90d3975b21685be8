"""Dates the Chinese way, through babel: ``2024年12月31日``.

GB/T 9704-2012 writes dates in Arabic digits with the year in full and no
leading zero in month or day (年份应标全称，月、日不编虚位).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from babel.dates import format_date as babel_format_date

from govinfo_report.errors import InvalidNumberError
from govinfo_report.numbers._arabic import ZH_CN
from govinfo_report.numbers._checks import check_text, refuse
from govinfo_report.numbers._chinese import parse_chinese
from govinfo_report.numbers._headings import parse_chinese_year
from govinfo_report.numbers._lenient import FULLWIDTH

__all__ = ["format_date", "parse_date"]

_EXPECTED: Final = "a date such as 2024年12月31日, 2024-12-31 or 二〇二四年十二月三十一日"
_ARABIC: Final = re.compile(r"\s*([0-9]{4})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日\s*")
_NUMERIC: Final = re.compile(r"\s*([0-9]{4})([-/.])([0-9]{1,2})\2([0-9]{1,2})\s*")
_CHINESE: Final = re.compile(
    r"\s*([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月"
    r"\s*([一二三四五六七八九十]{1,3})\s*日\s*"
)


def format_date(date: dt.date) -> str:
    """Write a date in full with Arabic digits, no leading zeros (babel ``long``, ``zh_CN``).

    >>> import datetime
    >>> format_date(datetime.date(2024, 12, 31)), format_date(datetime.date(2025, 1, 5))
    ('2024年12月31日', '2025年1月5日')
    """
    if not isinstance(date, dt.date):
        refuse(date, "a datetime.date")
    day = date.date() if isinstance(date, dt.datetime) else date
    return babel_format_date(day, "long", locale=ZH_CN)


def parse_date(text: str) -> dt.date:
    """Read a date written in full: Arabic digits, ISO-like, or Chinese numerals.

    Accepts ``2024年12月31日`` (also with spaces or full-width digits),
    ``2024-12-31`` (or with / or .) and ``二〇二四年十二月三十一日``.

    >>> parse_date("2024 年 12 月 31 日"), parse_date("二〇二四年十二月三十一日")
    (datetime.date(2024, 12, 31), datetime.date(2024, 12, 31))
    """
    source = check_text(text, _EXPECTED)
    normal = source.translate(FULLWIDTH)
    match = _ARABIC.fullmatch(normal)
    if match is not None:
        year, month, day = int(match[1]), int(match[2]), int(match[3])
    elif (match := _NUMERIC.fullmatch(normal)) is not None:
        year, month, day = int(match[1]), int(match[3]), int(match[4])
    elif (match := _CHINESE.fullmatch(normal)) is not None:
        try:
            year = parse_chinese_year(match[1])
            month = int(parse_chinese(match[2]))
            day = int(parse_chinese(match[3]))
        except InvalidNumberError as error:
            raise InvalidNumberError(source, _EXPECTED, detail=error.detail) from None
    else:
        raise InvalidNumberError(source, _EXPECTED)
    try:
        return dt.date(year, month, day)
    except ValueError as error:
        raise InvalidNumberError(source, "a date that exists", detail=str(error)) from None
