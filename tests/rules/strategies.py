"""Strategies for the rule tests: complete reports whose every part agrees, and prose that states numbers.

- :func:`stated_prose` writes sentences that state a report's table numbers,
  remembering which rule checks each number, so that a test can make exactly one
  number wrong;
- :func:`complete_reports` takes a report from the builders and fills in
  everything a sound report has (headings, deadline, period, sections 五 and 六,
  prose stating the numbers), so that no rule fails;
- :func:`series` makes consecutive years of one body that continue each other.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

import attrs
from hypothesis import strategies as st

from govinfo_report.layout import BodyKind, FormatVersion, layout_for
from govinfo_report.model import (
    AnnualReport,
    Body,
    Improvements,
    OtherMatters,
    Overview,
    ProcessingFees,
    Table,
    Topic,
    build_disclosure,
    build_requests,
    build_reviews,
    leaf_rows,
)
from govinfo_report.numbers import chinese_year, to_chinese
from tests.strategies import consistent_reports, counts

if TYPE_CHECKING:
    from collections.abc import Sequence

UNITS_OF_WORDS = "政务公开工作稳步推进群众满意度持续提升制度机制不断健全平台功能逐步完善队伍素质明显增强"


@attrs.frozen
class Number:
    """A number stated in the prose: the words before it, the value, the rules that check it."""

    before: str
    value: int
    rules: frozenset[str]
    chinese: bool = False
    after: str = "件"

    def render(self, wrong_by: int = 0) -> str:
        value = self.value + wrong_by
        shown = to_chinese(value) if self.chinese else str(value)
        return f"{self.before}{shown}{self.after}"


@attrs.frozen
class Prose:
    """Sentences per topic key, each a sequence of numbers and the text that ends it."""

    topics: tuple[tuple[str, tuple[tuple[tuple[Number, ...], str], ...]], ...]

    @property
    def numbers(self) -> tuple[Number, ...]:
        return tuple(n for _, sentences in self.topics for numbers, _ in sentences for n in numbers)

    def render(self, wrong: Number | None = None, wrong_by: int = 0) -> dict[str, str]:
        texts = {}
        for key, sentences in self.topics:
            parts = []
            for numbers, end in sentences:
                parts.append("".join(n.render(wrong_by if n is wrong else 0) for n in numbers) + end)
            texts[key] = "".join(parts)
        return texts


def _percent(part: int, whole: int) -> str:
    return str((Decimal(part) * 100 / whole).quantize(Decimal("0.01"), ROUND_HALF_UP))


@st.composite
def stated_prose(draw: st.DrawFn, report: AnnualReport) -> Prose:
    """Sentences that state numbers of *report*'s tables, as real reports word them."""
    chinese = st.booleans()

    def number(before: str, value: int, *rules: str) -> Number:
        return Number(before, value, frozenset(rules), chinese=value < 10_000 and draw(chinese))

    requests, reviews, disclosure = report.requests, report.reviews, report.disclosure
    on_request: list[tuple[tuple[Number, ...], str]] = []
    if requests is not None:
        r = requests
        on_request.append(
            (
                (
                    number("本年度新收政府信息公开申请", r["new_requests", "total"], "X601"),
                    number("，上年结转", r["carried_over", "total"], "X601"),
                    number("，办结", r["total_handled", "total"], "X601"),
                    number("，结转下年度继续办理", r["carried_forward", "total"], "X601"),
                ),
                "。",
            )
        )
        spec = r.spec
        granted = r["granted", "total"]
        results = [
            number("其中予以公开", granted, "X602"),
            number("，部分公开", r["partially_granted", "total"], "X602"),  # type: ignore[arg-type]
        ]
        handled = r["total_handled", "total"]
        share = draw(st.booleans()) and handled > 0
        ending = f"，占{_percent(granted, handled)}%" if share else ""
        for group in spec.groups:
            if group.parent == "results":
                rows = [row.key for row in spec.rows if row.parent == group.key]
                results.append(number(f"，{group.label}", sum(r[row, "total"] for row in rows), "X602"))  # type: ignore[misc]
        if spec.version is FormatVersion.V2019:
            results.append(number("，其他处理", r["other_handling", "total"], "X602"))
        results[0] = attrs.evolve(results[0], after="件" + ending)
        on_request.append((tuple(results), "。"))
    oversight: list[tuple[tuple[Number, ...], str]] = []
    if reviews is not None:
        review = reviews["review", "total"]
        litigation = reviews["litigation_direct", "total"] + reviews["litigation_after_review", "total"]  # type: ignore[operator]
        oversight.append(
            (
                (
                    number("本年度发生政府信息公开行政复议", review, "X603"),  # type: ignore[arg-type]
                    number("，行政诉讼", litigation, "X603"),  # type: ignore[arg-type]
                ),
                "。",
            )
        )
        outcomes = [
            number(f"，{word}", reviews["review", column], "X603", "X607")  # type: ignore[arg-type]
            for word, column in (
                ("其中结果维持", "upheld"),
                ("结果纠正", "corrected"),
                ("其他结果", "other"),
                ("尚未审结", "pending"),
            )
        ]
        oversight.append(((number("行政复议", review, "X603", "X607"), *outcomes), "。"))  # type: ignore[arg-type]
    active: list[tuple[tuple[Number, ...], str]] = []
    if disclosure is not None:
        d = disclosure
        if d.spec.version is FormatVersion.V2021:
            words = (("本年制发", "issued"), ("，废止", "repealed"), ("，现行有效", "in_force"))
        else:
            words = (("本年新制作", "produced"), ("，新公开", "published"), ("，对外公开总数", "total_published"))
        for label, row in (("规章", "regulations"), ("行政规范性文件", "normative_documents")):
            first, *rest = words
            stated = [number(f"{first[0]}{label}", d[row, first[1]], "X604")]  # type: ignore[arg-type]
            stated += [number(before, d[row, column], "X604") for before, column in rest]  # type: ignore[arg-type]
            active.append((tuple(stated), "。"))
    return Prose(topics=(("active", tuple(active)), ("on_request", tuple(on_request)), ("oversight", tuple(oversight))))


