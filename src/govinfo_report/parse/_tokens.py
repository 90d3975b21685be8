r"""Cutting the text of a table into labels and cells.

A table printed as text is labels and numbers in reading order: cells
separated by tabs (PDF extraction), by spaces, by line breaks, or run together
with no separator at all (``规章000行政许可10690``). The tokenizer
keeps what each piece is and where it stands; it does not decide which row a
number belongs to.

- a number right before ``.`` or ``、`` and a label is the row's numbering
  (``00000002.重复申请`` is ``0000000`` then ``2.重复申请``);
- numbers that name things stay text: ``第20条``, ``（1）``, ``2024年``;
- ``/`` ``—`` ``-`` ``不适用`` standing alone mark a cell not applicable;
- a short piece of ASCII such as ``?`` where a number should be is junk;
- in a line with tabs, an empty field is an empty cell, and the line ends
  the row.

>>> [(t.kind.name, t.text) for t in tokenize("规章000行政许可 88 5 698", 0)]
[('TEXT', '规章'), ('NUMBER', '000'), ('TEXT', '行政许可'), ('NUMBER', '88'), ('NUMBER', '5'), ('NUMBER', '698')]
>>> [(t.kind.name, t.text) for t in tokenize("00000002.重复申请\t?\t/", 0)]
[('NUMBER', '0000000'), ('TEXT', '2.重复申请'), ('JUNK', '?'), ('MARK', '/'), ('EOL', '')]
"""

from __future__ import annotations

import enum
import re
from typing import NamedTuple

__all__ = [
    "BREAKS",
    "CJK",
    "LETTER",
    "PAD",
    "SPECIAL",
    "TAB_AND_DIGITS",
    "Kind",
    "Token",
    "cell_tokens",
    "is_junk",
    "plain_text",
    "tokenize",
]

PAD = "\ue000"
"""A tab field holding only this stands for a place a spanned cell covers: no cell at all."""


class Kind(enum.IntEnum):
    """What a token is."""

    TEXT = 1
    NUMBER = 2
    MARK = 3
    JUNK = 4
    EMPTY = 5
    EOL = 6


class Token(NamedTuple):
    """A piece of a table: *text* as printed (normalized), at ``[start, end)`` of the input."""

    kind: Kind
    text: str
    start: int
    end: int
    unit: str = ""


CJK = "\u4e00-\u9fff"
"""The range of Chinese characters, for a regex character class."""
BREAKS = " \\n\\d/—–\\-…"
"""What ends a run of text, for a regex character class: a space, a line break, a digit, a mark."""
_PIECE = re.compile(
    rf"""
    (?P<named>第\d+[条项款]|[（(][ ]*\d{{1,2}}[ ]*[）)]|\d{{4}}[ ]*年度?|\d{{1,2}}[ ]*[月日号])
    |(?P<number>(?:(?<![\d.])[-−])?(?:\d{{1,3}}(?:,\d{{3}})+(?![\d,])|\d+)(?:\.\d+)?)(?:[ ]*(?P<unit>亿元|万元|元))?
    |(?P<mark>(?<![{CJK}])(?:不适用|[—–]+|-+|/|…+)(?![{CJK}]))
    |(?P<space>[ \n]+)
    |(?P<text>[^{BREAKS}]+|[/—–\-…]+)
    """,
    re.VERBOSE,
)
LETTER = re.compile(rf"[{CJK}]")
"""A Chinese character."""
TAB_AND_DIGITS = "\t0123456789"
"""What the fields of a table line hold after its last label: tabs and digits."""
_JUNK = re.compile(r"[0-9A-Za-z?？#*!！@%&]")
_JUNK_LENGTH = 8
SPECIAL = re.compile(f"[{BREAKS}]|不适用")
"""What the tokenizer reads apart from text: a piece without any of these is one run of text."""
_new = tuple.__new__  # builds a Token without the Python-level NamedTuple constructor (hot path)


