"""The parser's parts: input normalization, labels, tokens, headings, report information, paragraphs."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govinfo_report.errors import ParseError
from govinfo_report.layout import BodyKind, FormatVersion, normalize_label
from govinfo_report.model import BLANK, NOT_APPLICABLE
from govinfo_report.parse import DiagnosticKind, _sections, parse_html, parse_markdown, parse_text
from govinfo_report.parse._labels import fold, similarity
from govinfo_report.parse._lines import Source
from govinfo_report.parse._meta import body_kind, split_title
from govinfo_report.parse._tokens import Kind, tokenize

DATA = Path(__file__).parent.parent / "data"
HUAIAN = (DATA / "huaian-city-2024.txt").read_text(encoding="utf-8")


@given(st.text())
def test_normalized_copy_keeps_every_position(text):
    """The normalized input has the raw input's length, so positions found in it are positions in the input."""
    source = Source.from_text(text)
    assert len(source.norm) == len(source.raw)
    if text:
        line, column = source.where(len(text) - 1)
        assert line == text[:-1].count("\n") + text[:-1].count("\r") + 1 or line >= 1
        assert column >= 1


@given(st.text(alphabet="一二十三、.，, \t\n第部分总a1", max_size=40))
def test_ordinals_found_from_their_marks_are_those_of_the_pattern(text):
    """Section ordinals found from their punctuation are exactly the pattern's matches, in order."""
    expected = [(m.span(), m.group(1)) for m in _sections._ORDINAL.finditer(text)]
    assert [(m.span(), m.group(1)) for m in _sections._ordinal_matches(text)] == expected


@given(st.text())
def test_fold_is_normalize_label(text):
    """The fast fold of labels gives exactly the layout's normalize_label."""
    assert fold(text) == normalize_label(text)


@given(st.text(max_size=30), st.text(max_size=30))
def test_similarity_is_bounded_and_symmetric(a, b):
    """Label similarity is in [0, 1], symmetric, and 1 for a label compared with itself."""
    score = similarity(a, b)
    assert 0.0 <= score <= 1.0
    assert score == similarity(b, a)
    if fold(a):
        assert similarity(a, a) == 1.0


@given(st.text())
def test_tokens_stand_where_they_were_printed(text):
    """Every token lies inside the text, in order, and a number token is printed where it says."""
    source = Source.from_text(text, pages=False)
    last = 0
    for token in tokenize(source.norm, 0):
        assert 0 <= token.start <= token.end <= len(text)
        assert token.start >= last or token.kind in (Kind.EMPTY, Kind.EOL)
        last = max(last, token.start)
        if token.kind is Kind.NUMBER:
            assert source.norm[token.start : token.start + len(token.text)] == token.text


def test_page_numbers_and_running_heads_are_skipped():
    """Page-number lines and a running head repeated at page breaks do not reach the prose."""
    text = (
        "某县人民政府2024年度政府信息公开工作年度报告\n一、总体情况\n"
        "本年度全县主动公开政府信息一千二百条，较上年增长百分之十，公开质量进一步提升，\n- 1 -\n"
        "某县政府信息公开年报\n群众满意度持续提高，各项工作取得了明显成效。\n- 2 -\n某县政府信息公开年报\n"
        "六、其他需要报告的事项\n无。\n"
    )
    report = parse_text(text).report
    assert report.overview.text == (
        "本年度全县主动公开政府信息一千二百条，较上年增长百分之十，公开质量进一步提升，群众满意度持续提高，各项工作取得了明显成效。"
    )


def test_tokens_of_a_run_together_row():
    """Numbering glued to the previous row's digits belongs to the next label; / is a mark, ? junk."""
    kinds = [(t.kind, t.text) for t in tokenize("属于国家秘密00000002.其他 1 / ? 第20条", 0)]
    assert kinds == [
        (Kind.TEXT, "属于国家秘密"),
        (Kind.NUMBER, "0000000"),
        (Kind.TEXT, "2.其他"),
        (Kind.NUMBER, "1"),
        (Kind.MARK, "/"),
        (Kind.JUNK, "?"),
        (Kind.TEXT, "第20条"),
    ]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("淮安市人民政府", BodyKind.GOVERNMENT),
        ("镇江市人民政府", BodyKind.GOVERNMENT),
        ("某县某镇人民政府", BodyKind.TOWNSHIP),
        ("某区某某街道办事处", BodyKind.TOWNSHIP),
        ("某县教育局", BodyKind.DEPARTMENT),
        ("某市发展和改革委员会", BodyKind.DEPARTMENT),
        ("某市人民政府办公室", BodyKind.DEPARTMENT),
        ("格尔木市东城区行政委员会", BodyKind.OTHER),
        ("某经济技术开发区管委会", BodyKind.OTHER),
        ("平潭综合实验区", BodyKind.OTHER),
    ],
)
def test_body_kind_from_the_name(name, kind):
    """The kind of body is guessed from its name: 乡/镇/街道, 人民政府, a 局/委员会/办公室, else other."""
    assert body_kind(name) is kind


