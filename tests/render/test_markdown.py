"""GitHub-flavoured Markdown."""

from __future__ import annotations

import pytest

from govinfo_report.layout import FormatVersion
from govinfo_report.model import AnnualReport, Body
from govinfo_report.render import render_markdown
from govinfo_report.render._markdown import escape_markdown
from govinfo_report.serialize import from_json, to_json
from tests.render.checks import check_markdown
from tests.render.examples import EXAMPLES, hostile_report, report_2019, report_2021
from tests.render.reading import markdown_table, unescape_markdown


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_markdown_prints_every_text_field_and_cell(name: str) -> None:
    """Every text, report information field, header and cell reads back exactly from the Markdown."""
    check_markdown(EXAMPLES[name]())


def test_markdown_headings_fields_and_topics() -> None:
    """# title, the fields as a list, ## headings, sub-topics opening with their bold title."""
    blocks = render_markdown(report_2021()).split("\n\n")
    assert blocks[0] == "# 淮安市人民政府2024年政府信息公开工作年度报告"
    assert blocks[1].split("\n")[:3] == ["- 发布机关：淮安市人民政府", "- 机关类别：本级人民政府", "- 报告年度：2024年"]
    assert "## 一、总体情况" in blocks
    assert "## 六、其他需要报告的事项" in blocks
    assert "**（一）主动公开情况**。市政府网站主动公开各类政府信息5500余条。" in blocks


def test_markdown_flattens_merged_headers_and_group_labels() -> None:
    """Merged header cells and group labels are joined with · so nothing of the layout is lost."""
    text = render_markdown(report_2021())
    tables = [b for b in text.split("\n\n") if b.startswith("| ")]
    header, _align, rows = markdown_table(tables[4])  # table 二 has four tables, then table 三
    assert header[0].startswith("（本列数据的勾稽关系为")
    assert header[2] == "申请人情况·法人或其他组织·商业企业"
    assert rows[4][0] == "三、本年度办理结果·（三）不予公开·1.属于国家秘密"
    assert rows[2] == ["三、本年度办理结果·（一）予以公开", "1288", "21", "0", "0", "50", "3", "1362"]
    header, _align, rows = markdown_table(tables[5])
    assert len(header) == 15
    assert header[5] == "行政诉讼·未经复议直接起诉·结果维持"
    assert rows == [["72", "64", "178", "37", "351", "13", "4", "8", "1", "26", "12", "1", "1", "6", "20"]]


def test_markdown_2019_disclosure() -> None:
    """2019 table 二: one table per cited item under its bold citation, 251000元 and -15 kept."""
    blocks = render_markdown(report_2019()).split("\n\n")
    at = blocks.index("**第二十条第（九）项**")
    header, align, rows = markdown_table(blocks[at + 1])
    assert header == ["信息内容", "采购项目数量", "采购总金额"]
    assert align == ["---", "---:", "---:"]
    assert rows == [["政府集中采购", "4", "251000元"]]
    assert "| 行政许可 | 120 | -15 | 930 |" in blocks[blocks.index("**第二十条第（五）项**") + 1]
    assert "| 其他对外管理服务事项 | 8 | 0 |  |" in blocks[blocks.index("**第二十条第（五）项**") + 1]


def test_markdown_escapes_markup_in_prose() -> None:
    """Markup characters in prose are escaped, so headings, lists, emphasis and tables cannot appear."""
    text = check_markdown(hostile_report())
    blocks = text[:-1].split("\n\n")
    assert "\\# 标题" in blocks
    assert "\\- 列表" in blocks
    assert "1\\. 有序" in blocks
    assert "\\*\\*粗体\\*\\*" in blocks
    assert '\\<script\\>alert("x")\\</script\\> \\& \'quoted\' "double"' in blocks
    assert "\\&amp; \\&\\#x41; \\\\\\\\ \\`code\\` \\[link\\](x) \\~\\~del\\~\\~ \\$x\\$ a\\|b" in blocks
    assert "&#x20;&#x20;" in blocks
    assert "<script>" not in text


def test_markdown_escapes_undo_exactly() -> None:
    """Undoing the Markdown escapes gives back any text, at a line start or inside a line."""
    samples = [
        "",
        "\\",
        "\\*",
        "&amp;",
        "&#x41;",
        "1. a",
        "12) b",
        "- c",
        "+",
        "=",
        " x ",
        "\u3000",
        "\n\n",
        "\x00\t\r\u2028\ufeff",
        "#|~$`_*[]<>&",
        "\ud800",
    ]
    for sample in samples:
        assert unescape_markdown(escape_markdown(sample)) == sample
        assert unescape_markdown(escape_markdown(sample, line_start=False)) == sample


def test_markdown_is_deterministic() -> None:
    """The same report, or an equal one read back from JSON, renders to the same Markdown."""
    for make in EXAMPLES.values():
        report = make()
        assert render_markdown(report) == render_markdown(from_json(to_json(report)))


def test_markdown_without_title_starts_with_the_fields() -> None:
    """No title, no # heading: the document opens with the report information list."""
    text = render_markdown(AnnualReport(body=Body(name="某局"), year=2024, format=FormatVersion.V2021))
    assert text.startswith("- 发布机关：某局\n")
    assert "\n# " not in text
