r"""The report as GitHub-flavoured Markdown.

Headings are ``#`` (the title) and ``##`` (the six sections); the report
information is a list of ``- 发布机关：…`` items; each paragraph of the model
is a paragraph; a sub-topic of section 一 starts its paragraph with its title in
bold (``**（一）主动公开情况**。…``); each table is a GitHub table with one label
column, merged header cells flattened with ``·`` (``法人或其他组织·商业企业``)
and group labels joined to the row label the same way; table 二 prints one
table per cited item of 第二十条, each under its citation in bold.

Text of the model is escaped so that Markdown shows it as it is and a reader
gets it back exactly: ``\`` and the ASCII characters ``` `*_[]<>|~&$# ``` are
backslash-escaped everywhere, ``-`` ``+`` ``=`` at the start of a line and the
``.`` or ``)`` of a line starting ``2024.``; a control character, separator or
byte order mark, and whitespace at either end of a line, as a hexadecimal
character reference (``&#x3000;``).

>>> from govinfo_report.layout import FormatVersion
>>> from govinfo_report.model import AnnualReport, Body, Improvements
>>> report = AnnualReport(body=Body(name="某局"), year=2024, format=FormatVersion.V2021,
...     title="某局2024年政府信息公开工作年度报告", improvements=Improvements(text="- 一是*加强*培训"))
>>> for block in render_markdown(report).split("\n\n")[:2]:
...     print(block)
# 某局2024年政府信息公开工作年度报告
- 发布机关：某局
- 机关类别：其他
- 报告年度：2024年
- 报告格式：国办公开办函〔2021〕30号
>>> print(render_markdown(report).split("\n\n")[-2])
\- 一是\*加强\*培训
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from govinfo_report.render._info import report_fields, topic_number
from govinfo_report.render._paragraphs import paragraphs
from govinfo_report.render._tables import grid_for, segments

if TYPE_CHECKING:
    from govinfo_report.model import AnnualReport, Table
    from govinfo_report.render._tables import Segment

__all__ = ["escape_markdown", "render_markdown"]

_ALWAYS: Final = frozenset("\\`*_[]<>|~&$#")
_LINE_START: Final = frozenset("-+=")
_ORDERED: Final = re.compile("[0-9]+[.)]")
_REFERENCE: Final = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]")
_ANY: Final = re.compile("[\\\\`*_\\[\\]<>|~&$#\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]")


def _reference(char: str) -> str:
    return f"&#x{ord(char):X};"


def escape_markdown(text: str, *, line_start: bool = True) -> str:
    r"""*text* written so that Markdown shows it literally and a reader gets it back.

    >>> print(escape_markdown("1. 第一项 *重点* a|b"))
    1\. 第一项 \*重点\* a\|b
    >>> print(escape_markdown("　缩进\n换行 "))
    &#x3000;缩进&#xA;换行&#x20;
    """
    if not text:
        return ""
    first, last = text[0], text[-1]
    plain = _ANY.search(text) is None and not first.isspace() and not last.isspace()
    if plain and not (line_start and (first in _LINE_START or _ORDERED.match(text))):
        return text
    escaped = ["\\" + c if c in _ALWAYS else _reference(c) if _REFERENCE.match(c) else c for c in text]
    if escaped[0] == first:
        if first.isspace():
            escaped[0] = _reference(first)
        elif line_start and first in _LINE_START:
            escaped[0] = "\\" + first
    if line_start:
        ordered = _ORDERED.match(text)
        if ordered is not None:
            end = ordered.end() - 1
            escaped[end] = "\\" + text[end]
    if escaped[-1] == last and last.isspace():
        escaped[-1] = _reference(last)
    return "".join(escaped)


def _row(cells: list[str] | tuple[str, ...]) -> str:
    return "| " + " | ".join(escape_markdown(c, line_start=False) for c in cells) + " |"


def _segment(segment: Segment) -> list[str]:
    blocks = []
    if segment.caption is not None:
        blocks.append(f"**{escape_markdown(segment.caption, line_start=False)}**")
    heads = ["·".join(texts) for texts in segment.header.columns]
    labelled = bool(segment.rows) and segment.rows[0].label is not None
    align = ["---"] * (1 if labelled else 0) + ["---:"] * (len(heads) - (1 if labelled else 0))
    lines = [_row(heads), "| " + " | ".join(align) + " |"]
    for row in segment.rows:
        label = ["·".join(row.path)] if row.label is not None else []
        lines.append(_row([*label, *row.values]))
    blocks.append("\n".join(lines))
    return blocks


def _table(table: Table) -> list[str]:
    blocks: list[str] = []
    for segment in segments(grid_for(table.spec), table):
        blocks.extend(_segment(segment))
    return blocks


def _prose(text: str) -> list[str]:
    return [escape_markdown(p) for p in paragraphs(text)]


def _overview(report: AnnualReport) -> list[str]:
    blocks = _prose(report.overview.text)
    for number, topic in enumerate(report.overview.topics, start=1):
        parts = paragraphs(topic.text)
        title = escape_markdown(topic_number(number) + topic.title, line_start=False)
        first = escape_markdown(parts[0], line_start=False) if parts else ""
        blocks.append(f"**{title}**。{first}")
        blocks.extend(escape_markdown(p) for p in parts[1:])
    return blocks


def render_markdown(report: AnnualReport) -> str:
    """*report* as GitHub-flavoured Markdown (see ``docs/render.md``)."""
    blocks = []
    if report.title:
        blocks.append("# " + escape_markdown(report.title, line_start=False))
    blocks.append(
        "\n".join(
            f"- {field.label}：{escape_markdown(field.value, line_start=False)}" for field in report_fields(report)
        )
    )
    blocks.extend(_prose(report.preamble))
    texts = {
        "disclosure": (report.disclosure_text, report.disclosure),
        "requests": (report.requests_text, report.requests),
        "reviews": (report.reviews_text, report.reviews),
        "improvements": (report.improvements.text, None),
        "other_matters": (report.other_matters.text, None),
    }
    for section in report.layout.sections:
        blocks.append("## " + section.heading)
        if section.key == "overview":
            blocks.extend(_overview(report))
            continue
        text, table = texts[section.key]
        blocks.extend(_prose(text))
        if table is not None:
            blocks.extend(_table(table))
    return "\n\n".join(blocks) + "\n"
