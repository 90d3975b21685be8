"""One small report per rule that fails it: for the documentation and the tests.

:func:`sound_pair` gives a 2024 government report and its 2023 predecessor
that pass every rule; :func:`failing_example` changes one thing in them so that
the rule named fails.

>>> from govinfo_report.rules import check, failures
>>> report, previous = sound_pair()
>>> failures(check(report, previous=previous))
()
>>> report, previous = failing_example("T401")
>>> [f.message for f in failures(check(report, previous=previous, select="T401"))]
['行政复议：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 351 ≠ 总计 350（差 1）']
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs

from govinfo_report.errors import UnknownKeyError
from govinfo_report.layout import BodyKind, FormatVersion, layout_for
from govinfo_report.model import (
    BLANK,
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
from govinfo_report.numbers import heading_ordinal

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from govinfo_report.model import Table

__all__ = ["failing_example", "sound_pair"]

_V2021 = layout_for(FormatVersion.V2021)
_REQUESTS = _V2021.requests
_NORMATIVE = _V2021.disclosure.row("normative_documents").label
_FORWARD = _REQUESTS.row("carried_forward").label


def _requests(year: int) -> Table:
    counts = {row: [0] * 6 for row in leaf_rows(_REQUESTS)}
    shift = year - 2024
    counts["carried_over"] = [34 + shift * 4, 0, 0, 0, 0, 0]
    counts["granted"] = [1288 + shift * 10, 21, 0, 0, 50, 3]
    counts["partially_granted"] = [447, 7, 0, 0, 0, 0]
    counts["denied_state_secret"] = [2, 0, 0, 0, 0, 0]
    counts["unable_not_held"] = [746, 12, 0, 0, 10, 1]
    counts["not_processed_repeated"] = [25, 0, 0, 0, 0, 0]
    counts["other_fee_unpaid"] = [6, 0, 0, 0, 0, 0]
    handled = [sum(counts[r][c] for r in _REQUESTS.row("total_handled").sums) for c in range(6)]
    forward = [34 if shift < 0 else 103, 0, 0, 0, 0, 0]
    counts["new_requests"] = [handled[c] + forward[c] - counts["carried_over"][c] for c in range(6)]
    return build_requests(counts)


def _disclosure(year: int) -> Table:
    shift = year - 2024
    return build_disclosure(
        {
            "regulations": [1, 0, 11 + shift],
            "normative_documents": [8, 26, 66 - 18 * shift],
            "licensing": [447228 + shift],
            "penalties": [3985758],
            "enforcement": [88283],
            "fees": [Decimal("96171.6")],
        }
    )


def _reviews(year: int) -> Table:
    return build_reviews(
        {
            "review": [72, 64, 178, 37 + year - 2024],
            "litigation_direct": [13, 4, 8, 1],
            "litigation_after_review": [12, 1, 1, 6],
        }
    )


_WORDS = MappingProxyType(
    {
        2024: (
            "示例市坚持以人民为中心，全面推进政务公开标准化规范化建设，持续提升政府透明度和公信力。",
            "动态调整主动公开目录，严格落实公开前保密审查，规范政府信息管理。",
            (
                "政策解读质量有待提升，部分解读形式单一。下一步将加强解读工作，提高解读的针对性和可读性，"
                "探索图表、视频等多种解读形式。"
            ),
        ),
        2023: (
            "示例市认真贯彻落实条例要求，聚焦群众关切，不断拓展公开渠道，增强政务公开实效。",
            "健全政府信息公开属性源头认定机制，及时清理过时信息。",
            (
                "基层政务公开队伍力量较为薄弱，业务培训覆盖不够全面。下一步将完善培训机制，"
                "组织专题培训和交流，提升工作人员业务能力。"
            ),
        ),
    }
)


def _report(year: int) -> AnnualReport:
    requests, reviews, disclosure = _requests(year), _reviews(year), _disclosure(year)
    new, handled = requests["new_requests", "total"], requests["total_handled", "total"]
    over, forward = requests["carried_over", "total"], requests["carried_forward", "total"]
    review = reviews["review", "total"]
    documents = disclosure["normative_documents", "issued"], disclosure["normative_documents", "in_force"]
    topics = (
        Topic(
            key="active",
            title="主动公开情况",
            text=f"{year}年制发{_NORMATIVE}{documents[0]}件，现行有效{documents[1]}件。",
        ),
        Topic(
            key="on_request",
            title="依申请公开情况",
            text=f"{year}年共受理政府信息公开申请{new}件，办结{handled}件，上年结转{over}件，{_FORWARD}{forward}件。",
        ),
        Topic(key="management", title="政府信息管理情况", text=_WORDS[year][1]),
        Topic(key="platforms", title="政府信息公开平台建设情况", text=f"{year}年优化政府网站专栏设置。"),
        Topic(key="oversight", title="监督保障情况", text=f"被申请政府信息公开行政复议{review}件。"),
        Topic(key="assessment", title="工作考核、社会评议和责任追究结果情况", text=f"{year}年开展社会评议一次。"),
    )
    return AnnualReport(
        body=Body(name="示例市人民政府", kind=BodyKind.GOVERNMENT),
        year=year,
        format=FormatVersion.V2021,
        published=dt.date(year + 1, 3, 20),
        title=f"示例市人民政府{year}年政府信息公开工作年度报告",
        preamble=f"本报告所列数据统计期限自{year}年1月1日至{year}年12月31日。",
        headings=tuple(section.heading for section in _V2021.sections),
        overview=Overview(text=_WORDS[year][0], topics=topics),
        disclosure=disclosure,
        requests=requests,
        reviews=reviews,
        improvements=Improvements(text=_WORDS[year][2]),
        other_matters=OtherMatters(
            text=f"{year}年发出收费通知6件，收取信息处理费{120 + year - 2024}元。",
            fees=ProcessingFees(notices=6, collected=Decimal(120 + year - 2024)),
        ),
    )


def sound_pair() -> tuple[AnnualReport, AnnualReport]:
    """A 2024 report and its 2023 predecessor that pass every rule."""
    return _report(2024), _report(2023)


def _topic(report: AnnualReport, key: str, text: str) -> AnnualReport:
    topics = tuple(attrs.evolve(t, text=text) if t.key == key else t for t in report.overview.topics)
    return attrs.evolve(report, overview=attrs.evolve(report.overview, topics=topics))


def _cells(report: AnnualReport, table: str, changes: dict[tuple[str, str], object]) -> AnnualReport:
    return attrs.evolve(report, **{table: getattr(report, table).with_cells(changes)})


def _headings(report: AnnualReport, changed: dict[int, str]) -> AnnualReport:
    headings = tuple(changed.get(i, h) for i, h in enumerate(report.headings or ()) if changed.get(i) != "")
    return attrs.evolve(report, headings=headings)


def _shifted(report: AnnualReport) -> AnnualReport:
    sections = _V2021.sections
    return attrs.evolve(
        report,
        headings=(sections[0].heading, *(heading_ordinal(s.number - 1, 1) + s.title for s in sections[1:])),
    )


_Pair = tuple[AnnualReport, AnnualReport]
_CHANGES: Mapping[str, Callable[[AnnualReport, AnnualReport], _Pair]] = MappingProxyType(
    {
        "S101": lambda r, p: (_headings(r, {3: ""}), p),
        "S102": lambda r, p: (_headings(r, {4: "五、" + _V2021.section("improvements").variants[0]}), p),
        "S103": lambda r, p: (attrs.evolve(r, improvements=Improvements(text="无。")), p),
        "S104": lambda r, p: (attrs.evolve(r, other_matters=OtherMatters(text="无其他需要报告的事项。")), p),
        "S105": lambda r, p: (
            attrs.evolve(r, body=Body(name="示例市财政局", kind=BodyKind.DEPARTMENT), published=dt.date(2025, 2, 15)),
            attrs.evolve(p, body=Body(name="示例市财政局", kind=BodyKind.DEPARTMENT)),
        ),
        "S106": lambda r, p: (
            attrs.evolve(
                r,
                requests=build_requests(
                    {row: [0] * 6 for row in leaf_rows(layout_for(FormatVersion.V2019).requests)}, version="2019"
                ),
            ),
            p,
        ),
        "S107": lambda r, p: (_shifted(r), p),
        "S108": lambda r, p: (attrs.evolve(r, preamble="本报告所列数据统计期限自2023年1月1日至2023年12月31日。"), p),
        "S109": lambda r, p: (
            attrs.evolve(r, overview=Overview(text=r.overview.text, topics=r.overview.topics[:-1])),
            p,
        ),
        "T301": lambda r, p: (_cells(r, "requests", {("granted", "natural_person"): 1289}), p),
        "T302": lambda r, p: (_cells(r, "requests", {("total_handled", "natural_person"): 2520}), p),
        "T303": lambda r, p: (_cells(r, "requests", {("carried_forward", "natural_person"): 104}), p),
        "T304": lambda r, p: (_cells(r, "requests", {("granted", "commercial_enterprise"): BLANK}), p),
        "T401": lambda r, p: (_cells(r, "reviews", {("review", "total"): 350}), p),
        "Y501": lambda r, p: (r, _cells(p, "requests", {("carried_forward", "natural_person"): 30})),
        "Y502": lambda r, p: (r, _cells(p, "disclosure", {("normative_documents", "in_force"): 80})),
        "Y503": lambda r, p: (
            r,
            attrs.evolve(p, overview=r.overview, improvements=r.improvements, other_matters=r.other_matters),
        ),
        "Y504": lambda r, p: (r, attrs.evolve(p, disclosure=r.disclosure, requests=r.requests, reviews=r.reviews)),
        "X601": lambda r, p: (_topic(r, "on_request", "全年新收政府信息公开申请3120件。"), p),
        "X602": lambda r, p: (_topic(r, "on_request", "全年办结申请2618件，其中予以公开1362件，占50.00%。"), p),
        "X603": lambda r, p: (_topic(r, "oversight", "被申请政府信息公开行政复议351件，均获维持。"), p),
        "X604": lambda r, p: (_topic(r, "active", f"全年制发{_NORMATIVE}9件。"), p),
        "X605": lambda r, p: (attrs.evolve(r, other_matters=OtherMatters(text="无其他需要报告的事项。")), p),
        "X606": lambda r, p: (_topic(r, "on_request", "政府信息公开申请均已办结。"), p),
        "X607": lambda r, p: (
            _topic(r, "on_request", "全年通过网络申请1303件、信函172件、当面24件，共计1500件。"),
            p,
        ),
    }
)


def failing_example(code: str) -> tuple[AnnualReport, AnnualReport]:
    """A report (and its predecessor) that fail rule *code*."""
    change = _CHANGES.get(code)
    if change is None:
        raise UnknownKeyError(code, "a rule code with an example", known=tuple(_CHANGES))
    return change(*sound_pair())
