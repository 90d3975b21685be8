"""Checks that a rendering prints exactly what a report holds, per docs/render.md.

Each check reads the rendering with the strict readers of ``reading.py`` and
compares what it prints with the report: every text (after undoing the
escapes), every field of the report information, every header row and label
of every table as the layout writes it, and every cell as ``cell_text``
prints it, in order. Expected table rows are built from the layout here, not
from the renderer's grid.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from govinfo_report.render import render_html, render_markdown, render_text
from govinfo_report.render._cells import cell_text
from govinfo_report.render._info import report_fields, topic_number
from tests.render.reading import (
    Document,
    markdown_table,
    parse_page,
    read_markdown,
    read_text,
    table_matrix,
)

if TYPE_CHECKING:
    from govinfo_report.layout import TableSpec
    from govinfo_report.model import AnnualReport, Table


def _tables(report: AnnualReport) -> dict[str, Table | None]:
    return {"disclosure": report.disclosure, "requests": report.requests, "reviews": report.reviews}


def _texts(report: AnnualReport) -> dict[str, str]:
    return {
        "disclosure": report.disclosure_text,
        "requests": report.requests_text,
        "reviews": report.reviews_text,
        "improvements": report.improvements.text,
        "other_matters": report.other_matters.text,
    }


def _check_document(document: Document, report: AnnualReport) -> None:
    assert document.title == report.title
    assert document.fields == [(f.label, f.value) for f in report_fields(report)]
    assert document.preamble == report.preamble
    overview, *others = document.sections
    assert overview.text == report.overview.text
    assert [(t.number, t.title, t.text) for t in overview.topics] == [
        (topic_number(n), t.title, t.text) for n, t in enumerate(report.overview.topics, start=1)
    ]
    texts = _texts(report)
    for spec, section in zip(report.layout.sections[1:], others):
        assert section.text == texts[spec.key], spec.key
        assert not section.topics


def _group_chain(spec: TableSpec, parent: str | None) -> list[str]:
    chain: list[str] = []
    while parent is not None:
        group = spec.group(parent)
        chain.insert(0, group.full_label)
        parent = group.parent
    return chain


def expected_text_table(table: Table) -> list[str]:
    """The lines docs/render.md says a table prints as, built from the layout."""
    spec = table.spec
    values = {(row, column): cell_text(value) for row, column, value in table}
    lines: list[str] = []
    if spec.key == "disclosure":
        for block in spec.blocks:
            lines.append(block.citation)
            lines.append("\t".join([block.heading_label, *(c.label for c in block.columns)]))
            lines.extend(
                "\t".join([row.full_label, *(values[row.key, c.key] for c in block.columns)]) for row in block.rows
            )
        return lines
    if spec.key == "requests":
        columns = spec.blocks[0].columns
        grouped = [c for c in columns if c.group]
        lines.append(f"{spec.note}\t{spec.header}")
        top = [""]
        for column in columns:
            if column.group is None:
                top.append(column.label)
            elif column is grouped[0]:
                top.append(column.group)
            else:
                top.append("")
        lines.append("\t".join(top))
        lines.append("\t".join(["", "", *(c.label for c in grouped)]))
        opened: set[str] = set()
        for row in spec.rows:
            for label in _group_chain(spec, row.parent):
                if label not in opened:
                    opened.add(label)
                    lines.append(label)
            lines.append("\t".join([row.full_label, *(values[row.key, c.key] for c in columns)]))
        return lines
    columns = spec.blocks[0].columns
    review, direct, after = spec.rows
    litigation = spec.group("litigation")
    outcomes = [c.label for c in columns]
    blanks = [""] * (len(columns) - 1)
    lines.append("\t".join([review.full_label, *blanks, litigation.full_label]))
    lines.append("\t".join([*outcomes, direct.full_label, *blanks, after.full_label]))
    lines.append("\t".join(["", *blanks, *outcomes, *outcomes]))
    lines.append("\t".join(cell_text(value) for value in table.cells))
    return lines


def check_text(report: AnnualReport) -> str:
    """Render *report* as text and prove it prints every text, field and cell exactly."""
    text = render_text(report)
    headings = tuple(s.heading for s in report.layout.sections)
    document = read_text(text, headings)
    _check_document(document, report)
    tables = _tables(report)
    for spec, section in zip(report.layout.sections, document.sections):
        table = tables.get(spec.key)
        if table is None:
            assert section.table is None
        else:
            assert section.table == expected_text_table(table)
    return text


def expected_markdown_tables(table: Table) -> list[tuple[str | None, list[str], list[list[str]]]]:
    """(caption, header, rows) of each GitHub table docs/render.md says *table* prints as."""
    spec = table.spec
    values = {(row, column): cell_text(value) for row, column, value in table}
    if spec.key == "disclosure":
        return [
            (
                block.citation,
                [block.heading_label, *(c.label for c in block.columns)],
                [[row.full_label, *(values[row.key, c.key] for c in block.columns)] for row in block.rows],
            )
            for block in spec.blocks
        ]
    columns = spec.blocks[0].columns
    if spec.key == "requests":
        header = [spec.note, *("·".join(filter(None, [spec.header, c.group, c.label])) for c in columns)]
        rows = [
            ["·".join([*_group_chain(spec, row.parent), row.full_label]), *(values[row.key, c.key] for c in columns)]
            for row in spec.rows
        ]
        return [(None, header, rows)]
    header = []
    for row in spec.rows:
        path = [spec.group(row.parent).full_label] if row.parent else []
        header.extend("·".join([*path, row.full_label, c.label]) for c in columns)
    return [(None, header, [[cell_text(value) for value in table.cells]])]


def check_markdown(report: AnnualReport) -> str:
    """Render *report* as Markdown and prove it prints every text, field and cell exactly."""
    text = render_markdown(report)
    headings = tuple(s.heading for s in report.layout.sections)
    document = read_markdown(text, headings)
    _check_document(document, report)
    tables = _tables(report)
    for spec, section in zip(report.layout.sections, document.sections):
        table = tables.get(spec.key)
        if table is None:
            assert section.table is None
            continue
        assert section.table is not None
        found: list[tuple[str | None, list[str], list[list[str]]]] = []
        caption: str | None = None
        for block in section.table:
            if block.startswith("**"):
                caption = block[2:-2]
                continue
            header, align, rows = markdown_table(block)
            labelled = spec.key != "reviews"
            assert align == ["---"] * labelled + ["---:"] * (len(header) - labelled)
            found.append((caption, header, rows))
            caption = None
        assert found == expected_markdown_tables(table)
    return text


def check_html(report: AnnualReport) -> str:
    """Render *report* as HTML and prove the page is well formed and prints everything exactly."""
    page = render_html(report)
    doctype, root = parse_page(page)
    assert doctype == "DOCTYPE html"
    (html,) = root.elements("html")
    assert html.attrs == {"lang": "zh-CN"}
    head, body = html.elements()
    assert (head.tag, body.tag) == ("head", "body")
    assert not root.find_all("script")
    metas = head.elements("meta")
    assert metas[0].attrs == {"charset": "utf-8"}
    assert [(m.attrs["name"], m.attrs["content"]) for m in metas[1:]] == [
        ("govinfo-report:" + f.key, f.value) for f in report_fields(report)
    ]
    (title,) = head.elements("title")
    assert title.text()
    assert len(head.elements("style")) == 1

    children = body.elements()
    if report.title:
        assert children[0].tag == "h1"
        assert children[0].text() == report.title
        children = children[1:]
    else:
        assert not body.find_all("h1")
    if report.preamble:
        assert children[0].attrs == {"class": "preamble"}
        assert "\n".join(p.text() for p in children[0].elements("p")) == report.preamble
        children = children[1:]
    sections = children
    assert [s.tag for s in sections] == ["section"] * 6
    texts = _texts(report)
    tables = _tables(report)
    for spec, section in zip(report.layout.sections, sections):
        assert section.attrs == {"id": spec.key}
        h2, *rest = section.elements()
        assert h2.tag == "h2"
        assert h2.text() == spec.heading
        paragraphs = [e for e in rest if e.tag == "p"]
        if spec.key == "overview":
            assert "\n".join(p.text() for p in paragraphs) == report.overview.text
            topics = [e for e in rest if e.tag == "div"]
            assert len(topics) == len(report.overview.topics)
            for number, (div, topic) in enumerate(zip(topics, report.overview.topics), start=1):
                assert div.attrs == {"class": "topic"}
                first, *more = div.elements("p")
                strong, *others = first.children
                assert isinstance(strong, type(div))
                assert strong.tag == "strong"
                assert strong.text() == topic_number(number) + topic.title
                rest_text = "".join(c if isinstance(c, str) else c.text() for c in others)
                assert rest_text.startswith("。")
                assert "\n".join([rest_text[1:], *(p.text() for p in more)]) == topic.text
            continue
        assert "\n".join(p.text() for p in paragraphs) == texts[spec.key]
        table = tables.get(spec.key)
        found = [e for e in rest if e.tag == "table"]
        if table is None:
            assert not found
            continue
        (element,) = found
        assert element.elements("caption")[0].text() == table.spec.title
        matrix = table_matrix(element)
        assert len({len(row) for row in matrix}) == 1
        tds = [td.text() for part in element.elements() for tr in part.elements("tr") for td in tr.elements("td")]
        assert tds == [cell_text(value) for value in table.cells]
        for th in element.find_all("th"):
            assert th.attrs["scope"] in ("col", "colgroup", "row", "rowgroup")
    return page
