"""The official layout: every label exactly as the format prints it, and label lookup."""

from __future__ import annotations

from pathlib import Path

import pytest

from govinfo_report.errors import GovInfoReportError, UnknownKeyError
from govinfo_report.layout import FormatVersion, layout_for, normalize_label

# The rows of table 三 as DESIGN.md §2 lists them (2021 format), numbering included.
OFFICIAL_REQUEST_ROWS_2021 = [
    "一、本年新收政府信息公开申请数量",
    "二、上年结转政府信息公开申请数量",
    "（一）予以公开",
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "1.属于国家秘密",
    "2.其他法律行政法规禁止公开",
    "3.危及“三安全一稳定”",
    "4.保护第三方合法权益",
    "5.属于三类内部事务信息",
    "6.属于四类过程性信息",
    "7.属于行政执法案卷",
    "8.属于行政查询事项",
    "1.本机关不掌握相关政府信息",
    "2.没有现成信息需要另行制作",
    "3.补正后申请内容仍不明确",
    "1.信访举报投诉类申请",
    "2.重复申请",
    "3.要求提供公开出版物",
    "4.无正当理由大量反复申请",
    "5.要求行政机关确认或重新出具已获取信息",
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "3.其他",
    "（七）总计",
    "四、结转下年度继续办理",
]


def test_request_rows_2021_are_the_official_25_in_order():
    """Table 三 of the 2021 format has exactly the 25 numeric rows of the official table, in order."""
    spec = layout_for(FormatVersion.V2021).requests
    assert [row.full_label for row in spec.rows] == OFFICIAL_REQUEST_ROWS_2021


def test_request_rows_2019_have_other_handling_as_one_row():
    """The 2019 trial format prints （六）其他处理 as one row: 23 rows, the rest identical."""
    spec = layout_for(FormatVersion.V2019).requests
    labels = [row.full_label for row in spec.rows]
    assert len(labels) == 23
    assert "（六）其他处理" in labels
    expected = [label for label in OFFICIAL_REQUEST_ROWS_2021 if "不再处理" not in label and label != "3.其他"]
    expected.insert(expected.index("（七）总计"), "（六）其他处理")
    assert labels == expected


def test_request_columns_and_groups():
    """Seven columns, five of them under 法人或其他组织; the 勾稽 note is the official text."""
    spec = layout_for("2021").requests
    assert [c.label for c in spec.columns] == [
        "自然人",
        "商业企业",
        "科研机构",
        "社会公益组织",
        "法律服务机构",
        "其他",
        "总计",
    ]
    assert [c.group for c in spec.columns].count("法人或其他组织") == 5
    assert spec.note == "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    assert [g.full_label for g in spec.groups] == [
        "三、本年度办理结果",
        "（三）不予公开",
        "（四）无法提供",
        "（五）不予处理",
        "（六）其他处理",
    ]


def test_section_headings_verbatim():
    """The six headings are verbatim in both formats."""
    for version in FormatVersion:
        headings = [s.heading for s in layout_for(version).sections]
        assert headings == [
            "一、总体情况",
            "二、主动公开政府信息情况",
            "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况",
            "五、存在的主要问题及改进情况",
            "六、其他需要报告的事项",
        ]


def test_disclosure_blocks_2021_and_2019():
    """Table 二: four cited items in 2021, five in 2019, with their official columns."""
    d21 = layout_for("2021").disclosure
    assert [b.citation for b in d21.blocks] == [
        "第二十条第（一）项",
        "第二十条第（五）项",
        "第二十条第（六）项",
        "第二十条第（八）项",
    ]
    assert [c.label for c in d21.blocks[0].columns] == ["本年制发件数", "本年废止件数", "现行有效件数"]
    assert d21.blocks[3].columns[0].label == "本年收费金额（单位：万元）"
    d19 = layout_for("2019").disclosure
    assert [b.item for b in d19.blocks] == [1, 5, 6, 8, 9]
    assert [c.label for c in d19.blocks[1].columns] == ["上一年项目数量", "本年增/减", "处理决定数量"]
    assert [r.label for r in d19.blocks[4].rows] == ["政府集中采购"]


def test_reviews_table_is_shared_and_has_15_cells():
    """Table 四 is the same in both formats: three groups of five."""
    assert layout_for("2019").reviews is layout_for("2021").reviews
    spec = layout_for("2021").reviews
    assert len(spec.cells) == 15
    assert [c.label for c in spec.columns] == ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("granted", "granted"),
        ("予以公开", "granted"),
        ("(一)予以公开", "granted"),
        ("（一） 予以公开", "granted"),
        ("2、其他法律行政止公开", "denied_prohibited_by_law"),
        ('3.危及"三安全一稳定"', "denied_three_safeties"),
        ("1、申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请", "other_no_correction"),
        ("部分公开", "partially_granted"),
    ],
)
def test_row_lookup_accepts_keys_labels_and_real_world_variants(name, key):
    """Rows are found by key, official label, numbering variants and known typos."""
    assert layout_for("2021").requests.row_key(name) == key


def test_unknown_row_raises_library_error_naming_it():
    """An unknown row name raises UnknownKeyError, a KeyError and a library ValueError."""
    with pytest.raises(UnknownKeyError, match="'no such row' is not a row of table 三") as info:
        layout_for("2021").requests.row_key("no such row")
    assert isinstance(info.value, KeyError)
    assert isinstance(info.value, GovInfoReportError)


def test_column_must_belong_to_the_rows_block():
    """In table 二 a column of another block is refused for a row."""
    spec = layout_for("2021").disclosure
    assert spec.column_key("本年制发件数", "regulations") == "issued"
    with pytest.raises(UnknownKeyError):
        spec.column_key("本年制发件数", "licensing")


def test_normalize_label_folds_only_presentation():
    """Normalisation folds brackets, quotes and enumeration marks but keeps the words."""
    assert normalize_label("(二)部分公开") == normalize_label("（二）部分公开")
    assert normalize_label("予以公开") != normalize_label("部分公开")


def test_unknown_format_version():
    """A format that does not exist is refused with the known ones listed."""
    with pytest.raises(UnknownKeyError, match="2019, 2021"):
        layout_for("2018")
    with pytest.raises(UnknownKeyError):
        FormatVersion.for_year(2018)


def test_official_labels_are_spelled_only_in_the_layout():
    """No module but layout.py spells a long official row label or a section heading."""
    labels = set()
    for version in FormatVersion:
        layout = layout_for(version)
        labels.update(s.heading for s in layout.sections)
        for spec in layout.tables:
            labels.update(row.label for row in spec.rows if len(row.label) >= 6)
    src = Path(__file__).resolve().parent.parent / "src" / "govinfo_report"
    offenders = [
        (path.name, label)
        for path in src.rglob("*.py")
        if path.name != "layout.py"
        for label in labels
        if label in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
