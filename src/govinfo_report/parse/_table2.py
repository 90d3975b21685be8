r"""Table 二 (主动公开政府信息情况): four or five blocks cited from 第二十条.

Both formats share most row labels; the cells per row and the column headers
tell them apart. The table has no sums, so digits printed together that can be
cut in several ways leave the row blank, with the candidates listed.

>>> from govinfo_report.layout import FormatVersion, layout_for
>>> from govinfo_report.parse._lines import Source
>>> rows = [row.full_label for row in layout_for("2021").disclosure.rows]
>>> values = ["1\t0\t11", "8\t26\t66", "447228", "3985758", "88283", "96171.6"]
>>> text = "\n".join(f"{row}\t{cells}" for row, cells in zip(rows, values))
>>> result = read_disclosure(Source.from_text(text), 0, len(text), FormatVersion.V2021)
>>> result.table["fees", "amount"], result.diagnostics
(Decimal('96171.6'), ())
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING

from govinfo_report.layout import FormatVersion, layout_for, normalize_label
from govinfo_report.parse._direct import read_direct
from govinfo_report.parse._table import TableResult, finish_table, read_best
from govinfo_report.parse._tokens import LETTER, tokenize

if TYPE_CHECKING:
    from govinfo_report.parse._lines import Source

__all__ = ["read_disclosure"]


def _own_column_labels(version: FormatVersion) -> tuple[str, ...]:
    """The column headers of *version*'s table 二 that the other format does not print, even in part."""
    others = {
        normalize_label(c.label) for v in FormatVersion if v is not version for c in layout_for(v).disclosure.columns
    }
    own = (normalize_label(c.label) for c in layout_for(version).disclosure.columns)
    return tuple(label for label in own if not any(label in other or other in label for other in others))


_OWN_COLUMN_LABELS = MappingProxyType({version: _own_column_labels(version) for version in FormatVersion})


_WITNESSES = MappingProxyType(
    {
        version: tuple(tuple(dict.fromkeys(LETTER.findall(label))) for label in labels)
        for version, labels in _OWN_COLUMN_LABELS.items()
    }
)
"""The Chinese characters of each own column header: :func:`normalize_label` leaves them as they are."""


def _printed_format(text: str) -> FormatVersion | None:
    """The format whose own column headers, and only whose, the table prints."""
    printed: list[FormatVersion] = []
    for version, labels in _OWN_COLUMN_LABELS.items():
        for label, witnesses in zip(labels, _WITNESSES[version]):
            if label in text:
                printed.append(version)  # each character of a header is its own normalized form
                break
            if all(char in text for char in witnesses):
                return _folded_format(text)  # it may be printed with spaces or marks inside
    return printed[0] if len(printed) == 1 else None


def _folded_format(text: str) -> FormatVersion | None:
    """The format whose own column headers, and only whose, the normalized table prints."""
    folded = normalize_label(text)
    printed = [v for v, labels in _OWN_COLUMN_LABELS.items() if any(label in folded for label in labels)]
    return printed[0] if len(printed) == 1 else None


def read_disclosure(source: Source, start: int, end: int, preferred: FormatVersion) -> TableResult:
    """Read table 二 from ``[start, end)`` in the format that fits it best.

    The column headers a format alone prints decide the format when present
    (a report may print the other format's table); otherwise *preferred* is tried first.
    """
    preferred = _printed_format(source.norm[start:end]) or preferred
    specs = tuple(layout_for(v).disclosure for v in (preferred, *(v for v in FormatVersion if v is not preferred)))
    reading = read_direct(source, start, end, specs[0])
    if reading is None:
        reading = read_best(source, tokenize(source.norm[start:end], start), specs, preferred, start)
    if not reading.found:
        return TableResult(table=None, diagnostics=(), start=start, end=start)
    table, diagnostics = finish_table(source, reading, label="table 二")
    return TableResult(table=table, diagnostics=diagnostics, start=reading.start, end=reading.end)
