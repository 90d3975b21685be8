r"""Reading the library's own plain-text layout (``docs/render.md``) exactly.

A document in this layout opens with its report information: the title's
lines, then ``发布机关：…`` field lines, among them ``报告格式：…``. Blocks are
separated by one empty line; a paragraph is one line, a table several; escapes
(``\\`` and ``\uXXXX``) are decoded.

>>> opening = HEADINGS_IN_ORDER[0]
>>> parts = read_native_text("发布机关：某局\n机关类别：其他\n报告年度：2024年\n报告格式：国办公开办函〔2021〕30号\n\n"
...                          f"{opening}\n\n全年\\u000a工作。\n")
>>> parts.sections[1], sorted(parts.found)
(('全年\n工作。',), [1])
>>> read_native_text(f"{opening}\n正文") is None
True
"""

from __future__ import annotations

import re

from govinfo_report.layout import FormatVersion, layout_for
from govinfo_report.parse._diagnostics import Diagnostic, DiagnosticKind
from govinfo_report.parse._fields import FIELD_LABELS
from govinfo_report.parse._lines import Source
from govinfo_report.parse._native import NativeParts, NativeTopic, TableBlock

__all__ = ["HEADINGS", "HEADINGS_IN_ORDER", "read_native_text", "unescape_text"]

_ESCAPE = re.compile(r"\\(\\|u[0-9A-Fa-f]{4})")
_TOPIC = re.compile(r"[（(]([一二三四五六七八九十]+)[）)]")
_FIELD_OPEN = FIELD_LABELS[0] + "："
_SIGNATURE = FIELD_LABELS[3] + "："
_LABELS = frozenset(FIELD_LABELS)

HEADINGS = {section.heading: section.number for section in layout_for(FormatVersion.V2021).sections}
"""The official section headings and their numbers."""

HEADINGS_IN_ORDER = tuple(HEADINGS)
"""The official section headings, 一 to 六."""


def unescape_text(text: str) -> str:
    r"""Decode the text layout's escapes: ``\\`` and ``\uXXXX``; other backslashes stay.

    >>> unescape_text(r"a\\b\u3000c\d")
    'a\\b\u3000c\\d'
    """
    if "\\" not in text:
        return text
    return _ESCAPE.sub(lambda m: "\\" if m.group(1) == "\\" else chr(int(m.group(1)[1:], 16)), text)


def _blocks(text: str) -> list[tuple[int, int, list[str]]]:
    """``(first line number, start offset, lines)`` of each block of non-empty lines."""
    blocks: list[tuple[int, int, list[str]]] = []
    offset = 0
    current: list[str] = []
    start_line = start_offset = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            if not current:
                start_line, start_offset = number, offset
            current.append(line)
        elif current:
            blocks.append((start_line, start_offset, current))
            current = []
        offset += len(line) + 1
    if current:
        blocks.append((start_line, start_offset, current))
    return blocks


def read_native_text(text: str) -> NativeParts | None:
    """The parts of *text* when it is in the library's own layout, else ``None``."""
    if _FIELD_OPEN not in text or _SIGNATURE not in text:
        return None
    blocks = _blocks(text)
    front_lines = blocks[0][2] if blocks else []
    if not any(line.startswith(_FIELD_OPEN) for line in front_lines) or not any(
        line.startswith(_SIGNATURE) for line in front_lines
    ):
        return None
    source = Source.from_text(text, pages=False)
    diagnostics: list[Diagnostic] = []
    first_line, _offset, front = blocks[0]
    opening = next(i for i, line in enumerate(front) if line.startswith(_FIELD_OPEN))
    title = "\n".join(unescape_text(line) for line in front[:opening])
    fields: list[tuple[str, str, int | None]] = []
    for index, line in enumerate(front[opening:], start=first_line + opening):
        label, colon, value = line.partition("：")
        if not colon or label not in _LABELS:
            diagnostics.append(
                Diagnostic(
                    kind=DiagnosticKind.METADATA_MISSING,
                    message="a line of the report information is not a known field",
                    line=index,
                    column=1,
                    expected="label：value",
                    found=line,
                )
            )
            continue
        fields.append((label, unescape_text(value), index))
    preamble: list[str] = []
    sections: dict[int, list[str]] = {}
    topics: list[tuple[str, list[str], int]] = []
    tables: dict[int, TableBlock] = {}
    found: set[int] = set()
    current = 0
    for first_line, offset, block in blocks[1:]:
        if len(block) == 1 and block[0] in HEADINGS:
            current = HEADINGS[block[0]]
            found.add(current)
            sections.setdefault(current, [])
            continue
        if current in (2, 3, 4) and len(block) > 1 and current not in tables:
            end = offset + sum(len(line) + 1 for line in block) - 1
            tables[current] = TableBlock(source=source, start=offset, end=end)
            continue
        for line_number, line in enumerate(block, start=first_line):
            if current == 1 and _TOPIC.match(line):
                topic = _TOPIC.match(line)
                rest = line[topic.end() :] if topic else line
                heading, _stop, first = rest.partition("。")
                topics.append((unescape_text(heading), [unescape_text(first)] if first else [], line_number))
            elif current == 1 and topics:
                topics[-1][1].append(unescape_text(line))
            elif current == 0:
                preamble.append(unescape_text(line))
            else:
                sections.setdefault(current, []).append(unescape_text(line))
    return NativeParts(
        title=title,
        fields=tuple(fields),
        preamble=tuple(preamble),
        sections={number: tuple(texts) for number, texts in sections.items()},
        topics=tuple(NativeTopic(title=t, paragraphs=tuple(p), line=n) for t, p, n in topics),
        tables=tables,
        found=frozenset(found),
        diagnostics=tuple(diagnostics),
    )
