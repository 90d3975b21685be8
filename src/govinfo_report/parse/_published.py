r"""Reading a published report: PDF-extracted text, a web page's text, a text dump.

The section headings are found first (:mod:`._sections`); each table is read
from its section, from the first words of its header on (a table whose
heading was lost is looked for, by its header, at the end of the section
before); the text of a section around its table is its prose. What could not
be read is reported, never guessed: a missing heading, a lost row, a cell
that is not a number.

>>> from govinfo_report.parse._lines import Source
>>> result = parse_published(Source.from_text("某街道办事处2023年度政府信息公开工作年度报告\n"
...     "一 总体情况\n全年公开信息。\n六 其他需要报告的事项\n无。"))
>>> result.report.body.kind.name, result.report.headings
('TOWNSHIP', ('一 总体情况', '六 其他需要报告的事项'))
>>> sorted({d.code for d in result.diagnostics})
['heading_variant', 'missing_section', 'missing_table']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from govinfo_report.errors import ParseError
from govinfo_report.layout import FormatVersion, layout_for
from govinfo_report.model import AnnualReport, Body, Improvements, OtherMatters, Overview, Topic
from govinfo_report.parse._diagnostics import Diagnostic, DiagnosticKind
from govinfo_report.parse._meta import Meta, read_meta
from govinfo_report.parse._paragraphs import paragraphs, wrap_width
from govinfo_report.parse._prose import channels_of, fees_of, guess_topic_key
from govinfo_report.parse._result import ParseResult
from govinfo_report.parse._sections import find_headings, official_heading
from govinfo_report.parse._table2 import read_disclosure
from govinfo_report.parse._table3 import read_requests
from govinfo_report.parse._table4 import find_reviews_start, read_reviews

if TYPE_CHECKING:
    from govinfo_report.model import Table
    from govinfo_report.parse._lines import Source
    from govinfo_report.parse._sections import Heading
    from govinfo_report.parse._table import TableResult

__all__ = ["parse_published"]

_FIRST_UNIFIED_YEAR = 2019
_BRACKETS = {"（": "[（(]", "）": "[）)]"}


def _flexible(text: str) -> str:
    """A pattern for *text* allowing spaces between its characters and half-width brackets."""
    return "[ \t]*".join(_BRACKETS.get(char, re.escape(char)) for char in text)


def _start_patterns() -> dict[int, re.Pattern[str]]:
    """What opens tables 二 and 三: the first citation or ``信息内容``; the 勾稽 note, its header, its first row."""
    disclosure = layout_for(FormatVersion.V2021).disclosure
    requests = layout_for(FormatVersion.V2021).requests
    first = disclosure.blocks[0]
    twenty = _flexible("二十")
    citation = _flexible(first.citation).replace(twenty, f"(?:{twenty}|20)", 1)
    return {
        2: re.compile(f"{citation}|{_flexible(first.heading_label)}"),
        3: re.compile(
            "|".join(_flexible(text) for text in (requests.note[:5], requests.header, requests.rows[0].label))
        ),
    }


_STARTS = _start_patterns()
_TOPIC = re.compile(r"[（(]([一二三四五六七八九十]{1,2})[）)][ \t]*")
_TITLE_MAX = 40
_NAMES = {2: "table 二", 3: "table 三", 4: "table 四"}
_PATHS = {2: "$.disclosure", 3: "$.requests", 4: "$.reviews"}
SECTION_PATHS = {
    1: "$.overview",
    2: "$.disclosure_text",
    3: "$.requests_text",
    4: "$.reviews_text",
    5: "$.improvements",
    6: "$.other_matters",
}
_READERS = {2: read_disclosure, 3: read_requests, 4: read_reviews}


def _table_start(source: Source, number: int, start: int, end: int) -> int | None:
    if number == 4:
        return find_reviews_start(source, start, end)
    match = _STARTS[number].search(source.norm, start, end)
    if match is None:
        return None
    line_start = source.norm.rfind("\n", start, match.start()) + 1
    return (
        max(start, line_start)
        if not source.norm[max(start, line_start) : match.start()].strip(" \t（(")
        else match.start()
    )


def _regions(source: Source, headings: tuple[Heading, ...]) -> tuple[dict[int, list[int]], int]:
    """Each section's span ``[start, end]`` and where the head of the document ends."""
    spans: dict[int, list[int]] = {}
    for index, heading in enumerate(headings):
        end = headings[index + 1].start if index + 1 < len(headings) else len(source.norm)
        spans[heading.number] = [heading.end, end]
    head_end = headings[0].start if headings else len(source.norm)
    for number in (2, 3, 4):
        if number in spans:
            continue
        container = spans.get(number - 1)
        if container is None and number == 2 and not headings:
            container = [0, len(source.norm)]
        if container is None:
            continue
        at = _table_start(source, number, container[0], container[1])
        if at is None:
            continue
        spans[number] = [at, container[1]]
        container[1] = at
        if not headings or at < head_end:
            head_end = min(head_end, at)
    return spans, head_end


def _split_topics(texts: tuple[str, ...]) -> tuple[list[str], list[Topic]]:
    overview: list[str] = []
    topics: list[tuple[str, list[str]]] = []
    for text in texts:
        match = _TOPIC.match(text)
        if match is None:
            (topics[-1][1] if topics else overview).append(text)
            continue
        rest = text[match.end() :]
        stop = rest.find("。", 0, _TITLE_MAX)
        if stop >= 0:
            title, body = rest[:stop], rest[stop + 1 :]
        elif len(rest) <= _TITLE_MAX:
            title, body = rest, ""
        else:
            title, body = "", rest
        topics.append((title.strip(), [body] if body else []))
    return overview, [Topic(key=guess_topic_key(title), title=title, text="\n".join(body)) for title, body in topics]