def test_title_split_into_body_and_year():
    """A title gives the body before its year, with PDF spaces removed, and years in Chinese numerals."""
    assert split_title("某县人民政府关于2023年度政府信息公开工作年度报告") == ("某县人民政府", 2023)
    assert split_title("某区二〇二一年政府信息公开工作年度报告") == ("某区", 2021)
    assert split_title("政府信息公开工作年度报告") == ("", None)


def _minimal(title: str, extra: str = "") -> str:
    return f"{title}\n一、总体情况\n全年公开信息。\n{extra}六、其他需要报告的事项\n无。\n"


def test_report_before_2019_fails_cleanly():
    """A report for a year before 2019 (no unified format) is a ParseError naming the year."""
    with pytest.raises(ParseError, match="2017"):
        parse_text(_minimal("某县人民政府2017年政府信息公开工作年度报告"))


def test_year_from_the_statistics_period_is_reported():
    """Without a year in the title, the statistics period gives it, and a diagnostic says so."""
    text = _minimal("政府信息公开工作年度报告", "本报告统计期限自2023年1月1日至2023年12月31日。\n")
    result = parse_text(text)
    assert result.report.year == 2023
    assert {d.path for d in result.diagnostics if d.kind is DiagnosticKind.METADATA_MISSING} == {
        "$.year",
        "$.body.name",
    }


def test_no_structure_is_a_parse_error():
    """Text with no section heading and no table raises ParseError."""
    with pytest.raises(ParseError, match="no section heading"):
        parse_text("这是一段与年报无关的文字。\n第二行。")


def test_shifted_and_faulty_headings_recorded_as_printed():
    """Headings numbered wrongly (sections shifted by one) are found by title and recorded as printed."""
    text = (
        "某局2024年度政府信息公开工作年度报告\n一、总体情况\n正文。\n一、主动公开政府信息情况\n正文。\n"
        "二、收到和处理政府信息公开申请情况\n正文。\n三、政府信息公开行政复议、行政诉讼情况\n正文。\n"
        "四、存在的主要问题及改进情况\n正文。\n五、其他需要报告的事项\n无。\n"
    )
    result = parse_text(text)
    assert result.report.headings == (
        "一、总体情况",
        "一、主动公开政府信息情况",
        "二、收到和处理政府信息公开申请情况",
        "三、政府信息公开行政复议、行政诉讼情况",
        "四、存在的主要问题及改进情况",
        "五、其他需要报告的事项",
    )
    variants = [d for d in result.diagnostics if d.kind is DiagnosticKind.HEADING_VARIANT]
    assert [d.expected[:2] for d in variants] == ["二、", "三、", "四、", "五、", "六、"]
    assert result.report.other_matters.text == "无。"


TRIAL_TABLE_TWO = """某县人民政府2020年政府信息公开工作年度报告
一、总体情况
全年公开信息。
二、主动公开政府信息情况
第二十条第（一）项
信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量
规章\t0\t0\t3
规范性文件\t5\t5\t40
第二十条第（五）项
信息内容\t上一年项目数量\t本年增/减\t处理决定数量
行政许可\t120\t-3\t5600
其他对外管理服务事项\t10\t0\t/
第二十条第（六）项
信息内容\t上一年项目数量\t本年增/减\t处理决定数量
行政处罚\t80\t2\t900
行政强制\t5\t0\t12
第二十条第（八）项
信息内容\t上一年项目数量\t本年增/减
行政事业性收费\t6\t-1
第二十条第（九）项
信息内容\t采购项目数量\t采购总金额
政府集中采购\t12\t251000元
六、其他需要报告的事项
无。
"""


def test_trial_format_table_two():
    """A 2019 trial-format table 二 is read as such: signed changes, / as not applicable, amounts with units."""
    result = parse_text(TRIAL_TABLE_TWO)
    table = result.report.disclosure
    assert result.report.format is FormatVersion.V2019
    assert table.spec.version is FormatVersion.V2019
    assert table.row("licensing") == {"previous_items": 120, "change": -3, "decisions": 5600}
    assert table["other_services", "decisions"] is NOT_APPLICABLE
    assert table["procurement", "procurement_amount"].value == Decimal(251000)
    assert table["procurement", "procurement_amount"].unit == "元"
    assert not [d for d in result.diagnostics if d.path and d.path.startswith("$.disclosure.")]


