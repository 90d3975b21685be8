"""Reports built by hand for the render tests: both formats, blank and odd cells, hostile text."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from govinfo_report.layout import BodyKind, FormatVersion, layout_for
from govinfo_report.model import (
    BLANK,
    NOT_APPLICABLE,
    Amount,
    AnnualReport,
    Body,
    Improvements,
    OtherMatters,
    Overview,
    ProcessingFees,
    Topic,
    build_disclosure,
    build_requests,
    build_reviews,
    leaf_rows,
)

# The numbers of 淮安市人民政府's 2024 report (tests/data would hold its text; the numbers suffice).
HUAIAN_REQUESTS = {
    "new_requests": [3001, 53, 0, 0, 61, 4],
    "carried_over": [34, 0, 0, 0, 0, 0],
    "granted": [1288, 21, 0, 0, 50, 3],
    "partially_granted": [447, 7, 0, 0, 0, 0],
    "denied_state_secret": [2, 0, 0, 0, 0, 0],
    "denied_prohibited_by_law": [30, 1, 0, 0, 0, 0],
    "denied_three_safeties": [5, 0, 0, 0, 0, 0],
    "denied_third_party": [6, 0, 0, 0, 0, 0],
    "denied_internal_affairs": [7, 1, 0, 0, 0, 0],
    "denied_process_information": [12, 0, 0, 0, 0, 0],
    "denied_enforcement_files": [9, 0, 0, 0, 0, 0],
    "denied_administrative_query": [105, 0, 0, 0, 0, 0],
    "unable_not_held": [746, 12, 0, 0, 10, 1],
    "unable_needs_creation": [11, 0, 0, 0, 0, 0],
    "unable_unclear": [1, 0, 0, 0, 0, 0],
    "not_processed_complaint": [56, 6, 0, 0, 0, 0],
    "not_processed_repeated": [25, 0, 0, 0, 0, 0],
    "not_processed_publication": [0, 0, 0, 0, 0, 0],
    "not_processed_excessive": [0, 0, 0, 0, 0, 0],
    "not_processed_confirmation": [1, 0, 0, 0, 0, 0],
    "other_no_correction": [67, 3, 0, 0, 1, 0],
    "other_fee_unpaid": [6, 0, 0, 0, 0, 0],
    "other_other": [108, 2, 0, 0, 0, 0],
}


def report_2021() -> AnnualReport:
    """淮安市人民政府 2024: consistent tables, money with one decimal, topics, fees."""
    return AnnualReport(
        body=Body(name="淮安市人民政府", kind=BodyKind.GOVERNMENT),
        year=2024,
        format=FormatVersion.V2021,
        published=dt.date(2025, 1, 20),
        title="淮安市人民政府2024年政府信息公开工作年度报告",
        preamble="本报告由淮安市人民政府办公室根据《中华人民共和国政府信息公开条例》规定编制。\n"
        "报告所列统计期限自2024年1月1日至2024年12月31日。",
        overview=Overview(
            text="2024年，我市严格落实《中华人民共和国政府信息公开条例》各项规定。",
            topics=(
                Topic(key="active", title="主动公开情况", text="市政府网站主动公开各类政府信息5500余条。"),
                Topic(key="on_request", title="依申请公开情况", text="全市共受理政府信息公开申请3119件。"),
                Topic(key="management", title="政府信息管理情况", text="坚持“先审查、后公开”。"),
                Topic(key="platforms", title="政府信息公开平台建设情况", text="在运维政务新媒体共计95个。"),
                Topic(key="oversight", title="政府信息公开监督保障情况", text="全年组织4次检查。"),
            ),
        ),
        disclosure=build_disclosure(
            {
                "regulations": [1, 0, 11],
                "normative_documents": [8, 26, 66],
                "licensing": [447228],
                "penalties": [3985758],
                "enforcement": [88283],
                "fees": [Decimal("96171.6")],
            }
        ),
        requests=build_requests(HUAIAN_REQUESTS),
        reviews=build_reviews(
            {"review": [72, 64, 178, 37], "litigation_direct": [13, 4, 8, 1], "litigation_after_review": [12, 1, 1, 6]}
        ),
        improvements=Improvements(
            text="主要表现在：一是政策解读质量仍需提升；二是队伍建设还需加强。",
            problems=("政策解读质量仍需提升", "队伍建设还需加强"),
            remedies=("加强政策解读质效",),
        ),
        other_matters=OtherMatters(
            text="全年收取政府信息公开信息处理费3940元。",
            fees=ProcessingFees(notices=5, notified=Decimal("3940"), collected=Decimal("3940.00")),
        ),
    )


def report_2019() -> AnnualReport:
    """A 2019 trial-format report: 本年增/减 negative, 政府集中采购 251000元, blank and / cells."""
    spec = layout_for(FormatVersion.V2019).requests
    counts = {row: [0, 0, 0, 0, 0, 0] for row in leaf_rows(spec)}
    counts["new_requests"] = [12, 1, 0, 0, 0, 0]
    counts["granted"] = [7, 1, 0, 0, 0, 0]
    counts["other_handling"] = [2, 0, 0, 0, 0, 0]
    return AnnualReport(
        body=Body(name="某县自然资源局", kind=BodyKind.DEPARTMENT),
        year=2019,
        format=FormatVersion.V2019,
        disclosure=build_disclosure(
            {
                "regulations": [0, 0, 0],
                "normative_documents": [3, 3, 41],
                "licensing": [120, -15, 930],
                "other_services": [8, 0, BLANK],
                "penalties": [44, 6, 1870],
                "enforcement": [2, -2, NOT_APPLICABLE],
                "fees": [5, -1],
                "procurement": [4, Amount(value=Decimal("251000"), unit="元")],
            },
            version=FormatVersion.V2019,
        ),
        requests=build_requests(counts, version=FormatVersion.V2019),
        reviews=None,
        improvements=Improvements(text="无"),
    )


def hostile_report() -> AnnualReport:
    """Text that looks like markup or structure, escapes and control characters everywhere."""
    script = '<script>alert("x")</script> & \'quoted\' "double"'
    return AnnualReport(
        body=Body(name=f"{script}局\n第二行 "),
        year=2021,
        format=FormatVersion.V2021,
        headings=("一、总体情况", "二、主动公开", script, ""),
        title="发布机关：伪造\n\n" + script,
        preamble="一、总体情况\n　　缩进\\u0041\t|表|\r\n",
        overview=Overview(
            text="（一）假的分题。\n# 标题\n- 列表\n1. 有序\n**粗体**",
            topics=(
                Topic(key=None, title="主动公开情况。附", text="第一段 \n（二）不是分题\n\n"),
                Topic(key="oversight", title="", text=""),
                Topic(key="active", title=script, text="二、不是章节\n\u2028\ufeff\x00\x85"),
            ),
        ),
        disclosure_text="第二十条第（一）项\n信息内容\t规章",
        requests=build_requests({row: [BLANK] * 6 for row in leaf_rows(layout_for("2021").requests)}),
        requests_text=script,
        reviews=build_reviews(
            {"review": [NOT_APPLICABLE] * 4, "litigation_direct": [BLANK] * 4, "litigation_after_review": [0] * 4}
        ),
        reviews_text="行政复议\n&amp; &#x41; \\\\ `code` [link](x) ~~del~~ $x$ a|b",
        improvements=Improvements(text="五、存在的问题\n\n", problems=("", "\n"), remedies=(script,)),
        other_matters=OtherMatters(
            text="  ", fees=ProcessingFees(notices=BLANK, notified=NOT_APPLICABLE, collected=Decimal("0.00"))
        ),
    )


EXAMPLES = {"2021": report_2021, "2019": report_2019, "hostile": hostile_report}
