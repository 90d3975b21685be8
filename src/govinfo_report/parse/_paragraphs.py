r"""Rebuilding paragraphs of published text: lines wrapped by a PDF, pages broken, lines lost.

Text extracted from a PDF wraps every paragraph at the page width and may
break a paragraph at a page end (a blank line where no paragraph ends); a web
page dumped to text may lose every line break. Three repairs, each decided by
what the text shows:

- when most lines of the document end near one width (the page width), a line
  that reaches that width runs on into the next;
- across a blank line, a paragraph that does not end a sentence runs on,
  unless the next line opens with an ordinal (``（二）``, ``三、``);
- in a very long line, a space between two Chinese characters or after a
  sentence was a line break.

Spaces between a digit and a Chinese character (``2024 年``) are removed.

>>> from govinfo_report.parse._lines import Source
>>> text = "第一段的开头，\n\n接着写完。\n（一）标题。正文2024 年。"
>>> paragraphs(Source.from_text(text), 0, len(text), wrap_width(Source.from_text(text)))
('第一段的开头，接着写完。', '（一）标题。正文2024年。')
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from govinfo_report.parse._lines import Source

__all__ = ["clean", "paragraphs", "wrap_width"]

_ENDS = frozenset("。！？；：…”’」』!?;:")
_ORDINAL = re.compile(
    r"[ \t]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]"
    r"|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十]+[部章条])"
)
_DIGIT_SPACE = re.compile(
    r"(?<=[0-9%％])[ ]+(?=[\u4e00-\u9fff，。、；：）％%])|(?<=[\u4e00-\u9fff，。、；：（])[ ]+(?=[0-9])"
)
_LONG_LINE = 300
_LONG_BREAK = re.compile(
    r"(?<=[。！？；”])[ ]+|[ ]+(?=[（(][一二三四五六七八九十]{1,3}[）)])"
    r"|(?<=[\u4e00-\u9fff）])[ ]+(?=[\u4e00-\u9fff（])"
)
_SLACK = 4
_INDENT = 4
_WRAPPED_SHARE = 0.3
_WRAPPED_LINES = 5
_MIN_WIDTH = 30


def _width(text: str) -> int:
    """The printed width of *text*: 2 for a wide (CJK, full-width) character, 1 otherwise."""
    # Chinese text is in the BMP above U+0800 (three bytes in UTF-8), ASCII one byte.
    return len(text) + (len(text.encode("utf-8", "surrogatepass")) - len(text)) // 2


def wrap_width(source: Source) -> int:
    """The page width the lines of *source* were wrapped at, or 0 when they were not wrapped."""
    widths = [
        _width(line.strip())
        for line in source.norm.split("\n")
        if line.strip() and "\t" not in line and len(line) < _LONG_LINE
    ]
    if len(widths) < _WRAPPED_LINES:
        return 0
    counts: dict[int, int] = {}
    for width in widths:
        counts[width] = counts.get(width, 0) + 1
    mode = max(counts, key=lambda w: (counts[w], w))
    near = sum(1 for w in widths if abs(w - mode) <= _SLACK // 2)
    if mode < _MIN_WIDTH or near < _WRAPPED_LINES or near < len(widths) * _WRAPPED_SHARE:
        return 0
    return mode


def clean(text: str) -> str:
    """Remove the spaces a PDF puts between digits and Chinese characters."""
    return _DIGIT_SPACE.sub("", text) if " " in text else text


def paragraphs(source: Source, start: int, end: int, width: int) -> tuple[str, ...]:
    """The paragraphs of ``[start, end)`` as published text, repaired (see the module)."""
    out: list[str] = []
    current: list[str] = []
    blank = False
    raw, norm = source.raw, source.norm
    position = start
    while position < end:
        line_end = norm.find("\n", position, end)
        if line_end < 0:
            line_end = end
        text = raw[position:line_end].strip()
        masked = not norm[position:line_end].strip() and bool(text)
        position = line_end + 1
        if masked:
            blank = bool(current) or blank
            continue
        if not text:
            blank = bool(current) or blank
            continue
        pieces = [p for p in _LONG_BREAK.split(text) if p.strip()] if len(text) > _LONG_LINE else [text]
        for piece in pieces:
            if current:
                previous = current[-1]
                opens = _ORDINAL.match(piece) is not None
                # The first line of a paragraph is indented: it is full two characters short.
                full = width - _SLACK - (_INDENT if len(current) == 1 else 0)
                ends = previous[-1] in _ENDS
                indented = ends and width - _INDENT - 2 <= _width(piece) <= width - 3
                runs_on = (
                    (width and not blank and _width(previous) >= full and not (ends and (opens or indented)))
                    or (blank and not ends and not opens)
                ) and len(pieces) == 1
                if not runs_on:
                    out.append(clean("".join(current)))
                    current = []
            current.append(piece)
            blank = False
    if current:
        out.append(clean("".join(current)))
    return tuple(p for p in out if p)
