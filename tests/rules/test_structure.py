"""The structure rules S101–S109: headings, sections 五 and 六, deadlines, formats, years, 第五十条."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from govinfo_report.layout import BodyKind, FormatVersion, layout_for
from govinfo_report.model import Improvements, OtherMatters, Overview
from govinfo_report.numbers import heading_ordinal
from govinfo_report.rules import Reason, Status, check
from govinfo_report.rules._examples import sound_pair

SECTIONS = layout_for(FormatVersion.V2021).sections
HEADINGS = tuple(s.heading for s in SECTIONS)


def _statuses(report: object, code: str) -> list[Status]:
    return [f.status for f in check(report, select=code)]  # type: ignore[arg-type]


def _with(**changes: object) -> object:
    return attrs.evolve(sound_pair()[0], **changes)


@pytest.mark.parametrize("code", ["S101", "S102", "S107"])
def test_heading_rules_need_the_printed_headings(code: str) -> None:
    """Without the headings as printed (a report built in code) the heading rules are not assessable."""
    findings = check(_with(headings=None), select=code)  # type: ignore[arg-type]
    assert [(f.status, f.reason) for f in findings] == [(Status.NOT_ASSESSABLE, Reason.NO_HEADINGS)]


@pytest.mark.parametrize(
    ("headings", "expected"),
    [
        (HEADINGS, [Status.PASS]),
        (HEADINGS[:3] + HEADINGS[4:], [Status.FAIL]),
        ((HEADINGS[1], HEADINGS[0], *HEADINGS[2:]), [Status.FAIL]),
        (tuple(h.replace("、", "、 ") for h in HEADINGS), [Status.PASS]),
        ((), [Status.FAIL]),
    ],
)
def test_s101_all_six_sections_in_order(headings: tuple[str, ...], expected: list[Status]) -> None:
    """S101 fails for a missing or displaced section, not for spacing."""
    assert _statuses(_with(headings=headings), "S101") == expected


def test_s101_counts_a_reworded_heading_by_its_ordinal() -> None:
    """A reworded heading still stands for its section (S102 reports the wording)."""
    reworded = (*HEADINGS[:4], "五、存在问题和下一步打算", HEADINGS[5])
    report = _with(headings=reworded)
    assert _statuses(report, "S101") == [Status.PASS]
    assert Status.FAIL in _statuses(report, "S102")


def test_s102_reports_each_variant_heading() -> None:
    """A heading in a known variant wording fails S102 with both wordings in the message."""
    variant = "五、" + SECTIONS[4].variants[0]
    findings = [f for f in check(_with(headings=(*HEADINGS[:4], variant, HEADINGS[5])), select="S102") if f.failed]  # type: ignore[arg-type]
    assert len(findings) == 1
    assert findings[0].paths == ("$.headings[4]",)
    assert SECTIONS[4].heading in findings[0].message


def test_s107_sections_shifted_restarting_and_sub_topics() -> None:
    """S107 fails for 二…六 numbered 一…五, for a restart at 一、 and for a sub-topic numbered as a section."""
    shifted = (HEADINGS[0], *(heading_ordinal(s.number - 1, 1) + s.title for s in SECTIONS[1:]))
    assert Status.FAIL in _statuses(_with(headings=shifted), "S107")
    topic = layout_for(FormatVersion.V2021).topics[0]
    with_topic = (HEADINGS[0], "二、" + topic.label, *HEADINGS[1:])
    failed = [f for f in check(_with(headings=with_topic), select="S107") if f.failed]  # type: ignore[arg-type]
    assert any("子标题" in f.message for f in failed)
    assert _statuses(_with(headings=HEADINGS), "S107") == [Status.PASS]


@pytest.mark.parametrize(("text", "expected"), [("", Status.FAIL), ("无。", Status.FAIL), (" 暂无 ", Status.FAIL)])
def test_s103_section_five_empty_or_nothing(text: str, expected: Status) -> None:
    """S103 fails when section 五 is empty or says only 无."""
    assert _statuses(_with(improvements=Improvements(text=text)), "S103") == [expected]


def test_s104_fees_in_section_six() -> None:
    """S104 passes with structured fees or 处理费 in the text, and fails without either."""
    assert _statuses(_with(other_matters=OtherMatters(text="本年度未收取信息处理费。")), "S104") == [Status.PASS]
    assert _statuses(_with(other_matters=OtherMatters(text="无其他需要报告的事项。")), "S104") == [Status.FAIL]


@pytest.mark.parametrize(
    ("kind", "published", "expected"),
    [
        (BodyKind.DEPARTMENT, dt.date(2025, 1, 31), Status.PASS),
        (BodyKind.DEPARTMENT, dt.date(2025, 2, 1), Status.FAIL),
        (BodyKind.TOWNSHIP, dt.date(2025, 2, 1), Status.FAIL),
        (BodyKind.GOVERNMENT, dt.date(2025, 3, 31), Status.PASS),
        (BodyKind.GOVERNMENT, dt.date(2025, 4, 1), Status.FAIL),
        (BodyKind.OTHER, dt.date(2025, 4, 1), Status.NOT_ASSESSABLE),
        (BodyKind.GOVERNMENT, None, Status.NOT_ASSESSABLE),
    ],
)
def test_s105_deadlines_of_article_49(kind: BodyKind, published: dt.date | None, expected: Status) -> None:
    """S105: departments and townships by 01-31, governments by 03-31; unknown date or body: not assessable."""
    report = sound_pair()[0]
    report = attrs.evolve(report, body=attrs.evolve(report.body, kind=kind), published=published)
    findings = check(report, select="S105")
    assert [f.status for f in findings] == [expected]
    if expected is Status.FAIL:
        assert findings[0].difference == 1


def test_s106_a_table_of_the_other_format() -> None:
    """S106 fails for a 2019-format table in a 2021 report and names the table."""
    from govinfo_report.rules._examples import failing_example

    report, _ = failing_example("S106")
    findings = check(report, select="S106")
    assert [(f.status, f.paths) for f in findings if f.failed] == [(Status.FAIL, ("$.requests",))]
    assert [f.paths for f in findings if f.status is Status.PASS] == [("$.disclosure", "$.reviews")]


@pytest.mark.parametrize(
    ("title", "preamble", "expected"),
    [
        ("某县2024年政府信息公开工作年度报告", "统计期限自2024年1月1日至2024年12月31日。", {Status.PASS}),
        ("某县2023年政府信息公开工作年度报告", "", {Status.FAIL}),
        ("某县二〇二四年政府信息公开工作年度报告", "", {Status.PASS}),
        ("", "本报告统计时限为2024年1月1日至2023年12月31日。", {Status.FAIL}),
        ("", "", {Status.NOT_ASSESSABLE}),
    ],
)
def test_s108_years_agree(title: str, preamble: str, expected: set[Status]) -> None:
    """S108 compares the title year and the statistics period with the report year (2024)."""
    report = _with(title=title, preamble=preamble)
    assert set(_statuses(report, "S108")) == expected


def test_s109_government_reports_cover_assessment() -> None:
    """S109: a government's report without 考核/评议/责任追究 fails; a department's is not assessable."""
    report = sound_pair()[0]
    without = attrs.evolve(report, overview=Overview(topics=report.overview.topics[:-1]))
    assert _statuses(without, "S109") == [Status.FAIL]
    department = attrs.evolve(without, body=attrs.evolve(report.body, kind=BodyKind.DEPARTMENT))
    assert [(f.status, f.reason) for f in check(department, select="S109")] == [
        (Status.NOT_ASSESSABLE, Reason.NOT_FOR_BODY)
    ]
    assert _statuses(report, "S109") == [Status.PASS]
