"""Reading the cells of one row: tokens to values, with the diagnostics they call for.

A row's printed pieces are trimmed of layout padding (empty fields before or
after the numbers in a tab-separated line), then read one token per cell. When
there are fewer pieces than cells and the pieces are digits, they may have been
printed together: the row's splits are enumerated (:mod:`._split`) and handed
back for the table to decide.

>>> from govinfo_report.layout import layout_for
>>> from govinfo_report.parse._tokens import tokenize
>>> spec = layout_for("2021").reviews
>>> read = read_row(spec, "review", tuple(tokenize("3 1 / ? 4", 0)), lambda p: (1, 1))
>>> read.values
(3, 1, NOT_APPLICABLE, BLANK, 4)
>>> [d.code for d in read.diagnostics]
['unreadable_cell']
"""

from __future__ import annotations

import operator
from decimal import Decimal, InvalidOperation
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple

from govinfo_report.layout import CellKind, ColumnSpec, FormatVersion, TableSpec, layout_for
from govinfo_report.model import BLANK, NOT_APPLICABLE, Amount, Cell
from govinfo_report.parse._diagnostics import Diagnostic, DiagnosticKind
from govinfo_report.parse._split import splits
from govinfo_report.parse._tokens import Kind, Token

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

__all__ = ["MAX_DIGITS", "RowRead", "cell_value", "read_row", "row_sums"]

_UNIT_FACTORS = {"元": Decimal(1), "万元": Decimal(10_000), "亿元": Decimal(100_000_000)}
_SHOWN = 8
MAX_DIGITS = 40
"""A cell printed with more digits than this is not read as a number (it is unreadable)."""


class RowRead(NamedTuple):
    """The values of one row, or its candidate splits when the digits are ambiguous."""

    values: tuple[Cell, ...]
    diagnostics: tuple[Diagnostic, ...] = ()
    candidates: tuple[tuple[Cell, ...], ...] = ()
    split: bool = False


_new = tuple.__new__  # builds a RowRead without the Python-level NamedTuple constructor (hot path)


def row_sums(spec: TableSpec, row: str) -> tuple[tuple[tuple[int, ...], int], ...]:
    """The sums inside one row: ``(parts, total)`` column indices of its block."""
    columns = spec.block_of(row).columns
    index = {column.key: i for i, column in enumerate(columns)}
    return tuple((tuple(index[part] for part in column.sums), index[column.key]) for column in columns if column.sums)


_COLUMNS = MappingProxyType(
    {
        (spec, row.key): spec.block_of(row.key).columns
        for version in FormatVersion
        for spec in layout_for(version).tables
        for row in spec.rows
    }
)
"""The columns of each row of every table of the layout, by ``(spec, row key)``."""
_ROW_SUMS = MappingProxyType(
    {
        (spec, row.key): row_sums(spec, row.key)
        for version in FormatVersion
        for spec in layout_for(version).tables
        for row in spec.rows
    }
)
"""The sums inside each row of every table of the layout, by ``(spec, row key)``."""


_COUNTS_ONLY = MappingProxyType(
    {key: all(c.kind is CellKind.COUNT for c in columns) for key, columns in _COLUMNS.items()}
)
"""Whether every cell of a row is a count, by ``(spec, row key)``."""
_KIND = operator.attrgetter("kind")
_TEXT = operator.attrgetter("text")
_UNIT = operator.attrgetter("unit")
_NUMBERS_ONLY = frozenset({Kind.NUMBER})


def _counts(cells: Sequence[Token]) -> tuple[int, ...] | None:
    """The counts of a row printed as plain numbers (the common case), else ``None``.

    The same values as :func:`cell_value` gives each cell, found without Python code per cell.
    """
    if set(map(_KIND, cells)) != _NUMBERS_ONLY or any(map(_UNIT, cells)):
        return None
    texts = list(map(_TEXT, cells))
    if max(map(len, texts)) > MAX_DIGITS or not "".join(texts).isdigit():
        return None
    return tuple(map(int, texts))


def cell_value(token: Token, column: ColumnSpec) -> Cell | None:
    """The value of *token* in *column*, or ``None`` when it cannot stand there."""
    token_kind = token.kind
    if token_kind is not Kind.NUMBER:
        if token_kind is Kind.EMPTY:
            return BLANK
        if token_kind is Kind.MARK:
            return NOT_APPLICABLE
        return None
    if len(token.text) > MAX_DIGITS:
        return None
    if column.kind is CellKind.COUNT and not token.unit and token.text.isdigit():
        return int(token.text)
    text = token.text.replace(",", "").replace("−", "-")
    kind = column.kind
    if kind in (CellKind.COUNT, CellKind.SIGNED_COUNT):
        if token.unit or "." in text or (kind is CellKind.COUNT and text.startswith("-")):
            return None
        return int(text)
    try:
        value = Decimal(text)
    except InvalidOperation:  # pragma: no cover - the tokenizer only yields numerals
        return None
    if value < 0:
        return None
    if kind is CellKind.MONEY:
        if token.unit and column.unit and token.unit != column.unit:
            return value * _UNIT_FACTORS[token.unit] / _UNIT_FACTORS[column.unit]
        return value
    if not token.unit:
        return None
    return Amount(value=value, unit=token.unit)