def test_amount_without_unit_is_blank_and_reported():
    """An amount of the trial format printed without its unit is not guessed: blank, with a diagnostic."""
    result = parse_text(TRIAL_TABLE_TWO.replace("251000元", "251000"))
    assert result.report.disclosure["procurement", "procurement_amount"] is BLANK
    assert [d.kind for d in result.diagnostics if d.path == "$.disclosure.procurement.procurement_amount"] == [
        DiagnosticKind.UNKNOWN_UNIT
    ]


PAGE = """<!DOCTYPE html><html><head><title>某区人民政府门户网站</title></head><body>
<header><nav><a href="/">首页</a> | <a>政务公开</a> 一、总体情况</nav></header>
<div class="info">发布时间：2024-01-25 发布机构：某区人民政府办公室</div>
<div class="main"><h2>某区人民政府2023年度政府信息公开工作年度报告</h2>
<p>一、总体情况</p><p>2023年，全区主动公开政府信息3000条。</p>
<p>二、主动公开政府信息情况</p>
<table><tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr><tr><td>行政规范性文件</td><td>3</td><td>1</td><td>20</td></tr>
<tr><td colspan="4">第二十条第（五）项</td></tr><tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政许可</td><td colspan="3">1500</td></tr></table>
<p>三、收到和处理政府信息公开申请情况</p>
<table>
<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
<tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>10</td><td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>12</td></tr>
<tr><td colspan="3">二、上年结转政府信息公开申请数量</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
<tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>6</td><td>1</td><td>0</td><td>0</td><td>0</td><td></td><td>7</td></tr>
<tr><td colspan="2">（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td><td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>2</td></tr>
</table>
<p>六、其他需要报告的事项</p><p>本年度未收取信息处理费。</p></div>
<footer>版权所有 某区人民政府 联系我们</footer></body></html>"""


def test_published_page_with_spans_and_chrome():
    """A site's page: chrome dropped, rowspan/colspan expanded, an empty cell blank, the date read."""
    result = parse_html(PAGE)
    report = result.report
    assert report.title == "某区人民政府2023年度政府信息公开工作年度报告"
    assert (report.body.name, report.year, str(report.published)) == ("某区人民政府", 2023, "2024-01-25")
    assert report.disclosure.row("normative_documents") == {"issued": 3, "repealed": 1, "in_force": 20}
    assert report.disclosure["licensing", "decisions"] == 1500
    assert report.requests.row("new_requests")["total"] == 12
    assert report.requests["granted", "other_organization"] is BLANK
    assert report.requests["granted", "total"] == 7
    assert report.overview.text == "2023年，全区主动公开政府信息3000条。"
    assert report.other_matters.text == "本年度未收取信息处理费。"
    assert report.other_matters.fees.collected == Decimal(0)
    missing = [d.path for d in result.diagnostics if d.kind is DiagnosticKind.MISSING_ROW]
    assert "$.requests.denied_state_secret" in missing


def test_markdown_of_a_published_report():
    """Markdown not in the library's layout is read as published text: headings, bold, GitHub tables."""
    text = (
        "# 某局2024年度政府信息公开工作年度报告\n\n## 一、总体情况\n\n全年**主动公开**信息。\n\n"
        "## 四、政府信息公开行政复议、行政诉讼情况\n\n"
        "| 行政复议·结果维持 | 行政复议·结果纠正 | 行政复议·其他结果 | 行政复议·尚未审结 | 行政复议·总计 "
        "| 行政诉讼·未经复议直接起诉·结果维持 | 行政诉讼·未经复议直接起诉·结果纠正 | 行政诉讼·未经复议直接起诉·其他结果 "
        "| 行政诉讼·未经复议直接起诉·尚未审结 | 行政诉讼·未经复议直接起诉·总计 | 行政诉讼·复议后起诉·结果维持 "
        "| 行政诉讼·复议后起诉·结果纠正 | 行政诉讼·复议后起诉·其他结果 | 行政诉讼·复议后起诉·尚未审结 "
        "| 行政诉讼·复议后起诉·总计 |\n|"
        + " --- |" * 15
        + "\n| 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
    )
    result = parse_markdown(text)
    assert result.report.overview.text == "全年主动公开信息。"
    assert result.report.reviews.row("review") == {"upheld": 1, "corrected": 0, "other": 0, "pending": 0, "total": 1}
    assert not [d for d in result.diagnostics if d.path == "$.reviews"]
