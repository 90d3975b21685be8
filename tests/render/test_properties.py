"""Properties over generated reports: every format prints every text and every cell, exactly."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from govinfo_report.model import AnnualReport, Improvements, OtherMatters, Overview, Table, Topic
from govinfo_report.render import render_html, render_markdown, render_text
from govinfo_report.render._cells import cell_text
from govinfo_report.serialize import from_json, to_json
from tests.render.checks import check_html, check_markdown, check_text
from tests.render.reading import markdown_table, parse_page, read_markdown, read_text
from tests.strategies import consistent_reports, reports

#: Pieces of text that look like the structure of one format or another.
_TRICKS = (
    "一、",
    "二、总体情况",
    "六、其他需要报告的事项",
    "（一）",
    "(二)",
    "。",
    "**",
    "**。",
    "发布机关：",
    "分题类别：",
    "# ",
    "## ",
    "- ",
    "+",
    "=",
    "1. ",
    "2024)",
    "|",
    "\\",
    "\\\\",
    "\\u0041",
    "&amp;",
    "&#x41;",
    "<p>",
    "</p>",
    "<script>",
    '"',
    "'",
    "`",
    "~",
    "$",
    "[",
    "]",
    " ",
    "\u3000",
    "\xa0",
    "\n",
    "\n\n",
    "\t",
    "\r",
    "\r\n",
    "\x00",
    "\x85",
    "\u2028",
    "\ufeff",
    "\u200b",
    "😀",
    "第二十条第（一）项",
    "行政复议",
    "信息内容",
)
tricky = st.lists(st.one_of(st.sampled_from(_TRICKS), st.text(max_size=3)), max_size=8).map("".join)


@st.composite
def tricky_reports(draw: st.DrawFn) -> AnnualReport:
    """Reports whose every text is made of structure-like pieces, control characters and escapes."""
    report = draw(reports())
    topics = tuple(
        Topic(key=draw(st.sampled_from([None, "active", "oversight"])), title=draw(tricky), text=draw(tricky))
        for _ in range(draw(st.integers(0, 3)))
    )
    return attrs.evolve(
        report,
        title=draw(tricky),
        preamble=draw(tricky),
        body=attrs.evolve(report.body, name=draw(tricky)),
        headings=draw(st.one_of(st.none(), st.lists(tricky, max_size=3).map(tuple))),
        overview=Overview(text=draw(tricky), topics=topics),
        disclosure_text=draw(tricky),
        requests_text=draw(tricky),
        reviews_text=draw(tricky),
        improvements=Improvements(
            text=draw(tricky), problems=tuple(draw(st.lists(tricky, max_size=2))), remedies=(draw(tricky),)
        ),
        other_matters=OtherMatters(text=draw(tricky), fees=report.other_matters.fees),
    )


@given(reports())
def test_text_prints_every_text_and_cell_of_any_report(report: AnnualReport) -> None:
    """Any report, of either format, mixed or with lost tables: the text gives back every text and cell."""
    check_text(report)


@given(reports())
def test_markdown_prints_every_text_and_cell_of_any_report(report: AnnualReport) -> None:
    """Any report: the Markdown gives back every text, field, header and cell."""
    check_markdown(report)


@given(reports())
def test_html_prints_every_text_and_cell_of_any_report(report: AnnualReport) -> None:
    """Any report: a well-formed page of rectangular tables that gives back every text and cell."""
    check_html(report)


@given(tricky_reports())
def test_structure_like_text_never_breaks_the_layouts(report: AnnualReport) -> None:
    """Prose built from headings, sub-topic numbers, fields, markup and escapes stays prose in all formats."""
    check_text(report)
    check_markdown(report)
    check_html(report)


def _text_values(lines: list[str], table: Table) -> list[str]:
    if table.spec.key == "reviews":
        return lines[-1].split("\t")
    labels = {row.full_label for row in table.spec.rows}
    return [cell for line in lines for cell in line.split("\t")[1:] if line.split("\t")[0] in labels]


def _markdown_values(blocks: list[str], table: Table) -> list[str]:
    values: list[str] = []
    for block in blocks:
        if block.startswith("| "):
            _header, _align, rows = markdown_table(block)
            values.extend(cell for row in rows for cell in row[1 if table.spec.key != "reviews" else 0 :])
    return values


@given(st.one_of(consistent_reports(), reports()))
def test_every_number_of_every_table_is_printed(report: AnnualReport) -> None:
    """Each cell of each table is printed exactly, in the layout's order, in every format."""
    headings = tuple(s.heading for s in report.layout.sections)
    text = read_text(render_text(report), headings)
    markdown = read_markdown(render_markdown(report), headings)
    _doctype, root = parse_page(render_html(report))
    pages = root.find_all("table")
    for number, table in enumerate(report.tables, start=1):
        if table is None:
            assert text.sections[number].table is None
            continue
        expected = [cell_text(value) for value in table.cells]
        assert _text_values(text.sections[number].table or [], table) == expected
        assert _markdown_values(markdown.sections[number].table or [], table) == expected
        page = pages.pop(0)
        assert [td.text() for td in page.find_all("td")] == expected
    assert not pages


@given(reports())
def test_rendering_is_deterministic(report: AnnualReport) -> None:
    """The same report, and an equal one read back from JSON, give the same text in each format."""
    again = from_json(to_json(report))
    for render in (render_text, render_markdown, render_html):
        assert render(report) == render(report) == render(again)
