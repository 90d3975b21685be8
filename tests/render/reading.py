"""Strict readers of the rendered layouts, written from docs/render.md alone.

They do not build a report: they split a rendered document into what it prints
(title, report information fields, paragraphs, sub-topics, table rows) and
undo the escapes, failing loudly on anything the specification does not allow.
The render tests use them to prove that the layouts can be read without
ambiguity and give back every text and every cell exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

TEXT_ESCAPE = re.compile(r"\\(\\|u([0-9a-fA-F]{4}))")
MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])|&#x([0-9A-Fa-f]+);")
TOPIC_LINE = re.compile(r"（([一二三四五六七八九十]+)）")
SECTION_LIKE = re.compile("[一二三四五六七八九十]+、")


def unescape_text(text: str) -> str:
    return TEXT_ESCAPE.sub(lambda m: "\\" if m[1] == "\\" else chr(int(m[2], 16)), text)


def unescape_markdown(text: str) -> str:
    return MARKDOWN_ESCAPE.sub(lambda m: m[1] if m[1] is not None else chr(int(m[2], 16)), text)


@dataclass
class Topic:
    number: str
    title: str
    text: str


@dataclass
class Section:
    heading: str
    text: str = ""
    topics: list[Topic] = field(default_factory=list)
    table: list[str] | None = None  # the table's lines (text) or blocks (Markdown)


@dataclass
class Document:
    title: str
    fields: list[tuple[str, str]]
    preamble: str
    sections: list[Section]


def _blocks(document: str) -> list[str]:
    assert document.endswith("\n"), "the document ends with one line feed"
    assert not document.endswith("\n\n"), "the document ends with exactly one line feed"
    blocks = document[:-1].split("\n\n")
    for block in blocks:
        assert block, "blocks are separated by exactly one empty line"
        assert not block.startswith("\n"), "no two empty lines in a row"
        assert not block.endswith("\n"), "no two empty lines in a row"
    return blocks


def _check_text_line(line: str) -> None:
    assert line, "no empty line inside a block"
    assert not line[0].isspace(), f"a line never starts with whitespace: {line!r}"
    assert not line[-1].isspace(), f"a line never ends with whitespace: {line!r}"
    assert "\t" not in line, f"a prose line holds no tab: {line!r}"
    assert not any(c in line for c in "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\ufeff"), f"no raw line breaks: {line!r}"


def read_text(document: str, headings: tuple[str, ...]) -> Document:
    """Split a plain-text rendering into what it prints (see docs/render.md)."""
    blocks = _blocks(document)
    front = blocks[0].split("\n")
    first = next(i for i, line in enumerate(front) if line.startswith("发布机关："))
    for line in front[:first]:
        _check_text_line(line)
    title = "\n".join(unescape_text(line) for line in front[:first])
    fields = []
    for line in front[first:]:
        label, sep, value = line.partition("：")
        assert sep, f"a field line is label：value: {line!r}"
        assert "\t" not in value
        assert "\n" not in value
        assert not value or not value[0].isspace(), f"a value never starts with whitespace: {line!r}"
        fields.append((label, unescape_text(value)))
    index = 1
    preamble: list[str] = []
    while blocks[index] != headings[0]:
        line = blocks[index]
        assert "\n" not in line, "a preamble paragraph is one line"
        _check_text_line(line)
        assert not SECTION_LIKE.match(line)
        preamble.append(unescape_text(line))
        index += 1
    sections: list[Section] = []
    for number, heading in enumerate(headings):
        assert blocks[index] == heading, f"expected the heading {heading!r}, got {blocks[index]!r}"
        index += 1
        end = index
        following = headings[number + 1] if number + 1 < len(headings) else None
        while end < len(blocks) and blocks[end] != following:
            end += 1
        sections.append(_text_section(heading, blocks[index:end], overview=number == 0))
        index = end
    assert index == len(blocks)
    return Document(title=title, fields=fields, preamble="\n".join(preamble), sections=sections)


def _text_section(heading: str, blocks: list[str], *, overview: bool) -> Section:
    section = Section(heading=heading)
    paragraphs: list[str] = []
    for block in blocks:
        if "\n" in block:
            assert not overview, "section 一 has no table"
            assert section.table is None, "one table per section"
            section.table = block.split("\n")
            continue
        assert section.table is None, "the prose comes before the table"
        line = block
        _check_text_line(line)
        topic = TOPIC_LINE.match(line) if overview else None
        if topic is not None:
            rest = line[topic.end() :]
            title, sep, text = rest.partition("。")
            assert sep, "a sub-topic title ends with 。"
            assert not title or not (title[0].isspace() or title[-1].isspace()), (
                f"no whitespace at a title's ends: {line!r}"
            )
            assert not text or not text[0].isspace(), f"no whitespace opens a sub-topic's text: {line!r}"
            section.topics.append(Topic(number=topic[0], title=unescape_text(title), text=unescape_text(text)))
            continue
        assert not SECTION_LIKE.match(line), f"a paragraph never starts like a heading: {line!r}"
        if overview:
            assert not line.startswith(("（", "(")), f"a section 一 paragraph never starts like a topic: {line!r}"
        if section.topics:
            section.topics[-1].text += "\n" + unescape_text(line)
        else:
            paragraphs.append(unescape_text(line))
    section.text = "\n".join(paragraphs)
    return section


def _check_markdown_line(line: str) -> None:
    assert line, "no empty line inside a block"
    assert not line[0].isspace(), f"no whitespace at the start: {line!r}"
    assert not line[-1].isspace(), f"no whitespace at the end: {line!r}"
    assert not any(c in line for c in "\t\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\ufeff"), f"no raw controls: {line!r}"
    assert not line.startswith(("#", "-", "+", "=", ">", "*", "|", "`", "~", "<", "_")), f"no markup: {line!r}"
    assert not re.match(r"[0-9]+[.)]", line), f"no ordered list: {line!r}"


def read_markdown(document: str, headings: tuple[str, ...]) -> Document:
    """Split a Markdown rendering into what it prints (see docs/render.md)."""
    blocks = _blocks(document)
    index = 0
    title = ""
    if blocks[0].startswith("# "):
        title = unescape_markdown(blocks[0][2:])
        index = 1
    fields = []
    for line in blocks[index].split("\n"):
        assert line.startswith("- "), f"the report information is a list: {line!r}"
        label, sep, value = line[2:].partition("：")
        assert sep
        fields.append((label, unescape_markdown(value)))
    index += 1
    preamble: list[str] = []
    while blocks[index] != "## " + headings[0]:
        _check_markdown_line(blocks[index])
        preamble.append(unescape_markdown(blocks[index]))
        index += 1
    sections: list[Section] = []
    for number, heading in enumerate(headings):
        assert blocks[index] == "## " + heading, f"expected ## {heading!r}, got {blocks[index]!r}"
        index += 1
        end = index
        following = "## " + headings[number + 1] if number + 1 < len(headings) else None
        while end < len(blocks) and blocks[end] != following:
            end += 1
        sections.append(_markdown_section(heading, blocks[index:end], overview=number == 0))
        index = end
    assert index == len(blocks)
    return Document(title=title, fields=fields, preamble="\n".join(preamble), sections=sections)


def _markdown_section(heading: str, blocks: list[str], *, overview: bool) -> Section:
    section = Section(heading=heading)
    paragraphs: list[str] = []
    for block in blocks:
        if block.startswith("| ") or (block.startswith("**第") and block.endswith("项**")):
            assert not overview
            section.table = [*(section.table or []), block]
            continue
        assert section.table is None, "the prose comes before the table"
        assert "\n" not in block, "a paragraph is one line"
        if overview and block.startswith("**（"):
            close = block.index("**。", 2)
            head = unescape_markdown(block[2:close])
            ordinal = TOPIC_LINE.match(head)
            assert ordinal is not None
            text = unescape_markdown(block[close + 3 :])
            section.topics.append(Topic(number=ordinal[0], title=head[ordinal.end() :], text=text))
            continue
        _check_markdown_line(block)
        if section.topics:
            section.topics[-1].text += "\n" + unescape_markdown(block)
        else:
            paragraphs.append(unescape_markdown(block))
    section.text = "\n".join(paragraphs)
    return section


def markdown_table(block: str) -> tuple[list[str], list[str], list[list[str]]]:
    """A GitHub table as (header cells, alignment cells, rows of cells), unescaped."""
    lines = block.split("\n")
    for line in lines:
        assert line.startswith("| "), line
        assert line.endswith(" |"), line

    def cells(line: str) -> list[str]:
        parts = re.split(r"(?<!\\) \| ", line[2:-2])
        return [unescape_markdown(part.strip(" ")) for part in parts]

    header, align, *rows = (cells(line) for line in lines)
    assert all(len(row) == len(header) for row in rows), "every row has as many cells as the header"
    assert len(align) == len(header)
    return header, align, rows


# --- HTML ---------------------------------------------------------------------------


@dataclass
class Element:
    tag: str
    attrs: dict[str, str | None]
    children: list[Element | str] = field(default_factory=list)

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def elements(self, tag: str | None = None) -> list[Element]:
        return [c for c in self.children if isinstance(c, Element) and (tag is None or c.tag == tag)]

    def find_all(self, tag: str) -> list[Element]:
        found = []
        for child in self.elements():
            if child.tag == tag:
                found.append(child)
            found.extend(child.find_all(tag))
        return found


VOID = frozenset({"meta", "br", "hr", "img", "link", "input"})


class TreeBuilder(HTMLParser):
    """A strict tree of a well-formed page: every non-void element is closed in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", {})
        self.stack = [self.root]
        self.doctype: str | None = None

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, dict(attrs))
        self.stack[-1].children.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Element(tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        parent = self.stack[-1]
        if parent.children and isinstance(parent.children[-1], str):
            parent.children[-1] += data
        else:
            parent.children.append(data)


def parse_page(page: str) -> tuple[str | None, Element]:
    builder = TreeBuilder()
    builder.feed(page)
    builder.close()
    assert builder.stack == [builder.root], "every element is closed"
    return builder.doctype, builder.root


def table_matrix(table: Element) -> list[list[Element]]:
    """The table's positions filled with the cell covering them.

    Fails unless every part (``<thead>``, ``<tbody>``) is a rectangle of the
    same width: spans never leave a hole, overlap or cross a part.
    """
    matrix: list[list[Element]] = []
    for part in table.elements():
        if part.tag not in ("thead", "tbody"):
            continue
        rows = part.elements("tr")
        slots: list[dict[int, Element]] = [{} for _ in rows]
        for r, tr in enumerate(rows):
            c = 0
            for cell in tr.elements():
                assert cell.tag in ("th", "td")
                while c in slots[r]:
                    c += 1
                rowspan = int(cell.attrs.get("rowspan") or 1)
                colspan = int(cell.attrs.get("colspan") or 1)
                for dr in range(rowspan):
                    assert r + dr < len(rows), "a rowspan runs past its part"
                    for dc in range(colspan):
                        assert c + dc not in slots[r + dr], "cells overlap"
                        slots[r + dr][c + dc] = cell
                c += colspan
        for slot in slots:
            width = len(matrix[0]) if matrix else len(slots[0])
            assert sorted(slot) == list(range(width)), f"a row does not fill the {width} columns"
            matrix.append([slot[c] for c in range(width)])
    return matrix
