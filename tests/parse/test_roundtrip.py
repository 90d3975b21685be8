"""The parsers read the renderers' output back exactly: text, Markdown and HTML.

One documented restriction of the generated reports: ``overview.channels`` is
not printed by the renderers (docs/render.md) but derived from the prose of
section 一, so a generated report's channels are first set to what its prose
says (:func:`channels_of`). A report without some table prints the heading
alone, and the parser reports exactly that table as missing (a published
report can lose a table; it is reported, not silently accepted).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
from hypothesis import given

from govinfo_report.parse import DiagnosticKind, parse_html, parse_markdown, parse_text
from govinfo_report.parse._native import overview_texts
from govinfo_report.parse._prose import channels_of
from govinfo_report.render import render_html, render_markdown, render_text
from tests.strategies import consistent_reports, reports

if TYPE_CHECKING:
    from govinfo_report.model import AnnualReport


def publishable(report: AnnualReport) -> AnnualReport:
    """*report* with the channels its section 一 names (the renderers do not print channels)."""
    overview = report.overview
    channels = channels_of(overview_texts(overview.text, overview.topics))
    return attrs.evolve(report, overview=attrs.evolve(overview, channels=channels))


def missing_tables(report: AnnualReport) -> list[str]:
    """The JSON paths of the tables *report* lacks."""
    return [f"$.{key}" for key in ("disclosure", "requests", "reviews") if getattr(report, key) is None]


def check(report: AnnualReport, parsed) -> None:
    assert parsed.report == report
    assert [d.path for d in parsed.diagnostics] == missing_tables(report)
    assert all(d.kind is DiagnosticKind.MISSING_TABLE for d in parsed.diagnostics)


@given(reports())
def test_text_round_trip(report):
    """parse_text(render_text(r)) == r, with a diagnostic only for each table r lacks."""
    report = publishable(report)
    check(report, parse_text(render_text(report)))


@given(reports())
def test_markdown_round_trip(report):
    """parse_markdown(render_markdown(r)) == r, with a diagnostic only for each table r lacks."""
    report = publishable(report)
    check(report, parse_markdown(render_markdown(report)))


@given(reports())
def test_html_round_trip(report):
    """parse_html(render_html(r)) == r, with a diagnostic only for each table r lacks."""
    report = publishable(report)
    check(report, parse_html(render_html(report)))


@given(consistent_reports())
def test_consistent_reports_round_trip_without_any_diagnostic(report):
    """A complete, consistent report comes back from all three formats with no diagnostic at all."""
    report = publishable(report)
    for render, parse in ((render_text, parse_text), (render_markdown, parse_markdown), (render_html, parse_html)):
        parsed = parse(render(report))
        assert parsed.report == report
        assert parsed.diagnostics == ()


@given(reports())
def test_channels_are_what_the_prose_names(report):
    """The channels a parser gives are those channels_of derives from the prose it read."""
    parsed = parse_text(render_text(report)).report
    assert parsed.overview.channels == channels_of(overview_texts(parsed.overview.text, parsed.overview.topics))
