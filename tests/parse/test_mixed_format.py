"""A report that prints the other format's table 二 is read in the table's own format."""

from __future__ import annotations

from decimal import Decimal

import pytest

import govinfo_report as gr
from govinfo_report.layout import layout_for
from govinfo_report.model import Table


@pytest.mark.parametrize(
    ("render", "parse"),
    [
        (gr.render_text, gr.parse_text),
        (gr.render_markdown, gr.parse_markdown),
        (gr.render_html, gr.parse_html),
    ],
    ids=["text", "markdown", "html"],
)
def test_2019_report_with_2021_disclosure_table_round_trips(render, parse):
    """Column headers only the 2021 format prints decide the table's format; digits are not cut apart."""
    disclosure = Table(spec=layout_for("2021").disclosure, cells=(0, 0, 0, 0, 0, 0, 100, 100, 256, Decimal("0.0")))
    report = gr.AnnualReport(
        body=gr.Body(name="某局", kind=gr.BodyKind.DEPARTMENT),
        year=2019,
        format=gr.FormatVersion.V2019,
        disclosure=disclosure,
    )
    result = parse(render(report))
    assert result.report.disclosure == disclosure
    assert result.report.disclosure.spec is layout_for("2021").disclosure
    assert {d.kind.value for d in result.diagnostics} == {"missing_table"}
