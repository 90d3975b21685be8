r"""Assembling a report from the blocks of the library's own layout.

The three readers of the library's own output (text, Markdown, HTML) cut their
input into the same parts, which this module turns into an
:class:`~govinfo_report.model.AnnualReport`: the title, the report
information fields, the preamble's paragraphs, and for each section its
paragraphs, its sub-topics (section 一) and its table, which the table
readers read like any published table.

>>> parts = NativeParts(title="", fields=(("发布机关", "某局", 1), ("机关类别", "人民政府部门", 2),
...     ("报告年度", "2024年", 3), ("报告格式", "国办公开办函〔2021〕30号", 4)), preamble=(),
...     sections={5: ("问题一。", "问题二。")}, topics=(), tables={}, found=frozenset({5}))
>>> result = assemble(parts)
>>> result.report.body.kind.name, result.report.improvements.text
('DEPARTMENT', '问题一。\n问题二。')
>>> sorted({d.code for d in result.diagnostics})
['missing_section', 'missing_table']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from govinfo_report.errors import ParseError
from govinfo_report.layout import FormatVersion
from govinfo_report.model import AnnualReport, Improvements, OtherMatters, Overview, Topic
from govinfo_report.parse._diagnostics import Diagnostic, DiagnosticKind
from govinfo_report.parse._fields import Info, read_fields
from govinfo_report.parse._lines import Source
from govinfo_report.parse._prose import channels_of, topic_key
from govinfo_report.parse._result import ParseResult
from govinfo_report.parse._sections import official_heading
from govinfo_report.parse._table2 import read_disclosure
from govinfo_report.parse._table3 import read_requests
from govinfo_report.parse._table4 import read_reviews

if TYPE_CHECKING:
    from govinfo_report.model import Table
    from govinfo_report.parse._table import TableResult

__all__ = ["NativeParts", "NativeTopic", "TableBlock", "assemble"]

_TABLE_NAMES = {2: "table 二", 3: "table 三", 4: "table 四"}


@attrs.frozen
class TableBlock:
    """A table as printed: a region of a source whose rows are tab-separated lines."""

    source: Source
    start: int
    end: int


@attrs.frozen
class NativeTopic:
    """A sub-topic of section 一: its title and its paragraphs."""

    title: str
    paragraphs: tuple[str, ...]
    line: int | None = None


@attrs.frozen(kw_only=True)
class NativeParts:
    """The parts of a document in the library's own layout."""

    title: str
    fields: tuple[tuple[str, str, int | None], ...]
    preamble: tuple[str, ...]
    sections: dict[int, tuple[str, ...]]
    topics: tuple[NativeTopic, ...]
    tables: dict[int, TableBlock]
    found: frozenset[int]
    diagnostics: tuple[Diagnostic, ...] = ()


def _read_table(number: int, block: TableBlock, version: FormatVersion) -> TableResult:
    reader = {2: read_disclosure, 3: read_requests, 4: read_reviews}[number]
    return reader(block.source, block.start, block.end, version)


def assemble(parts: NativeParts) -> ParseResult:
    """The report the parts describe, and every diagnostic of reading it."""
    info: Info = read_fields(parts.fields)
    diagnostics = list(parts.diagnostics)
    diagnostics.extend(info.diagnostics)
    version = info.format or (
        FormatVersion.for_year(info.year) if info.year and info.year >= 2019 else FormatVersion.V2021
    )
    diagnostics.extend(
        Diagnostic(
            kind=DiagnosticKind.MISSING_SECTION,
            message=f"the heading of section {number} was not found",
            path=_SECTION_PATHS[number],
            expected=official_heading(number),
        )
        for number in range(1, 7)
        if number not in parts.found
    )
    tables: dict[int, Table | None] = {}
    for number in (2, 3, 4):
        block = parts.tables.get(number)
        result = _read_table(number, block, version) if block is not None else None
        if result is None or result.table is None:
            line = block.source.line_of(block.start) if block is not None else None
            message = (
                f"{_TABLE_NAMES[number]} was not found"
                if block is None
                else f"no row of {_TABLE_NAMES[number]} was recognized in the table printed there"
            )
            diagnostics.append(
                Diagnostic(kind=DiagnosticKind.MISSING_TABLE, message=message, line=line, path=_PATHS[number])
            )
            tables[number] = None
        else:
            diagnostics.extend(result.diagnostics)
            tables[number] = result.table
    keys = info.topic_keys
    if keys is not None and len(keys) != len(parts.topics):
        diagnostics.append(
            Diagnostic(
                kind=DiagnosticKind.METADATA_MISSING,
                message=(
                    f"{len(keys)} 分题类别 fields for {len(parts.topics)} sub-topics; topics are read from their titles"
                ),
                path="$.overview.topics",
                expected=f"{len(parts.topics)} fields",
                found=f"{len(keys)} fields",
            )
        )
        keys = None
    topics = tuple(
        Topic(
            key=keys[i] if keys is not None else topic_key(topic.title),
            title=topic.title,
            text="\n".join(topic.paragraphs),
        )
        for i, topic in enumerate(parts.topics)
    )
    overview_text = "\n".join(parts.sections.get(1, ()))
    overview = Overview(text=overview_text, topics=topics, channels=channels_of(overview_texts(overview_text, topics)))
    if info.year is None:
        raise ParseError("the report information has no readable 报告年度 (the year the report covers)")
    report = AnnualReport(
        body=info.body,
        year=info.year,
        format=version,
        published=info.published,
        title=parts.title,
        preamble="\n".join(parts.preamble),
        headings=info.headings,
        overview=overview,
        disclosure=tables[2],
        disclosure_text="\n".join(parts.sections.get(2, ())),
        requests=tables[3],
        requests_text="\n".join(parts.sections.get(3, ())),
        reviews=tables[4],
        reviews_text="\n".join(parts.sections.get(4, ())),
        improvements=Improvements(
            text="\n".join(parts.sections.get(5, ())), problems=info.problems, remedies=info.remedies
        ),
        other_matters=OtherMatters(text="\n".join(parts.sections.get(6, ())), fees=info.fees),
    )
    return ParseResult(report=report, diagnostics=tuple(diagnostics))


_PATHS = {2: "$.disclosure", 3: "$.requests", 4: "$.reviews"}
_SECTION_PATHS = {
    1: "$.overview",
    2: "$.disclosure_text",
    3: "$.requests_text",
    4: "$.reviews_text",
    5: "$.improvements",
    6: "$.other_matters",
}


def overview_texts(text: str, topics: tuple[Topic, ...]) -> list[str]:
    """The prose of section 一 channels are derived from: its text, then each sub-topic's text."""
    return [text, *(topic.text for topic in topics)]