def _heading_diagnostics(source: Source, headings: tuple[Heading, ...], starts: dict[int, int]) -> list[Diagnostic]:
    """Headings printed differently, and missing ones (placed where their table starts, if found)."""
    out = []
    found = {h.number for h in headings}
    for heading in headings:
        if not heading.exact:
            line, column = source.where(heading.start)
            out.append(
                Diagnostic(
                    kind=DiagnosticKind.HEADING_VARIANT,
                    message=f"the heading of section {heading.number} differs from the official wording or numbering",
                    line=line,
                    column=column,
                    expected=official_heading(heading.number),
                    found=heading.printed,
                )
            )
    for number in range(1, 7):
        if number not in found:
            following = next((h for h in headings if h.number > number), None)
            at = starts.get(number, following.start if following is not None else None)
            out.append(
                Diagnostic(
                    kind=DiagnosticKind.MISSING_SECTION,
                    message=f"the heading of section {number} was not found",
                    line=source.line_of(at) if at is not None else None,
                    path=SECTION_PATHS[number],
                    expected=official_heading(number),
                )
            )
    return out


def _read_tables(
    source: Source, spans: dict[int, list[int]], version: FormatVersion, *, keep: bool = False
) -> dict[int, TableResult]:
    """The tables read from their regions in *version* (or the format that fits them best).

    Tables not found are left out, unless *keep*.
    """
    results: dict[int, TableResult] = {}
    for number in (2, 3, 4):
        span = spans.get(number)
        if span is None:
            continue
        start = _table_start(source, number, span[0], span[1])
        read = _READERS[number](source, start if start is not None else span[0], span[1], version)
        if keep or read.table is not None:
            results[number] = read
    return results


def _version(meta: Meta) -> tuple[int, FormatVersion]:
    """The report's year and format, or :class:`ParseError` when they cannot be told."""
    year = meta.year
    if year is None:
        raise ParseError("the report's year could not be read (no title, statistics period or year in the text)")
    if meta.version is not None:
        return year, meta.version
    if year < _FIRST_UNIFIED_YEAR:
        raise ParseError(
            f"the report is for {year}: the unified format applies from the 2019 report on "
            "(国办公开办函〔2019〕60号, 国办公开办函〔2021〕30号)"
        )
    return year, FormatVersion.for_year(year)


def parse_published(source: Source) -> ParseResult:
    """Read a published report from *source* (see the module)."""
    headings = find_headings(source)
    spans, head_end = _regions(source, headings)
    hint = FormatVersion.V2021
    if headings:
        # The head ends at the first heading: the format is known before the tables are read.
        meta = read_meta(source, head_end, source.norm)
        year, version = _version(meta)
        results = _read_tables(source, spans, hint)
    else:
        # The head ends where the first table starts.
        results = _read_tables(source, spans, hint)
        if not results:
            raise ParseError("no section heading and no table of the annual report found")
        head_end = min(r.start for r in results.values())
        meta = read_meta(source, head_end, source.norm)
        year, version = _version(meta)
    if version is not hint:
        # The tables found are read again in the report's format (which may fit them less well).
        results = _read_tables(source, {number: spans[number] for number in results}, version, keep=True)
    diagnostics: list[Diagnostic] = list(meta.diagnostics)
    diagnostics.extend(_heading_diagnostics(source, headings, {n: r.start for n, r in results.items()}))
    width = wrap_width(source)
    texts: dict[int, tuple[str, ...]] = {}
    end_of_text = meta.date_line[0] if meta.date_line is not None else len(source.norm)
    for number, span in spans.items():
        end = min(span[1], end_of_text)
        found = results.get(number)
        if found is not None:
            texts[number] = paragraphs(source, span[0], found.start, width) + paragraphs(source, found.end, end, width)
        else:
            texts[number] = paragraphs(source, span[0], end, width)
    tables: dict[int, Table | None] = {}
    for number in (2, 3, 4):
        read = results.get(number)
        if read is None:
            line = source.line_of(spans[number][0]) if number in spans else None
            where = "" if number in spans else " (nor its section)"
            diagnostics.append(
                Diagnostic(
                    kind=DiagnosticKind.MISSING_TABLE,
                    message=f"{_NAMES[number]} was not found{where}; the report has no such table",
                    line=line,
                    path=_PATHS[number],
                )
            )
            tables[number] = None
        else:
            diagnostics.extend(read.diagnostics)
            tables[number] = read.table
    overview_texts, topics = _split_topics(texts.get(1, ()))
    overview_text = "\n".join(overview_texts)
    six = "\n".join(texts.get(6, ()))
    if meta.body and six.endswith("\n" + meta.body):
        six = six[: -len(meta.body) - 1]
    report = AnnualReport(
        body=Body(name=meta.body, kind=meta.kind),
        year=year,
        format=version,
        published=meta.published,
        title=meta.title,
        preamble="\n".join(paragraphs(source, meta.preamble_start, head_end, width)),
        headings=tuple(h.printed for h in headings),
        overview=Overview(
            text=overview_text,
            topics=tuple(topics),
            channels=channels_of([overview_text, *(t.text for t in topics)]),
        ),
        disclosure=tables[2],
        disclosure_text="\n".join(texts.get(2, ())),
        requests=tables[3],
        requests_text="\n".join(texts.get(3, ())),
        reviews=tables[4],
        reviews_text="\n".join(texts.get(4, ())),
        improvements=Improvements(text="\n".join(texts.get(5, ()))),
        other_matters=OtherMatters(text=six, fees=fees_of(six)),
    )
    diagnostics.sort(key=lambda d: (d.line is None, d.line or 0, d.column or 0))
    return ParseResult(report=report, diagnostics=tuple(diagnostics))
