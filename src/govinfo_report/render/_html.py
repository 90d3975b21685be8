"""The report as a standalone HTML page.

One page, no scripts, a few lines of inline CSS for the table borders. The
report information is carried in ``<meta name="govinfo-report:KEY"
content="VALUE">`` tags (the same fields and values as the text's
``发布机关：…`` lines); the title is the ``<h1>``; each section is a
``<section>`` with its heading as ``<h2>``; each paragraph a ``<p>`` (whose
line breaks, if any, are kept as they are and shown by ``white-space:
pre-wrap``); each sub-topic of section 一 a ``<div class="topic">`` whose first
paragraph starts with its title in ``<strong>``; each table a ``<table>`` with
a ``<caption>`` and the official row and column spans. Every text is escaped
with :func:`html.escape`.

>>> from govinfo_report.layout import FormatVersion
>>> from govinfo_report.model import AnnualReport, Body
>>> page = render_html(AnnualReport(body=Body(name="<某局>"), year=2024, format=FormatVersion.V2021))
>>> for line in page.splitlines()[:5]:
...     print(line)
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="govinfo-report:body" content="&lt;某局&gt;">
>>> "&lt;某局&gt;" in page and "<某局>" not in page
True
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Final

from govinfo_report.render._cells import cell_texts
from govinfo_report.render._grid import HeaderCell, grid_for
from govinfo_report.render._info import report_fields, topic_number
from govinfo_report.render._paragraphs import paragraphs

if TYPE_CHECKING:
    from govinfo_report.model import AnnualReport, Table
    from govinfo_report.render._grid import GridCell

__all__ = ["render_html"]

META_PREFIX: Final = "govinfo-report:"

_STYLE: Final = (
    "body{font-family:sans-serif;line-height:1.6;max-width:60em;margin:2em auto;padding:0 1em}"
    "p{white-space:pre-wrap}"
    "table{border-collapse:collapse;margin:1em 0}"
    "caption{font-weight:bold;padding:.3em}"
    "th,td{border:1px solid #000;padding:.2em .4em}"
    "td{text-align:right}"
)


def _e(text: str) -> str:
    return escape(text, quote=True)


def _span(cell: GridCell) -> str:
    attributes = ""
    if cell.rowspan > 1:
        attributes += f' rowspan="{cell.rowspan}"'
    if cell.colspan > 1:
        attributes += f' colspan="{cell.colspan}"'
    return attributes


def _cell(cell: GridCell, texts: dict[tuple[str, str], str]) -> str:
    if isinstance(cell, HeaderCell):
        return f'<th scope="{cell.scope.value}"{_span(cell)}>{_e(cell.text)}</th>'
    return f"<td{_span(cell)}>{_e(texts[cell.row, cell.column])}</td>"


def _table(table: Table) -> list[str]:
    grid = grid_for(table.spec)
    texts = dict(zip(table.spec.cells, cell_texts(table.cells)))
    lines = ["<table>", f"<caption>{_e(table.spec.title)}</caption>"]
    for part in grid.parts:
        tag = "thead" if part.head else "tbody"
        lines.append(f"<{tag}>")
        lines.extend("<tr>" + "".join(_cell(c, texts) for c in row.cells) + "</tr>" for row in part.rows)
        lines.append(f"</{tag}>")
    lines.append("</table>")
    return lines


def _paragraphs(text: str) -> list[str]:
    return [f"<p>{_e(p)}</p>" for p in paragraphs(text)]


def _overview(report: AnnualReport) -> list[str]:
    lines = _paragraphs(report.overview.text)
    for number, topic in enumerate(report.overview.topics, start=1):
        parts = paragraphs(topic.text)
        first = _e(parts[0]) if parts else ""
        lines.append('<div class="topic">')
        lines.append(f"<p><strong>{_e(topic_number(number) + topic.title)}</strong>。{first}</p>")
        lines.extend(f"<p>{_e(p)}</p>" for p in parts[1:])
        lines.append("</div>")
    return lines


def _title(report: AnnualReport) -> str:
    return report.title or f"{report.body.name}{report.year}年"


def render_html(report: AnnualReport) -> str:
    """*report* as a standalone HTML page (see ``docs/render.md``)."""
    lines = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN">',
        "<head>",
        '<meta charset="utf-8">',
    ]
    lines.extend(
        f'<meta name="{META_PREFIX}{field.key}" content="{_e(field.value)}">' for field in report_fields(report)
    )
    lines.extend([f"<title>{_e(_title(report))}</title>", f"<style>{_STYLE}</style>", "</head>", "<body>"])
    if report.title:
        lines.append(f"<h1>{_e(report.title)}</h1>")
    if report.preamble:
        lines.extend(['<div class="preamble">', *_paragraphs(report.preamble), "</div>"])
    texts = {
        "disclosure": (report.disclosure_text, report.disclosure),
        "requests": (report.requests_text, report.requests),
        "reviews": (report.reviews_text, report.reviews),
        "improvements": (report.improvements.text, None),
        "other_matters": (report.other_matters.text, None),
    }
    for section in report.layout.sections:
        lines.append(f'<section id="{section.key}">')
        lines.append(f"<h2>{_e(section.heading)}</h2>")
        if section.key == "overview":
            lines.extend(_overview(report))
        else:
            text, table = texts[section.key]
            lines.extend(_paragraphs(text))
            if table is not None:
                lines.extend(_table(table))
        lines.append("</section>")
    lines.extend(["</body>", "</html>"])
    return "\n".join(lines) + "\n"
