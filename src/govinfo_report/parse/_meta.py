"""Who published the report, for which year, when, and in which format: read from the text.

- The title is the first line before section 一 that names the report
  (``…政府信息公开工作年度报告``), joined with the line before it when that
  line holds only the body's name (a title page set on two lines); a web
  dump's ``标题:`` prefix is dropped.
- The body is the title's text before the year; its kind is guessed from the
  name: 乡/镇/街道 → township, 人民政府 → government, a 局, 委员会 or 办公室 of
  a government → department, anything else (an administrative committee, a
  development zone) → other.
- The year is the title's; else the statistics period's; else (with a
  diagnostic) the year most written in the text.
- The publication date is read when printed: ``发布时间: 2023-02-20`` or a
  date line at the end of the report.
- The format is the one whose notice the text cites (国办公开办函〔2021〕30号),
  else the one of the year.

>>> body_kind("淮安市人民政府").name, body_kind("某镇人民政府").name, body_kind("镇江市人民政府").name
('GOVERNMENT', 'TOWNSHIP', 'GOVERNMENT')
>>> body_kind("某县教育局").name, body_kind("格尔木市东城区行政委员会").name
('DEPARTMENT', 'OTHER')
>>> split_title("淮安市人民政府2024 年政府信息公开工作年度报告")
('淮安市人民政府', 2024)
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import TYPE_CHECKING

import attrs

from govinfo_report.errors import GovInfoReportError
from govinfo_report.layout import BodyKind, FormatVersion, layout_for
from govinfo_report.numbers import parse_chinese_year, parse_date
from govinfo_report.parse._diagnostics import Diagnostic, DiagnosticKind

if TYPE_CHECKING:
    from govinfo_report.parse._lines import Source

__all__ = ["Meta", "body_kind", "cited_format", "read_meta", "split_title"]

# ``(?:政府)?信息公开…|年度报告``, spelled so that every alternative opens with a character
# (the regex engine then skips quickly to the places where a match can start).
_TITLE = re.compile(r"政府信息公开(?:工作)?(?:年度)?(?:报告|年报)|信息公开(?:工作)?(?:年度)?(?:报告|年报)|年度报告")
_PREFIX = re.compile(r"^(?:标题|题目|title)\s*[:：]\s*", re.IGNORECASE)
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_CHINESE_YEAR = re.compile(r"([〇零一二三四五六七八九]{4})\s*年")
_PERIOD = re.compile(
    r"((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日[^。\n]{0,12}?至\s*(?:(?:19|20)\d{2}\s*年\s*)?12\s*月\s*31\s*日"
)
_DATE_FIELD = re.compile(
    r"(?:发布时间|发布日期|成文日期|印发日期|日期)\s*[:：]\s*((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)"
)
_DATE_LINE = re.compile(
    r"^\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)\s*$"
)
_SPACES = re.compile(r"(?<=[\u4e00-\u9fff）)])\s+(?=[\d\u4e00-\u9fff（(])|(?<=\d)\s+(?=[\u4e00-\u9fff])")
_CHROME = re.compile(r"^\s*(?:#|[=\-*_]{3,}|\S{1,8}\s*[:：](?!//))")
_SEPARATOR = re.compile(r"^\s*[=\-*_~]{3,}.*[=\-*_~]{3,}\s*$")
_DOCUMENTS = {layout_for(v).document: v for v in FormatVersion}
_CITED = re.compile(r"国办公开办函\s*[〔\[［(（]\s*(20\d{2})\s*[〕\]］)）]\s*(\d+)\s*号")

_OTHER = ("行政委员会", "管理委员会", "管委会", "实验区", "开发区", "高新区", "新区", "园区", "示范区", "保税区")
_TOWNSHIP = re.compile(r"(?:乡|镇|街道)(?:人民政府|办事处)?$|街道办事处$|(?:乡|镇)政府$")
_DEPARTMENT = ("局", "委员会", "委", "办公室", "办", "厅", "署", "中心", "院", "所")
_SHORT_NAME = 30
_HEAD_LINES = 40


@attrs.frozen(kw_only=True)
class Meta:
    """What the head (and tail) of a published report says about it."""

    title: str
    title_end: int
    body: str
    kind: BodyKind
    year: int | None
    published: dt.date | None
    version: FormatVersion | None
    preamble_start: int
    date_line: tuple[int, int] | None
    diagnostics: tuple[Diagnostic, ...]


def body_kind(name: str) -> BodyKind:
    """The kind of body *name* names (a guess from the words of the name)."""
    if any(word in name for word in _OTHER):
        return BodyKind.OTHER
    if _TOWNSHIP.search(name):
        return BodyKind.TOWNSHIP
    if name.endswith(("人民政府", "政府")):
        return BodyKind.GOVERNMENT
    if name.endswith(_DEPARTMENT):
        return BodyKind.DEPARTMENT
    return BodyKind.OTHER


def split_title(title: str) -> tuple[str, int | None]:
    """The body's name and the year a title names (``None`` when it names none)."""
    match = _YEAR.search(title)
    if match is None:
        chinese = _CHINESE_YEAR.search(title)
        if chinese is None:
            cut = _TITLE.search(title)
            return (title[: cut.start()].strip() if cut else ""), None
        try:
            year = parse_chinese_year(chinese.group())
        except GovInfoReportError:
            year = None
        return title[: chinese.start()].strip(), year
    name = title[: match.start()].strip().removesuffix("关于")
    return name, int(match.group(1))


