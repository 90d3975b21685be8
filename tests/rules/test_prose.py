"""The prose rules X601–X607: numbers read out of Chinese text against the tables and each other."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from govinfo_report.layout import FormatVersion
from govinfo_report.model import AnnualReport, Body, OtherMatters, Overview, ProcessingFees, Topic
from govinfo_report.numbers import to_chinese
from govinfo_report.rules import Reason, Status, check
from govinfo_report.rules._examples import sound_pair
from govinfo_report.rules._prose_numbers import read_prose
from tests.rules.strategies import Prose, complete_reports, with_prose

PROSE_RULES = ("X601", "X602", "X603", "X604", "X605", "X606", "X607")


def _statuses(report: AnnualReport, code: str) -> list[tuple[Status, str]]:
    return [(f.status, f.message) for f in check(report, select=code)]


def _with_topic(text: str, key: str = "on_request") -> AnnualReport:
    report, _ = sound_pair()
    topics = tuple(
        attrs.evolve(t, text=text) if t.key == key else attrs.evolve(t, text="") for t in report.overview.topics
    )
    return attrs.evolve(report, overview=Overview(topics=topics))


@given(complete_reports())
def test_prose_that_states_the_tables_passes(case: tuple[AnnualReport, Prose]) -> None:
    """Generated prose stating the tables' numbers (Arabic or Chinese numerals) passes every prose rule."""
    report, prose = case
    findings = check(report, select=PROSE_RULES)
    others = [(f.code, f.reason) for f in findings if f.status is not Status.PASS]
    assert set(others) <= {("X605", Reason.NOT_IN_FORMAT)}  # the 2019 table has no row for unpaid fees
    for code in ("X601", "X602", "X603", "X604"):
        stated = sum(1 for n in prose.numbers if code in n.rules)
        passed = [f for f in findings if f.code == code and f.status is Status.PASS and f.span is not None]
        assert len([f for f in passed if "%" not in f.span.text]) == stated  # type: ignore[union-attr]


@given(complete_reports(), st.data())
def test_one_wrong_number_fails_that_rule_only(case: tuple[AnnualReport, Prose], data: st.DataObject) -> None:
    """Prose with one number off by k: exactly the rules that check that number fail, once each, quoting it."""
    report, prose = case
    wrong = data.draw(st.sampled_from(prose.numbers))
    by = data.draw(st.integers(1, 1000))
    assert report.requests is not None
    # 收到 N件 that equals 新收 + 上年结转 may count carried-over requests too: that reading is not a failure.
    assume(not (wrong.before.endswith("新收政府信息公开申请") and by == report.requests["carried_over", "total"]))
    broken = with_prose(report, prose.render(wrong, by), report.overview.text)
    findings = check(broken)
    failed = [f for f in findings if f.failed]
    assert sorted(f.code for f in failed) == sorted(wrong.rules)
    cell_rule = next(f for f in failed if f.code != "X607")
    assert cell_rule.values[0] == wrong.value + by
    assert cell_rule.difference == by
    assert cell_rule.span is not None
    shown = to_chinese(wrong.value + by) if wrong.chinese else str(wrong.value + by)
    assert cell_rule.span.text.endswith(shown + "件")


@given(st.text(alphabet="政务公开工作稳步推进，。依申请办理答复", max_size=200))
def test_prose_without_numbers_is_not_assessable(text: str) -> None:
    """Prose that states no count: the prose rules are not assessable (no statement), never pass."""
    report = _with_topic(text)
    report = attrs.evolve(report, other_matters=OtherMatters(fees=ProcessingFees(notices=1)))
    for code in ("X601", "X602", "X603", "X604", "X607"):
        findings = check(report, select=code)
        assert [(f.status, f.reason) for f in findings] == [(Status.NOT_ASSESSABLE, Reason.NO_STATEMENT)]


def test_chinese_numerals_and_full_width_digits_are_read() -> None:
    """三件, 一百零三件 and full-width ２６１８ are read as counts."""
    report = _with_topic("全年共受理政府信息公开申请二千六百八十七件，办结２６１８件，结转下年度继续办理一百零三件。")
    assert [s for s, _ in _statuses(report, "X601")] == [Status.PASS] * 3


