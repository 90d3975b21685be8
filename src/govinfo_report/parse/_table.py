"""Reading one table from its region of the input: rows found, cells read, losses said.

The table specific modules (:mod:`._table2`, :mod:`._table3`, :mod:`._table4`)
call :func:`read_rows` for each format the table may follow and keep the best
fitting reading; the rows that were not found are left blank and reported.

>>> from govinfo_report.layout import layout_for
>>> from govinfo_report.parse._lines import Source
>>> source = Source.from_text("规章 1 0 11 行政许可 447228")
>>> reading = read_rows(source, 0, len(source.norm), layout_for("2021").disclosure)
>>> reading.values["licensing"], reading.missing[:2]
((447228,), ('normative_documents', 'penalties'))
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs

from govinfo_report.layout import FormatVersion, TableSpec, layout_for
from govinfo_report.model import BLANK, Cell, Table
from govinfo_report.parse._cells import RowRead, read_row, split_diagnostic
from govinfo_report.parse._diagnostics import Diagnostic, DiagnosticKind
from govinfo_report.parse._labels import EXACT, ROW_LABELS, RowLabel
from govinfo_report.parse._rows import Group, Match, align, build_groups
from govinfo_report.parse._tokens import Kind, Token, tokenize

if TYPE_CHECKING:
    from govinfo_report.parse._lines import Source

__all__ = [
    "FIT_BONUS",
    "Alignment",
    "Reading",
    "TableResult",
    "align_tokens",
    "build_table",
    "choose",
    "finish_table",
    "missing_rows",
    "read_alignment",
    "read_best",
    "read_rows",
    "read_tokens",
    "row_labels",
    "row_names",
    "table_markers",
    "table_start",
]

FIT_BONUS = 0.5
"""What a row adds to a reading's score when it prints exactly as many values as it has cells."""
_HEADER_REACH = 400
_OPENING = frozenset(" \t（(")
_NUMBERING = re.compile(
    r"(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十]{1,2}、)[ \t]*$"
)


@attrs.frozen
class Reading:
    """One table read against one spec: values by row, what was lost, where it stands."""

    spec: TableSpec
    values: dict[str, tuple[Cell, ...]]
    rows: dict[str, RowRead]
    tokens: dict[str, tuple[Token, ...]]
    missing: tuple[str, ...]
    diagnostics: tuple[Diagnostic, ...]
    score: float
    start: int
    end: int
    groups: tuple[Group, ...]
    matches: tuple[Match, ...]

    @property
    def found(self) -> bool:
        """Whether any row of the table was found."""
        return bool(self.matches)


@attrs.frozen
class TableResult:
    """A table as read (``None`` when not found), its diagnostics and its extent."""

    table: Table | None
    diagnostics: tuple[Diagnostic, ...]
    start: int
    end: int


def _key(spec: TableSpec) -> tuple[str, str]:
    return spec.key, spec.version.value if spec.version is not None else "2021"


def row_labels(spec: TableSpec) -> tuple[RowLabel, ...]:
    """The names each row of *spec* may be printed under, in the order of the rows."""
    return ROW_LABELS[_key(spec)]


def row_names(spec: TableSpec) -> frozenset[str]:
    """The names that make a tab-separated line of empty fields a row of blank cells in *spec*."""
    return _ROW_NAMES[_key(spec)]


def _row_names(labels: tuple[RowLabel, ...]) -> frozenset[str]:
    names = set()
    for label in labels:
        names.add(label.numbered)
        if not label.short:
            names.add(label.official)
            names.update(label.variants)
    return frozenset(names)


def _widths(spec: TableSpec) -> tuple[int, ...]:
    """How many cells each row of *spec* holds, in the order of its labels."""
    return tuple(len(spec.block_of(label.key).columns) for label in row_labels(spec))


_WIDTHS = MappingProxyType({spec: _widths(spec) for version in FormatVersion for spec in layout_for(version).tables})
_ROW_NAMES = MappingProxyType({key: _row_names(labels) for key, labels in ROW_LABELS.items()})
"""The names that make a tab-separated line of empty fields a row of blank cells, by table and version."""


def table_markers(spec: TableSpec) -> tuple[str, ...]:
    """Texts that open the printed table (header words), most specific first."""
    markers: list[str] = []
    if spec.title:
        markers.append(spec.title)
    if spec.note:
        markers.extend(("勾稽关系", spec.note[1:5]))
    if spec.header:
        markers.append(spec.header)
    for block in spec.blocks:
        if block.citation:
            markers.extend((block.citation, "第二十条"))
        if block.heading_label:
            markers.append(block.heading_label)
    markers.extend(group.label for group in spec.groups if not group.numbering)
    columns = spec.columns
    markers.extend(c.group for c in columns if c.group)
    markers.extend(c.label for c in columns if len(c.label) > 2)
    return tuple(dict.fromkeys(markers))


_MARKERS = MappingProxyType(
    {spec: table_markers(spec) for version in FormatVersion for spec in layout_for(version).tables}
)


