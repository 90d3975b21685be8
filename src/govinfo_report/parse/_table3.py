"""Table 三 (收到和处理政府信息公开申请情况): 25 rows (23 in the 2019 format) of 7 cells.

Digits printed together are cut by the row's own sum first (the six applicant
columns add up to 总计); when several cuts remain, by the column sums of the
table (（七）总计 is the sum of the results, and 一 + 二 = （七）总计 + 四):
a cut is taken only when exactly one combination satisfies every sum that can
be checked, else the row is blank and the candidates are listed.

>>> from govinfo_report.layout import FormatVersion
>>> from govinfo_report.parse._lines import Source
>>> from govinfo_report.layout import layout_for
>>> first, second = layout_for("2021").requests.rows[:2]
>>> source = Source.from_text(f"{first.full_label} 713000074{second.full_label} 1000001")
>>> result = read_requests(source, 0, len(source.norm), FormatVersion.V2021)
>>> result.table.row("new_requests")["total"], result.table.row("carried_over")["total"]
(74, 1)
>>> sorted({d.code for d in result.diagnostics})
['missing_row', 'split_by_sums', 'table_incomplete']
"""

from __future__ import annotations

import itertools
import math
from typing import TYPE_CHECKING

from govinfo_report.layout import FormatVersion, TableSpec, layout_for
from govinfo_report.parse._cells import RowRead, split_diagnostic
from govinfo_report.parse._direct import read_direct
from govinfo_report.parse._table import Reading, TableResult, build_table, missing_rows, read_best
from govinfo_report.parse._tokens import tokenize

if TYPE_CHECKING:
    from govinfo_report.model import Cell
    from govinfo_report.parse._diagnostics import Diagnostic
    from govinfo_report.parse._lines import Source

__all__ = ["read_requests"]

_COMBINATIONS = 4096


def read_requests(source: Source, start: int, end: int, preferred: FormatVersion) -> TableResult:
    """Read table 三 from ``[start, end)`` in the format that fits it best."""
    specs = tuple(layout_for(v).requests for v in (preferred, *(v for v in FormatVersion if v is not preferred)))
    reading = read_direct(source, start, end, specs[0])
    if reading is None:
        reading = read_best(source, tokenize(source.norm[start:end], start), specs, preferred, start)
    if not reading.found:
        return TableResult(table=None, diagnostics=(), start=start, end=start)
    values, diagnostics = _resolve(source, reading)
    diagnostics.extend(missing_rows(source, reading, label="table 三"))
    return TableResult(
        table=build_table(reading.spec, values),
        diagnostics=tuple(diagnostics),
        start=reading.start,
        end=reading.end,
    )


def _equations(spec: TableSpec) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """Row equations per column: the rows on the left sum to the rows on the right."""
    total = spec.row("total_handled")
    return (
        (total.sums, ("total_handled",)),
        (("new_requests", "carried_over"), ("total_handled", "carried_forward")),
    )


def _holds(
    values: dict[str, tuple[Cell, ...]],
    equations: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...],
    rows: frozenset[str],
) -> bool:
    """Whether every column equation that involves *rows* and can be checked holds."""
    for left, right in equations:
        if rows.isdisjoint(left) and rows.isdisjoint(right):
            continue
        involved = [values.get(r) for r in (*left, *right)]
        if any(v is None for v in involved):
            continue
        for column in range(7):
            cells = [v[column] for v in involved]  # type: ignore[index]
            if not all(type(c) is int for c in cells):
                continue
            if sum(cells[: len(left)]) != sum(cells[len(left) :]):  # type: ignore[arg-type]
                return False
    return True


def _resolve(source: Source, reading: Reading) -> tuple[dict[str, tuple[Cell, ...]], list[Diagnostic]]:
    spec = reading.spec
    values = dict(reading.values)
    diagnostics = list(reading.diagnostics)
    ambiguous = {row: read for row, read in reading.rows.items() if read.split and len(read.candidates) > 1}
    for row, read in reading.rows.items():
        if read.split and len(read.candidates) == 1:
            diagnostics.append(
                split_diagnostic(
                    spec,
                    row,
                    reading.tokens[row],
                    source.where,
                    read.candidates,
                    chosen=read.values,
                    reason="the only cut whose applicant columns add up to its 总计",
                )
            )
    if not ambiguous:
        return values, diagnostics
    chosen = _by_columns(spec, values, ambiguous)
    for row, read in ambiguous.items():
        if chosen is not None:
            values[row] = chosen[row]
            reason = "the only cut that satisfies the row's sum and the column sums of the table"
            diagnostics.append(
                split_diagnostic(
                    spec, row, reading.tokens[row], source.where, read.candidates, chosen=chosen[row], reason=reason
                )
            )
        else:
            reason = "the row's sum and the column sums of the table do not single one out"
            diagnostics.append(
                split_diagnostic(
                    spec, row, reading.tokens[row], source.where, read.candidates, chosen=None, reason=reason
                )
            )
    return values, diagnostics


def _by_columns(
    spec: TableSpec, values: dict[str, tuple[Cell, ...]], ambiguous: dict[str, RowRead]
) -> dict[str, tuple[Cell, ...]] | None:
    """The one combination of candidate cuts that satisfies the column sums, if exactly one does."""
    rows = tuple(ambiguous)
    if math.prod(len(ambiguous[r].candidates) for r in rows) > _COMBINATIONS:
        return None
    equations = _equations(spec)
    keys = frozenset(rows)
    trial = {r: v for r, v in values.items() if r not in keys}
    winner: dict[str, tuple[Cell, ...]] | None = None
    for combination in itertools.product(*(ambiguous[r].candidates for r in rows)):
        trial.update(zip(rows, combination))
        if _holds(trial, equations, keys):
            if winner is not None:
                return None
            winner = dict(zip(rows, combination))
    return winner
