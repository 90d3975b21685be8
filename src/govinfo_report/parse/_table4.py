r"""Table 四 (政府信息公开行政复议、行政诉讼情况): one printed row of 15 cells.

The official table prints its three groups (administrative review, and
litigation without and after review), each of four outcomes and their total,
as one row of 15 cells under three header rows. When the header rows are lost but a row
of 15 values stands where the table should be, the values are placed by this
official shape and a diagnostic says so. A table printed with one row per
group, labelled like the layout's rows, is read row by row.

>>> from govinfo_report.parse._lines import Source
>>> source = Source.from_text("0\t0\t0\t0\t0\t1\t0\t0\t0\t1\t0\t0\t0\t0\t0")
>>> result = read_reviews(source, 0, len(source.norm), None)
>>> result.table["litigation_direct", "total"], [d.code for d in result.diagnostics]
(1, ['placed_by_shape'])
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from govinfo_report.layout import CellKind, FormatVersion, layout_for
from govinfo_report.model import BLANK
from govinfo_report.parse._cells import MAX_DIGITS, cell_value, split_diagnostic
from govinfo_report.parse._diagnostics import Diagnostic, DiagnosticKind
from govinfo_report.parse._labels import fold
from govinfo_report.parse._split import splits
from govinfo_report.parse._table import TableResult, build_table, finish_table, read_tokens
from govinfo_report.parse._tokens import BREAKS, CJK, PAD, TAB_AND_DIGITS, Kind, Token, plain_text, tokenize

if TYPE_CHECKING:
    from govinfo_report.model import Cell
    from govinfo_report.parse._lines import Source

__all__ = ["find_reviews_start", "read_reviews"]

_SPEC = layout_for(FormatVersion.V2021).reviews
_COLUMNS = _SPEC.blocks[0].columns
_WIDTH = len(_SPEC.cells)
_PER_GROUP = len(_COLUMNS)


def _header_words() -> dict[str, int]:
    """Every header word of the official table and how often the header prints it."""
    groups = len(_SPEC.rows)
    words: dict[str, int] = {fold(c.label): groups for c in _COLUMNS}
    for row in _SPEC.rows:
        words[fold(row.label)] = words.get(fold(row.label), 0) + 1
    for group in _SPEC.groups:
        words[fold(group.label)] = words.get(fold(group.label), 0) + 1
    return words


_HEADER = _header_words()


def _header_fields() -> frozenset[str]:
    """The header words of the official table as the layout prints them that the tokenizer reads as one text."""
    words = [name for c in _COLUMNS for name in (c.label, *c.variants)]
    words.extend(name for row in _SPEC.rows for name in (row.label, *row.variants))
    words.extend(name for group in _SPEC.groups for name in (group.label, *group.variants))
    return frozenset(word for word in words if plain_text(word))


_HEADER_FIELDS = _header_fields()
_OUTCOMES = tuple(fold(c.label) for c in _COLUMNS if not c.sums)
_START = re.compile(
    "|".join(
        "[ \\t]*".join(re.escape(ch) for ch in word)
        for word in sorted(
            {*_OUTCOMES, *(fold(r.label) for r in _SPEC.rows[:1]), *(fold(g.label) for g in _SPEC.groups)},
            key=len,
            reverse=True,
        )
    )
)
_NEAR = 80
_NUMBER, _EMPTY = Kind.NUMBER, Kind.EMPTY
_RUN = f"[^{BREAKS}{CJK}]*[{CJK}][^{BREAKS}]*"
_CHINESE_RUNS = re.compile(f" *(?:{_RUN} +)*{_RUN} *")
"""Runs of text parted by spaces, each holding a Chinese character (the tokenizer's text pieces)."""
_new = tuple.__new__  # builds a Token without its Python-level constructor


def find_reviews_start(source: Source, start: int, end: int) -> int | None:
    """Where the header of table 四 begins in ``[start, end)``: two header words close together.

    The position is moved back to the start of its line when only header text
    stands before it on the line.
    """
    norm = source.norm
    previous: tuple[str, int] | None = None
    for match in _START.finditer(norm, start, end):
        word = re.sub(r"[ \t]", "", match.group())
        if previous is not None and previous[0] != word and match.start() - previous[1] <= _NEAR:
            at = previous[1]
            line_start = norm.rfind("\n", start, at) + 1
            line_start = max(line_start, start)
            before = norm[line_start:at]
            if not re.search(r"[\u4e00-\u9fff]{6,}", before):
                at = line_start
            return at
        previous = (word, match.start())
    return None


def _group_sums() -> tuple[tuple[tuple[int, ...], int], ...]:
    sums: list[tuple[tuple[int, ...], int]] = []
    for group in range(len(_SPEC.rows)):
        base = group * _PER_GROUP
        index = {c.key: base + i for i, c in enumerate(_COLUMNS)}
        sums.extend((tuple(index[p] for p in c.sums), index[c.key]) for c in _COLUMNS if c.sums)
    return tuple(sums)


_SUMS = _group_sums()
_ALL_COUNTS = all(column.kind is CellKind.COUNT for _, column in _SPEC.iter_cells())
_SHAPE = "、".join(row.label for row in _SPEC.rows) + " × " + "、".join(c.label for c in _COLUMNS)


def read_reviews(source: Source, start: int, end: int, preferred: FormatVersion | None) -> TableResult:
    """Read table 四 from ``[start, end)``."""
    del preferred
    plain = _plain_row(source.norm, start, end)
    if plain is not None:
        return _placed(source, *plain, start)
    tokens = tokenize(source.norm[start:end], start)
    per_line = 0
    for token in tokens:
        if token.kind is Kind.EOL:
            per_line = 0
        elif token.kind is not Kind.TEXT and token.kind is not Kind.EMPTY:
            per_line += 1
            if per_line > _PER_GROUP:
                # More values on one line than a group has: the official one-row shape.
                return _one_row(source, tokens, start)
    rows_reading = read_tokens(source, tokens, _SPEC, start)
    if sum(1 for read in rows_reading.rows.values() if not read.diagnostics) >= 2:
        table, diagnostics = finish_table(source, rows_reading, label="table 四")
        return TableResult(table=table, diagnostics=diagnostics, start=rows_reading.start, end=rows_reading.end)
    return _one_row(source, tokens, start)


def _cells_and_header(tokens: list[Token]) -> tuple[list[Token], str, int]:
    """The value tokens of the one data row, the folded header text before them, where it starts.

    The data row is the first line holding values (numbers, marks, junk), from
    its last text on, or a line of exactly 15 empty fields (all blank); lines
    of values only that follow it continue it.
    """
    lines: list[list[Token]] = [[]]
    for token in tokens:
        if token.kind is Kind.EOL:
            lines.append([])
        else:
            lines[-1].append(token)
    header: list[str] = []
    header_start = -1
    cells: list[Token] = []
    for line in lines:
        has_values = any(t.kind in (Kind.NUMBER, Kind.MARK, Kind.JUNK) for t in line)
        texts = [i for i, t in enumerate(line) if t.kind is Kind.TEXT]
        if cells:
            if has_values and not texts:
                cells.extend(line)
                continue
            break
        if has_values:
            last = texts[-1] if texts else -1
            for token in line[: last + 1]:
                if token.kind is Kind.TEXT:
                    header.append(fold(token.text))
                    if header_start < 0:
                        header_start = token.start
            cells = line[last + 1 :]
            continue
        if not texts and len(line) == _WIDTH:
            cells = list(line)
            continue
        for index in texts:
            header.append(fold(line[index].text))
            if header_start < 0:
                header_start = line[index].start
    return cells, "".join(header), header_start


def _plain_row(norm: str, start: int, end: int) -> tuple[list[Token], str, int] | None:
    """What :func:`_cells_and_header` finds in the tokens of ``norm[start:end]``, read from its lines.

    Only the plain shape is read: tab-separated header lines of text fields
    and empty ones, then one line of more than :data:`_PER_GROUP` counts and
    empty fields, then nothing, or a line that starts with text. Anything
    else gives ``None`` (the tokens are read instead).
    """
    text = norm[start:end]
    if "\t" not in text or PAD in text:
        return None
    header: list[str] = []
    header_start = -1
    position = start
    lines = text.split("\n")
    for index, line in enumerate(lines):
        line_start = position
        position += len(line) + 1
        if "\t" not in line:
            if line.strip(" "):
                return None  # text that joins the next line's tokens
            continue
        if line.rstrip(TAB_AND_DIGITS):
            texts = _header_texts(line)
            if texts is None:
                return None
            header.append(texts[0])
            if header_start < 0:
                header_start = line_start + texts[1]
            continue
        cells = _counts(line, line_start)
        if cells is None or not _ends_row(lines[index + 1 :]):
            return None
        return cells, "".join(header), header_start
    return None


def _header_texts(line: str) -> tuple[str, int] | None:
    """The folded text of a header line and where its first text starts in the line.

    ``None`` unless every field is text or empty and one field at least is text
    (a line of empty cells may be the row, see :func:`_cells_and_header`).
    """
    texts: list[str] = []
    first = -1
    at = 0
    for field in line.split("\t"):
        if field in _HEADER_FIELDS or (field.strip() and _text_field(field)):
            if first < 0:
                first = at + len(field) - len(field.lstrip(" "))
            texts.append(field)
        elif field.strip():
            return None
        at += len(field) + 1
    return (fold("".join(texts)), first) if texts else None


def _text_field(field: str) -> bool:
    """Whether the tokenizer reads the tab field *field* as text only: runs of text parted by spaces.

    The folded text of these tokens is the folded field (:func:`fold` drops spaces).
    """
    if _CHINESE_RUNS.fullmatch(field) is not None and "不适用" not in field:
        return True  # never junk: every run holds a Chinese character
    if plain_text(field):
        return True
    return " " in field and all(plain_text(piece) for piece in field.split(" ") if piece)


def _counts(line: str, line_start: int) -> list[Token] | None:
    """The tokens of a line of counts and empty fields that make one row, else ``None``.

    The row holds more than one group's values (the one-row shape) and, its
    empty fields at either end cut while too many, exactly :data:`_WIDTH` cells.
    """
    fields = line.split("\t")
    first, last = 0, len(fields)
    while last - first > _WIDTH and not fields[first]:
        first += 1
    while last - first > _WIDTH and not fields[last - 1]:
        last -= 1
    if last - first != _WIDTH or len(fields) - fields.count("") <= _PER_GROUP:
        return None
    cells: list[Token] = []
    at = line_start + sum(len(field) + 1 for field in fields[:first])
    for field in fields[first:last]:
        if len(field) > MAX_DIGITS:
            return None
        cells.append(_new(Token, (_NUMBER if field else _EMPTY, field, at, at + len(field), "")))
        at += len(field) + 1
    return cells


def _ends_row(rest: list[str]) -> bool:
    """Whether the tokens of the lines *rest* start with text or none (nothing continues the row)."""
    for line in rest:
        if not line.strip(" "):
            continue  # the tokenizer gives no token for spaces
        first = line.split("\t", 1)[0]
        return bool(first.strip()) and plain_text(first)
    return True


def _one_row(source: Source, tokens: list[Token], start: int) -> TableResult:
    return _placed(source, *_cells_and_header(tokens), start)


def _placed(source: Source, cells: list[Token], header: str, header_start: int, start: int) -> TableResult:
    """Table 四 from the value tokens of its one row and the folded header text before them."""
    while len(cells) > _WIDTH and cells[0].kind is Kind.EMPTY:
        cells.pop(0)
    while len(cells) > _WIDTH and cells[-1].kind is Kind.EMPTY:
        cells.pop()
    if not cells:
        return TableResult(table=None, diagnostics=(), start=start, end=start)
    diagnostics: list[Diagnostic] = []
    table_start = header_start if header_start >= 0 else cells[0].start
    table_end = max(t.end for t in cells)
    values = _values(source, cells, diagnostics)
    missing = {word: count - printed for word, count in _HEADER.items() if (printed := header.count(word)) < count}
    if missing and values is not None:
        line, column = source.where(cells[0].start)
        lost = "、".join(word if n == 1 else f"{word}×{n}" for word, n in missing.items())
        holds = all(
            all(type(values[i]) is int for i in (*parts, total)) and sum(values[i] for i in parts) == values[total]  # type: ignore[misc]
            for parts, total in _SUMS
        )
        check = "each group's 总计 equals the sum of its four outcomes" if holds else "the group sums do not all hold"
        diagnostics.append(
            Diagnostic(
                kind=DiagnosticKind.PLACED_BY_SHAPE,
                message=(
                    f"the header rows of table 四 are lost (missing: {lost}); the {_WIDTH} values were placed "
                    f"by the official row shape ({_SHAPE}); {check}"
                ),
                line=line,
                column=column,
                path="$.reviews",
                expected="the official header of table 四",
                found=header,
            )
        )
    by_row: dict[str, tuple[Cell, ...]] = {}
    for index, row in enumerate(_SPEC.rows):
        part = values[index * _PER_GROUP : (index + 1) * _PER_GROUP] if values is not None else (BLANK,) * _PER_GROUP
        by_row[row.key] = tuple(part)
    return TableResult(
        table=build_table(_SPEC, by_row), diagnostics=tuple(diagnostics), start=table_start, end=table_end
    )


def _values(source: Source, cells: list[Token], diagnostics: list[Diagnostic]) -> list[Cell] | None:
    """The 15 values, or ``None`` (with a diagnostic) when they cannot be told."""
    if len(cells) == _WIDTH:
        if _ALL_COUNTS and all(
            t.kind is Kind.NUMBER and not t.unit and t.text.isdigit() and len(t.text) <= MAX_DIGITS for t in cells
        ):
            return [int(t.text) for t in cells]  # what cell_value gives each of them
        values: list[Cell] = []
        for token, (row, spec_column) in zip(cells, _SPEC.iter_cells()):
            value = cell_value(token, spec_column)
            if value is None:
                where = source.where(token.start)
                diagnostics.append(
                    Diagnostic(
                        kind=DiagnosticKind.UNREADABLE_CELL,
                        message=f"the cell in column {spec_column.label!r} is not a number; it is left blank",
                        line=where[0],
                        column=where[1],
                        path=_SPEC.path(row.key, spec_column.key),
                        expected="a count, blank or /",
                        found=token.text,
                    )
                )
                value = BLANK
            values.append(value)
        return values
    line, column = source.where(cells[0].start)
    printed = " ".join(t.text or "∅" for t in cells)
    if len(cells) > _WIDTH:
        diagnostics.append(
            Diagnostic(
                kind=DiagnosticKind.EXTRA_CELLS,
                message=f"table 四 holds {len(cells)} values for {_WIDTH} cells; its cells are left blank",
                line=line,
                column=column,
                path="$.reviews",
                expected=f"{_WIDTH} values",
                found=printed,
            )
        )
        return None
    if all(t.kind is Kind.NUMBER and not t.unit for t in cells):
        found = splits(tuple(t.text for t in cells), _WIDTH, sums=_SUMS)
        if found.complete and len(found.candidates) == 1:
            chosen = [int(p) for p in found.candidates[0]]
            diagnostics.append(
                split_diagnostic(
                    _SPEC,
                    "review",
                    tuple(cells),
                    source.where,
                    (),
                    chosen=tuple(chosen),
                    reason="the only cut whose groups add up to their 总计",
                )
            )
            return list(chosen)
        if found.candidates:
            candidates = tuple(tuple(int(p) for p in c) for c in found.candidates)
            reason = "the group sums do not single one out" if found.complete else "too many cuts to list them all"
            diagnostics.append(
                split_diagnostic(_SPEC, "review", tuple(cells), source.where, candidates, chosen=None, reason=reason)
            )
            return None
    diagnostics.append(
        Diagnostic(
            kind=DiagnosticKind.MISSING_CELLS,
            message=f"table 四 holds {len(cells)} values for {_WIDTH} cells; its cells are left blank",
            line=line,
            column=column,
            path="$.reviews",
            expected=f"{_WIDTH} values",
            found=printed,
        )
    )
    return None