def read_rows(source: Source, start: int, end: int, spec: TableSpec) -> Reading:
    """Read the rows of *spec* from ``source.norm[start:end]``."""
    tokens = tokenize(source.norm[start:end], start)
    return read_tokens(source, tokens, spec, start)


@attrs.frozen
class Alignment:
    """The groups of a table's tokens matched to the rows of one spec, before reading cells."""

    spec: TableSpec
    groups: tuple[Group, ...]
    matches: tuple[Match, ...]
    score: float


def align_tokens(tokens: list[Token], spec: TableSpec) -> Alignment:
    """Match the groups of *tokens* to the rows of *spec*; score how well the spec fits.

    The score adds each label's score and a bonus for each row whose printed
    values are exactly as many as its cells.
    """
    labels = row_labels(spec)
    groups, tail = build_groups(tokens, _ROW_NAMES[_key(spec)])
    matches = align(groups, tail, labels)
    widths = _WIDTHS.get(spec) or _widths(spec)
    score = 0.0
    for match in matches:
        count = widths[match.row]
        cells = groups[match.group].cells
        fits = len(cells) == count
        if not fits and len(cells) == 1:
            # One printed piece for several cells: it fills the row only as a run of enough digits.
            fits = cells[0].kind is Kind.NUMBER and len(cells[0].text) >= count
        elif not fits:
            printed = sum(1 for c in cells if c.kind is not Kind.EMPTY)
            fits = printed == count
            if not fits and printed < count and all(c.kind is Kind.NUMBER for c in cells):
                # Digits printed together: enough of them to fill the row.
                fits = sum(len(c.text) for c in cells) >= count
        score += match.score + (FIT_BONUS if fits else 0.0)
    return Alignment(spec=spec, groups=tuple(groups), matches=tuple(matches), score=score)


def read_best(
    source: Source, tokens: list[Token], specs: tuple[TableSpec, ...], preferred: object, region_start: int
) -> Reading:
    """Read the table in the spec that fits *tokens* best (the *preferred* version among equals)."""
    first = align_tokens(tokens, specs[0])
    if _perfect(first):
        return read_alignment(source, first, region_start)
    alignments = [first, *(align_tokens(tokens, spec) for spec in specs[1:])]
    best = max(alignments, key=lambda a: (a.score, a.spec.version is preferred))
    return read_alignment(source, best, region_start)


def _perfect(alignment: Alignment) -> bool:
    """Every group of values matched under an official label, with as many values as cells.

    No other spec can score higher: each group scores at most one exact label
    and one fit bonus. Rows may be missing (a table cut short in both formats).
    """
    if alignment.score != len(alignment.matches) * (EXACT + FIT_BONUS):
        return False
    matched = {match.group for match in alignment.matches}
    return all(
        index in matched or all(c.kind is Kind.EMPTY for c in group.cells)
        for index, group in enumerate(alignment.groups)
    )


def read_tokens(source: Source, tokens: list[Token], spec: TableSpec, region_start: int) -> Reading:
    """Read the rows of *spec* from *tokens*."""
    return read_alignment(source, align_tokens(tokens, spec), region_start)


def read_alignment(source: Source, alignment: Alignment, region_start: int) -> Reading:
    """Read the cells of every matched row; report typos, stray values and lost rows."""
    spec = alignment.spec
    labels = row_labels(spec)
    groups = list(alignment.groups)
    matches = list(alignment.matches)
    values: dict[str, tuple[Cell, ...]] = {}
    rows: dict[str, RowRead] = {}
    row_tokens: dict[str, tuple[Token, ...]] = {}
    diagnostics: list[Diagnostic] = []
    matched_groups = set()
    for match in matches:
        group = groups[match.group]
        label = labels[match.row]
        read = read_row(spec, label.key, group.cells, source.where)
        rows[label.key] = read
        values[label.key] = read.values
        row_tokens[label.key] = group.cells
        diagnostics.extend(read.diagnostics)
        matched_groups.add(match.group)
        if match.score < EXACT:
            diagnostics.append(_label_diagnostic(source, spec, label, group, match))
    if matches:
        first, last = matches[0].group, matches[-1].group
        for index in range(first, last + 1):
            group = groups[index]
            if index not in matched_groups and any(c.kind is not Kind.EMPTY for c in group.cells):
                diagnostics.append(_unplaced(source, spec, group))
    missing = tuple(label.key for label in labels if label.key not in values)
    start = (
        table_start(source, spec, region_start, min(matches[0].at, groups[matches[0].group].cells[0].start))
        if matches
        else region_start
    )
    table_end = groups[matches[-1].group].end if matches else region_start
    return Reading(
        spec=spec,
        values=values,
        rows=rows,
        tokens=row_tokens,
        missing=missing,
        diagnostics=tuple(diagnostics),
        score=alignment.score,
        start=start,
        end=table_end,
        groups=tuple(groups),
        matches=tuple(matches),
    )


