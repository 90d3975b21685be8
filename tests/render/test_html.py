"""A standalone HTML page with the official table structure."""

from __future__ import annotations

import pytest

from govinfo_report.layout import FormatVersion
from govinfo_report.model import AnnualReport, Body
from govinfo_report.render import render_html
from govinfo_report.serialize import from_json, to_json
from tests.render.checks import check_html
from tests.render.examples import EXAMPLES, hostile_report, report_2019, report_2021
from tests.render.reading import Element, parse_page, table_matrix


def _tables(page: str) -> list[Element]:
    _doctype, root = parse_page(page)
    return root.find_all("table")


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_html_prints_every_text_field_and_cell(name: str) -> None:
    """A well-formed page whose tables are rectangles and whose texts and cells read back exactly."""
    check_html(EXAMPLES[name]())


def test_html_page_skeleton() -> None:
    """DOCTYPE, lang, charset, a title, inline CSS, and not a single script."""
    page = render_html(report_2021())
    assert page.startswith('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n')
    assert "<title>淮安市人民政府2024年政府信息公开工作年度报告</title>" in page
    assert "<style>" in page
    assert "border" in page
    assert "<script" not in page
    untitled = render_html(AnnualReport(body=Body(name="某局"), year=2024, format=FormatVersion.V2021))
    assert "<title>某局2024年</title>" in untitled
    assert "<h1>" not in untitled


def test_html_escapes_every_text() -> None:
    """Prose holding <script>alert("x")</script> and quotes comes out escaped, in text and attributes."""
    page = check_html(hostile_report())
    assert "<script>" not in page
    assert "</script>" not in page
    escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;quoted&#x27; &quot;double&quot;"
    assert f"<p>{escaped}</p>" in page  # requests_text
    assert f'<meta name="govinfo-report:remedy" content="{escaped}">' in page
    assert f"<strong>（三）{escaped}</strong>" in page
    assert "&amp;amp; &amp;#x41;" in page


def test_html_requests_table_spans() -> None:
    """Table 三: the note 3×3, 申请人情况 over 7, 法人或其他组织 over 5, group labels over their rows."""
    requests = _tables(render_html(report_2021()))[1]
    matrix = table_matrix(requests)
    assert (len(matrix), len(matrix[0])) == (3 + 25, 10)
    note = matrix[0][0]
    assert note.tag == "th"
    assert note.attrs == {"scope": "col", "rowspan": "3", "colspan": "3"}
    assert matrix[0][3].text() == "申请人情况"
    assert matrix[0][3].attrs["colspan"] == "7"
    assert matrix[1][4].text() == "法人或其他组织"
    assert matrix[1][4].attrs["colspan"] == "5"
    results = matrix[5][0]
    assert results.text() == "三、本年度办理结果"
    assert results.attrs == {"scope": "rowgroup", "rowspan": "22"}
    assert all(matrix[r][0] is results for r in range(5, 27))
    assert matrix[7][1].text() == "（三）不予公开"
    assert matrix[7][2].text() == "1.属于国家秘密"
    assert [c.text() for c in matrix[5][3:]] == ["1288", "21", "0", "0", "50", "3", "1362"]
    assert requests.elements("thead")
    assert requests.elements("tbody")


def test_html_reviews_table_spans() -> None:
    """Table 四: three header rows and one row of 15 values, with 行政复议 over 5 and 行政诉讼 over 10."""
    reviews = _tables(render_html(report_2021()))[2]
    matrix = table_matrix(reviews)
    assert (len(matrix), len(matrix[0])) == (4, 15)
    assert {matrix[0][c].text() for c in range(5)} == {"行政复议"}
    assert {matrix[0][c].text() for c in range(5, 15)} == {"行政诉讼"}
    assert matrix[1][0] is matrix[2][0]
    assert matrix[1][0].text() == "结果维持"
    assert matrix[1][5].text() == "未经复议直接起诉"
    assert matrix[1][10].text() == "复议后起诉"
    assert [c.tag for c in matrix[3]] == ["td"] * 15


def test_html_disclosure_2019_blocks() -> None:
    """Table 二 (2019): five bodies, each headed by its citation across the table; narrow blocks widen."""
    disclosure = _tables(render_html(report_2019()))[0]
    bodies = disclosure.elements("tbody")
    assert len(bodies) == 5
    assert [b.elements("tr")[0].text() for b in bodies] == [
        "第二十条第（一）项",
        "第二十条第（五）项",
        "第二十条第（六）项",
        "第二十条第（八）项",
        "第二十条第（九）项",
    ]
    last = bodies[-1].elements("tr")[-1]
    assert [(c.tag, c.text(), c.attrs.get("colspan")) for c in last.elements()] == [
        ("th", "政府集中采购", None),
        ("td", "4", None),
        ("td", "251000元", "2"),
    ]
    assert len(table_matrix(disclosure)[0]) == 4


def test_html_is_deterministic() -> None:
    """The same report, or an equal one read back from JSON, renders to the same page."""
    for make in EXAMPLES.values():
        report = make()
        assert render_html(report) == render_html(from_json(to_json(report)))
