"""What the parser could not read exactly, and where.

A :class:`Diagnostic` names its kind (a stable code), the place (a line and
column of the input, or the JSON path of a table cell), what was expected
there and what was found. Diagnostics of severity ``info`` record a deduction
that recovered the data exactly (digits run together split by the table's own
sums, a known label variant); ``warning`` ones record data that was lost (the
cell is blank) or text that was not understood.

>>> d = Diagnostic(kind=DiagnosticKind.MISSING_ROW, message="row not found",
...                path="$.requests.granted", expected="（一）予以公开")
>>> print(d)
$.requests.granted: row not found (expected '（一）予以公开')
>>> d.code, d.severity
('missing_row', 'warning')
"""

from __future__ import annotations

import enum

import attrs

__all__ = ["Diagnostic", "DiagnosticKind"]


class DiagnosticKind(enum.Enum):
    """The kinds of diagnostic; the value is the stable code."""

    METADATA_MISSING = "metadata_missing"
    """The year or the reporting body could not be read from the text."""
    MISSING_SECTION = "missing_section"
    """One of the six section headings was not found."""
    HEADING_VARIANT = "heading_variant"
    """A section heading differs from the official wording or numbering."""
    MISSING_TABLE = "missing_table"
    """A table was not found at all."""
    TABLE_INCOMPLETE = "table_incomplete"
    """A table stops early or lost rows; the lost rows are blank."""
    MISSING_ROW = "missing_row"
    """A row of a table was not found; its cells are blank."""
    LABEL_VARIANT = "label_variant"
    """A row label differs from the official wording but was recognized."""
    MISSING_CELLS = "missing_cells"
    """A row holds fewer values than the layout has cells; the row is blank."""
    EXTRA_CELLS = "extra_cells"
    """A row holds more values than the layout has cells; the row is blank."""
    UNREADABLE_CELL = "unreadable_cell"
    """A cell holds something that is not a number or a mark; the cell is blank."""
    SPLIT_BY_SUMS = "split_by_sums"
    """Digits printed together were split into cells by the table's own sums."""
    AMBIGUOUS_SPLIT = "ambiguous_split"
    """Digits printed together can be split in several ways; the cells are blank."""
    PLACED_BY_SHAPE = "placed_by_shape"
    """Values whose headers are lost were placed by the official shape of the row."""
    UNPLACED_VALUES = "unplaced_values"
    """Values in a table region that belong to no recognized row (dropped)."""
    UNKNOWN_UNIT = "unknown_unit"
    """An amount was printed without a unit; the cell is blank."""

    @property
    def severity(self) -> str:
        """``info`` for a deduction that kept the data exact, ``warning`` otherwise.

        >>> DiagnosticKind.SPLIT_BY_SUMS.severity, DiagnosticKind.MISSING_ROW.severity
        ('info', 'warning')
        """
        return "info" if self in _INFO else "warning"


_INFO = frozenset(
    {
        DiagnosticKind.HEADING_VARIANT,
        DiagnosticKind.LABEL_VARIANT,
        DiagnosticKind.SPLIT_BY_SUMS,
    }
)


@attrs.frozen(kw_only=True)
class Diagnostic:
    """One thing the parser could not read exactly.

    *line* and *column* (1-based) locate it in the input; *path* names a
    table cell, row or table (``$.requests.granted.total``) when it is about
    one. *expected* and *found* are short texts (empty when not meaningful).
    """

    kind: DiagnosticKind
    message: str
    line: int | None = None
    column: int | None = None
    path: str | None = None
    expected: str = ""
    found: str = ""

    @property
    def code(self) -> str:
        """The stable code of the kind (``missing_row``)."""
        return self.kind.value

    @property
    def severity(self) -> str:
        """``info`` or ``warning``: see :attr:`DiagnosticKind.severity`."""
        return self.kind.severity

    @property
    def where(self) -> str:
        """The place as text: ``line 3, column 5``, a JSON path, or both.

        >>> Diagnostic(kind=DiagnosticKind.MISSING_SECTION, message="m", line=3).where
        'line 3'
        """
        parts = []
        if self.line is not None:
            place = f"line {self.line}"
            if self.column is not None:
                place += f", column {self.column}"
            parts.append(place)
        if self.path:
            parts.append(self.path)
        return " ".join(parts)

    def __str__(self) -> str:
        text = f"{self.where}: {self.message}" if self.where else self.message
        details = []
        if self.expected:
            details.append(f"expected {self.expected!r}")
        if self.found:
            details.append(f"found {self.found!r}")
        if details:
            text += " (" + ", ".join(details) + ")"
        return text