def table_start(source: Source, spec: TableSpec, region_start: int, first: int) -> int:
    """Where the table whose first row starts at *first* starts: at its header words, if printed before."""
    reach = max(region_start, first - _HEADER_REACH)
    norm = source.norm
    best = first
    for marker in _MARKERS.get(spec) or table_markers(spec):
        at = norm.find(marker, reach, first)
        if 0 <= at < best:
            best = at
    while best > region_start and norm[best - 1] in _OPENING:
        best -= 1
    return best


def _label_diagnostic(source: Source, spec: TableSpec, label: RowLabel, group: Group, match: Match) -> Diagnostic:
    row = spec.row(label.key)
    line, column = source.where(match.at)
    at = match.at
    numbering = _NUMBERING.search(source.raw, max(0, at - 6), at)
    if numbering is not None and numbering.end() == at:
        at = numbering.start()
    printed = source.raw[at : group.cells[0].start].strip() if at < group.cells[0].start else ""
    known = match.score >= 0.98
    what = "a known variant of" if known else "recognized as"
    return Diagnostic(
        kind=DiagnosticKind.LABEL_VARIANT,
        message=f"row label printed differently from the official wording, {what} {row.full_label!r}",
        line=line,
        column=column,
        path=f"$.{spec.key}.{label.key}",
        expected=row.full_label,
        found=printed,
    )


def _unplaced(source: Source, spec: TableSpec, group: Group) -> Diagnostic:
    line, column = source.where(group.cells[0].start)
    printed = " ".join(t.text for t in group.cells if t.kind is not Kind.EMPTY)
    label = group.texts[-1].text if group.texts else ""
    return Diagnostic(
        kind=DiagnosticKind.UNPLACED_VALUES,
        message=f"values in {spec.name} whose label matches no row of the layout; they are not used",
        line=line,
        column=column,
        path=f"$.{spec.key}",
        expected="a row label of the official layout",
        found=(label + " " + printed).strip(),
    )


def choose(readings: list[Reading], preferred: object) -> Reading:
    """The reading that fits best; among equals, the one of the *preferred* format."""
    return max(readings, key=lambda r: (r.score, r.spec.version is preferred))


def finish_table(source: Source, reading: Reading, *, label: str) -> tuple[Table, tuple[Diagnostic, ...]]:
    """The table of *reading*, with every row not found blank, and all diagnostics.

    Rows whose digits could be split in several ways are blank here unless the
    caller resolved them before (see :mod:`._table3`).
    """
    spec = reading.spec
    diagnostics = list(reading.diagnostics)
    for row, read in reading.rows.items():
        if read.split and len(read.candidates) > 1:
            diagnostics.append(
                split_diagnostic(
                    spec,
                    row,
                    reading.tokens[row],
                    source.where,
                    read.candidates,
                    chosen=None,
                    reason="the table has no sums that decide between them",
                )
            )
        elif read.split:
            diagnostics.append(
                split_diagnostic(
                    spec,
                    row,
                    reading.tokens[row],
                    source.where,
                    read.candidates,
                    chosen=read.values,
                    reason="the only cut that gives the row's cells"
                    + (" and satisfies its sum" if spec.block_of(row).columns[-1].sums else ""),
                )
            )
    diagnostics.extend(missing_rows(source, reading, label=label))
    return build_table(spec, reading.values), tuple(diagnostics)


def build_table(spec: TableSpec, values: dict[str, tuple[Cell, ...]]) -> Table:
    """A table of *spec* from values by row; rows not given are blank."""
    cells: list[Cell] = []
    for block in spec.blocks:
        for row in block.rows:
            given = values.get(row.key)
            cells.extend(given if given is not None else (BLANK,) * len(block.columns))
    return Table._trusted(spec, tuple(cells))  # noqa: SLF001 - every cell was read by cell_value


def missing_rows(source: Source, reading: Reading, *, label: str) -> list[Diagnostic]:
    """A diagnostic for the table as incomplete, and one per row not found."""
    spec = reading.spec
    if not reading.missing or not reading.found:
        return []
    line, column = source.where(reading.end)
    last_found = list(reading.values)[-1]
    order = [row.key for row in spec.rows]
    tail = order[order.index(last_found) + 1 :]
    if tail and set(tail) == set(reading.missing):
        what = f"{label} stops after {spec.row(last_found).full_label!r}"
    else:
        what = f"{label} lacks some rows"
    out = [
        Diagnostic(
            kind=DiagnosticKind.TABLE_INCOMPLETE,
            message=f"{what}: {len(reading.missing)} of {len(spec.rows)} rows are missing; their cells are left blank",
            line=line,
            column=column,
            path=f"$.{spec.key}",
            expected=f"{len(spec.rows)} rows",
            found=f"{len(spec.rows) - len(reading.missing)} rows",
        )
    ]
    for key in reading.missing:
        row = spec.row(key)
        out.append(
            Diagnostic(
                kind=DiagnosticKind.MISSING_ROW,
                message=f"row {row.full_label!r} was not found; its cells are left blank",
                path=f"$.{spec.key}.{key}",
                expected=row.full_label,
            )
        )
    return out
