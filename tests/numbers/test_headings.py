"""Heading ordinals (GB/T 9704-2012 7.3.3), legal citations and years in Chinese numerals."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govinfo_report.errors import InvalidNumberError
from govinfo_report.numbers import (
    HeadingOrdinal,
    LegalCitation,
    chinese_year,
    heading_ordinal,
    legal_citation,
    parse_chinese_year,
    parse_heading_ordinal,
    parse_legal_citation,
)

ordinals = st.one_of(st.integers(1, 30), st.integers(1, 10**6))
levels = st.integers(1, 4)
rests = st.text(max_size=12).filter(lambda s: not s[:1].isspace() and not s[:1].isdigit())


def test_the_four_levels_of_gb_t_9704() -> None:
    """The first heading of each level is 一、 （一） 1. （1）, with full-width parentheses."""
    assert [heading_ordinal(1, level) for level in (1, 2, 3, 4)] == ["一、", "（一）", "1.", "（1）"]


@given(ordinals, levels, rests)
def test_heading_round_trip(n: int, level: int, rest: str) -> None:
    """parse_heading_ordinal reads back the level, the number and the rest of the line."""
    parsed = parse_heading_ordinal(heading_ordinal(n, level) + rest)
    assert parsed == HeadingOrdinal(level=level, number=n, rest=rest)


@pytest.mark.parametrize(
    ("text", "level", "number", "rest"),
    [
        ("(一)主动公开", 2, 1, "主动公开"),
        ("（一)主动公开", 2, 1, "主动公开"),
        ("(一）主动公开", 2, 1, "主动公开"),
        ("  （五）监督保障", 2, 5, "监督保障"),
        ("\u3000\u3000三、收到和处理政府信息公开申请情况", 1, 3, "收到和处理政府信息公开申请情况"),
        ("1、属于国家秘密", 3, 1, "属于国家秘密"),
        ("2．其他法律行政法规禁止公开", 3, 2, "其他法律行政法规禁止公开"),
        ("３.其他", 3, 3, "其他"),
        ("(1)其他", 4, 1, "其他"),
        ("（12） 其他", 4, 12, "其他"),
        ("十一、其他", 1, 11, "其他"),
        ("一.总体情况", 1, 1, "总体情况"),
    ],
)
def test_reads_real_world_variants(text: str, level: int, number: int, rest: str) -> None:
    """Half-width or mixed brackets, 1、 and 1．, full-width digits and leading spaces are read."""
    assert parse_heading_ordinal(text) == HeadingOrdinal(level=level, number=number, rest=rest)


@pytest.mark.parametrize("text", ["1.5亿元用于", "一是加强", "总体情况", "", "（）其他", "零、其他", "0.其他"])
def test_refuses_text_without_an_ordinal(text: str) -> None:
    """Decimal numbers, prose and zero ordinals are not headings."""
    with pytest.raises(InvalidNumberError):
        parse_heading_ordinal(text)


@pytest.mark.parametrize(("n", "level"), [(0, 1), (-1, 2), (1, 0), (1, 5), (1, True)])
def test_heading_refuses_bad_arguments(n: int, level: int) -> None:
    """Numbers below 1 and levels outside 1..4 are refused."""
    with pytest.raises(InvalidNumberError):
        heading_ordinal(n, level)


def test_citation_of_the_regulations() -> None:
    """The citations printed in the official table read 第二十条第（一）项 and so on."""
    assert legal_citation(20, item=1) == "第二十条第（一）项"
    assert legal_citation(20, item=8) == "第二十条第（八）项"
    assert legal_citation(49) == "第四十九条"
    assert legal_citation(20, paragraph=2, item=1) == "第二十条第二款第（一）项"


@given(
    st.integers(1, 2000),
    st.none() | st.integers(1, 20),
    st.none() | st.integers(1, 20),
)
def test_citation_round_trip(article: int, paragraph: int | None, item: int | None) -> None:
    """parse_legal_citation reads back what legal_citation writes."""
    text = legal_citation(article, paragraph=paragraph, item=item)
    assert parse_legal_citation(text) == LegalCitation(article=article, paragraph=paragraph, item=item)


@pytest.mark.parametrize(
    ("text", "citation"),
    [
        ("第二十条第(一)项", LegalCitation(article=20, item=1)),
        ("第二十条第一项", LegalCitation(article=20, item=1)),
        ("第20条第（5）项", LegalCitation(article=20, item=5)),
        (" 第五十条第二款 ", LegalCitation(article=50, paragraph=2)),
    ],
)
def test_citation_variants(text: str, citation: LegalCitation) -> None:
    """Half-width brackets, no brackets and Arabic digits are read too."""
    assert parse_legal_citation(text) == citation


@pytest.mark.parametrize("text", ["第二十条第（一）", "二十条", "第零条", "第二十条第（一）项目", ""])
def test_citation_refuses_malformed_text(text: str) -> None:
    """Incomplete citations, zero and trailing text are refused."""
    with pytest.raises(InvalidNumberError):
        parse_legal_citation(text)


def test_chinese_year_uses_ling_circle() -> None:
    """Years in Chinese numerals use 〇, as in GB/T 15835-2011's 二〇一二年."""
    assert chinese_year(2012) == "二〇一二年"
    assert chinese_year(2024) == "二〇二四年"


@given(st.integers(1000, 9999))
def test_year_round_trip(year: int) -> None:
    """Every four-digit year reads back; 〇 never becomes 零 in a year."""
    text = chinese_year(year)
    assert "零" not in text
    assert parse_chinese_year(text) == year
    assert parse_chinese_year(text.removesuffix("年")) == year
    assert parse_chinese_year(text.replace("〇", "零")) == year


@pytest.mark.parametrize("bad", [999, 10000, -2024, 2024.0])
def test_year_refuses_other_numbers(bad: object) -> None:
    """Only four-digit int years are written."""
    with pytest.raises(InvalidNumberError):
        chinese_year(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["二〇二", "〇二四年", "二〇二四年年", "2024年", "二千零二十四年"])
def test_parse_year_refuses_other_text(text: str) -> None:
    """Years must be four Chinese digits, the first not zero."""
    with pytest.raises(InvalidNumberError):
        parse_chinese_year(text)