def read_row(
    spec: TableSpec,
    row: str,
    tokens: tuple[Token, ...],
    locate: Callable[[int], tuple[int, int]],
) -> RowRead:
    """Read the cells of *row* from its printed *tokens*."""
    columns = _COLUMNS.get((spec, row)) or spec.block_of(row).columns
    count = len(columns)
    cells = list(tokens)
    while len(cells) > count and cells[0].kind is Kind.EMPTY:
        cells.pop(0)
    while len(cells) > count and cells[-1].kind is Kind.EMPTY:
        cells.pop()
    if len(cells) == count:
        counts = _counts(cells) if _COUNTS_ONLY.get((spec, row)) else None
        if counts is not None:
            return _new(RowRead, (counts, (), (), False))
        row_path = f"$.{spec.key}.{row}"
        values: list[Cell] = []
        problems: list[Diagnostic] = []
        for token, column in zip(cells, columns):
            text = token.text
            if (
                token.kind is Kind.NUMBER
                and column.kind is CellKind.COUNT
                and not token.unit
                and len(text) <= MAX_DIGITS
                and text.isdigit()
            ):
                values.append(int(text))  # the common case of cell_value(), inline
                continue
            value = cell_value(token, column)
            if value is None:
                line, col = locate(token.start)
                kind = (
                    DiagnosticKind.UNKNOWN_UNIT
                    if column.kind is CellKind.AMOUNT and token.kind is Kind.NUMBER and not token.unit
                    else DiagnosticKind.UNREADABLE_CELL
                )
                problems.append(
                    Diagnostic(
                        kind=kind,
                        message=_unreadable_message(kind, column),
                        line=line,
                        column=col,
                        path=f"{row_path}.{column.key}",
                        expected=_expected(column),
                        found=token.text,
                    )
                )
                value = BLANK
            values.append(value)
        return RowRead(values=tuple(values), diagnostics=tuple(problems))
    row_path = f"$.{spec.key}.{row}"
    blank = (BLANK,) * count
    if len(cells) > count:
        message = f"the row holds {len(cells)} values for {count} cells; its cells are left blank"
        return RowRead(
            values=blank,
            diagnostics=(_row_problem(DiagnosticKind.EXTRA_CELLS, message, _Row(cells, locate, row_path, count)),),
        )
    sums = _ROW_SUMS.get((spec, row))
    if sums is None:
        sums = row_sums(spec, row)
    if len(cells) == 1 and _COUNTS_ONLY.get((spec, row)):
        single = _one_digit_each(cells[0], count, sums)
        if single is not None:
            return single
    pieces = tuple(t.text for t in cells if t.kind in (Kind.NUMBER, Kind.MARK))
    splittable = len(pieces) == len(cells) and all(t.kind is Kind.NUMBER and not t.unit for t in cells)
    found = splits(pieces, count, sums=sums) if splittable else None
    if found is None or (found.complete and not found.candidates):
        why = (
            "the printed digits cannot be cut into the row's cells so that its sums hold"
            if found is not None
            else "the missing ones cannot be told apart"
        )
        message = f"the row holds {len(cells)} values for {count} cells and {why}; its cells are left blank"
        return RowRead(
            values=blank,
            diagnostics=(_row_problem(DiagnosticKind.MISSING_CELLS, message, _Row(cells, locate, row_path, count)),),
        )
    candidates = _candidate_values(found.candidates, columns, _COUNTS_ONLY.get((spec, row), False))
    if not found.complete or not candidates:
        message = "the printed digits can be cut into the row's cells in too many ways; its cells are left blank"
        return RowRead(
            values=blank,
            diagnostics=(_row_problem(DiagnosticKind.AMBIGUOUS_SPLIT, message, _Row(cells, locate, row_path, count)),),
        )
    if len(candidates) == 1:
        return RowRead(values=candidates[0], candidates=tuple(candidates), split=True)
    return RowRead(values=blank, candidates=tuple(candidates), split=True)


