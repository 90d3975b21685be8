r"""Reading published reports back into the model, with diagnostics.

``parse_text`` reads text extracted from a PDF, a text dump of a web page, or
the library's own plain-text rendering; ``parse_html`` an HTML page;
``parse_markdown`` the library's Markdown rendering (or Markdown written
like it). Each returns a :class:`ParseResult`: the report, and a
:class:`Diagnostic` for everything that could not be read exactly (a lost
row is blank, never guessed). Input with no recognizable structure raises
:class:`~govinfo_report.errors.ParseError`.

>>> from govinfo_report.layout import layout_for
>>> from govinfo_report.parse import parse_text
>>> headings = [section.heading for section in layout_for("2021").sections]
>>> result = parse_text("\n".join([
...     "某县人民政府2024年度政府信息公开工作年度报告", headings[0], "全年主动公开信息310条。",
...     headings[3], "行政复议\t\t\t\t\t行政诉讼", "\t".join(["0"] * 15)]))
>>> result.report.year, result.report.body.name, result.report.reviews["review", "total"]
(2024, '某县人民政府', 0)
>>> sorted({d.code for d in result.diagnostics})
['missing_section', 'missing_table', 'placed_by_shape']
"""

from govinfo_report.parse._diagnostics import Diagnostic, DiagnosticKind
from govinfo_report.parse._html import parse_html
from govinfo_report.parse._markdown import parse_markdown
from govinfo_report.parse._result import ParseResult
from govinfo_report.parse._text import parse_text

__all__ = [
    "Diagnostic",
    "DiagnosticKind",
    "ParseResult",
    "parse_html",
    "parse_markdown",
    "parse_text",
]
