r"""The report as plain text in the published layout.

Blocks are separated by one empty line: the report information (title lines,
then ``发布机关：…`` fields), the preamble's paragraphs, each section heading,
each paragraph, each sub-topic of section 一 (``（一）title。text``) and each
table (its rows on consecutive lines, cells separated by tabs). A paragraph is
always one line; a table always several. ``docs/render.md`` specifies it all.

Text of the model is escaped only where it would otherwise be misread: ``\``
is written ``\\``; a control character, line or paragraph separator or byte
order mark as ``\uXXXX``; and so is the first character of a line that starts
with whitespace or looks like structure (``二、…``, ``（一）…`` in section 一) and
the last character of a line that ends with whitespace.

>>> from govinfo_report.layout import FormatVersion
>>> from govinfo_report.model import AnnualReport, Body, Overview, Topic
>>> report = AnnualReport(body=Body(name="某局"), year=2024, format=FormatVersion.V2021,
...     overview=Overview(text="全年工作。", topics=(Topic(key="active", title="主动公开情况", text="公开12条。"),)))
>>> blocks = render_text(report)[:-1].split("\n\n")
>>> print(blocks[0])
发布机关：某局
机关类别：其他
报告年度：2024年
报告格式：国办公开办函〔2021〕30号
>>> blocks[2:4]
['全年工作。', '（一）主动公开情况。公开12条。']
>>> [blocks[1], *blocks[4:]] == [s.heading for s in report.layout.sections]
True
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from govinfo_report.render._info import FIELDS, report_fields, topic_number
from govinfo_report.render._paragraphs import paragraphs
from govinfo_report.render._tables import grid_for, segments

if TYPE_CHECKING:
    from govinfo_report.model import AnnualReport, Table

__all__ = ["escape_text", "render_text"]

#: Characters always escaped: backslash, controls (line feed included), surrogates,
#: line and paragraph separators and the byte order mark.
_SPECIAL: Final = re.compile("[\\\\\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]")

#: A line that starts like a section heading (``二、``).
SECTION_START: Final = re.compile("[一二三四五六七八九十]+、")
#: A line in section 一 that starts like a section heading or a sub-topic (``（一）``).
TOPIC_START: Final = re.compile("[一二三四五六七八九十]+、|[（(]")
#: A title line that starts like a field of the report information.
FIELD_START: Final = re.compile("|".join(f"{label}：" for label, _key in FIELDS) + "|[一二三四五六七八九十]+、")


def _code(char: str) -> str:
    return f"\\u{ord(char):04x}"


def _one(char: str) -> str:
    return "\\\\" if char == "\\" else _code(char)


def escape_text(text: str, *, start: re.Pattern[str] | None = None, extra: str = "") -> str:
    r"""*text* written so that it is read back exactly, wherever it stands in a line.

    The first character is also escaped when it is whitespace or *start*
    matches there (text that opens a line and would look like structure), the
    last when it is whitespace, and every character of *extra*.

    >>> print(escape_text("二、加强管理", start=SECTION_START))
    \u4e8c、加强管理
    >>> print(escape_text("　缩进\\路径\n下一行 "))
    \u3000缩进\\路径\u000a下一行\u0020
    """
    if not text:
        return ""
    first, last = text[0], text[-1]
    opening = first.isspace() or (start is not None and start.match(text) is not None)
    if not opening and not last.isspace() and _SPECIAL.search(text) is None and not any(c in text for c in extra):
        return text
    escaped = [_one(c) if _SPECIAL.match(c) or c in extra else c for c in text]
    if opening and escaped[0] == first:
        escaped[0] = _code(first)
    if last.isspace() and escaped[-1] == last:
        escaped[-1] = _code(last)
    return "".join(escaped)


def _prose(text: str, start: re.Pattern[str]) -> list[str]:
    return [escape_text(p, start=start) for p in paragraphs(text)]


def _table_lines(table: Table) -> str:
    lines: list[str] = []
    for segment in segments(grid_for(table.spec), table):
        if segment.caption is not None:
            lines.append(segment.caption)
        for texts in segment.header.texts:
            cells = list(texts)
            while cells and not cells[-1]:
                cells.pop()
            lines.append("\t".join(cells))
        for row in segment.rows:
            lines.extend(row.groups)
            head = [row.label] if row.label is not None else []
            lines.append("\t".join((*head, *row.values)))
    return "\n".join(lines)


def _front(report: AnnualReport) -> str:
    lines = [escape_text(p, start=FIELD_START) for p in paragraphs(report.title)]
    lines.extend(f"{field.label}：{escape_text(field.value)}" for field in report_fields(report))
    return "\n".join(lines)


def _overview(report: AnnualReport) -> list[str]:
    blocks = _prose(report.overview.text, TOPIC_START)
    for number, topic in enumerate(report.overview.topics, start=1):
        parts = paragraphs(topic.text)
        title = escape_text(topic.title, extra="。")
        first = escape_text(parts[0]) if parts else ""
        blocks.append(f"{topic_number(number)}{title}。{first}")
        blocks.extend(escape_text(p, start=TOPIC_START) for p in parts[1:])
    return blocks


def render_text(report: AnnualReport) -> str:
    """*report* as plain text in the published layout (see ``docs/render.md``).

    Every table cell and every text of the model is printed so that a reader
    gets it back exactly; a table the report lacks is left out under its heading.
    """
    blocks = [_front(report)]
    blocks.extend(_prose(report.preamble, SECTION_START))
    texts = {
        "disclosure": (report.disclosure_text, report.disclosure),
        "requests": (report.requests_text, report.requests),
        "reviews": (report.reviews_text, report.reviews),
        "improvements": (report.improvements.text, None),
        "other_matters": (report.other_matters.text, None),
    }
    for section in report.layout.sections:
        blocks.append(section.heading)
        if section.key == "overview":
            blocks.extend(_overview(report))
            continue
        text, table = texts[section.key]
        blocks.extend(_prose(text, SECTION_START))
        if table is not None:
            blocks.append(_table_lines(table))
    return "\n\n".join(blocks) + "\n"
