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

import bisect
import itertools
import operator
import re
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from govinfo_report.parse._lines import Source

__all__ = ["clean", "paragraphs", "wrap_width"]

_ENDS = frozenset("。！？；：…”’」』!?;:")
_ORDINAL = re.compile(
    r"[ \t]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]"
    r"|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十]+[部章条])"
)
# A run of spaces after a digit and before a Chinese character, or the other way round. Each
# alternative opens with the space (the character before it is checked by a look-behind over
# both), so that the regex engine skips quickly from one space to the next.
_DIGIT_SPACE = re.compile(
    r"[ ](?<=[0-9%％][ ])[ ]*(?=[\u4e00-\u9fff，。、；：）％%])|[ ](?<=[\u4e00-\u9fff，。、；：（][ ])[ ]*(?=[0-9])"
)
_LONG_LINE = 300
# Each alternative opens with the same literal space (the character before it is checked by a
# look-behind; ``[ ][ ]*``, not ``[ ]+``): the regex compiler then moves that space out of the
# alternatives, and the engine skips quickly from one space to the next instead of trying each
# alternative at every position.
_LONG_BREAK = re.compile(
    r"[ ](?<=[。！？；”][ ])[ ]*|[ ][ ]*(?=[（(][一二三四五六七八九十]{1,3}[）)])"
    r"|[ ](?<=[\u4e00-\u9fff）][ ])[ ]*(?=[\u4e00-\u9fff（])"
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


def _widths(texts: list[str]) -> list[int]:
    """:func:`_width` of each of *texts* (none holds a line break), with one encoding of them all.

    >>> _widths(["ab", "二〇", ""])
    [2, 4, 0]
    """
    encoded = "\n".join(texts).encode("utf-8", "surrogatepass").split(b"\n")
    return list(map(operator.floordiv, map(operator.add, map(len, texts), map(len, encoded)), itertools.repeat(2)))


def wrap_width(source: Source) -> int:
    """The page width the lines of *source* were wrapped at, or 0 when they were not wrapped."""
    lines = source.norm_lines()
    stripped = source.stripped_lines()
    if "\t" in source.norm or max(map(len, lines)) >= _LONG_LINE:
        kept = [text for line, text in zip(lines, stripped) if text and len(line) < _LONG_LINE and "\t" not in line]
    else:
        kept = list(filter(None, stripped))
    widths = _widths(kept)
    if len(widths) < _WRAPPED_LINES:
        return 0
    counts = Counter(widths)
    mode = max(counts, key=lambda w: (counts[w], w))
    near = sum(counts[w] for w in range(mode - _SLACK // 2, mode + _SLACK // 2 + 1))
    if mode < _MIN_WIDTH or near < _WRAPPED_LINES or near < len(widths) * _WRAPPED_SHARE:
        return 0
    return mode


def clean(text: str) -> str:
    """Remove the spaces a PDF puts between digits and Chinese characters."""
    return _DIGIT_SPACE.sub("", text) if " " in text else text


def _segment(source: Source, start: int, end: int) -> str:
    """The text of ``[start, end)`` (part of one line) stripped, or empty when it is blank."""
    text = source.raw[start:end].strip()
    return text if text and source.norm[start:end].strip() else ""


def _segments(source: Source, start: int, end: int) -> list[str]:
    """The stripped text of each line of ``[start, end)`` (the first and last may be parts of lines)."""
    if start >= end:
        return []
    starts = source.line_starts()
    first = bisect.bisect_right(starts, start) - 1
    last = bisect.bisect_right(starts, end) - 1
    if first == last:
        return [_segment(source, start, end)]
    texts = source.line_texts()[first : last + 1]
    if start != starts[first]:
        texts[0] = _segment(source, start, starts[first + 1] - 1)
    last_end = starts[last + 1] - 1 if last + 1 < len(starts) else len(source.norm)
    if end != last_end:
        texts[-1] = _segment(source, starts[last], end)
    return texts


def paragraphs(source: Source, start: int, end: int, width: int) -> tuple[str, ...]:
    """The paragraphs of ``[start, end)`` as published text, repaired (see the module)."""
    out: list[str] = []
    current: list[str] = []
    blank = False
    for text in _segments(source, start, end):
        if not text:
            # An empty line, or one blanked out (a page number): a paragraph may run on across it.
            blank = blank or bool(current)
            continue
        if len(text) > _LONG_LINE:
            pieces = [p for p in _LONG_BREAK.split(text) if p.strip()]
            if len(pieces) > 1:
                # A line that lost its line breaks: each piece is a paragraph.
                for piece in pieces:
                    if current:
                        out.append(clean("".join(current)))
                    current = [piece]
                blank = False
                continue
        if current and not _runs_on(current, text, width, blank=blank):
            out.append(clean("".join(current)))
            current = []
        current.append(text)
        blank = False
    if current:
        out.append(clean("".join(current)))
    return tuple(p for p in out if p)


def _runs_on(current: list[str], piece: str, width: int, *, blank: bool) -> bool:
    """Whether *piece*, the next line, continues the paragraph of the lines *current*."""
    ends = current[-1][-1] in _ENDS
    if blank:
        # Across a blank line (a page break): only a paragraph that does not end a sentence runs on.
        return not ends and _ORDINAL.match(piece) is None
    # The first line of a paragraph is indented: it is full two characters short.
    full = width - _SLACK - (_INDENT if len(current) == 1 else 0)
    if not width or _width(current[-1]) < full:
        return False
    if not ends:
        return True
    # A full line ending a sentence before an indented line or an ordinal ends the paragraph.
    return not (_ORDINAL.match(piece) is not None or width - _INDENT - 2 <= _width(piece) <= width - 3)
