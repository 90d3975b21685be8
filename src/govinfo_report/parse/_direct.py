r"""Reading a table printed as plain tab-separated lines, without a token per cell.

Text extracted from a PDF prints most tables as lines of tab-separated fields:
a row's label, then its numbers. :func:`read_direct` reads such a table from
its lines, with exactly the reading that tokenizing it and reading the tokens
gives (:func:`._table.read_best`, when *spec* fits perfectly), at a fraction of
the cost. It gives up (``None``) whenever the table is not of that plain
shape: a field that is not a plain label, a number, a mark or empty; a row not
labelled exactly as the layout prints it, in order; a row whose values are not
exactly its cells. The caller then reads the table the general way.

>>> from govinfo_report.layout import layout_for
>>> from govinfo_report.parse._lines import Source
>>> first, second = (row.full_label for row in layout_for("2021").disclosure.rows[:2])
>>> source = Source.from_text(f"{first}\t1\t0\t11\n{second}\t8\t26\t66\n")
>>> reading = read_direct(source, 0, len(source.norm), layout_for("2021").disclosure)
>>> reading.values["regulations"], reading.missing[:1]
((1, 0, 11), ('licensing',))
>>> read_direct(Source.from_text("规章 1 0 11"), 0, 10, layout_for("2021").disclosure) is None
True
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple

from govinfo_report.layout import CellKind, FormatVersion, layout_for
from govinfo_report.model import BLANK
from govinfo_report.parse._cells import MAX_DIGITS, RowRead, read_row
from govinfo_report.parse._labels import EXACT, find_label, fold
from govinfo_report.parse._rows import LOOKAHEAD, Group, Match
from govinfo_report.parse._table import FIT_BONUS, Reading, row_labels, row_names, table_start
from govinfo_report.parse._tokens import LETTER, PAD, TAB_AND_DIGITS, Kind, Token, cell_tokens, plain_text

if TYPE_CHECKING:
    from collections.abc import Mapping

    from govinfo_report.layout import TableSpec
    from govinfo_report.model import Cell
    from govinfo_report.parse._lines import Source

__all__ = ["read_direct"]

# A field the tokenizer reads as one piece of text: no digit, mark or space, except a row's one-digit
# numbering before ``.`` or ``、`` (``1.`` or ``1、``), which it joins to the label.
_LABEL = re.compile(r"(?:[0-9][.、](?![0-9]))?[^\t\n \d/—–\-…]*")
_RUN = "[^\t\n \\d/—–\\-…\u4e00-\u9fff]*[\u4e00-\u9fff][^\t\n \\d/—–\\-…]*"
_SPACED = re.compile(f" *(?:{_RUN} +)*{_RUN} *")
_JUNK_REACH = 10  # a label longer than this is text even without a Chinese character (never junk)
_TEXT, _EMPTY, _NUMBER = Kind.TEXT, Kind.EMPTY, Kind.NUMBER
_new = tuple.__new__  # builds a NamedTuple without its Python-level constructor


def _label(field: str) -> bool:
    """Whether the tokenizer reads the tab field *field* as one text token, exactly as printed."""
    return _LABEL.fullmatch(field) is not None and (len(field) > _JUNK_REACH or LETTER.search(field) is not None)


def _spaced_label(field: str) -> bool:
    """Whether the tokenizer reads the tab field *field* as runs of text parted by spaces, joined in one text token.

    Each run holds a Chinese character, so none is junk.
    """
    return _SPACED.fullmatch(field) is not None and "不适用" not in field


def _printed_labels() -> Mapping[str, str]:
    """The folded text of every label the official tables print (rows, groups, columns, headers), by its text.

    Only labels the tokenizer reads as one text token are kept. A row numbered
    ``1.`` may be printed ``1、``.
    """
    printed: list[str] = []
    for version in FormatVersion:
        for spec in layout_for(version).tables:
            printed.extend((spec.title, spec.header, spec.note))
            named = [(row.numbering, (row.label, *row.variants)) for row in spec.rows]
            named.extend((group.numbering, (group.label, *group.variants)) for group in spec.groups)
            for numbering, names in named:
                for name in names:
                    printed.extend((name, numbering + name, numbering.replace(".", "、") + name))
            for column in spec.columns:
                printed.extend((column.label, column.group or "", *column.variants))
            for block in spec.blocks:
                printed.extend((block.heading_label, block.citation))
    return MappingProxyType({text: fold(text) for text in printed if text and _label(text)})


_PRINTED = _printed_labels()


class _Shape(NamedTuple):
    """What the rows of a table spec hold, in the order of its labels."""

    keys: tuple[str, ...]
    widths: tuple[int, ...]
    counts_only: tuple[bool, ...]


def _shape(spec: TableSpec) -> _Shape:
    blocks = [spec.block_of(label.key) for label in row_labels(spec)]
    return _Shape(
        keys=tuple(label.key for label in row_labels(spec)),
        widths=tuple(len(block.columns) for block in blocks),
        counts_only=tuple(all(c.kind is CellKind.COUNT for c in block.columns) for block in blocks),
    )


_SHAPES = MappingProxyType({spec: _shape(spec) for version in FormatVersion for spec in layout_for(version).tables})


class _Row(NamedTuple):
    """A group of cells and the text printed before it, as the tokenizer and :func:`._rows.build_groups` see it."""

    before: str
    texts: list[Token]
    folds: list[str]
    """The folded text of each of :attr:`texts` (they make :attr:`before`)."""
    head: list[str]
    """The cells in the fields after the label and before :attr:`tail`: ``""`` for an empty one, else the field."""
    tail: str
    """The fields at the end of the line that hold only digits or nothing, tab-separated."""
    tails: int
    """How many fields :attr:`tail` holds (``0`` when the line ends with its label or another text)."""
    plain: bool
    """Whether every cell is a plain count or empty, and :attr:`tail` holds every field after :attr:`head`."""
    line: str
    line_start: int
    first: int
    """The index in the line's fields of the first field after the label."""
    joined_at: int
    """Where the label joined to the text before it starts (the tokenizer leaves an empty cell there), or -1."""
    cells_start: int