_NUMBERS = re.compile(r"(\d+(?:\.\d+)?)")
"""The numbers of a text that holds no mark, sign, grouped number or ASCII letter (:func:`_runs`)."""
_ODD = re.compile(r"[A-Za-z?？#*!！@%&/—–\-…−]|不适用")
"""What :func:`_runs` leaves to the full pattern: marks, signs, junk characters."""
_BEFORE_NAMED = ("第", "（", "(")
_AFTER_NAMED = frozenset("年月日号元万亿,")


def _pieces(text: str, offset: int, out: list[Token]) -> None:
    """Tokens of a line without tabs (or of one tab field), appended to *out*."""
    if SPECIAL.search(text) is None:
        if text:
            _plain(out, text, offset, offset + len(text))
        return
    if not _runs(text, offset, out):
        _matched_pieces(text, offset, out)


def _runs(text: str, offset: int, out: list[Token]) -> bool:
    """Append the tokens of *text* when it is only runs of text, numbers and spaces; else append nothing.

    Such a text is cut at its numbers alone: the runs of text between two
    numbers make one text token (their spaces dropped), as the full pattern
    reads them. A text with a mark, a sign, a junk character or a number that
    may be named (``第2``, ``（1``, ``2024年``), have a unit or be grouped is
    left to :func:`_matched_pieces` (``False``).
    """
    if _ODD.search(text) is not None:
        return False
    parts = _NUMBERS.split(text)
    for index in range(1, len(parts), 2):
        if parts[index - 1].rstrip(" ").endswith(_BEFORE_NAMED) or parts[index + 1].lstrip(" ")[:1] in _AFTER_NAMED:
            return False
    at = 0
    for index, part in enumerate(parts):
        size = len(part)
        if index % 2:
            if not _numbering(out, text, part, at, offset):
                out.append(_new(Token, (Kind.NUMBER, part, at + offset, at + size + offset, "")))
        elif size:
            body = part.strip(" \n")
            if body:
                lead = at + size - len(part.lstrip(" \n"))
                joined = body.replace(" ", "").replace("\n", "") if " " in body or "\n" in body else body
                _text(out, joined, lead + offset, lead + len(body) + offset)
        at += size
    return True


def _numbering(out: list[Token], text: str, number: str, at: int, offset: int) -> bool:
    """Append *number*, found at *at* of *text*, as a row's numbering if ``.`` or ``、`` follows it.

    The last digit of the numbering belongs to the label that follows
    (``11.`` is the number ``1`` and the text ``1.``). ``False``, appending
    nothing, when *number* is not followed so (a decimal point is not).
    """
    end = at + len(number)
    after = text[end : end + 2]
    if after[:1] not in (".", "、") or after[1:2].isdigit():
        return False
    digits = number.lstrip("-−")
    if len(digits) > 1 and "." not in digits and "," not in digits:
        cut = end - 1 + offset
        out.append(Token(Kind.NUMBER, number[:-1], at + offset, cut))
        _text(out, number[-1], cut, cut + 1)
    else:
        _text(out, number, at + offset, end + offset)
    return True


def _matched_pieces(text: str, offset: int, out: list[Token]) -> None:
    """Tokens of *text*, which holds something :data:`SPECIAL`, read with the full pattern, appended to *out*."""
    for match in _PIECE.finditer(text):
        kind = match.lastgroup  # "unit" when a number is printed with its unit
        if kind == "space":
            continue
        start, end = match.span()
        start += offset
        end += offset
        if kind == "text":
            _plain(out, match.group(), start, end)
        elif kind in {"number", "unit"}:
            number = match.group("number")
            if kind == "number" and _numbering(out, text, number, match.start(), offset):
                continue
            out.append(Token(Kind.NUMBER, number, start, end, match.group("unit") or ""))
        elif kind == "mark":
            out.append(Token(Kind.MARK, match.group(), start, end))
        else:  # named: 第20条, （1）, 2024年
            _text(out, match.group(), start, end)


def _plain(out: list[Token], piece: str, start: int, end: int) -> None:
    """Append a run of text: junk when it is a short piece of ASCII such as ``?``, else text."""
    if is_junk(piece):
        out.append(_new(Token, (Kind.JUNK, piece, start, end, "")))
    else:
        _text(out, piece, start, end)