def test_approximate_numbers_are_not_assessable() -> None:
    """受理申请2600余件 is approximate: not assessable, with the reason."""
    report = _with_topic("全年受理政府信息公开申请2600余件。")
    finding = check(report, select="X601")[0]
    assert (finding.status, finding.reason) == (Status.NOT_ASSESSABLE, Reason.APPROXIMATE)


def test_a_word_with_two_readings_names_both() -> None:
    """办理 N件 may be received or handled: when only one reading agrees, not assessable with both named."""
    report = _with_topic("全年办理政府信息公开申请2618件。")
    finding = check(report, select="X601")[0]
    assert (finding.status, finding.reason) == (Status.NOT_ASSESSABLE, Reason.AMBIGUOUS)
    assert "2687" in finding.message
    assert "2618" in finding.message


def test_no_reading_agrees_fails_naming_the_readings() -> None:
    """办理 N件 with N equal to neither received nor handled fails and names both readings."""
    report = _with_topic("全年办理政府信息公开申请2000件。")
    finding = check(report, select="X601")[0]
    assert finding.failed
    assert "2687" in finding.message
    assert "2618" in finding.message


def test_an_applicant_named_in_the_text_is_compared_with_its_column() -> None:
    """收到自然人申请 N件 is the 自然人 column, not the 总计."""
    report = _with_topic("全年收到自然人政府信息公开申请2583件，法人或其他组织申请104件。")
    findings = check(report, select="X601")
    assert [f.status for f in findings] == [Status.PASS, Status.PASS]
    assert findings[0].paths == ("$.requests.new_requests.natural_person",)


def test_a_number_that_covers_only_one_column_is_ambiguous() -> None:
    """A total that equals the 自然人 column alone may mean natural persons only: not assessable."""
    report = _with_topic("全年新收政府信息公开申请2583件。")
    finding = check(report, select="X601")[0]
    assert (finding.status, finding.reason) == (Status.NOT_ASSESSABLE, Reason.AMBIGUOUS)
    assert "自然人" in finding.message


def test_received_may_count_the_carried_over_requests_too() -> None:
    """收到 N件 equal to 新收 + 上年结转 (not 新收 alone) is not assessable, naming both readings, not failed."""
    report = _with_topic("全年收到政府信息公开申请2721件。")
    finding = check(report, select="X601")[0]
    assert (finding.status, finding.reason) == (Status.NOT_ASSESSABLE, Reason.AMBIGUOUS)
    assert "上年结转" in finding.message
    assert "$.requests.carried_over.total" in finding.paths


def test_a_year_on_year_change_is_not_read_as_a_share() -> None:
    """同比增长5% after a count is not a percentage of the requests handled."""
    report = _with_topic("全年新收政府信息公开申请2687件，同比增长5%。")
    assert [s for s, _ in _statuses(report, "X602")] == [Status.NOT_ASSESSABLE]
    assert [s for s, _ in _statuses(report, "X601")] == [Status.PASS]


def test_a_wrong_percentage_fails_x602_only() -> None:
    """予以公开1362件，占50.00%: the count passes, the share fails with the right value named."""
    report = _with_topic("全年办结申请2618件，其中予以公开1362件，占50.00%。")
    findings = list(check(report, select="X602"))
    assert [f.status for f in findings] == [Status.PASS, Status.FAIL]
    assert "52.02%" in findings[1].message
    assert findings[1].values == (Decimal("50.00"), Decimal("52.02"))


