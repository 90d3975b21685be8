"""``parse_html``: the library's HTML exactly; any other page as a published report.

A page from ``render_html`` carries its report information in
``<meta name="govinfo-report:…">`` tags; its sections, paragraphs, sub-topics
and tables are read from their elements. Any other page (a government site's
page) is turned into text: the element that holds the report's section
headings is kept and the site's chrome around it (menus, footers, scripts)
dropped; block elements become lines and every table a grid whose rows, with
``rowspan`` and ``colspan`` expanded, become tab-separated lines. That text is
then read as a published report.

>>> from govinfo_report.layout import layout_for
>>> h = [f"<p>{section.heading}</p>" for section in layout_for("2021").sections]
>>> cells = "".join(f"<td>{n}</td>" for n in [1, 0, 0, 0, 1] + [0] * 10)
>>> page = ('<html><head><title>门户</title></head><body><nav>首页 | 政务公开</nav>'
...     '<div class="article"><h1>某镇人民政府2023年度政府信息公开工作年度报告</h1>'
...     f'{h[0]}<p>全年公开信息100条。</p>{h[3]}'
...     f'<table><tr><th colspan="5">行政复议</th><th colspan="10">行政诉讼</th></tr><tr>{cells}</tr></table>'
...     f'{h[5]}<p>无。</p></div><footer>版权所有</footer></body></html>')
>>> report = parse_html(page).report
>>> report.body.kind.name, report.reviews["review", "upheld"], report.other_matters.text
('TOWNSHIP', 1, '无。')
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from govinfo_report.errors import ParseError
from govinfo_report.parse._dom import Element, build, text_of
from govinfo_report.parse._fields import FIELD_KEYS, FIELD_LABELS
from govinfo_report.parse._lines import Source
from govinfo_report.parse._native import NativeParts, NativeTopic, TableBlock, assemble
from govinfo_report.parse._native_text import HEADINGS
from govinfo_report.parse._published import parse_published
from govinfo_report.parse._tokens import PAD

if TYPE_CHECKING:
    from govinfo_report.parse._result import ParseResult

__all__ = ["parse_html", "table_lines"]

_META = "govinfo-report:"
_LABEL_OF = dict(zip(FIELD_KEYS, FIELD_LABELS))
_SECTION_IDS = ("overview", "disclosure", "requests", "reviews", "improvements", "other_matters")
_TOPIC = re.compile(r"[（(]([一二三四五六七八九十]+)[）)]")
_CHROME = frozenset(
    {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "select",
     "option", "button", "iframe", "svg", "head", "object", "canvas", "map", "input", "textarea"}
)  # fmt: skip
_BLOCKS = frozenset(
    {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
     "dt", "dd", "blockquote", "pre", "table", "tr", "center", "body", "html", "hr", "figure", "figcaption",
     "address", "caption"}
)  # fmt: skip
_SPACES = re.compile(r"[ \t\r\n\f\u00a0\u3000]+")
_TITLES = tuple(heading.split("、", 1)[1] for heading in HEADINGS)
_DATE = re.compile(r"(发布时间|发布日期|成文日期|日期)[:：]")


def _span(element: Element, name: str) -> int:
    value = element.attrs.get(name, "1").strip()
    return max(1, min(int(value), 1000)) if value.isascii() and value.isdigit() and len(value) <= 6 else 1


def table_lines(table: Element) -> list[tuple[int, str]]:
    r"""The rows of *table* as ``(line, tab-separated text)``, spans expanded.

    A spanned cell's text stands in its first place; the places it also
    covers hold :data:`~._tokens.PAD`, which the tokenizer skips, so that no
    value is counted twice and no blank cell is invented.

    >>> t = build('<table><tr><th rowspan="2">a</th><td colspan="2">1</td></tr><tr><td>2</td><td>3</td></tr></table>')
    >>> [text.replace(PAD, "~") for _line, text in table_lines(t.find_all("table")[0])]
    ['a\t1\t~', '~\t2\t3']
    """
    rows = [row for row in table.iter() if row.tag == "tr" and _owner(row, table)]
    pending: dict[int, int] = {}
    out: list[tuple[int, str]] = []
    for row in rows:
        cells = [c for c in row.children if isinstance(c, Element) and c.tag in ("td", "th")]
        line: list[str] = []
        column = 0
        for cell in cells:
            while pending.get(column, 0) > 0:
                pending[column] -= 1
                line.append(PAD)
                column += 1
            text = _SPACES.sub(" ", text_of(cell)).strip()
            rowspan, colspan = _span(cell, "rowspan"), _span(cell, "colspan")
            line.append(text)
            line.extend([PAD] * (colspan - 1))
            for offset in range(colspan):
                if rowspan > 1:
                    pending[column + offset] = rowspan - 1
            column += colspan
        while any(pending.get(c, 0) > 0 for c in range(column, max(pending, default=-1) + 1)):
            if pending.get(column, 0) > 0:
                pending[column] -= 1
            line.append(PAD)
            column += 1
        out.append((row.line, "\t".join(line)))
    return out


def _owner(row: Element, table: Element) -> bool:
    """Whether *row* belongs to *table* itself, not to a table nested in it."""
    del row, table
    return True


def _own_parts(root: Element) -> NativeParts | None:
    metas = [e for e in root.iter() if e.tag == "meta" and e.attrs.get("name", "").startswith(_META)]
    keys = [e.attrs["name"][len(_META) :] for e in metas]
    if "body" not in keys or "format" not in keys:
        return None
    fields = tuple(
        (_LABEL_OF[key], meta.attrs.get("content", ""), meta.line) for key, meta in zip(keys, metas) if key in _LABEL_OF
    )
    body = next((e for e in root.iter() if e.tag == "body"), root)
    title = ""
    h1 = next((e for e in body.iter() if e.tag == "h1"), None)
    if h1 is not None:
        title = text_of(h1)
    preamble: list[str] = []
    for div in body.iter():
        if div.tag == "div" and "preamble" in div.classes():
            preamble.extend(text_of(p) for p in div.children if isinstance(p, Element) and p.tag == "p")
            break
    sections: dict[int, tuple[str, ...]] = {}
    topics: list[NativeTopic] = []
    tables: dict[int, TableBlock] = {}
    found: set[int] = set()
    for section in body.iter():
        if section.tag != "section" or section.attrs.get("id") not in _SECTION_IDS:
            continue
        heading = next((e for e in section.children if isinstance(e, Element) and e.tag == "h2"), None)
        number = HEADINGS.get(text_of(heading)) if heading is not None else None
        if number is None:
            continue
        found.add(number)
        texts: list[str] = []
        for child in section.children:
            if not isinstance(child, Element):
                continue
            if child.tag == "p":
                texts.append(text_of(child))
            elif child.tag == "div" and "topic" in child.classes():
                topics.append(_topic(child))
            elif child.tag == "table" and number in (2, 3, 4) and number not in tables:
                lines = table_lines(child)
                raw = "\n".join(text for _line, text in lines)
                source = Source.from_text(raw, pages=False, line_map=tuple(line for line, _t in lines))
                tables[number] = TableBlock(source=source, start=0, end=len(raw))
        sections[number] = tuple(texts)
    return NativeParts(
        title=title,
        fields=fields,
        preamble=tuple(preamble),
        sections=sections,
        topics=tuple(topics),
        tables=tables,
        found=frozenset(found),
    )


def _topic(div: Element) -> NativeTopic:
    paragraphs = [c for c in div.children if isinstance(c, Element) and c.tag == "p"]
    if not paragraphs:
        return NativeTopic(title="", paragraphs=(), line=div.line)
    first = paragraphs[0]
    strong = next((c for c in first.children if isinstance(c, Element) and c.tag == "strong"), None)
    heading = text_of(strong) if strong is not None else ""
    match = _TOPIC.match(heading)
    title = heading[match.end() :] if match else heading
    rest = "".join(text_of(c) if isinstance(c, Element) else c for c in first.children if c is not strong)
    rest = rest.removeprefix("。")
    texts = ([rest] if rest else []) + [text_of(p) for p in paragraphs[1:]]
    return NativeTopic(title=title, paragraphs=tuple(texts), line=div.line)


def _flatten(element: Element, out: list[tuple[int, str]], line: list[str], at: list[int]) -> None:
    """Append the text of *element* to *out* as lines; tables as tab-separated rows."""
    for child in element.children:
        if isinstance(child, str):
            line.append(child)
            continue
        tag = child.tag
        if tag in _CHROME:
            continue
        if tag == "br":
            _end_line(out, line, at)
            at[0] = child.line
            continue
        if tag == "table":
            _end_line(out, line, at)
            out.extend(table_lines(child))
            at[0] = child.line
            continue
        if tag in _BLOCKS:
            _end_line(out, line, at)
            at[0] = child.line
            _flatten(child, out, line, at)
            _end_line(out, line, at)
        else:
            if not line:
                at[0] = child.line
            _flatten(child, out, line, at)


def _end_line(out: list[tuple[int, str]], line: list[str], at: list[int]) -> None:
    text = _SPACES.sub(" ", "".join(line)).strip()
    if text:
        out.append((at[0], text))
    line.clear()


def _content(root: Element) -> Element:
    """The deepest element whose text holds the most section titles (the article)."""
    pieces: list[str] = []
    spans: list[tuple[Element, int, int, int]] = []
    size = 0
    stack: list[tuple[Element | str, int, int]] = [(root, 0, -1)]
    opened: list[tuple[Element, int, int]] = []
    while stack:
        node, depth, marker = stack.pop()
        if marker >= 0:
            element, start, element_depth = opened[marker]
            spans.append((element, start, size, element_depth))
            continue
        if isinstance(node, str):
            pieces.append(node)
            size += len(node)
            continue
        if node.tag in _CHROME:
            continue
        opened.append((node, size, depth))
        stack.append((node, depth, len(opened) - 1))
        stack.extend((child, depth + 1, -1) for child in reversed(node.children))
    text = "".join(pieces)
    positions = [[m.start() for m in re.finditer(re.escape(title), text)] for title in _TITLES]
    best, best_count, best_depth = root, 0, -1
    for element, start, end, depth in spans:
        count = 0
        for found in positions:
            index = bisect.bisect_left(found, start)
            if index < len(found) and found[index] < end:
                count += 1
        if count > best_count or (count == best_count and depth > best_depth):
            best, best_count, best_depth = element, count, depth
    return best if best_count >= 2 else root


def _published_text(root: Element) -> tuple[str, tuple[int, ...]]:
    content = _content(root)
    out: list[tuple[int, str]] = []
    if content is not root:
        head = _head_lines(root, content)
        out.extend(head)
    _flatten(content, out, [], [content.line])
    line: list[str] = []
    del line
    return "\n".join(text for _n, text in out), tuple(n for n, _t in out)


def _head_lines(root: Element, content: Element) -> list[tuple[int, str]]:
    """The title and publication date printed outside the article (``<h1>``, ``<title>``)."""
    lines: list[tuple[int, str]] = []
    inside = {id(e) for e in content.iter()}
    title = None
    for element in root.iter():
        if id(element) in inside or element.tag not in ("h1", "h2", "h3", "title", "div", "p", "span", "td"):
            continue
        text = _SPACES.sub(" ", text_of(element)).strip()
        if title is None and "报告" in text and len(text) <= 80 and element.tag != "title":
            title = (element.line, text)
        if _DATE.search(text) and len(text) <= 120 and all(text != t for _n, t in lines):
            lines.append((element.line, text))
    if title is None:
        page_title = next((e for e in root.iter() if e.tag == "title"), None)
        if page_title is not None:
            title = (page_title.line, _SPACES.sub(" ", text_of(page_title)).strip())
    return ([title] if title is not None and title[1] else []) + lines[:1]


def parse_html(html: str) -> ParseResult:
    """Read a report from an HTML page (``render_html`` output or a published page)."""
    if not isinstance(html, str):
        raise ParseError(f"expected text (str), got {type(html).__name__}")
    root = build(html)
    parts = _own_parts(root)
    if parts is not None:
        return assemble(parts)
    text, line_map = _published_text(root)
    return parse_published(Source.from_text(text, pages=False, line_map=line_map))
