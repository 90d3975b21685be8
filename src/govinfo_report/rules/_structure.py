"""The structure rules S101–S109: sections, headings, deadlines, years, format versions.

Headings are read from ``report.headings`` (the headings as printed, known for
a parsed report); a report built in code has none, and the heading rules are
then not assessable.

>>> import datetime
>>> from govinfo_report.rules import check
>>> from govinfo_report.model import AnnualReport, Body
>>> from govinfo_report.layout import BodyKind, FormatVersion
>>> report = AnnualReport(body=Body(name="某市财政局", kind=BodyKind.DEPARTMENT), year=2024,
...                       format=FormatVersion.V2021, published=datetime.date(2025, 2, 15))
>>> [(f.status.value, f.message) for f in check(report, select="S105")]
[('fail', '发布日期 2025-02-15 晚于期限 2025-01-31（逾期 15 天）')]
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from govinfo_report.errors import InvalidNumberError
from govinfo_report.layout import BodyKind, FormatVersion, SectionSpec, layout_for
from govinfo_report.numbers import (
    parse_chinese_year,
    parse_date,
    to_chinese,
)
from govinfo_report.rules._context import Context, emit
from govinfo_report.rules._finding import Reason, Span, Status, Value
from govinfo_report.rules._headings import Heading, official_headings, read_headings

if TYPE_CHECKING:
    from govinfo_report.model import AnnualReport
    from govinfo_report.rules._catalogue import Rule
    from govinfo_report.rules._finding import Finding

__all__ = ["CHECKS"]

_SPACE = re.compile(r"\s+")


def _headings(ctx: Context) -> tuple[Heading, ...]:
    """The headings as read once per check (see :attr:`Context.headings`)."""
    return ctx.headings if ctx.headings is not None else read_headings(ctx.report)


def _section_of(heading: Heading, sections: tuple[SectionSpec, ...]) -> SectionSpec | None:
    """The section a heading stands for: by its words, else (reworded) by its ordinal."""
    if heading.section is not None:
        return heading.section
    if heading.topic is None and heading.level == 1 and heading.number is not None:
        numbered = [s for s in sections if s.number == heading.number]
        return numbered[0] if numbered else None
    return None


def _no_headings(rule: Rule, ctx: Context) -> list[Finding]:
    return [
        emit(
            rule,
            ctx,
            Status.NOT_ASSESSABLE,
            "未记录报告印发的标题（报告非由原文解析而来），无法评估",
            "the headings as printed are not known (the report was not parsed): not assessable",
            paths=("$.headings",),
            reason=Reason.NO_HEADINGS,
        )
    ]


_Said = tuple[Status, str, str, tuple[str, ...], tuple[Value, ...], Reason | None]
"""What a heading rule finds at one place: status, messages (zh, en), paths, values and reason."""


def _s101_says(headings: tuple[Heading, ...], sections: tuple[SectionSpec, ...]) -> tuple[_Said, ...]:
    found = [(h, s) for h in headings if (s := _section_of(h, sections)) is not None]
    numbers = [s.number for _, s in found]
    missing = [s for s in sections if s.number not in numbers]
    said: list[_Said] = []
    if missing:
        said.append(
            (
                Status.FAIL,
                "缺少部分：" + "；".join(s.heading for s in missing),
                "missing sections: " + ", ".join(s.key for s in missing),
                ("$.headings",),
                (len(missing),),
                None,
            )
        )
    highest: int | None = None  # the highest section number so far: a heading at or below it is misplaced
    for heading, section in found:
        if highest is not None and section.number <= highest:
            said.append(
                (
                    Status.FAIL,
                    f"「{heading.text}」（第{section.number}部分）出现在后面部分之后或重复出现",
                    f"heading {heading.index} ({section.key}) comes after a later section or repeats one",
                    (heading.path,),
                    (),
                    None,
                )
            )
        if highest is None or section.number > highest:
            highest = section.number
    if not said:
        said.append(
            (
                Status.PASS,
                "六个部分齐全，顺序正确",
                "all six sections present, in order",
                tuple(h.path for h, _ in found),
                (),
                None,
            )
        )
    return tuple(said)


def _s102_says(headings: tuple[Heading, ...], sections: tuple[SectionSpec, ...]) -> tuple[_Said, ...]:
    said: list[_Said] = []
    passed = []
    for heading in headings:
        section = _section_of(heading, sections)
        if section is None:
            continue
        if heading.rest == section.title:
            passed.append(heading.path)
            continue
        said.append(
            (
                Status.FAIL,
                f"「{heading.text}」与官方表述「{section.heading}」不一致",
                f"heading {heading.index} reads {heading.rest!r}, officially {section.title!r}",
                (heading.path,),
                (heading.rest, section.title),
                None,
            )
        )
    if passed:
        said.append(
            (
                Status.PASS,
                f"{len(passed)} 个标题与官方表述一致",
                f"{len(passed)} headings use the official wording",
                tuple(passed),
                (),
                None,
            )
        )
    if not said:
        said.append(
            (
                Status.NOT_ASSESSABLE,
                "没有可识别的部分标题，无法评估",
                "no heading names a section: not assessable",
                ("$.headings",),
                (),
                Reason.NO_HEADINGS,
            )
        )
    return tuple(said)


def _s107_says(headings: tuple[Heading, ...], sections: tuple[SectionSpec, ...]) -> tuple[_Said, ...]:  # noqa: ARG001
    said: list[_Said] = []
    passed = []
    seen: dict[int, Heading] = {}
    for heading in headings:
        problem_zh = problem_en = ""
        if heading.level == 1 and heading.number is not None and heading.number in seen:
            first = seen[heading.number]
            problem_zh = f"编号与「{first.text}」重复（编号重新开始）"
            problem_en = f"repeats the ordinal of heading {first.index} (numbering restarts)"
        elif heading.section is not None:
            expected = heading.section.heading.split("、", 1)[0] + "、"
            if heading.level is None:
                problem_zh, problem_en = f"缺少编号 {expected}", f"has no ordinal, expected {expected}"
            elif heading.level != 1 or heading.number != heading.section.number:
                problem_zh = f"编号应为 {expected}"
                problem_en = f"should be numbered {expected}"
        elif heading.topic is not None and heading.level == 1:
            problem_zh = "是第一部分的子标题，却按部分编号"
            problem_en = "is a sub-topic of section 一 numbered as a section"
        if heading.level == 1 and heading.number is not None:
            seen.setdefault(heading.number, heading)
        if not problem_zh:
            if heading.section is not None or heading.level == 1:
                passed.append(heading.path)
            continue
        said.append(
            (
                Status.FAIL,
                f"「{heading.text}」{problem_zh}",
                f"heading {heading.index} {heading.text!r} {problem_en}",
                (heading.path,),
                (),
                None,
            )
        )
    if passed:
        said.append(
            (
                Status.PASS,
                f"{len(passed)} 个标题编号正确",
                f"{len(passed)} headings are numbered right",
                tuple(passed),
                (),
                None,
            )
        )
    if not said:
        said.append(
            (
                Status.NOT_ASSESSABLE,
                "没有带编号的部分标题，无法评估",
                "no numbered section heading: not assessable",
                ("$.headings",),
                (),
                Reason.NO_HEADINGS,
            )
        )
    return tuple(said)


_Says = Callable[[tuple[Heading, ...], tuple[SectionSpec, ...]], tuple[_Said, ...]]


def _official_says(says: _Says) -> Mapping[FormatVersion, tuple[_Said, ...]]:
    """What a heading rule finds in the official headings of every format, found once."""
    return MappingProxyType(
        {version: says(official_headings(version), layout_for(version).sections) for version in FormatVersion}
    )


def _heading_rule(says: _Says) -> Callable[[Rule, Context], list[Finding]]:
    """The check of a heading rule that finds what *says* finds (found in advance for the official headings)."""
    official = _official_says(says)

    def check(rule: Rule, ctx: Context) -> list[Finding]:
        report = ctx.report
        if report.headings is None:
            return _no_headings(rule, ctx)
        headings = _headings(ctx)
        version = report.format
        said = official[version] if headings is official_headings(version) else None
        if said is None:
            said = says(headings, layout_for(version).sections)
        return [
            emit(rule, ctx, status, zh, en, paths=paths, values=values, reason=reason)
            for status, zh, en, paths, values, reason in said
        ]

    return check


_s101 = _heading_rule(_s101_says)
_s102 = _heading_rule(_s102_says)
_s107 = _heading_rule(_s107_says)


_NOTHING = frozenset({"", "无", "暂无", "没有", "无问题"})
_PUNCTUATION = re.compile(r"[\s。，、；：！？.,;:!?]+")


def _s103(rule: Rule, ctx: Context) -> list[Finding]:
    improvements = ctx.report.improvements
    text = "".join((improvements.text, *improvements.problems, *improvements.remedies))
    content = _PUNCTUATION.sub("", text) if len(text) < 40 else text
    if content in _NOTHING:
        said = f"只写「{content}」" if content else "为空"
        return [
            emit(
                rule,
                ctx,
                Status.FAIL,
                f"第五部分{said}，未说明存在的问题及改进情况",
                "section 五 is empty" if not content else f"section 五 says only {content!r}",
                paths=("$.improvements",),
            )
        ]
    return [
        emit(
            rule,
            ctx,
            Status.PASS,
            f"第五部分有 {len(content)} 字的内容",
            f"section 五 has {len(content)} characters of content",
            paths=("$.improvements",),
        )
    ]


_FEE_WORDS = re.compile(r"处理费")


def _s104(rule: Rule, ctx: Context) -> list[Finding]:
    other = ctx.report.other_matters
    if other.fees is not None:
        return [
            emit(
                rule,
                ctx,
                Status.PASS,
                "第六部分报告了信息处理费",
                "section 六 reports the fees",
                paths=("$.other_matters.fees",),
            )
        ]
    match = _FEE_WORDS.search(other.text)
    if match is not None:
        start, end = max(0, match.start() - 12), min(len(other.text), match.end() + 12)
        span = Span(path="$.other_matters.text", start=start, end=end, text=other.text[start:end])
        return [
            emit(
                rule,
                ctx,
                Status.PASS,
                "第六部分提到了信息处理费",
                "section 六 mentions the fees",
                paths=("$.other_matters.text",),
                span=span,
            )
        ]
    return [
        emit(
            rule,
            ctx,
            Status.FAIL,
            "第六部分未报告信息处理费收取情况",
            "section 六 does not report the 信息处理费",
            paths=("$.other_matters",),
        )
    ]


_DEADLINES = MappingProxyType({BodyKind.DEPARTMENT: (1, 31), BodyKind.TOWNSHIP: (1, 31), BodyKind.GOVERNMENT: (3, 31)})


def _s105(rule: Rule, ctx: Context) -> list[Finding]:
    report = ctx.report
    if report.published is None:
        return [
            emit(
                rule,
                ctx,
                Status.NOT_ASSESSABLE,
                "发布日期不详，无法评估",
                "the publication date is not known: not assessable",
                paths=("$.published",),
                reason=Reason.NO_DATE,
            )
        ]
    kind = report.body.kind
    if kind not in _DEADLINES:
        return [
            emit(
                rule,
                ctx,
                Status.NOT_ASSESSABLE,
                f"条例未规定{kind.label}的发布期限，无法评估",
                f"the regulation sets no deadline for a body of kind {kind.value!r}: not assessable",
                paths=("$.body.kind",),
                reason=Reason.NOT_FOR_BODY,
            )
        ]
    month, day = _DEADLINES[kind]
    deadline = dt.date(report.year + 1, month, day) if report.year < dt.MAXYEAR else dt.date.max
    published = report.published
    values = (published.isoformat(), deadline.isoformat())
    if published <= deadline:
        return [
            emit(
                rule,
                ctx,
                Status.PASS,
                f"发布日期 {values[0]} 不晚于期限 {values[1]}",
                f"published {values[0]}, deadline {values[1]}",
                paths=("$.published",),
                values=values,
                difference=(published - deadline).days,
            )
        ]
    late = (published - deadline).days
    return [
        emit(
            rule,
            ctx,
            Status.FAIL,
            f"发布日期 {values[0]} 晚于期限 {values[1]}（逾期 {late} 天）",
            f"published {values[0]}, after the deadline {values[1]} ({late} days late)",
            paths=("$.published",),
            values=values,
            difference=late,
        )
    ]


def _s106(rule: Rule, ctx: Context) -> list[Finding]:
    report = ctx.report
    findings = []
    checked = []
    for table in report.tables:
        if table is None:
            continue
        spec = table.spec
        path = f"$.{spec.key}"
        if spec.version is None or spec.version is report.format:
            checked.append(path)
            continue
        document = layout_for(spec.version).document
        findings.append(
            emit(
                rule,
                ctx,
                Status.FAIL,
                f"表{to_chinese(spec.section)} 采用 {spec.version.value} 年格式（{document}），"
                f"报告采用 {report.format.value} 年格式",
                f"{spec.name} in a {report.format.value}-format report",
                paths=(path,),
                values=(spec.version.value, report.format.value),
            )
        )
    if checked:
        findings.append(
            emit(
                rule,
                ctx,
                Status.PASS,
                f"{len(checked)} 张表格式与报告一致",
                f"{len(checked)} tables follow the report's format",
                paths=tuple(checked),
            )
        )
    if not findings:
        return [
            emit(
                rule,
                ctx,
                Status.NOT_ASSESSABLE,
                "报告没有表格，无法评估",
                "the report has no table: not assessable",
                reason=Reason.MISSING_TABLE,
            )
        ]
    return findings


_YEAR = re.compile(r"((?:1[89]|2[0-9])[0-9]{2}|[〇○零一二三四五六七八九]{4})\s*年")
_DATE = (
    r"(?:[0-9]{4}|[〇○零一二三四五六七八九]{4})\s*年"
    r"\s*[0-9一二三四五六七八九十]{1,2}\s*月\s*[0-9一二三四五六七八九十]{1,3}\s*日"
)
_PERIOD = re.compile(
    rf"统计(?:期限|时限|期间|时间|区间|周期|时段)[^。；]{{0,12}}?({_DATE})\s*(?:至|到|—+|－|-|～|~)\s*({_DATE})"
)


def _year_of(text: str) -> int | None:
    try:
        return int(text) if text.isdigit() else parse_chinese_year(text)
    except InvalidNumberError:
        return None


def _s108(rule: Rule, ctx: Context) -> list[Finding]:
    report = ctx.report
    year = report.year
    findings = []
    for match in _YEAR.finditer(report.title):
        stated = _year_of(match[1])
        if stated is None:
            continue
        span = Span(path="$.title", start=match.start(), end=match.end(), text=match[0])
        status = Status.PASS if stated == year else Status.FAIL
        relation = "=" if stated == year else "≠"
        findings.append(
            emit(
                rule,
                ctx,
                status,
                f"标题年份 {stated} {relation} 报告年度 {year}",
                f"the title says {stated}, the report is for {year}",
                paths=("$.title",),
                values=(stated, year),
                difference=stated - year,
                span=span,
            )
        )
    for path, text in (("$.preamble", report.preamble), ("$.overview.text", report.overview.text)):
        if "统计" not in text:
            continue
        for match in _PERIOD.finditer(text):
            try:
                start, end = parse_date(match[1]), parse_date(match[2])
            except InvalidNumberError:
                continue
            expected = (dt.date(year, 1, 1), dt.date(year, 12, 31))
            span = Span(path=path, start=match.start(), end=match.end(), text=match[0])
            period = f"{start.isoformat()}/{end.isoformat()}"
            wanted = f"{expected[0].isoformat()}/{expected[1].isoformat()}"
            ok = (start, end) == expected
            findings.append(
                emit(
                    rule,
                    ctx,
                    Status.PASS if ok else Status.FAIL,
                    f"统计期限 {start.isoformat()} 至 {end.isoformat()}"
                    + ("" if ok else f"，应为 {expected[0].isoformat()} 至 {expected[1].isoformat()}"),
                    f"statistics period {period}" + ("" if ok else f", expected {wanted}"),
                    paths=(path,),
                    values=(period, wanted),
                    span=span,
                )
            )
    if not findings:
        return [
            emit(
                rule,
                ctx,
                Status.NOT_ASSESSABLE,
                "标题和正文均未写明年份或统计期限，无法评估",
                "neither a title year nor a statistics period is stated: not assessable",
                paths=("$.title", "$.preamble"),
                reason=Reason.NO_STATEMENT,
            )
        ]
    return findings


_ASSESSMENT_WORDS = re.compile(r"考核|评议|责任追究")


def _assessment_label(report: AnnualReport) -> str:
    return next(t.label for t in report.layout.topics if t.key == "assessment")


def _s109(rule: Rule, ctx: Context) -> list[Finding]:
    report = ctx.report
    if report.body.kind is not BodyKind.GOVERNMENT:
        return [
            emit(
                rule,
                ctx,
                Status.NOT_ASSESSABLE,
                f"仅适用于本级人民政府的报告（本报告：{report.body.kind.label}）",
                f"applies only to a government's own report (this body: {report.body.kind.value})",
                paths=("$.body.kind",),
                reason=Reason.NOT_FOR_BODY,
            )
        ]
    overview = report.overview
    for index, topic in enumerate(overview.topics):
        if topic.key == "assessment" and (topic.text.strip() or topic.title.strip()):
            return [
                emit(
                    rule,
                    ctx,
                    Status.PASS,
                    f"第一部分有「{topic.title}」",
                    "section 一 has the assessment sub-topic",
                    section=1,
                    paths=(f"$.overview.topics[{index}]",),
                )
            ]
    texts = [("$.overview.text", overview.text)]
    texts += [(f"$.overview.topics[{i}].text", t.text) for i, t in enumerate(overview.topics)]
    for path, text in texts:
        match = _ASSESSMENT_WORDS.search(text)
        if match is not None:
            start, end = max(0, match.start() - 10), min(len(text), match.end() + 10)
            return [
                emit(
                    rule,
                    ctx,
                    Status.PASS,
                    f"第一部分提到「{match[0]}」",
                    f"section 一 mentions {match[0]}",
                    paths=(path,),
                    span=Span(path=path, start=start, end=end, text=text[start:end]),
                )
            ]
    return [
        emit(
            rule,
            ctx,
            Status.FAIL,
            f"本级人民政府的报告未说明{_assessment_label(report)}",
            "a government's report says nothing of assessment, public evaluation and accountability",
            paths=("$.overview",),
        )
    ]


CHECKS: Mapping[str, Callable[[Rule, Context], list[Finding]]] = MappingProxyType(
    {
        "S101": _s101,
        "S102": _s102,
        "S103": _s103,
        "S104": _s104,
        "S105": _s105,
        "S106": _s106,
        "S107": _s107,
        "S108": _s108,
        "S109": _s109,
    }
)