def cited_format(text: str) -> FormatVersion | None:
    """The format whose notice *text* cites, when it cites exactly one."""
    found = set()
    for match in _CITED.finditer(text):
        document = f"国办公开办函〔{match.group(1)}〕{match.group(2)}号"
        if document in _DOCUMENTS:
            found.add(_DOCUMENTS[document])
    return found.pop() if len(found) == 1 else None


def _title_line(source: Source, end: int) -> tuple[int, int, str] | None:
    """``(start, end, text)`` of the title: the first head line that names the report."""
    norm = source.norm
    position = 0
    previous: tuple[int, int, str] | None = None
    lines = 0
    while position < end and lines < _HEAD_LINES:
        line_end = norm.find("\n", position, end)
        if line_end < 0:
            line_end = end
        text = norm[position:line_end].strip()
        if text:
            lines += 1
            if _TITLE.search(text) and not text.startswith("#") and len(text) <= 120:
                title = _PREFIX.sub("", text)
                if (
                    previous is not None
                    and _YEAR.match(title)
                    and len(previous[2]) <= _SHORT_NAME
                    and not _CHROME.match(previous[2])
                ):
                    return previous[0], line_end, previous[2] + title
                return position, line_end, title
            previous = (position, line_end, text)
        position = line_end + 1
    return None


def read_meta(source: Source, head_end: int, text_for_year: str) -> Meta:
    """Read title, body, year, date and format from the head ``[0, head_end)`` of *source*."""
    diagnostics: list[Diagnostic] = []
    found = _title_line(source, head_end)
    title, title_end, title_start = "", 0, 0
    if found is not None:
        title_start, title_end, title = found
        title = _SPACES.sub("", title)
    name, year = split_title(title) if title else ("", None)
    head = source.norm[:head_end]
    if year is None:
        period = _PERIOD.search(source.norm, 0, min(len(source.norm), head_end + 4000))
        if period is not None:
            year = int(period.group(1))
        else:
            counts = Counter(int(m.group(1)) for m in _YEAR.finditer(text_for_year[:20_000]))
            if counts:
                year = counts.most_common(1)[0][0]
        if year is not None:
            diagnostics.append(
                Diagnostic(
                    kind=DiagnosticKind.METADATA_MISSING,
                    message=f"no title names the report's year; {year} is read from the text",
                    path="$.year",
                    expected="a title such as XXX2024年度政府信息公开工作年度报告",
                    found=title,
                )
            )
    if not name:
        diagnostics.append(
            Diagnostic(
                kind=DiagnosticKind.METADATA_MISSING,
                message="no title names the reporting body; its name is left empty",
                line=source.line_of(title_start) if title else None,
                path="$.body.name",
                expected="a title such as XXX2024年度政府信息公开工作年度报告",
                found=title,
            )
        )
    published = None
    date = _DATE_FIELD.search(head)
    if date is not None:
        try:
            published = parse_date(re.sub(r"\s+", "", date.group(1)))
        except GovInfoReportError:
            published = None
    date_line = _last_date_line(source)
    if published is None and date_line is not None:
        try:
            published = parse_date(re.sub(r"\s+", "", source.norm[date_line[0] : date_line[1]]))
        except GovInfoReportError:
            date_line = None
    return Meta(
        title=title,
        title_end=title_end,
        body=name,
        kind=body_kind(name),
        year=year,
        published=published,
        version=cited_format(source.norm[: head_end + 4000]),
        preamble_start=_preamble_start(source, title_end, head_end),
        date_line=date_line,
        diagnostics=tuple(diagnostics),
    )


def _preamble_start(source: Source, title_end: int, head_end: int) -> int:
    """Where the preamble starts: after the title, past a dump's chrome lines (``发布时间:`` …)."""
    norm = source.norm
    position = title_end
    separator = -1
    scan = position
    while scan < head_end:
        line_end = norm.find("\n", scan, head_end)
        if line_end < 0:
            line_end = head_end
        if _SEPARATOR.match(norm[scan:line_end]):
            separator = line_end
        scan = line_end + 1
    if separator >= 0:
        return min(separator + 1, head_end)
    while position < head_end:
        line_end = norm.find("\n", position, head_end)
        if line_end < 0:
            line_end = head_end
        text = norm[position:line_end]
        if text.strip() and not _CHROME.match(text):
            return position
        position = line_end + 1
    return head_end


def _last_date_line(source: Source) -> tuple[int, int] | None:
    """The span of a date standing alone on the last line of the text, if any."""
    norm = source.norm.rstrip()
    start = norm.rfind("\n") + 1
    if _DATE_LINE.match(norm[start:]):
        return start, len(norm)
    return None