_TOPIC_TITLES = {t.key: t.label for t in layout_for(FormatVersion.V2021).topics}
_DEADLINE_SAFE = (1, 15)


def _descriptive(draw: st.DrawFn, year: int) -> str:
    """A paragraph of prose with no digits, different from year to year."""
    words = draw(st.lists(st.sampled_from(UNITS_OF_WORDS), min_size=40, max_size=80))
    return chinese_year(year) + "年" + "".join(words) + "。"


def with_prose(report: AnnualReport, texts: dict[str, str], descriptive: str) -> AnnualReport:
    """*report* with section 一 holding *texts* by topic key (and the other usual topics)."""
    keys = ["active", "on_request", "management", "platforms", "oversight"]
    if report.body.kind is BodyKind.GOVERNMENT:
        keys.append("assessment")
    topics = tuple(
        Topic(
            key=key,
            title=_TOPIC_TITLES[key],
            text=texts.get(key, "") + ("开展社会评议。" if key == "assessment" else ""),
        )
        for key in keys
    )
    return attrs.evolve(report, overview=Overview(text=descriptive, topics=topics))


@st.composite
def complete_reports(draw: st.DrawFn, version: FormatVersion | None = None) -> tuple[AnnualReport, Prose]:
    """A report from the builders with everything a sound report has, and the prose it states."""
    report = draw(consistent_reports(version))
    kind = draw(st.sampled_from([BodyKind.GOVERNMENT, BodyKind.DEPARTMENT, BodyKind.TOWNSHIP]))
    year = report.year
    fee = Decimal(draw(st.integers(0, 10_000)))
    notices = draw(st.integers(1, 50))
    report = attrs.evolve(
        report,
        body=Body(name=draw(st.sampled_from(["某县人民政府", "某市财政局", "某镇人民政府"])), kind=kind),
        published=dt.date(year + 1, *_DEADLINE_SAFE),
        title=f"某单位{year}年政府信息公开工作年度报告",
        preamble=f"本报告所列数据统计期限自{year}年1月1日至{year}年12月31日。",
        headings=tuple(section.heading for section in report.layout.sections),
        improvements=Improvements(text=_descriptive(draw, year)),
        other_matters=OtherMatters(
            text=f"本年度发出收费通知{notices}件，收取信息处理费{fee}元。",
            fees=ProcessingFees(notices=notices, collected=fee),
        ),
    )
    prose = draw(stated_prose(report))
    return with_prose(report, prose.render(), _descriptive(draw, year)), prose


@st.composite
def series(draw: st.DrawFn, length: int = 3) -> tuple[AnnualReport, ...]:
    """*length* consecutive 2021-format years of one body: carry-over and stocks continue."""
    first = draw(st.integers(2021, 2090))
    spec = layout_for(FormatVersion.V2021).requests
    carried = [draw(counts) for _ in range(6)]
    in_force = {"regulations": draw(st.integers(0, 500)), "normative_documents": draw(st.integers(0, 500))}
    reports = []
    for year in range(first, first + length):
        rows = {row: [draw(st.integers(0, 1000)) for _ in range(6)] for row in leaf_rows(spec)}
        handled = [sum(rows[row][i] for row in spec.row("total_handled").sums) for i in range(6)]
        forward = [draw(st.integers(0, 50)) for _ in range(6)]
        rows["carried_over"] = carried
        rows["new_requests"] = [max(0, h + f - c) for h, f, c in zip(handled, forward, carried)]
        requests = build_requests(rows)
        carried = [requests["carried_forward", c.key] for c in spec.columns if not c.sums]  # type: ignore[misc]
        disclosure_rows: dict[str, Sequence[object]] = {}
        for row in ("regulations", "normative_documents"):
            issued = draw(st.integers(0, 50))
            repealed = draw(st.integers(0, in_force[row] + issued))
            in_force[row] += issued - repealed
            disclosure_rows[row] = [issued, repealed, in_force[row]]
        disclosure_rows |= {
            "licensing": [year * 7 + draw(st.integers(0, 9))],
            "penalties": [draw(counts)],
            "enforcement": [draw(counts)],
            "fees": [Decimal(draw(st.integers(0, 10**6)))],
        }
        reviews = build_reviews(
            {
                row: [draw(st.integers(0, 99)) for _ in range(4)]
                for row in ("review", "litigation_direct", "litigation_after_review")
            }
        )
        report = AnnualReport(
            body=Body(name="某县人民政府", kind=BodyKind.GOVERNMENT),
            year=year,
            format=FormatVersion.V2021,
            disclosure=build_disclosure(disclosure_rows),  # type: ignore[arg-type]
            requests=requests,
            reviews=reviews,
            improvements=Improvements(text=_descriptive(draw, year)),
        )
        reports.append(with_prose(report, {}, _descriptive(draw, year)))
    return tuple(reports)


def table_of(report: AnnualReport, key: str) -> Table:
    table = getattr(report, key)
    assert table is not None
    return table  # type: ignore[no-any-return]
