r"""The input as the parser sees it: raw text, a normalized copy, line positions.

The normalized copy has exactly the length of the raw text (every change is
one character for one character), so a position found in it is a position in
the input too. It folds what real reports vary without changing the meaning:
full-width digits and ``．`` become ASCII, odd spaces and zero-width characters
become plain spaces, every kind of line break becomes ``\n``. Page-number
lines (``- 3 -``, ``第3页 共5页``, a lone small number between two lines of
prose) and running heads repeated beside page breaks are blanked out and
remembered, so that prose skips them.

>>> source = Source.from_text("第一部分\n- 2 -\n２０２４年")
>>> source.norm
'第一部分\n     \n2024年'
>>> source.where(source.norm.index("2024"))
(3, 1)
>>> source.is_skipped(2)
True
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["Source"]

_FOLD: dict[int, str] = {ord("０") + i: chr(ord("0") + i) for i in range(10)}
_FOLD.update(
    {
        ord("．"): ".",
        ord("／"): "/",
        ord("\u00a0"): " ",
        ord("\u3000"): " ",
        ord("\u200b"): " ",
        ord("\u200c"): " ",
        ord("\u200d"): " ",
        ord("\u2060"): " ",
        ord("\ufeff"): " ",
        ord("\u00ad"): " ",
        ord("\r"): "\n",
        ord("\f"): "\n",
        ord("\v"): "\n",
        ord("\x1c"): "\n",
        ord("\x1d"): "\n",
        ord("\x1e"): "\n",
        ord("\x85"): "\n",
        ord("\u2028"): "\n",
        ord("\u2029"): "\n",
    }
)
_FOLD.update(dict.fromkeys(range(8194, 8203), " "))
_BREAKS = {code: "\n" for code, folded in _FOLD.items() if folded == "\n"}
_FOLDED_CHARACTER = "[" + "".join(re.escape(chr(c)) for c in sorted(_FOLD)) + "]"
# One character of the set, then any more: a pattern that opens with a set is searched for quickly.
_TO_FOLD = re.compile(_FOLDED_CHARACTER + _FOLDED_CHARACTER + "*")


def _fold(text: str) -> str:
    """Apply :data:`_FOLD` (one character for one), touching only the runs that need it."""
    return _TO_FOLD.sub(lambda m: m.group().translate(_FOLD), text)


def _whole_line(body: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Patterns for *body* filling a line: the first line, and a line after a line break.

    Looking for the line break (one character) is much faster than trying every
    position for a line start (``^``).
    """
    return re.compile(body + "$", re.MULTILINE), re.compile(f"\n({body})$", re.MULTILINE)


def _lines_matching(patterns: tuple[re.Pattern[str], re.Pattern[str]], norm: str) -> list[tuple[int, int]]:
    """The spans of the lines of *norm* that :func:`_whole_line` *patterns* match, in order."""
    first, after_break = patterns
    found = first.match(norm)
    spans = [found.span()] if found is not None else []
    spans.extend(match.span(1) for match in after_break.finditer(norm))
    return spans


_PAGE_NUMBER = _whole_line(
    r"[ \t]*(?:[-—–－]+[ \t]*\d{1,4}[ \t]*[-—–－]+"
    r"|第[ \t]*\d{1,4}[ \t]*页(?:[ \t]*[,，/]?[ \t]*共[ \t]*\d{1,4}[ \t]*页)?"
    r"|\d{1,4}[ \t]*/[ \t]*\d{1,4}|[Pp]age[ \t]+\d{1,4}(?:[ \t]+of[ \t]+\d{1,4})?)[ \t]*"
)
_BARE_NUMBER = _whole_line(r"[ \t]*[1-9]\d{0,2}[ \t]*")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PROSE_LINE = 10


