"""The parser's shortcuts give exactly what the general code gives, on the shapes they take and on the others."""

from __future__ import annotations

from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_report.layout import CellKind, FormatVersion, layout_for
from govinfo_report.parse import _cells, _tokens
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


_PIECES = st.sampled_from(
    [
        "规章",
        "行政许可",
        "（一）予以公开",
        "“三安全一稳定”",
        "第",
        "（",
        "(",
        "）",
        ")",
        "−",
        "年",
        "元",
        "万元",
        "月",
        ".",
        "、",
        ",",
        " ",
        "\n",
        "/",
        "-",
        "不适用",
        "A",
        "?",
        "０",
        "٣",
        "²",
    ]
)
_DIGITS = st.one_of(st.text("0123456789", min_size=1, max_size=2), st.text("0123456789", min_size=1, max_size=9))


def _general_tokens(text, offset, before):
    out = list(before)
    _tokens._matched_pieces(text, offset, out)
    return out


@settings(max_examples=400)
@given(st.lists(st.one_of(_PIECES, _DIGITS, _DIGITS.map(lambda d: d + ".5")), max_size=14), st.booleans())
def test_runs_of_text_and_digits_tokenize_as_the_full_pattern(parts, after_text):
    """Text cut only at its numbers gives the tokens the full pattern gives (or leaves the text to it)."""
    text = "".join(parts)
    before = [Token(Kind.TEXT, "申请人", 0, 3)] if after_text else []
    out = list(before)
    if _tokens._runs(text, 10, out):
        assert out == _general_tokens(text, 10, before)
    else:
        assert out == before


@pytest.mark.parametrize(
    "text",
    [
        "规章 (12)行政",
        "规章 （ 1 ）",
        "规章1,234行政",
        "规章 2024年度",
        " 第3条",
        "规章5 元",
        "规章5万元",
        "规章−5",
        "规章 12、3",
        "1.2.3",
        "共.5",
        "规章1.属于",
        "规章12.属于",
        "规章12.5.属于",
        "规章 12 .属于",
        "规章12.²",
        "规章 ?",
        "规章 &",
        "规章12、属于",
        "规章 / 0",
    ],
)
def test_runs_on_named_grouped_and_numbered_digits(text):
    """Digits a full pattern reads as named, grouped, signed or with a unit are left to it; the others agree."""
    out: list[Token] = []
    if _tokens._runs(text, 3, out):
        assert out == _general_tokens(text, 3, [])
    else:
        assert out == []


def test_runs_take_the_run_together_rows():
    """Rows printed as a label then its digits, numbered rows included, take the cut at the numbers."""
    text = "（三）不予公开 1.属于国家秘密00000002.其他法律行政法规禁止公开 0000000（七）总计 723000075 收费9116.36 "
    out: list[Token] = []
    assert _tokens._runs(text, 7, out)
    assert out == _general_tokens(text, 7, [])


@given(
    st.lists(
        st.tuples(st.sampled_from([Kind.NUMBER, Kind.EMPTY, Kind.MARK]), st.text("0123456789/", max_size=9)),
        min_size=1,
        max_size=3,
    ),
    st.booleans(),
)
def test_a_split_diagnostic_shows_the_printed_pieces(pieces, chosen):
    """A split diagnostic shows the row's printed pieces, one token or several, as their join shows them."""
    spec = layout_for("2021").requests
    tokens = tuple(Token(kind, "" if kind is Kind.EMPTY else text, 3, 3 + len(text)) for kind, text in pieces)
    candidates = ((1, 0, 0, 0, 0, 0, 1), (0, 1, 0, 0, 0, 0, 1))
    diagnostic = _cells.split_diagnostic(
        spec,
        "new_requests",
        tokens,
        lambda at: (1, at + 1),
        candidates,
        chosen=candidates[0] if chosen else None,
        reason="r",
    )
    assert diagnostic.found == " ".join(t.text for t in tokens if t.kind is not Kind.EMPTY)


@given(st.text("0123456789", min_size=1, max_size=9), st.sampled_from(["", "٣", " "]))
def test_a_cut_of_one_digit_per_cell_shows_as_the_general_show(digits, extra):
    """A cut shown from its printed digits reads as the cut's values shown one by one."""
    printed = digits + extra
    chosen = tuple(map(int, digits))
    assert _cells._show_cut(printed, chosen) == _cells._show(chosen)
