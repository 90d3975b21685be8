"""The three published samples: every printed cell read to its exact value, every loss reported.

Expected values were written by reading the sample texts in tests/data, not by running the parser.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from govinfo_report.layout import BodyKind, FormatVersion
from govinfo_report.model import BLANK
from govinfo_report.parse import DiagnosticKind, parse_text

DATA = Path(__file__).parent.parent / "data"
Z7 = [0, 0, 0, 0, 0, 0, 0]


def _parse(name: str):
    return parse_text((DATA / name).read_text(encoding="utf-8"))


def _rows(table) -> dict[str, list[object]]:
    return {row: list(cells.values()) for row, cells in table.to_rows().items()}


def _codes(result, kind: DiagnosticKind) -> list[object]:
    return [d for d in result.diagnostics if d.kind is kind]


# --- 淮安市人民政府 2024: tab-separated tables, labels split across lines, all consistent ----------

HUAIAN_DISCLOSURE = {
    "regulations": [1, 0, 11],
    "normative_documents": [8, 26, 66],
    "licensing": [447228],
    "penalties": [3985758],
    "enforcement": [88283],
    "fees": [Decimal("96171.6")],
}
HUAIAN_REQUESTS = {
    "new_requests": [3001, 53, 0, 0, 61, 4, 3119],
    "carried_over": [34, 0, 0, 0, 0, 0, 34],
    "granted": [1288, 21, 0, 0, 50, 3, 1362],
    "partially_granted": [447, 7, 0, 0, 0, 0, 454],
    "denied_state_secret": [2, 0, 0, 0, 0, 0, 2],
    "denied_prohibited_by_law": [30, 1, 0, 0, 0, 0, 31],
    "denied_three_safeties": [5, 0, 0, 0, 0, 0, 5],
    "denied_third_party": [6, 0, 0, 0, 0, 0, 6],
    "denied_internal_affairs": [7, 1, 0, 0, 0, 0, 8],
    "denied_process_information": [12, 0, 0, 0, 0, 0, 12],
    "denied_enforcement_files": [9, 0, 0, 0, 0, 0, 9],
    "denied_administrative_query": [105, 0, 0, 0, 0, 0, 105],
    "unable_not_held": [746, 12, 0, 0, 10, 1, 769],
    "unable_needs_creation": [11, 0, 0, 0, 0, 0, 11],
    "unable_unclear": [1, 0, 0, 0, 0, 0, 1],
    "not_processed_complaint": [56, 6, 0, 0, 0, 0, 62],
    "not_processed_repeated": [25, 0, 0, 0, 0, 0, 25],
    "not_processed_publication": Z7,
    "not_processed_excessive": Z7,
    "not_processed_confirmation": [1, 0, 0, 0, 0, 0, 1],
    "other_no_correction": [67, 3, 0, 0, 1, 0, 71],
    "other_fee_unpaid": [6, 0, 0, 0, 0, 0, 6],
    "other_other": [108, 2, 0, 0, 0, 0, 110],
    "total_handled": [2932, 53, 0, 0, 61, 4, 3050],
    "carried_forward": [103, 0, 0, 0, 0, 0, 103],
}
HUAIAN_REVIEWS = {
    "review": [72, 64, 178, 37, 351],
    "litigation_direct": [13, 4, 8, 1, 26],
    "litigation_after_review": [12, 1, 1, 6, 20],
}


def test_huaian_every_cell_and_no_diagnostic():
    """淮安: all three tables read exactly (（四）无/法提供 split across lines included), nothing to report."""
    result = _parse("huaian-city-2024.txt")
    report = result.report
    assert result.diagnostics == ()
    assert report.disclosure.spec.version is FormatVersion.V2021
    assert _rows(report.disclosure) == HUAIAN_DISCLOSURE
    assert _rows(report.requests) == HUAIAN_REQUESTS
    assert _rows(report.reviews) == HUAIAN_REVIEWS


def test_huaian_report_information_and_prose():
    """淮安: title set on two lines, body and kind, year, sections, sub-topics and the fee of section 六."""
    report = _parse("huaian-city-2024.txt").report
    assert report.title == "淮安市人民政府2024年政府信息公开工作年度报告"
    assert (report.body.name, report.body.kind, report.year) == ("淮安市人民政府", BodyKind.GOVERNMENT, 2024)
    assert report.format is FormatVersion.V2021
    assert report.published is None
    assert len(report.headings) == 6
    assert report.preamble.startswith("本报告由淮安市人民政府办公室根据《中华人民共和国政府信息公开条例》")
    assert report.preamble.count("\n") == 1
    assert [t.key for t in report.overview.topics] == ["active", "on_request", "management", "platforms", "oversight"]
    assert report.overview.topics[0].text.startswith("2024年，市政府网站主动公开各类政府信息5500余条")
    assert report.overview.text.endswith("圆满完成了各项任务。")
    assert report.improvements.text.count("\n") == 1
    assert report.other_matters.fees.collected == Decimal("3940")
    assert report.other_matters.fees.notices is BLANK


# --- 格尔木市东城区 2024: table 三 cut after （一）, table 四 without its header ---------------------


def test_golmud_tables_as_printed_and_lost_rows_blank():
    """格尔木: the printed cells are read; the 22 rows table 三 lost are blank, not zero."""
    report = _parse("golmud-dongcheng-2024.txt").report
    assert _rows(report.disclosure) == {
        "regulations": [0, 0, 0],
        "normative_documents": [0, 0, 0],
        "licensing": [0],
        "penalties": [0],
        "enforcement": [0],
        "fees": [Decimal("0")],
    }
    requests = _rows(report.requests)
    assert requests["new_requests"] == [1, 0, 0, 0, 0, 0, 1]
    assert requests["carried_over"] == Z7
    assert requests["granted"] == [1, 0, 0, 0, 0, 0, 1]
    lost = [row for row, cells in requests.items() if row not in ("new_requests", "carried_over", "granted")]
    assert len(lost) == 22
    assert all(requests[row] == [BLANK] * 7 for row in lost)
    assert _rows(report.reviews) == {key: [0] * 5 for key in HUAIAN_REVIEWS}


def test_golmud_reports_the_incomplete_table_row_by_row():
    """格尔木: table 三 is reported incomplete, with one missing-row diagnostic per lost row."""
    result = _parse("golmud-dongcheng-2024.txt")
    incomplete = _codes(result, DiagnosticKind.TABLE_INCOMPLETE)
    assert len(incomplete) == 1
    assert incomplete[0].path == "$.requests"
    assert "stops after '（一）予以公开'" in incomplete[0].message
    missing = _codes(result, DiagnosticKind.MISSING_ROW)
    assert len(missing) == 22
    assert {d.path for d in missing} == {
        f"$.requests.{row}" for row in HUAIAN_REQUESTS if row not in ("new_requests", "carried_over", "granted")
    }


def test_golmud_table_four_placed_by_its_official_shape_and_said_so():
    """格尔木: the 15 numbers of table 四 are placed by the official row shape, with a diagnostic."""
    result = _parse("golmud-dongcheng-2024.txt")
    placed = _codes(result, DiagnosticKind.PLACED_BY_SHAPE)
    assert len(placed) == 1
    assert placed[0].path == "$.reviews"
    assert placed[0].line == 52
    assert "行政复议" in placed[0].message
    assert "sum of its four outcomes" in placed[0].message
    missing_section = _codes(result, DiagnosticKind.MISSING_SECTION)
    assert [d.expected for d in missing_section] == ["四、政府信息公开行政复议、行政诉讼情况"]


def test_golmud_sections_prose_and_information():
    """格尔木: five headings as printed, the sub-topics of 一, the prose of 五 and 六, body kind other."""
    report = _parse("golmud-dongcheng-2024.txt").report
    assert report.headings == (
        "一、总体情况",
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "五、存在的主要问题及改进情况",
        "六、其他需要报告的事项",
    )
    assert report.body.name == "格尔木市东城区行政委员会"
    assert report.body.kind is BodyKind.OTHER
    assert report.year == 2024
    topics = report.overview.topics
    assert [t.title for t in topics] == [
        "主动公开情况",
        "依申请公开情况",
        "政府信息管理情况",
        "政府信息公开平台建设情况",
        "监督保障情况",
    ]
    # The paragraph broken by a page end is joined again.
    assert "省级城镇生活污水垃圾生态环境保护专项督察" in topics[0].text
    assert "确保公开内容的合法性" in topics[4].text
    channels = {c.name: c for c in report.overview.channels}
    assert next((n.count, n.unit) for n in channels["云上昆仑"].counts) == (38, "篇")
    assert channels["微信公众号"].counts[0].count == 475
    assert report.improvements.text.startswith("存在的问题。")
    assert report.improvements.text.count("\n") == 1
    assert report.other_matters.text == "东城区无其他需要报告的事项。"
    assert report.other_matters.fees is None


# --- 平潭综合实验区 2022: one long line, cells run together ------------------------------------------

PINGTAN_REQUESTS = {
    "new_requests": [71, 3, 0, 0, 0, 0, 74],
    "carried_over": [1, 0, 0, 0, 0, 0, 1],
    "granted": [21, 0, 0, 0, 0, 0, 21],
    "partially_granted": [8, 1, 0, 0, 0, 0, 9],
    "denied_state_secret": Z7,
    "denied_prohibited_by_law": Z7,
    "denied_three_safeties": Z7,
    "denied_third_party": Z7,
    "denied_internal_affairs": [1, 0, 0, 0, 0, 0, 1],
    "denied_process_information": [2, 0, 0, 0, 0, 0, 2],
    "denied_enforcement_files": [1, 0, 0, 0, 0, 0, 1],
    "denied_administrative_query": Z7,
    "unable_not_held": [37, 0, 0, 0, 0, 0, 37],
    "unable_needs_creation": Z7,
    "unable_unclear": Z7,
    "not_processed_complaint": Z7,
    "not_processed_repeated": Z7,
    "not_processed_publication": Z7,
    "not_processed_excessive": Z7,
    "not_processed_confirmation": Z7,
    "other_no_correction": [2, 0, 0, 0, 0, 0, 2],
    "other_fee_unpaid": Z7,
    "other_other": [0, 2, 0, 0, 0, 0, 2],
    "total_handled": [72, 3, 0, 0, 0, 0, 75],
    "carried_forward": Z7,
}


def test_pingtan_run_together_cells_split_by_the_sums():
    """平潭: every row of table 三 printed as one digit string is cut as the sums require (71|3|0|0|0|0|74)."""
    result = _parse("pingtan-2022.txt")
    assert _rows(result.report.requests) == PINGTAN_REQUESTS
    split = {d.path for d in _codes(result, DiagnosticKind.SPLIT_BY_SUMS)}
    assert {f"$.requests.{row}" for row in PINGTAN_REQUESTS} <= split
    first = next(d for d in result.diagnostics if d.path == "$.requests.new_requests")
    assert first.found == "713000074"
    assert "71|3|0|0|0|0|74" in first.message


def test_pingtan_ambiguous_digits_left_blank_with_the_candidates():
    """平潭: 8855698 (three cells, no sum) cannot be cut for sure: blank, and the 15 cuts are listed."""
    result = _parse("pingtan-2022.txt")
    assert _rows(result.report.disclosure) == {
        "regulations": [0, 0, 0],
        "normative_documents": [BLANK, BLANK, BLANK],
        "licensing": [10690],
        "penalties": [2113],
        "enforcement": [0],
        "fees": [Decimal("9116.36")],
    }
    ambiguous = _codes(result, DiagnosticKind.AMBIGUOUS_SPLIT)
    assert [d.path for d in ambiguous] == ["$.disclosure.normative_documents"]
    assert "15 ways" in ambiguous[0].message
    assert "88|55|698" in ambiguous[0].message
    assert ambiguous[0].found == "8855698"


def test_pingtan_table_four_and_information():
    """平潭: table 四 from spaced numbers, the typo'd heading kept as printed, date and body from the dump."""
    result = _parse("pingtan-2022.txt")
    report = result.report
    assert _rows(report.reviews) == {
        "review": [0, 1, 1, 0, 2],
        "litigation_direct": [1, 0, 0, 0, 1],
        "litigation_after_review": [0, 0, 0, 0, 0],
    }
    assert report.headings[3] == "四、政府信息公开行政法复议、行政诉讼情况"
    variants = _codes(result, DiagnosticKind.HEADING_VARIANT)
    assert [d.found for d in variants] == ["四、政府信息公开行政法复议、行政诉讼情况"]
    assert report.title == "平潭综合实验区2022年度政府信息公开工作年度报告"
    assert (report.body.name, report.body.kind, report.year) == ("平潭综合实验区", BodyKind.OTHER, 2022)
    assert report.published == dt.date(2023, 2, 20)
    assert report.preamble.startswith("本报告根据《中华人民共和国政府信息公开条例》")
    assert [t.key for t in report.overview.topics] == ["active", "on_request", "management", "platforms", "oversight"]
    assert report.overview.topics[0].title == "主动公开方面"
    assert report.other_matters.fees.collected == Decimal("0")
    assert report.improvements.text.startswith("2022年，平潭综合实验区政府信息公开工作取得了一定成绩")


def test_pingtan_only_expected_diagnostics():
    """平潭: besides the splits, exactly one ambiguous row and one heading variant are reported."""
    result = _parse("pingtan-2022.txt")
    kinds = {d.kind for d in result.diagnostics}
    assert kinds == {DiagnosticKind.SPLIT_BY_SUMS, DiagnosticKind.AMBIGUOUS_SPLIT, DiagnosticKind.HEADING_VARIANT}
    assert all(d.severity == "info" for d in result.diagnostics if d.kind is not DiagnosticKind.AMBIGUOUS_SPLIT)


@pytest.mark.parametrize("name", ["golmud-dongcheng-2024.txt", "huaian-city-2024.txt", "pingtan-2022.txt"])
def test_diagnostics_name_a_place(name):
    """Every diagnostic of a sample names a line or a JSON path, and says what it expected."""
    for diagnostic in _parse(name).diagnostics:
        assert diagnostic.where
        assert str(diagnostic).startswith(diagnostic.where)
        assert diagnostic.expected