class Source:
    """The raw text, its normalized copy of equal length, and the skipped lines."""

    __slots__ = ("_line_starts", "_lines", "_stripped", "_texts", "line_map", "norm", "raw", "skipped")

    def __init__(self, raw: str, norm: str, skipped: frozenset[int], line_map: tuple[int, ...] | None = None) -> None:
        self.raw = raw
        self.norm = norm
        self.skipped = skipped
        self.line_map = line_map
        self._line_starts: list[int] | None = None
        self._lines: list[str] | None = None
        self._stripped: list[str] | None = None
        self._texts: list[str] | None = None

    @classmethod
    def from_text(cls, raw: str, *, pages: bool = True, line_map: tuple[int, ...] | None = None) -> Source:
        """Normalize *raw*; with *pages*, blank out page numbers and running heads.

        *line_map*, for text converted from another input (a Markdown or HTML
        table), gives the input's line number of each line of *raw*.
        """
        norm = _fold(raw)
        skipped: set[int] = set()
        if pages and "\n" in norm:
            norm = _blank_pages(norm, skipped)
        return cls(raw, norm, frozenset(skipped), line_map)

    def line_starts(self) -> list[int]:
        """Offsets where each line starts (computed once, on demand)."""
        if self._line_starts is None:
            lengths = [len(line) + 1 for line in self.norm.split("\n")]
            lengths[-1] = 0  # the last line ends the text
            self._line_starts = [0, *itertools.accumulate(lengths[:-1])]
        return self._line_starts

    def norm_lines(self) -> list[str]:
        """The lines of the normalized text (computed once, on demand)."""
        if self._lines is None:
            self._lines = self.norm.split("\n")
        return self._lines

    def stripped_lines(self) -> list[str]:
        """Each normalized line, stripped (computed once, on demand)."""
        if self._stripped is None:
            self._stripped = list(map(str.strip, self.norm_lines()))
        return self._stripped

    def line_texts(self) -> list[str]:
        """Each raw line stripped, or empty when it is blank (raw or normalized); computed once, on demand."""
        if self._texts is None:
            raw_lines = self.raw.split("\n")
            if len(raw_lines) != len(self.norm_lines()):
                # Other line breaks (``\r``, ``\u2028`` …) are ``\n`` in the normalized text.
                raw_lines = self.raw.translate(_BREAKS).split("\n")
            self._texts = [text if norm else "" for text, norm in zip(map(str.strip, raw_lines), self.stripped_lines())]
        return self._texts

    def where(self, position: int) -> tuple[int, int]:
        """The 1-based line and column of *position*."""
        starts = self.line_starts()
        index = bisect.bisect_right(starts, position) - 1
        if self.line_map is not None and index < len(self.line_map):
            return self.line_map[index], position - starts[index] + 1
        return index + 1, position - starts[index] + 1

    def line_of(self, position: int) -> int:
        """The 1-based line number of *position*."""
        return self.where(position)[0]

    def is_skipped(self, line: int) -> bool:
        """Whether 1-based *line* was blanked out as a page number or running head."""
        return line in self.skipped

    def lines(self, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, int]]:
        """``(line number, start, end)`` of every line overlapping ``[start, end)``."""
        stop = len(self.norm) if end is None else end
        starts = self.line_starts()
        index = bisect.bisect_right(starts, start) - 1
        while index < len(starts) and (starts[index] < stop or index == 0):
            line_end = starts[index + 1] - 1 if index + 1 < len(starts) else len(self.norm)
            yield index + 1, max(start, starts[index]), min(stop, line_end)
            index += 1


def _blank_pages(norm: str, skipped: set[int]) -> str:
    """Blank out page-number lines and the running heads beside them."""
    marks = _lines_matching(_PAGE_NUMBER, norm)
    marks.extend(span for span in _lines_matching(_BARE_NUMBER, norm) if _between_prose(norm, *span))
    if not marks:
        return norm
    marks.sort()
    heads = _running_heads(norm, marks)
    marks.extend(heads)
    marks.sort()
    pieces: list[str] = []
    last = 0
    line = 1
    for start, end in marks:
        if start < last:
            continue
        line += norm.count("\n", last, start)
        pieces.append(norm[last:start])
        pieces.append(" " * (end - start))
        last = end
        skipped.add(line)
    pieces.append(norm[last:])
    return "".join(pieces)


def _neighbour_line(norm: str, start: int, end: int, *, before: bool) -> tuple[int, int]:
    """The nearest non-blank line before *start* or after *end*, as (start, end)."""
    if before:
        line_end = start - 1
        while line_end > 0:
            line_start = norm.rfind("\n", 0, line_end) + 1
            if norm[line_start:line_end].strip():
                return line_start, line_end
            line_end = line_start - 1
        return -1, -1
    line_start = end + 1
    while line_start < len(norm):
        line_end = norm.find("\n", line_start)
        if line_end < 0:
            line_end = len(norm)
        if norm[line_start:line_end].strip():
            return line_start, line_end
        line_start = line_end + 1
    return -1, -1


def _between_prose(norm: str, start: int, end: int) -> bool:
    """Whether a lone number line sits between two lines of prose (then it is a page number)."""
    for before in (True, False):
        line_start, line_end = _neighbour_line(norm, start, end, before=before)
        if line_start < 0:
            return False
        text = norm[line_start:line_end]
        if "\t" in text or len(_CJK.findall(text)) < _PROSE_LINE:
            return False
    return True


def _running_heads(norm: str, marks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Lines that repeat right beside two or more page breaks (a running head or foot)."""
    seen: dict[str, list[tuple[int, int]]] = {}
    for start, end in marks:
        for before in (True, False):
            line_start, line_end = _neighbour_line(norm, start, end, before=before)
            if line_start < 0:
                continue
            text = norm[line_start:line_end].strip()
            if len(_CJK.findall(text)) >= 4 and "\t" not in text:
                spans = seen.setdefault(text, [])
                if (line_start, line_end) not in spans:
                    spans.append((line_start, line_end))
    first = len(norm) - len(norm.lstrip())
    heads: list[tuple[int, int]] = []
    for spans in seen.values():
        if len(spans) >= 2:
            # An occurrence that opens the document is its title, not a running head.
            heads.extend(span for span in spans if span[0] > first)
    return heads
