"""Plain text in the published layout."""

from __future__ import annotations

import attrs
import pytest

from govinfo_report.layout import FormatVersion
from govinfo_report.model import AnnualReport, Body, Overview, Topic
from govinfo_report.render import render_text
from govinfo_report.render._text import escape_text
from govinfo_report.serialize import from_json, to_json
from tests.render.checks import check_text
from tests.render.examples import EXAMPLES, hostile_report, report_2019, report_2021
from tests.render.reading import read_text, unescape_text


def _section(text: str, heading: str) -> str:
    start = text.index("\n\n" + heading + "\n") + len(heading) + 4
    end = text.find("\n\n", start)
    return text[start:] if end < 0 else text[start:end]


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_text_prints_every_text_field_and_cell(name: str) -> None:
    """Every text, report information field, header row and cell reads back exactly from the text."""
    check_text(EXAMPLES[name]())


def test_text_opens_with_the_title_and_the_report_information() -> None:
    """The title line, then 发布机关/机关类别/报告年度/报告格式/发布日期 and the other fields."""
    text = render_text(report_2021())
    assert text.split("\n\n")[0].split("\n") == [
        "淮安市人民政府2024年政府信息公开工作年度报告",
        "发布机关：淮安市人民政府",
        "机关类别：本级人民政府",
        "报告年度：2024年",
        "报告格式：国办公开办函〔2021〕30号",
        "发布日期：2025年1月20日",
        "存在问题：政策解读质量仍需提升",
        "存在问题：队伍建设还需加强",
        "改进措施：加强政策解读质效",
        "信息处理费通知书件数：5件",
        "信息处理费通知金额：3940元",
        "信息处理费收取金额：3940.00元",
    ]


def test_text_prints_the_six_headings_and_the_sub_topics() -> None:
    """The official headings in order, each a block; sub-topics as （一）title。text."""
    text = render_text(report_2021())
    blocks = text.split("\n\n")
    headings = [s.heading for s in report_2021().layout.sections]
    positions = [blocks.index(h) for h in headings]
    assert positions == sorted(positions)
    assert blocks[positions[0] + 2] == "（一）主动公开情况。市政府网站主动公开各类政府信息5500余条。"
    assert blocks[positions[0] + 6] == "（五）政府信息公开监督保障情况。全年组织4次检查。"


def test_text_tables_2021() -> None:
    """Table 二 by cited item, table 三 with its header rows and group lines, table 四 in one row."""
    text = render_text(report_2021())
    disclosure = _section(text, "二、主动公开政府信息情况").split("\n")
    assert disclosure[:3] == [
        "第二十条第（一）项",
        "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
        "规章\t1\t0\t11",
    ]
    assert disclosure[-2:] == ["信息内容\t本年收费金额（单位：万元）", "行政事业性收费\t96171.6"]
    requests = _section(text, "三、收到和处理政府信息公开申请情况").split("\n")
    assert requests[:5] == [
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况",
        "\t自然人\t法人或其他组织\t\t\t\t\t总计",
        "\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他",
        "一、本年新收政府信息公开申请数量\t3001\t53\t0\t0\t61\t4\t3119",
        "二、上年结转政府信息公开申请数量\t34\t0\t0\t0\t0\t0\t34",
    ]
    assert requests[5:7] == ["三、本年度办理结果", "（一）予以公开\t1288\t21\t0\t0\t50\t3\t1362"]
    assert "（六）其他处理" in requests
    assert requests[-2:] == [
        "（七）总计\t2932\t53\t0\t0\t61\t4\t3050",
        "四、结转下年度继续办理\t103\t0\t0\t0\t0\t0\t103",
    ]
    assert len(requests) == 3 + 25 + 5
    reviews = _section(text, "四、政府信息公开行政复议、行政诉讼情况").split("\n")
    assert reviews[-1] == "72\t64\t178\t37\t351\t13\t4\t8\t1\t26\t12\t1\t1\t6\t20"
    assert len(reviews) == 4


def test_text_tables_2019() -> None:
    """2019: 本年增/减 signed, 251000元 with its unit, blank and / cells, （六）其他处理 as one row."""
    text = render_text(report_2019())
    disclosure = _section(text, "二、主动公开政府信息情况").split("\n")
    assert "信息内容\t上一年项目数量\t本年增/减\t处理决定数量" in disclosure
    assert "行政许可\t120\t-15\t930" in disclosure
    assert "其他对外管理服务事项\t8\t0\t" in disclosure
    assert "行政强制\t2\t-2\t/" in disclosure
    assert disclosure[-3:] == ["第二十条第（九）项", "信息内容\t采购项目数量\t采购总金额", "政府集中采购\t4\t251000元"]
    requests = _section(text, "三、收到和处理政府信息公开申请情况").split("\n")
    assert "（六）其他处理\t2\t0\t0\t0\t0\t0\t2" in requests
    assert not any(line.startswith("1.申请人无正当理由") for line in requests)
    assert len(requests) == 3 + 23 + 4


