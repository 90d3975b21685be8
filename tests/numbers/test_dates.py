"""Dates: format_date through babel and parse_date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govinfo_report.errors import InvalidNumberError
from govinfo_report.numbers import chinese_year, format_date, parse_date, to_chinese

dates = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31))


def test_design_example() -> None:
    """2024-12-31 is written 2024年12月31日 (babel 2.18, zh_CN, long)."""
    assert format_date(dt.date(2024, 12, 31)) == "2024年12月31日"


@given(dates)
def test_no_leading_zeros(date: dt.date) -> None:
    """The year is written in full and month and day have no leading zero (GB/T 9704-2012)."""
    assert format_date(date) == f"{date.year}年{date.month}月{date.day}日"


@given(dates)
def test_round_trip(date: dt.date) -> None:
    """parse_date reads back what format_date writes."""
    assert parse_date(format_date(date)) == date


@given(dates)
def test_reads_the_other_forms(date: dt.date) -> None:
    """Spaced, ISO, slashed and Chinese-numeral forms of the same date read to that date."""
    spaced = f"{date.year} 年 {date.month} 月 {date.day} 日"
    iso = date.isoformat()
    slashed = f"{date.year}/{date.month}/{date.day}"
    chinese = chinese_year(date.year) + to_chinese(date.month) + "月" + to_chinese(date.day) + "日"
    for text in (spaced, iso, slashed, chinese):
        assert parse_date(text) == date


def test_datetime_is_written_as_its_date() -> None:
    """A datetime is written as its calendar date."""
    assert format_date(dt.datetime(2025, 1, 31, 23, 59, tzinfo=dt.timezone.utc)) == "2025年1月31日"


@pytest.mark.parametrize(
    "text", ["2024年2月30日", "2024-13-01", "24年1月1日", "2024年1月", "二〇二四年十三月一日", "2024-1/1", ""]
)
def test_refuses_dates_that_do_not_exist_or_are_incomplete(text: str) -> None:
    """Impossible, abbreviated and incomplete dates are refused."""
    with pytest.raises(InvalidNumberError):
        parse_date(text)


@pytest.mark.parametrize("bad", ["2024-12-31", 20241231, None])
def test_format_refuses_non_dates(bad: object) -> None:
    """format_date takes a datetime.date only."""
    with pytest.raises(InvalidNumberError):
        format_date(bad)  # type: ignore[arg-type]
