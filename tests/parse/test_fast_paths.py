"""The parser's shortcuts give exactly what the general code gives, on the shapes they take and on the others."""

from __future__ import annotations

from unittest import mock

from hypothesis import given
from hypothesis import strategies as st

from govinfo_report.layout import CellKind, FormatVersion, layout_for
from govinfo_report.parse import _cells
from govinfo_report.parse._tokens import Kind, Token

_ROWS = [
    (spec, row.key, len(spec.block_of(row.key).columns))
    for version in FormatVersion
    for spec in layout_for(version).tables
    for row in spec.rows
    if len(spec.block_of(row.key).columns) > 1
]


def _general_row(spec, key, tokens):
    """The row as read without the shortcut for one digit per cell."""
    with mock.patch.object(_cells, "_one_digit_each", return_value=None):
        return _cells.read_row(spec, key, tokens, lambda at: (1, at + 1))


@given(st.sampled_from(_ROWS), st.data())
def test_one_digit_per_cell_is_the_general_read(row, data):
    """A run of one digit per cell (sums holding or not, other digits or lengths) reads as the general path reads it."""
    spec, key, count = row
    size = data.draw(st.sampled_from([count, count, count - 1, count + 1]))
    alphabet = data.draw(st.sampled_from(["0", "01", "0123456789", "0１٣9"]))
    digits = list(data.draw(st.text(alphabet, min_size=max(size, 1), max_size=max(size, 1))))
    if size == count and alphabet != "0１٣9" and data.draw(st.booleans()):
        for parts, total in _cells.row_sums(spec, key):
            digits[total] = str(sum(int(digits[part]) for part in parts))[-1]  # mostly the sum, sometimes not
    text = "".join(digits)
    unit = data.draw(st.sampled_from(["", "", "元"]))
    tokens = (Token(Kind.NUMBER, text, 5, 5 + len(text), unit),)
    assert _cells.read_row(spec, key, tokens, lambda at: (1, at + 1)) == _general_row(spec, key, tokens)


def test_the_rows_tried_include_counts_and_amounts():
    """The rows above hold rows of counts with sums and rows of other kinds of cells."""
    kinds = {column.kind for spec, key, _count in _ROWS for column in spec.block_of(key).columns}
    assert CellKind.COUNT in kinds
    assert len(kinds) > 1
    assert any(_cells.row_sums(spec, key) for spec, key, _count in _ROWS)


def test_one_digit_per_cell_examples():
    """Sums holding, failing in several ways, and too few or too many digits, in a row of table 三."""
    spec = layout_for("2021").requests
    for text in ("0000000", "1000001", "1000000", "0000001", "2110004", "000000", "00000000", "713000074"):
        tokens = (Token(Kind.NUMBER, text, 5, 5 + len(text)),)
        assert _cells.read_row(spec, "granted", tokens, lambda at: (1, at + 1)) == _general_row(spec, "granted", tokens)
