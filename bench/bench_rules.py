"""Benchmark: the rule catalogue against one JSON round trip of the same report.

The report is a full 2021-format city report: all three tables (large counts),
six sub-topics of section 一 and sections 五 and 六, with about 10 KB (UTF-8) of
prose that states the tables' numbers the way real reports do. Printed ratios
are CPU times of the checks over the CPU time of ``from_json(to_json(report))``, each the
best of seven rounds in which the four measurements take turns:

- the whole catalogue on the report alone (the cross-year rules are then not
  assessable) and with last year's report (every rule runs);
- the arithmetic rules alone (T301–T304, T401);
- every rule but the prose rules (``ignore="X"``), which shows what reading the prose costs.

Targets: whole catalogue ≤ 1.0, arithmetic ≤ 0.2; the exit status is 1 when one is missed.

Run: ``.venv/bin/python bench/bench_rules.py``
"""

from __future__ import annotations

import datetime as dt
import sys
import time
import timeit
from decimal import Decimal

from govinfo_report.layout import BodyKind, ChannelKind, FormatVersion, layout_for
from govinfo_report.model import (
    AnnualReport,
    Body,
    Channel,
    ChannelCount,
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
from govinfo_report.rules import check
from govinfo_report.serialize import from_json, to_json

FILLER = (
    "坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实党中央、国务院关于全面推进政务公开工作的决策部署，"
    "严格落实《中华人民共和国政府信息公开条例》各项规定，围绕保障民生、深化改革、科技创新等工作主线，"
    "持续加强政策解读和回应关切，不断提升政务公开标准化规范化水平。"
)


CHANNELS = (
    Channel(
        name="市政府门户网站",
        kind=ChannelKind.WEBSITE,
        counts=(ChannelCount(count=5500, unit="条", subject="政府信息"),),
    ),
    Channel(
        name="政务公开栏",
        kind=ChannelKind.BULLETIN_BOARD,
        counts=(ChannelCount(count=126, unit="条", subject="公示信息"),),
    ),
    Channel(name="“淮安发布”微信公众号", kind=ChannelKind.WECHAT, counts=(ChannelCount(count=475, unit="条"),)),
    Channel(name="政府公报", kind=ChannelKind.GAZETTE, counts=(ChannelCount(count=6, unit="期"),)),
    Channel(name="新闻发布会", kind=ChannelKind.PRESS_CONFERENCE, counts=(ChannelCount(count=12, unit="场"),)),
)


def _report(year: int, scale: int, carried: list[int]) -> AnnualReport:
    spec = layout_for(FormatVersion.V2021).requests
    counts = {row: [(i * 37 + 11) % 97 * scale, i % 5, 0, 0, i % 3, i % 2] for i, row in enumerate(leaf_rows(spec))}
    handled = [sum(counts[r][c] for r in spec.row("total_handled").sums) for c in range(6)]
    counts["carried_over"] = carried
    counts["new_requests"] = [h - carried[c] + 5 for c, h in enumerate(handled)]  # 5 carried forward
    requests = build_requests(counts)
    reviews = build_reviews(
        {"review": [72, 64, 178, 37], "litigation_direct": [13, 4, 8, 1], "litigation_after_review": [12, 1, 1, 6]}
    )
    disclosure = build_disclosure(
        {
            "regulations": [1, 0, 11 + year - 2024],
            "normative_documents": [8, 26, 66 + (year - 2024) * -18],
            "licensing": [447228],
            "penalties": [3985758],
            "enforcement": [88283],
            "fees": [Decimal("96171.6")],
        }
    )
    new, carried = requests["new_requests", "total"], requests["carried_over", "total"]
    handled_total, forward = requests["total_handled", "total"], requests["carried_forward", "total"]
    granted = requests["granted", "total"]
    on_request = (
        f"{year}年，全市共受理政府信息公开申请{new}件，办结{handled_total}件（含上年度结转申请{carried}件，"
        f"另有{forward}件顺延到下年度答复），均在法定期限内予以答复。其中予以公开{granted}件，"
        f"占{(Decimal(granted) * 100 / handled_total).quantize(Decimal('0.01'))}%。"
        "政府信息公开行政复议351件，其中结果维持72件，结果纠正64件，其他结果178件，尚未审结37件；"
        "政府信息公开行政诉讼46件，其中结果维持25件，结果纠正5件，其他结果9件，尚未审结7件。"
    )
    active = (
        f"{year}年，市政府网站主动公开各类政府信息5500余条，全年制发规章1件，制发行政规范性文件8件，废止26件，"
        f"现行有效{disclosure['normative_documents', 'in_force']}件。通过网站发布信息1303条、微信公众号172条、"
        "政务微博24条，共计1499条。"
    )
    topics = [
        Topic(key="active", title="主动公开情况", text=active + FILLER * 3),
        Topic(key="on_request", title="依申请公开情况", text=on_request + FILLER * 2),
        Topic(key="management", title="政府信息管理情况", text=FILLER * 4),
        Topic(key="platforms", title="政府信息公开平台建设情况", text=FILLER * 4),
        Topic(key="oversight", title="政府信息公开监督保障情况", text=FILLER * 3),
        Topic(
            key="assessment", title="工作考核、社会评议和责任追究结果情况", text="开展政务公开社会评议1次。" + FILLER
        ),
    ]
    return AnnualReport(
        body=Body(name="某市人民政府", kind=BodyKind.GOVERNMENT),
        year=year,
        format=FormatVersion.V2021,
        published=dt.date(year + 1, 3, 20),
        title=f"某市人民政府{year}年政府信息公开工作年度报告",
        preamble=f"本报告所列数据统计期限自{year}年1月1日至{year}年12月31日。",
        headings=tuple(s.heading for s in layout_for(FormatVersion.V2021).sections),
        overview=Overview(text=FILLER * 3, topics=tuple(topics), channels=CHANNELS),
        disclosure=disclosure,
        requests=requests,
        reviews=reviews,
        improvements=Improvements(
            text="一是政策解读质量仍需提升。二是队伍建设还需加强。" + FILLER * 2,
            problems=("政策解读质量仍需提升，个别单位解读形式单一。", "政务公开队伍建设还需加强，人员流动性较大。"),
            remedies=("加强政策解读质效，探索多元解读模式。", "建立传帮带机制，定期组织业务培训。"),
        ),
        other_matters=OtherMatters(
            text=f"{year}年，全年收取政府信息公开信息处理费3940元。" + FILLER,
            fees=ProcessingFees(notices=6, collected=Decimal("3940")),
        ),
    )


def _prose_bytes(report: AnnualReport) -> int:
    texts = [report.preamble, report.overview.text, report.improvements.text, report.other_matters.text]
    texts += [*report.improvements.problems, *report.improvements.remedies]
    texts += [t.text for t in report.overview.topics]
    return sum(len(t.encode("utf-8")) for t in texts)


def _measure(functions: dict[str, object], number: int, rounds: int = 7) -> dict[str, float]:
    """Seconds per call of each function: the best of *rounds*, the functions taking turns (CPU time)."""
    best = dict.fromkeys(functions, float("inf"))
    for _ in range(rounds):
        for name, function in functions.items():
            seconds = timeit.timeit(function, number=number, timer=time.process_time) / number  # type: ignore[arg-type]
            best[name] = min(best[name], seconds)
    return best


def main() -> int:
    previous = _report(2023, 29, [34, 0, 0, 0, 0, 0])
    report = _report(2024, 31, [5] * 6)
    findings = check(report, previous=previous)
    errors = [f for f in findings if f.is_error]
    if errors:
        print("the benchmark report is not consistent:", *(f.message for f in errors), sep="\n  ")
        return 1
    times = _measure(
        {
            "round trip": lambda: from_json(to_json(report)),
            "alone": lambda: check(report),
            "with previous": lambda: check(report, previous=previous),
            "arithmetic": lambda: check(report, select=("T",)),
            "no prose": lambda: check(report, ignore=("X",)),
        },
        number=200,
    )
    round_trip = times["round trip"]
    print(f"report: {_prose_bytes(report)} bytes of prose (UTF-8), {len(findings)} findings with previous")
    print(f"JSON round trip (to_json + from_json): {round_trip * 1e6:8.1f} µs")
    rows = (
        ("whole catalogue, report alone", times["alone"], 1.0),
        ("whole catalogue, with previous year", times["with previous"], 1.0),
        ("arithmetic rules (T301-T304, T401)", times["arithmetic"], 0.2),
        ("all but the prose rules, report alone", times["no prose"], None),
    )
    failed = False
    for name, seconds, target in rows:
        ratio = seconds / round_trip
        verdict = ""
        if target is not None:
            met = ratio <= target
            failed |= not met
            verdict = f"  (target ≤ {target}: {'met' if met else 'missed'})"
        print(f"{name:38s} {seconds * 1e6:8.1f} µs  ratio {ratio:5.2f}{verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
