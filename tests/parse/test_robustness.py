"""Robustness: whatever the input, the parsers return a result or raise the library's own error.

Inputs range from arbitrary Unicode to texts made of pieces of real reports
(headings, table rows, numbers run together, markup) cut and shuffled, so that
every stage of the parsers is reached with broken data.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govinfo_report.errors import GovInfoReportError
from govinfo_report.model import AnnualReport
from govinfo_report.parse import ParseResult, parse_html, parse_markdown, parse_text

DATA = Path(__file__).parent.parent / "data"
SAMPLES = [(DATA / name).read_text(encoding="utf-8") for name in sorted(p.name for p in DATA.glob("*.txt"))]
PIECES = sorted({line for text in SAMPLES for line in text.split("\n") if line.strip()})

fragments = st.one_of(
    st.sampled_from(PIECES),
    st.text(max_size=30),
    st.text(alphabet="0123456789 \t\n一二三四五六（）、.?/—", max_size=30),
    st.sampled_from(["一、总体情况", "三、收到和处理政府信息公开申请情况", "发布机关：某局", "报告格式：国办公开办函〔2021〕30号",
                     "报告年度：2024年", "\\u00zz", "\\", "\t\t\t\t\t\t\t\t\t\t\t\t\t\t", "2017年度政府信息公开工作年度报告"]),
)  # fmt: skip
report_like = st.lists(fragments, max_size=60).map("\n".join)


def _check(parse, text: str) -> None:
    try:
        result = parse(text)
    except GovInfoReportError:
        return
    assert isinstance(result, ParseResult)
    assert isinstance(result.report, AnnualReport)
    for diagnostic in result.diagnostics:
        assert str(diagnostic)


@given(st.text())
def test_arbitrary_text(text):
    """Arbitrary text: parse_text returns a result or raises GovInfoReportError, nothing else."""
    _check(parse_text, text)


@given(report_like)
def test_shuffled_pieces_of_reports(text):
    """Pieces of real reports in any order, with junk: only the library's error, never a crash."""
    _check(parse_text, text)
    _check(parse_markdown, text)


@given(st.sampled_from(SAMPLES), st.data())
def test_damaged_samples(sample, data):
    """A sample with a slice cut out and junk put in: only the library's error, never a crash."""
    start = data.draw(st.integers(0, len(sample)))
    end = data.draw(st.integers(start, min(len(sample), start + 400)))
    junk = data.draw(st.text(max_size=20))
    _check(parse_text, sample[:start] + junk + sample[end:])


tags = st.sampled_from(["p", "div", "table", "tr", "td", "th", "br", "section", "h1", "h2", "meta", "script", "tbody"])


@st.composite
def html_like(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 40))):
        kind = draw(st.integers(0, 3))
        tag = draw(tags)
        if kind == 0:
            span = draw(st.sampled_from(["", ' rowspan="3"', ' colspan="2"', ' colspan="x"', ' rowspan="99999"']))
            parts.append(f"<{tag}{span}>")
        elif kind == 1:
            parts.append(f"</{tag}>")
        elif kind == 2:
            parts.append(draw(st.sampled_from(PIECES)))
        else:
            parts.append(draw(st.text(max_size=20)))
    return "".join(parts)


@given(st.one_of(st.text(), html_like()))
def test_arbitrary_html(html):
    """Arbitrary (and broken) HTML: parse_html returns a result or raises GovInfoReportError."""
    _check(parse_html, html)


@given(st.text())
def test_arbitrary_markdown(text):
    """Arbitrary text as Markdown: only the library's error, never a crash."""
    _check(parse_markdown, text)


@pytest.mark.parametrize("parse", [parse_text, parse_html, parse_markdown])
def test_not_text_is_the_librarys_error(parse):
    """A non-str input is refused with the library's error."""
    with pytest.raises(GovInfoReportError, match="expected text"):
        parse(b"bytes")


def test_numbers_too_long_for_int_are_not_a_crash():
    """Digit runs of thousands of digits (beyond int's string limit) are unreadable cells, not crashes."""
    huaian = (DATA / "huaian-city-2024.txt").read_text(encoding="utf-8")
    result = parse_text(huaian.replace("\t447228\t", "\t" + "4" * 5000 + "\t"))
    assert [d.code for d in result.diagnostics] == ["unreadable_cell"]
    assert parse_text(huaian.replace("5500 余条", "5" * 5000 + "条")).diagnostics == ()
    pingtan = (DATA / "pingtan-2022.txt").read_text(encoding="utf-8")
    result = parse_text(pingtan.replace("713000074", "7" * 5000))
    assert "ambiguous_split" in {d.code for d in result.diagnostics}
    page = '<table><tr><td rowspan="' + "9" * 5000 + '">1</td><td colspan="²">2</td></tr></table>'
    with pytest.raises(GovInfoReportError):
        parse_html(page)