def _one_digit_each(token: Token, count: int, sums: tuple[tuple[tuple[int, ...], int], ...]) -> RowRead | None:
    """The read of a row of counts printed as one run of exactly *count* ASCII digits, if its sums hold.

    The only cut gives each cell one digit: the candidate :func:`._split.splits`
    finds and the values :func:`_candidate_values` gives it. ``None`` for any
    other token, or when a sum fails (the general path then says so).
    """
    text = token.text
    if token.kind is not Kind.NUMBER or token.unit or len(text) != count or not (text.isdigit() and text.isascii()):
        return None
    values = tuple(map(int, text))
    for parts, total in sums:
        if sum([values[part] for part in parts]) != values[total]:
            return None
    return _new(RowRead, (values, (), (values,), True))


class _Row(NamedTuple):
    """A row being read: its printed cells, how to locate them, its path, how many cells it has."""

    cells: Sequence[Token]
    locate: Callable[[int], tuple[int, int]]
    path: str
    cells_wanted: int


def _row_problem(kind: DiagnosticKind, message: str, row: _Row) -> Diagnostic:
    """The diagnostic for a row whose printed cells do not give its cells."""
    line, col = row.locate(row.cells[0].start)
    return Diagnostic(
        kind=kind,
        message=message,
        line=line,
        column=col,
        path=row.path,
        expected=f"{row.cells_wanted} values",
        found=" ".join(t.text or "∅" for t in row.cells),
    )


def _candidate_values(
    found: tuple[tuple[str, ...], ...], columns: tuple[ColumnSpec, ...], counts_only: bool
) -> list[tuple[Cell, ...]]:
    """The values of each candidate cut whose every part can stand in its column."""
    candidates: list[tuple[Cell, ...]] = []
    for candidate in found:
        if counts_only and "".join(candidate).isdigit() and max(map(len, candidate)) <= MAX_DIGITS:
            candidates.append(tuple(map(int, candidate)))  # what cell_value() gives each part
            continue
        values_ = [
            int(part)
            if part.isdigit() and len(part) <= MAX_DIGITS and column.kind is CellKind.COUNT
            else cell_value(Token(Kind.NUMBER, part, 0, 0), column)
            for part, column in zip(candidate, columns)
        ]
        if all(v is not None for v in values_):
            candidates.append(tuple(v for v in values_ if v is not None))
    return candidates


def split_diagnostic(
    spec: TableSpec,
    row: str,
    tokens: tuple[Token, ...],
    locate: Callable[[int], tuple[int, int]],
    candidates: tuple[tuple[Cell, ...], ...],
    *,
    chosen: tuple[Cell, ...] | None,
    reason: str,
) -> Diagnostic:
    """Say how run-together digits of *row* were split, or that they could not be."""
    if len(tokens) == 1 and tokens[0].kind is not Kind.EMPTY:
        printed = tokens[0].text  # one printed piece (a run of digits): what the join gives
    else:
        printed = " ".join([t.text for t in tokens if t.kind is not Kind.EMPTY])
    line, col = locate(tokens[0].start)
    if chosen is not None:
        return Diagnostic(
            kind=DiagnosticKind.SPLIT_BY_SUMS,
            message=f"digits printed together were split as {_show_cut(printed, chosen)} ({reason})",
            line=line,
            column=col,
            path=f"$.{spec.key}.{row}",
            expected=f"{len(chosen)} values",
            found=printed,
        )
    shown = "; ".join(_show(c) for c in candidates[:_SHOWN])
    more = f" and {len(candidates) - _SHOWN} more" if len(candidates) > _SHOWN else ""
    return Diagnostic(
        kind=DiagnosticKind.AMBIGUOUS_SPLIT,
        message=(
            f"digits printed together can be split in {len(candidates)} ways ({reason}): "
            f"{shown}{more}; the row's cells are left blank"
        ),
        line=line,
        column=col,
        path=f"$.{spec.key}.{row}",
        expected=f"{len(candidates[0])} values",
        found=printed,
    )


def _show_cut(printed: str, chosen: tuple[Cell, ...]) -> str:
    """:func:`_show` of the cut *chosen* of the digits *printed*: one ASCII digit per cell shows them as printed."""
    if len(printed) == len(chosen) and printed.isdigit() and printed.isascii():
        return "|".join(printed)
    return _show(chosen)


def _show(values: tuple[Cell, ...]) -> str:
    return "|".join(map(str, values))


def _expected(column: ColumnSpec) -> str:
    return {
        CellKind.COUNT: "a count, blank or /",
        CellKind.SIGNED_COUNT: "an integer, blank or /",
        CellKind.MONEY: f"an amount in {column.unit or '元'}, blank or /",
        CellKind.AMOUNT: "an amount with its unit (元, 万元 or 亿元), blank or /",
    }[column.kind]


def _unreadable_message(kind: DiagnosticKind, column: ColumnSpec) -> str:
    if kind is DiagnosticKind.UNKNOWN_UNIT:
        return f"the amount in column {column.label!r} is printed without its unit; the cell is left blank"
    return f"the cell in column {column.label!r} is not a number; it is left blank"
