r"""Rendering a report in the published layout: plain text, Markdown and HTML.

Each renderer prints exactly what the model holds (every number as it is,
every text escaped only where it would be misread), so that the parsers get
the same report back; the layouts are specified in ``docs/render.md``. The
output is deterministic: the same report always gives the same text.

>>> from govinfo_report.layout import FormatVersion
>>> from govinfo_report.model import AnnualReport, Body, build_reviews
>>> report = AnnualReport(body=Body(name="某局"), year=2024, format=FormatVersion.V2021,
...     reviews=build_reviews({"review": [1, 0, 0, 0], "litigation_direct": [0, 0, 0, 0],
...                            "litigation_after_review": [0, 0, 0, 0]}))
>>> table = [block for block in render_text(report).split("\n\n") if "\t" in block][0]
>>> table.split("\n")[-1].split("\t")
['1', '0', '0', '0', '1', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0']
>>> "<table>" in render_html(report), "| 行政复议·结果维持 |" in render_markdown(report)
(True, True)
"""

from govinfo_report.render._html import render_html
from govinfo_report.render._markdown import render_markdown
from govinfo_report.render._text import render_text

__all__ = ["render_html", "render_markdown", "render_text"]