def _text(out: list[Token], piece: str, start: int, end: int) -> None:
    """Append text, joined to the previous text token when only spaces part them."""
    if out and out[-1].kind is Kind.TEXT:
        last = out[-1]
        out[-1] = _new(Token, (Kind.TEXT, last.text + piece, last.start, end, ""))
    else:
        out.append(_new(Token, (Kind.TEXT, piece, start, end, "")))


def is_junk(piece: str) -> bool:
    """Whether a run of text is junk where a value should be: a short piece of ASCII such as ``?``.

    >>> is_junk("?"), is_junk("NA"), is_junk("合计")
    (True, True, False)
    """
    return len(piece) <= _JUNK_LENGTH and LETTER.search(piece) is None and _JUNK.search(piece) is not None


def plain_text(piece: str) -> bool:
    """Whether the tokenizer reads *piece*, a line without tabs, as one text token (joined to text before it)."""
    return SPECIAL.search(piece) is None and not is_junk(piece)


def cell_tokens(field: str, offset: int) -> list[Token] | None:
    """The tokens of a tab field that holds values (numbers, marks) and no text, else ``None``.

    *field* is not empty, nor only spaces, nor :data:`PAD`.
    """
    if field.isdigit() and field.isascii():
        return [_new(Token, (Kind.NUMBER, field, offset, offset + len(field), ""))]
    if SPECIAL.search(field) is None:
        return None  # text or junk
    out: list[Token] = []
    _pieces(field, offset, out)
    if not out:
        return [_new(Token, (Kind.EMPTY, "", offset, offset, ""))]
    if any(token.kind is not Kind.NUMBER and token.kind is not Kind.MARK for token in out):
        return None
    return out


def tokenize(text: str, offset: int) -> list[Token]:
    """The tokens of *text*, whose first character stands at *offset* of the input."""
    out: list[Token] = []
    if "\t" not in text:
        _pieces(text, offset, out)
        return out
    append = out.append
    special = SPECIAL.search
    text_kind, empty, number, eol = Kind.TEXT, Kind.EMPTY, Kind.NUMBER, Kind.EOL
    position = offset
    for line in text.split("\n"):
        if "\t" not in line:
            _pieces(line, position, out)
            position += len(line) + 1
            continue
        fields = line.split("\t")
        # The fields at the end of the line that are empty or digits (most of a table) need no
        # more checks: after *cut* the line holds only tabs and digits.
        cut = len(line.rstrip(TAB_AND_DIGITS))
        tail = len(fields) - line.count("\t", cut) - (cut == 0)
        at = position
        for field in fields[:tail]:
            size = len(field)
            if not field:
                append(_new(Token, (empty, "", at, at, "")))
            elif field == PAD:
                pass
            elif field.isdigit() and field.isascii():
                append(_new(Token, (number, field, at, at + size, "")))
            elif not field.strip():
                append(_new(Token, (empty, "", at, at, "")))
            elif special(field) is not None:
                before = len(out)
                _pieces(field, at, out)
                if len(out) == before:
                    append(_new(Token, (empty, "", at, at, "")))
            elif is_junk(field):
                append(_new(Token, (Kind.JUNK, field, at, at + size, "")))
            elif out and out[-1].kind is text_kind:
                # Joined to the text of the field before: this field holds no token of its own.
                last = out[-1]
                out[-1] = _new(Token, (text_kind, last.text + field, last.start, at + size, ""))
                append(_new(Token, (empty, "", at, at, "")))
            else:
                append(_new(Token, (text_kind, field, at, at + size, "")))
            at += size + 1
        for field in fields[tail:]:
            if field:
                append(_new(Token, (number, field, at, at + len(field), "")))
            else:
                append(_new(Token, (empty, "", at, at, "")))
            at += len(field) + 1
        position += len(line) + 1
        append(_new(Token, (eol, "", position - 1, position - 1, "")))
    return out