def test_a_missing_table_leaves_its_heading() -> None:
    """A table the report lacks is left out; its heading (and prose) is still printed."""
    text = render_text(report_2019())
    blocks = text.split("\n\n")
    at = blocks.index("四、政府信息公开行政复议、行政诉讼情况")
    assert blocks[at + 1] == "五、存在的主要问题及改进情况"
    bare = render_text(AnnualReport(body=Body(name="某局"), year=2024, format=FormatVersion.V2021))
    assert "\t" not in bare
    assert bare.count("\n\n") == 6


def test_text_escapes_only_what_would_be_misread() -> None:
    """Structure-like starts, whitespace ends, backslashes and control characters are escaped."""
    text = check_text(hostile_report())
    lines = text.split("\n")
    assert "\\u4e00、总体情况" in lines  # a preamble paragraph that looks like section 一
    assert "\\u3000　缩进\\\\u0041\\u0009|表|\\u000d\\u000a" in lines  # whitespace, backslash, controls
    assert "\\uff08一）假的分题。" in lines  # an overview paragraph that looks like a sub-topic
    assert "\\uff08二）不是分题\\u000a\\u000a" in lines  # a sub-topic paragraph that looks like one
    assert "（一）主动公开情况\\u3002附。第一段\\u0020" in lines  # 。 in a title, whitespace at the end
    assert lines[0].startswith("\\u53d1布机关：伪造\\u000a\\u000a<script>")  # a title line that looks like a field
    assert "（二）。" in lines
    assert "\\u4e94、存在的问题\\u000a\\u000a" in lines
    assert "\\u2028\\ufeff\\u0000\\u0085" in lines
    assert "分题类别：（一）无" in lines
    assert "分题类别：（二）oversight" in lines
    assert all(line == line.strip() or "\t" in line for line in lines)


def test_escapes_undo_exactly() -> None:
    """Unescaping the escaped text gives it back, whatever characters it holds."""
    samples = [
        "",
        "\\",
        "\\u0041",
        "a\\\\b",
        " ",
        "\u3000",
        "\n\n",
        "\x00\x1f\x7f\x85\u2028\u2029\ufeff",
        "二、x",
        "（",
        "\ud800",
    ]
    for sample in samples:
        assert unescape_text(escape_text(sample)) == sample


def test_no_sub_topic_field_when_the_titles_say_the_keys() -> None:
    """The 分题类别 fields appear only when some key differs from what its title says."""
    report = report_2021()
    assert "分题类别" not in render_text(report)
    topics = (*report.overview.topics[:4], attrs.evolve(report.overview.topics[4], key=None))
    changed = attrs.evolve(report, overview=attrs.evolve(report.overview, topics=topics))
    fields = [line for line in render_text(changed).split("\n") if line.startswith("分题类别：")]
    assert fields == [
        "分题类别：（一）active",
        "分题类别：（二）on_request",
        "分题类别：（三）management",
        "分题类别：（四）platforms",
        "分题类别：（五）无",
    ]


def test_headings_as_printed_travel_in_the_report_information() -> None:
    """Headings a source printed are fields (a count, then each); the printed headings stay official."""
    report = AnnualReport(
        body=Body(name="某局"),
        year=2020,
        format=FormatVersion.V2019,
        headings=("一、总体情况", "五、政府信息公开工作存在的主要问题及改进情况"),
    )
    document = read_text(render_text(report), tuple(s.heading for s in report.layout.sections))
    assert document.fields[-3:] == [
        ("原文章节标题数", "2"),
        ("原文章节标题", "一、总体情况"),
        ("原文章节标题", "五、政府信息公开工作存在的主要问题及改进情况"),
    ]
    assert [s.heading for s in document.sections][4] == "五、存在的主要问题及改进情况"
    empty = attrs.evolve(report, headings=())
    assert "原文章节标题数：0" in render_text(empty)


def test_text_is_deterministic() -> None:
    """The same report, or an equal one read back from JSON, renders to the same text."""
    for make in EXAMPLES.values():
        report = make()
        text = render_text(report)
        assert render_text(report) == text
        assert render_text(from_json(to_json(report))) == text


def test_sub_topics_beyond_ten_are_numbered_in_chinese() -> None:
    """Sub-topics are numbered （一）（二）… in order, past （十）."""
    topics = tuple(Topic(title=f"第{n}题", text="") for n in range(1, 13))
    report = AnnualReport(
        body=Body(name="某局"), year=2024, format=FormatVersion.V2021, overview=Overview(topics=topics)
    )
    lines = render_text(report).split("\n")
    assert "（十一）第11题。" in lines
    assert "（十二）第12题。" in lines
    check_text(report)