def test_upheld_claims_are_checked_against_table_four() -> None:
    """行政复议…均获维持 fails when table 四 has corrected or other outcomes."""
    report = _with_topic("被申请政府信息公开行政复议351件，均获维持。", key="oversight")
    statuses = _statuses(report, "X603")
    assert [s for s, _ in statuses] == [Status.PASS, Status.FAIL]
    assert "结果纠正 64" in statuses[1][1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本年度未收到政府信息公开申请。", Status.FAIL),
        ("本年度未发生政府信息公开行政复议、行政诉讼。", Status.FAIL),
        ("政府信息公开申请均已办结。", Status.FAIL),
        ("上年结转的申请均已办结。", None),
        ("对逾期未收到补正材料的申请不再处理。", None),
        ("尚未审结的行政复议3件。", None),
    ],
)
def test_claims_in_words_are_checked_against_the_tables(text: str, expected: Status | None) -> None:
    """X606 reads 未收到申请, 未发生行政复议, 均已办结 and no look-alikes (上年结转的…, 尚未审结)."""
    report = _with_topic(text)
    findings = [f for f in check(report, select="X606") if f.span is not None and f.span.path.startswith("$.overview")]
    if expected is None:
        assert findings == []
    else:
        assert findings
        assert {f.status for f in findings} == {expected}


def test_no_fee_claim_contradicts_a_fee_collected() -> None:
    """未收取信息处理费 while section 六 gives a fee fails; within the money tolerance a stated fee passes."""
    report, _ = sound_pair()
    report = attrs.evolve(
        report,
        other_matters=OtherMatters(text="本年度未收取信息处理费。", fees=ProcessingFees(collected=Decimal("120"))),
    )
    assert [f.status for f in check(report, select="X606")] == [Status.FAIL]
    report = attrs.evolve(
        report,
        other_matters=OtherMatters(text="收取信息处理费120.5元。", fees=ProcessingFees(collected=Decimal("120"))),
    )
    assert [f.status for f in check(report, select="X606")] == [Status.FAIL]
    assert [f.status for f in check(report, select="X606", money_tolerance=Decimal("0.5"))] == [Status.PASS]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全年通过网络申请1303件、信函172件、当面24件，共计1499件。", {Status.PASS}),
        ("全年通过网络申请1303件、信函172件、当面24件，共计1500件。", {Status.FAIL}),
        ("行政复议351件，其中结果维持72件，结果纠正64件，其他结果178件，尚未审结36件。", {Status.FAIL}),
        ("收到申请100件，其中予以公开60件。", {Status.NOT_ASSESSABLE}),
        ("收到申请100件，其中予以公开60件，不予公开50件。", {Status.FAIL}),
        ("收到申请100件，其中自然人80件，占80.00%。", {Status.NOT_ASSESSABLE, Status.PASS}),
        ("收到申请100件，其中自然人80件，占8.00%。", {Status.NOT_ASSESSABLE, Status.FAIL}),
    ],
)
def test_arithmetic_inside_the_prose(text: str, expected: set[Status]) -> None:
    """X607: stated parts sum to the stated total, shares are part ÷ total; incomplete parts are not judged."""
    report = _with_topic(text)
    assert {f.status for f in check(report, select="X607")} == expected


def test_unpaid_fee_notices_without_section_six_fees_fail_x605() -> None:
    """（六）2 > 0 with nothing about fees in section 六 fails X605; the 2019 format is not assessable."""
    from govinfo_report.rules._examples import failing_example

    report, _ = failing_example("X605")
    assert [f.status for f in check(report, select="X605")] == [Status.FAIL]
    old = AnnualReport(body=Body(name="某局"), year=2020, format=FormatVersion.V2019)
    assert check(old, select="X605")[0].reason is Reason.MISSING_TABLE


def test_the_reader_keeps_the_quoted_text_and_offsets() -> None:
    """Each claim's span is the exact slice of its field, from the start of the clause to the unit."""
    text = "定期研判。2024年，全市共受理政府信息公开申请 3119 件，答复 3050 件。"
    report = AnnualReport(
        body=Body(name="x"), year=2024, format=FormatVersion.V2021,
        overview=Overview(topics=(Topic(key="on_request", text=text),)),
    )  # fmt: skip
    for claim in read_prose(report).cells:
        assert text[claim.span.start : claim.span.end] == claim.span.text
    assert [c.span.text for c in read_prose(report).cells] == ["全市共受理政府信息公开申请 3119 件", "答复 3050 件"]