def _rows(text: str, start: int, endings: tuple[str, ...]) -> list[_Row] | None:
    """The groups :func:`._rows.build_groups` finds in the tokens of *text*, or ``None`` if it is not plain."""
    rows: list[_Row] = []
    texts: list[Token] = []
    folds: list[str] = []  # the folded text of each of *texts*
    text_last = False  # whether the tokenizer's last token so far is text (a label runs on into it)
    printed = _PRINTED.get
    position = start
    for line in text.split("\n"):
        line_start = position
        position += len(line) + 1
        if "\t" not in line:
            if not line.strip(" "):
                continue  # the tokenizer gives no token for spaces
            if not plain_text(line):
                return None
            if text_last:
                last = texts[-1]
                texts[-1] = _new(Token, (_TEXT, last.text + line, last.start, position - 1, ""))
                folds[-1] += fold(line)
            else:
                texts.append(_new(Token, (_TEXT, line, line_start, position - 1, "")))
                folds.append(fold(line))
                text_last = True
            continue
        fields = line.split("\t")
        cut = len(line.rstrip(TAB_AND_DIGITS))
        tails = line.count("\t", cut) + (cut == 0)  # how many fields the tail holds
        head: list[str] = []
        plain = True
        first = 0
        joined_at = -1
        cells_start = at = line_start
        for index in range(len(fields) - tails):
            field = fields[index]
            folded = printed(field)
            spaced = False
            if folded is None:
                if not field or field.isspace():
                    head.append("")
                    text_last = False
                    at += len(field) + 1
                    continue
                if not _label(field):
                    if field.isdigit() and field.isascii():
                        head.append(field)
                    elif _spaced_label(field):
                        if text_last:
                            return None  # the tokenizer joins it to the text before, leaving no empty cell
                        spaced = True
                    elif cell_tokens(field, at) is not None:
                        head.append(field)
                        plain = False
                    else:
                        return None
                    if not spaced:
                        text_last = False
                        at += len(field) + 1
                        continue
                folded = fold(field)
            if any(head):
                return None  # values before a label on the same line
            first = index + 1
            if spaced:
                lead = len(field) - len(field.lstrip(" "))
                token = (_TEXT, field.replace(" ", ""), at + lead, at + len(field.rstrip(" ")), "")
                texts.append(_new(Token, token))
                folds.append(folded)
                head = []
                joined_at = -1
                cells_start = at + len(field) + 1
                text_last = True
            elif text_last:
                last = texts[-1]
                texts[-1] = _new(Token, (_TEXT, last.text + field, last.start, at + len(field), ""))
                folds[-1] += folded
                head = [""]  # the tokenizer's empty cell for the field it joined to the text before
                joined_at = cells_start = at
                text_last = False
            else:
                texts.append(_new(Token, (_TEXT, field, at, at + len(field), "")))
                folds.append(folded)
                head = []
                joined_at = -1
                cells_start = at + len(field) + 1
                text_last = True
            at += len(field) + 1
        text_last = False
        if not tails:
            tail = ""
            valued = False
        elif cut:
            tail = line[cut + 1 :]
            # The last field of the head may end in digits (then it holds values, and the tail starts later).
            plain = plain and line[cut] == "\t"
            valued = len(tail) >= tails
        else:
            tail = line
            valued = len(tail) > tails - 1
        if valued or any(head) or ((head or tails) and texts and "".join(folds).endswith(endings)):
            row = (
                "".join(folds),
                texts,
                folds,
                head,
                tail,
                tails,
                plain,
                line,
                line_start,
                first,
                joined_at,
                cells_start,
            )
            rows.append(_new(_Row, row))
            texts = []
            folds = []
    return rows


