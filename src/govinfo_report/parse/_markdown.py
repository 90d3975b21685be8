r"""``parse_markdown``: the library's Markdown layout exactly; other Markdown as published text.

In the library's layout (``docs/render.md``) the report information is a list
of ``- 发布机关：…`` items, sections are ``##`` headings, a sub-topic starts
``**（一）title**。``, tables are GitHub tables (table 二 one per cited item,
after its citation in bold). Backslash escapes and ``&#x…;`` references are
decoded. Markdown without that list is read as a published report: its
markup is removed and its tables become tab-separated rows.

>>> from govinfo_report.layout import layout_for
>>> opening = layout_for("2021").sections[0].heading
>>> md = ("- 发布机关：某局\n- 机关类别：其他\n- 报告年度：2024年\n- 报告格式：国办公开办函〔2021〕30号\n\n"
...       f"## {opening}\n\n**（一）主动公开情况**。公开\\*12\\*条。\n")
>>> topic = parse_markdown(md).report.overview.topics[0]
>>> topic.key, topic.title, topic.text
('active', '主动公开情况', '公开*12*条。')
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from govinfo_report.errors import ParseError
from govinfo_report.parse._fields import FIELD_LABELS
from govinfo_report.parse._lines import Source
from govinfo_report.parse._native import NativeParts, NativeTopic, TableBlock, assemble
from govinfo_report.parse._native_text import HEADINGS
from govinfo_report.parse._published import parse_published

if TYPE_CHECKING:
    from govinfo_report.parse._result import ParseResult

__all__ = ["parse_markdown", "unescape_markdown"]

_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])|&#[xX]([0-9A-Fa-f]{1,6});|&#([0-9]{1,7});")
_TOPIC = re.compile(r"\*\*[（(]([一二三四五六七八九十]+)[）)]")
_CAPTION = re.compile(r"\*\*(.*)\*\*")
_LABELS = frozenset(FIELD_LABELS)
_HEADING = re.compile(r"#{1,6}[ \t]+")
_RULE = re.compile(r"\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)*\|?")


def _char(code: int) -> str:
    return chr(code) if 0 <= code <= 0x10FFFF else "\ufffd"


def unescape_markdown(text: str) -> str:
    r"""Decode backslash escapes of ASCII punctuation and numeric character references.

    >>> unescape_markdown(r"1\. a\|b &#x3000;c \d")
    '1. a|b \u3000c \\d'
    """
    if "\\" not in text and "&#" not in text:
        return text

    def replace(match: re.Match[str]) -> str:
        if match.group(1) is not None:
            return match.group(1)
        if match.group(2) is not None:
            return _char(int(match.group(2), 16))
        return _char(int(match.group(3)))

    return _ESCAPE.sub(replace, text)


def split_row(line: str) -> list[str]:
    r"""The cells of a GitHub table row, split at unescaped ``|``, still escaped.

    >>> split_row(r"| a\|b | \\ | c |")
    ['a\\|b', '\\\\', 'c']
    """
    text = line.strip()
    text = text.removeprefix("|")
    cells: list[str] = []
    current: list[str] = []
    escaped = False
    for char in text:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            current.append(char)
            escaped = True
        elif char == "|":
            cells.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    rest = "".join(current).strip()
    if rest:
        cells.append(rest)
    return cells


def _table_lines(block: list[str]) -> list[str]:
    """A Markdown table or caption block as tab-separated lines (one per input line)."""
    out = []
    for line in block:
        stripped = line.strip()
        if _RULE.fullmatch(stripped):
            out.append("\t")
        elif stripped.startswith("|"):
            out.append("\t".join(unescape_markdown(c) for c in split_row(stripped)))
        else:
            caption = _CAPTION.fullmatch(stripped)
            out.append(unescape_markdown(caption.group(1) if caption else stripped))
    return out


def _blocks(text: str) -> list[tuple[int, list[str]]]:
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            if not current:
                start = number
            current.append(line)
        elif current:
            blocks.append((start, current))
            current = []
    if current:
        blocks.append((start, current))
    return blocks


def _is_table(block: list[str], section: int) -> bool:
    first = block[0].lstrip()
    if first.startswith("|"):
        return True
    return section == 2 and len(block) == 1 and _CAPTION.fullmatch(first.strip()) is not None and "第" in first


def _native(blocks: list[tuple[int, list[str]]]) -> NativeParts | None:
    index = 0
    title = ""
    if blocks and blocks[0][1][0].startswith("# "):
        title = unescape_markdown(blocks[0][1][0][2:])
        index = 1
    if index >= len(blocks):
        return None
    field_lines = blocks[index][1]
    items = [line[2:] for line in field_lines if line.startswith("- ")]
    if not any(item.startswith(FIELD_LABELS[0] + "：") for item in items) or not any(
        item.startswith(FIELD_LABELS[3] + "：") for item in items
    ):
        return None
    fields = []
    for offset, line in enumerate(field_lines):
        label, colon, value = line[2:].partition("：")
        if line.startswith("- ") and colon and label in _LABELS:
            fields.append((label, unescape_markdown(value), blocks[index][0] + offset))
    preamble: list[str] = []
    sections: dict[int, list[str]] = {}
    topics: list[tuple[str, list[str], int]] = []
    table_lines: dict[int, list[tuple[int, str]]] = {}
    found: set[int] = set()
    current = 0
    for first_line, block in blocks[index + 1 :]:
        if len(block) == 1 and block[0].startswith("## ") and block[0][3:] in HEADINGS:
            current = HEADINGS[block[0][3:]]
            found.add(current)
            continue
        if current in (2, 3, 4) and _is_table(block, current):
            converted = _table_lines(block)
            table_lines.setdefault(current, []).extend(zip(range(first_line, first_line + len(block)), converted))
            continue
        for number, line in enumerate(block, start=first_line):
            topic = _TOPIC.match(line) if current == 1 else None
            if topic is not None:
                close = line.find("**。", topic.end())
                if close < 0:
                    close = len(line)
                heading = unescape_markdown(line[topic.end() : close])
                rest = line[close + 3 :]
                topics.append((heading, [unescape_markdown(rest)] if rest else [], number))
            elif current == 1 and topics:
                topics[-1][1].append(unescape_markdown(line))
            elif current == 0:
                preamble.append(unescape_markdown(line))
            else:
                sections.setdefault(current, []).append(unescape_markdown(line))
    tables = {}
    for section, lines in table_lines.items():
        raw = "\n".join(line for _n, line in lines)
        source = Source.from_text(raw, pages=False, line_map=tuple(n for n, _l in lines))
        tables[section] = TableBlock(source=source, start=0, end=len(raw))
    return NativeParts(
        title=title,
        fields=tuple(fields),
        preamble=tuple(preamble),
        sections={n: tuple(texts) for n, texts in sections.items()},
        topics=tuple(NativeTopic(title=t, paragraphs=tuple(p), line=n) for t, p, n in topics),
        tables=tables,
        found=frozenset(found),
    )


def _plain(text: str) -> str:
    """Markdown as plain text: markup removed, tables as tab-separated rows, lines kept."""
    out = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.startswith("|"):
            out.append(
                "\t" if _RULE.fullmatch(stripped) else "\t".join(unescape_markdown(c) for c in split_row(stripped))
            )
            continue
        stripped = _HEADING.sub("", stripped, count=1)
        stripped = stripped.replace("**", "").replace("__", "")
        if stripped.startswith(("- ", "* ", "+ ")):
            stripped = stripped[2:]
        out.append(unescape_markdown(stripped))
    return "\n".join(out)


def parse_markdown(text: str) -> ParseResult:
    """Read a report from Markdown (``render_markdown`` output, or Markdown of a published report)."""
    if not isinstance(text, str):
        raise ParseError(f"expected text (str), got {type(text).__name__}")
    parts = _native(_blocks(text))
    if parts is not None:
        return assemble(parts)
    return parse_published(Source.from_text(_plain(text), pages=False))
