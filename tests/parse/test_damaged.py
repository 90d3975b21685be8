"""Damaged input: each damage yields its own diagnostic, and everything else is read intact."""

from __future__ import annotations

from pathlib import Path

from govinfo_report.model import BLANK
from govinfo_report.parse import DiagnosticKind, parse_text

DATA = Path(__file__).parent.parent / "data"
HUAIAN = (DATA / "huaian-city-2024.txt").read_text(encoding="utf-8")
PINGTAN = (DATA / "pingtan-2022.txt").read_text(encoding="utf-8")
INTACT = parse_text(HUAIAN).report


def _damaged(old: str, new: str, text: str = HUAIAN):
    assert text.count(old) == 1, old
    return parse_text(text.replace(old, new))


def _other_cells_intact(report, *, except_paths: set[str]) -> None:
    for key in ("disclosure", "requests", "reviews"):
        table, intact = getattr(report, key), getattr(INTACT, key)
        for (row, column, value), (_r, _c, expected) in zip(table, intact):
            if f"$.{key}.{row}.{column}" not in except_paths and f"$.{key}.{row}" not in except_paths:
                assert value == expected, (row, column)


def test_deleted_row_is_blank_and_reported():
    """A row deleted from table 三 is blank, reported missing (and the table incomplete); the rest intact."""
    line = "\t\t5.属于三类内部事务信息\t7\t1\t0\t0\t0\t0\t8\n"
    result = _damaged(line, "")
    kinds = [(d.kind, d.path) for d in result.diagnostics]
    assert (DiagnosticKind.MISSING_ROW, "$.requests.denied_internal_affairs") in kinds
    assert (DiagnosticKind.TABLE_INCOMPLETE, "$.requests") in kinds
    assert len(result.diagnostics) == 2
    assert result.report.requests.row("denied_internal_affairs") == dict.fromkeys(
        result.report.requests.row("denied_internal_affairs"), BLANK
    )
    _other_cells_intact(result.report, except_paths={"$.requests.denied_internal_affairs"})


def test_misspelled_label_is_recognized_and_reported():
    """A typo in a row label (止 → 上) still finds the row; the variant is reported with what was printed."""
    result = _damaged("2.其他法律行政法规禁止公开", "2.其他法律行政法规禁上公开")
    assert [(d.kind, d.path) for d in result.diagnostics] == [
        (DiagnosticKind.LABEL_VARIANT, "$.requests.denied_prohibited_by_law")
    ]
    assert result.diagnostics[0].found == "2.其他法律行政法规禁上公开"
    assert result.diagnostics[0].expected == "2.其他法律行政法规禁止公开"
    assert result.report.requests == INTACT.requests


def test_known_typo_of_real_reports_is_a_variant():
    """The typo real reports print (2.其他法律行政止公开) is a known variant: read, and reported as info."""
    result = _damaged("2.其他法律行政法规禁止公开", "2.其他法律行政止公开")
    assert [d.kind for d in result.diagnostics] == [DiagnosticKind.LABEL_VARIANT]
    assert result.diagnostics[0].severity == "info"
    assert result.report.requests == INTACT.requests


def test_number_replaced_by_question_mark():
    """A cell printed ? is blank with an unreadable-cell diagnostic at its line, column and path."""
    result = _damaged(
        "\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t447\t",
        "\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t?\t",
    )
    assert len(result.diagnostics) == 1
    diagnostic = result.diagnostics[0]
    assert diagnostic.kind is DiagnosticKind.UNREADABLE_CELL
    assert diagnostic.path == "$.requests.partially_granted.natural_person"
    assert diagnostic.found == "?"
    assert diagnostic.line == HUAIAN[: HUAIAN.index("（二）部分公开（区分")].count("\n") + 1
    assert result.report.requests["partially_granted", "natural_person"] is BLANK
    _other_cells_intact(result.report, except_paths={"$.requests.partially_granted.natural_person"})


def test_table_cut_in_half():
    """Table 三 cut after its 8.属于行政查询事项 row: the lost rows are blank and reported; table 四 intact."""
    start = HUAIAN.index("\t（四）无\t1.本机关不掌握")
    end = HUAIAN.index("四、政府信息公开行政复议")
    result = parse_text(HUAIAN[:start] + HUAIAN[end:])
    lost = [
        "unable_not_held", "unable_needs_creation", "unable_unclear", "not_processed_complaint",
        "not_processed_repeated", "not_processed_publication", "not_processed_excessive",
        "not_processed_confirmation", "other_no_correction", "other_fee_unpaid", "other_other",
        "total_handled", "carried_forward",
    ]  # fmt: skip
    missing = [d.path for d in result.diagnostics if d.kind is DiagnosticKind.MISSING_ROW]
    assert missing == [f"$.requests.{row}" for row in lost]
    incomplete = [d for d in result.diagnostics if d.kind is DiagnosticKind.TABLE_INCOMPLETE]
    assert len(incomplete) == 1
    assert "stops after '8.属于行政查询事项'" in incomplete[0].message
    assert len(result.diagnostics) == len(lost) + 1
    _other_cells_intact(result.report, except_paths={f"$.requests.{row}" for row in lost})
    assert result.report.reviews == INTACT.reviews


def test_run_together_row_with_an_unreadable_digit():
    """In the Pingtan dump, a row whose digits hold a ? cannot be cut: blank, reported; other rows split."""
    result = _damaged("713000074二、", "71300?074二、", PINGTAN)
    new = [d for d in result.diagnostics if d.path == "$.requests.new_requests"]
    assert [d.kind for d in new] == [DiagnosticKind.MISSING_CELLS]
    assert "71300 ? 074" in new[0].found
    assert set(result.report.requests.row("new_requests").values()) == {BLANK}
    assert result.report.requests.row("total_handled")["total"] == 75


def test_missing_heading_is_reported_and_its_table_still_found():
    """Without the heading of section 三, table 三 is found by its header and the heading reported missing."""
    result = _damaged("三、收到和处理政府信息公开申请情况\n", "")
    assert [d.kind for d in result.diagnostics] == [DiagnosticKind.MISSING_SECTION]
    assert result.diagnostics[0].path == "$.requests_text"
    assert result.report.requests == INTACT.requests


def test_extra_value_in_a_row():
    """A row with one value too many is blank and reported; other rows intact."""
    result = _damaged(
        "\t\t4.保护第三方合法权益\t6\t0\t0\t0\t0\t0\t6\n", "\t\t4.保护第三方合法权益\t6\t0\t0\t0\t0\t0\t6\t9\n"
    )
    assert [(d.kind, d.path) for d in result.diagnostics] == [
        (DiagnosticKind.EXTRA_CELLS, "$.requests.denied_third_party")
    ]
    _other_cells_intact(result.report, except_paths={"$.requests.denied_third_party"})


def test_stray_values_in_a_table_are_reported():
    """A row whose label matches nothing in the layout is not used, and its values are reported."""
    result = _damaged("\t\t4.保护第三方合法权益\t6", "\t\t额外统计项\t1\t1\t1\t1\t1\t1\t6\n\t\t4.保护第三方合法权益\t6")
    assert [(d.kind, d.path) for d in result.diagnostics] == [(DiagnosticKind.UNPLACED_VALUES, "$.requests")]
    assert result.report.requests == INTACT.requests