def _tokens(row: _Row) -> list[Token]:
    """The tokens of the cells of *row*, as the tokenizer gives them."""
    out = [_new(Token, (_EMPTY, "", row.joined_at, row.joined_at, ""))] if row.joined_at >= 0 else []
    fields = row.line.split("\t")
    at = row.line_start + sum(len(field) + 1 for field in fields[: row.first])
    for field in fields[row.first :]:
        if not field or field.isspace():
            out.append(_new(Token, (_EMPTY, "", at, at, "")))
        elif field.isdigit() and field.isascii():
            out.append(_new(Token, (_NUMBER, field, at, at + len(field), "")))
        else:
            out.extend(cell_tokens(field, at) or ())
        at += len(field) + 1
    return out


def _counts(row: _Row, count: int) -> tuple[int, ...] | None:
    """The values of the common plain row: empty fields, then exactly *count* counts (else ``None``)."""
    if any(row.head):
        return None
    values = row.tail.lstrip("\t")
    if not values or values[-1] == "\t" or "\t\t" in values or values.count("\t") != count - 1:
        return None
    if len(values) > MAX_DIGITS and max(map(len, values.split("\t"))) > MAX_DIGITS:
        return None
    return tuple(map(int, values.split("\t")))


def _values(
    source: Source, spec: TableSpec, row: _Row, *, key: str, count: int, counts_only: bool
) -> tuple[Cell, ...] | None:
    """The values of *key* read from *row* when its cells fit the row exactly and read without a diagnostic."""
    if row.plain and counts_only:
        cells = row.head + row.tail.split("\t") if row.tails else row.head
        printed = len(cells) - cells.count("")
        if len(cells) != count and printed != count:
            return None  # not the fit that makes the general path keep this format without trying the others
        first, last = 0, len(cells)
        while last - first > count and not cells[first]:
            first += 1
        while last - first > count and not cells[last - 1]:
            last -= 1
        window = cells[first:last]
        if len(window) != count or max(map(len, window)) > MAX_DIGITS:
            return None
        return tuple([int(field) if field else BLANK for field in window])
    tokens = _tokens(row)
    printed = sum(1 for token in tokens if token.kind is not _EMPTY)
    if len(tokens) != count and printed != count:
        return None
    read = read_row(spec, key, tuple(tokens), source.where)
    if read.diagnostics or read.split:
        return None
    return read.values


def read_direct(source: Source, start: int, end: int, spec: TableSpec) -> Reading | None:
    """The reading of ``source.norm[start:end]`` in *spec*, or ``None`` when it is not plain (see the module)."""
    text = source.norm[start:end]
    if "\t" not in text or PAD in text or "不适用" in text:
        return None
    rows = _rows(text, start, tuple(row_names(spec)))
    if not rows:
        return None
    labels = row_labels(spec)
    keys, widths, counts_only = _SHAPES[spec]
    values: dict[str, tuple[Cell, ...]] = {}
    reads: dict[str, RowRead] = {}
    matches: list[Match] = []
    next_row = 0
    for index, row in enumerate(rows):
        # Each group carries the official name of one of the next rows (as in _rows.align_exact).
        before = row.before
        for candidate in range(next_row, min(next_row + LOOKAHEAD, len(labels))):
            score, at = find_label(before, "", labels[candidate], fuzzy=False)
            if score >= EXACT:
                break
        else:
            return None
        next_row = candidate + 1
        texts = row.texts
        if len(texts) == 1 and (not at or len(before) == len(texts[0].text)) and texts[0].text[0] == before[0]:
            at += texts[0].start  # one character for one up to *at* (nothing folded away before it)
        else:
            at = _new(Group, (before, tuple(texts), (), tuple(row.folds))).position_of(at)
        matches.append(_new(Match, (index, candidate, score, at)))
        key, count = keys[candidate], widths[candidate]
        read: tuple[Cell, ...] | None = _counts(row, count) if row.plain and counts_only[candidate] else None
        if read is None:
            read = _values(source, spec, row, key=key, count=count, counts_only=counts_only[candidate])
            if read is None:
                return None
        values[key] = read
        reads[key] = _new(RowRead, (read, (), (), False))
    first, last = rows[matches[0].group], rows[matches[-1].group]
    if last.line[-1] in TAB_AND_DIGITS:
        end_of_table = last.line_start + len(last.line)  # its last cell is empty or a number ending the line
    else:
        end_of_table = max(token.end for token in _tokens(last))
    return Reading(
        spec=spec,
        values=values,
        rows=reads,
        tokens={},
        missing=tuple(key for key in keys if key not in values),
        diagnostics=(),
        score=len(matches) * (EXACT + FIT_BONUS),
        start=table_start(source, spec, start, min(matches[0].at, first.cells_start)),
        end=end_of_table,
        groups=(),
        matches=tuple(matches),
    )
