"""A small element tree built with the standard library's :mod:`html.parser`.

Enough for report pages: elements with attributes, text, and the line where
each starts; void elements; implied end tags for ``p``, ``li``, ``tr``,
``td``/``th`` and table sections; stray end tags ignored. It never raises on
malformed markup.

>>> root = build("<p>a<br>b<p>c</p><table><tr><td>1<td>2</table>")
>>> [child.tag for child in root.children if isinstance(child, Element)]
['p', 'p', 'table']
>>> text_of(root.find_all("td")[1])
'2'
"""

from __future__ import annotations

from html.parser import HTMLParser
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["Element", "build", "text_of"]

_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
)
_CLOSES = {
    "p": frozenset({"p"}),
    "li": frozenset({"li"}),
    "dt": frozenset({"dt", "dd"}),
    "dd": frozenset({"dt", "dd"}),
    "tr": frozenset({"tr", "td", "th"}),
    "td": frozenset({"td", "th"}),
    "th": frozenset({"td", "th"}),
    "thead": frozenset({"thead", "tbody", "tfoot", "tr", "td", "th"}),
    "tbody": frozenset({"thead", "tbody", "tfoot", "tr", "td", "th"}),
    "tfoot": frozenset({"thead", "tbody", "tfoot", "tr", "td", "th"}),
}
_BLOCK_P = frozenset({"div", "table", "ul", "ol", "section", "h1", "h2", "h3", "h4", "h5", "h6", "article", "form"})
_SCOPES = frozenset({"table", "td", "th"})


class Element:
    """An element: tag, attributes, children (elements and text) and the line it starts on."""

    __slots__ = ("attrs", "children", "line", "tag")

    def __init__(self, tag: str, attrs: dict[str, str], line: int) -> None:
        self.tag = tag
        self.attrs = attrs
        self.children: list[Element | str] = []
        self.line = line

    def iter(self) -> Iterator[Element]:
        """Every element from this one down, in document order."""
        stack: list[Element] = [self]
        while stack:
            element = stack.pop()
            yield element
            stack.extend(reversed([c for c in element.children if isinstance(c, Element)]))

    def find_all(self, tag: str) -> list[Element]:
        """Every element below (or equal to) this one with *tag*."""
        return [e for e in self.iter() if e.tag == tag]

    def classes(self) -> frozenset[str]:
        """The element's class names."""
        return frozenset(self.attrs.get("class", "").split())


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", {}, 1)
        self.stack: list[Element] = [self.root]

    def _close_until(self, tags: frozenset[str]) -> None:
        for index in range(len(self.stack) - 1, 0, -1):
            tag = self.stack[index].tag
            if tag in _SCOPES and tag not in tags:
                return
            if tag in tags:
                del self.stack[index:]
                return

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        closes = _CLOSES.get(tag)
        if closes is not None:
            self._close_until(closes)
        if tag in _BLOCK_P:
            self._close_until(frozenset({"p"}))
        element = Element(tag, {k: v or "" for k, v in attrs}, self.getpos()[0])
        self.stack[-1].children.append(element)
        if tag not in _VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs}, self.getpos()[0])
        self.stack[-1].children.append(element)

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                return

    def handle_data(self, data: str) -> None:
        children = self.stack[-1].children
        if children and isinstance(children[-1], str):
            children[-1] += data
        else:
            children.append(data)


def build(html: str) -> Element:
    """The element tree of *html* (a synthetic ``#root`` element holds the top level)."""
    builder = _Builder()
    builder.feed(html)
    builder.close()
    return builder.root


def text_of(element: Element, *, breaks: bool = False) -> str:
    """The text inside *element*; with *breaks*, ``<br>`` becomes a line feed."""
    parts: list[str] = []
    stack: list[Element | str] = [element]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            parts.append(node)
        elif node.tag == "br" and breaks:
            parts.append("\n")
        elif node.tag not in ("script", "style", "template"):
            stack.extend(reversed(node.children))
    return "".join(parts)
