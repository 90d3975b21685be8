"""Hypothesis strategies for reports of both formats.

They reach the corners: blank and not-applicable cells, zero-heavy and huge
counts (up to 10**15), amounts with 0 to 6 decimals, arbitrary Unicode prose
with full-width punctuation and emoji, tables missing or of the other format.

- :func:`reports` makes arbitrary reports, consistent or not;
- :func:`consistent_reports` makes reports through the builders, so that every
  total is right and no cell is blank.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import strategies as st

from govinfo_report.layout import BodyKind, CellKind, ChannelKind, FormatVersion, TableSpec, layout_for
from govinfo_report.model import (
    BLANK,
    NOT_APPLICABLE,
    Amount,
    AnnualReport,
    Body,
    Cell,
    Channel,
    ChannelCount,
    Improvements,
    OtherMatters,
    Overview,
    ProcessingFees,
    Table,
    Topic,
    build_disclosure,
    build_requests,
    build_reviews,
    leaf_rows,
)

VERSIONS = tuple(FormatVersion)

#: Counts that make sums interesting: mostly zero and small, sometimes huge.
counts = st.one_of(
    st.just(0),
    st.integers(0, 9),
    st.integers(0, 10_000),
    st.sampled_from([10, 100, 1000, 1001, 9999, 10**8, 10**12, 10**15, 999_999_999_999_999]),
    st.integers(0, 10**15),
)
signed_counts = st.one_of(counts, counts.map(lambda n: -n))


@st.composite
def money(draw: st.DrawFn, *, max_places: int = 6) -> Decimal:
    """Non-negative amounts with 0 to *max_places* decimals, zero-heavy, sometimes huge."""
    places = draw(st.integers(0, max_places))
    units = draw(st.one_of(st.just(0), st.integers(0, 1000), st.integers(0, 10**14)))
    return Decimal(units).scaleb(-places)


amounts = st.builds(Amount, value=money(), unit=st.sampled_from(["元", "万元", "亿元"]))

marks = st.sampled_from([BLANK, NOT_APPLICABLE])

_CJK_PUNCTUATION = "，。、；：？！“”‘’（）《》〔〕【】—…～·％　"
#: Prose: Chinese text with full-width punctuation, emoji, digits and odd Unicode, no surrogates.
prose = st.one_of(
    st.just(""),
    st.text(
        alphabet=st.one_of(
            st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
            st.sampled_from(_CJK_PUNCTUATION + "0123456789０１２３😀🏛️\u200b\ufeff\t\n"),
            st.characters(exclude_categories=("Cs",)),
        ),
        max_size=80,
    ),
)
short_texts = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=20)


def cells_for(kind: CellKind, *, blanks: bool = True) -> st.SearchStrategy[Cell]:
    """Cells that may stand in a column of *kind*."""
    numbers: st.SearchStrategy[Cell] = {
        CellKind.COUNT: counts,
        CellKind.SIGNED_COUNT: signed_counts,
        CellKind.MONEY: money(),
        CellKind.AMOUNT: amounts,
    }[kind]
    if not blanks:
        return numbers
    return st.one_of(numbers, numbers, numbers, marks)


_SPECIAL_COUNTS = (10, 100, 1000, 1001, 9999, 10**8, 10**12, 10**15, 999_999_999_999_999)


def _decode_count(chunk: bytes) -> int:
    """A zero-heavy count from four bytes: zero, small, mid, special round, or huge (up to 10**15)."""
    head, rest = chunk[0], int.from_bytes(chunk[1:], "big")
    if head < 96:
        return 0
    if head < 160:
        return rest % 10
    if head < 200:
        return rest % 10_001
    if head < 215:
        return _SPECIAL_COUNTS[rest % len(_SPECIAL_COUNTS)]
    return (rest * 59_604_644_775_390_625) % (10**15 + 1)  # spread three bytes over 0..10**15


def _decode_money(chunk: bytes) -> Decimal:
    """An amount >= 0 with 0 to 6 decimals, zero-heavy, sometimes huge."""
    places = chunk[1] % 7
    units = 0 if chunk[0] < 64 else _decode_count(bytes([chunk[0], chunk[2], chunk[3], chunk[1]]))
    return Decimal(units).scaleb(-places)


def _decode_cell(kind: CellKind, chunk: bytes, *, blanks: bool) -> Cell:
    """One cell of *kind* from four bytes; about one in ten is blank or not applicable."""
    if blanks and chunk[0] >= 230:
        return BLANK if chunk[0] < 243 else NOT_APPLICABLE
    if kind is CellKind.COUNT:
        return _decode_count(chunk)
    if kind is CellKind.SIGNED_COUNT:
        value = _decode_count(chunk)
        return -value if chunk[3] & 1 else value
    if kind is CellKind.MONEY:
        return _decode_money(chunk)
    return Amount(value=_decode_money(chunk), unit=("元", "万元", "亿元")[chunk[3] % 3])


def cell_values(kinds: tuple[CellKind, ...], *, blanks: bool = True) -> st.SearchStrategy[tuple[Cell, ...]]:
    """Cells for columns of *kinds*, drawn as one block of bytes (fast for whole tables; shrinks to zeros)."""
    size = 4 * len(kinds)
    return st.binary(min_size=size, max_size=size).map(
        lambda data: tuple(_decode_cell(kind, data[4 * i : 4 * i + 4], blanks=blanks) for i, kind in enumerate(kinds))
    )


@st.composite
def tables(draw: st.DrawFn, spec: TableSpec, *, blanks: bool = True) -> Table:
    """Any table of *spec*: arbitrary cells, totals not necessarily right."""
    kinds = tuple(column.kind for _row, column in spec.iter_cells())
    return Table(spec=spec, cells=draw(cell_values(kinds, blanks=blanks)))


@st.composite
def consistent_requests(draw: st.DrawFn, version: FormatVersion) -> Table:
    """Table 三 from the builder: every total right, carry-forward non-negative."""
    spec = layout_for(version).requests
    rows = leaf_rows(spec)
    values = draw(cell_values((CellKind.COUNT,) * (6 * len(rows) + 12), blanks=False))
    counts_by_row = {row: list(values[6 * i : 6 * i + 6]) for i, row in enumerate(rows)}
    # Received enough requests to have handled them all, possibly with some left over.
    handled = [sum(counts_by_row[row][i] for row in spec.row("total_handled").sums) for i in range(6)]
    received = list(values[-12:-6])
    carried = [max(0, h - r) + extra % 8 for h, r, extra in zip(handled, received, values[-6:])]
    counts_by_row["new_requests"] = received
    counts_by_row["carried_over"] = carried
    return build_requests(counts_by_row, version=version)


consistent_reviews = cell_values((CellKind.COUNT,) * 12, blanks=False).map(
    lambda v: build_reviews({"review": v[0:4], "litigation_direct": v[4:8], "litigation_after_review": v[8:12]})
)


@st.composite
def disclosures(draw: st.DrawFn, version: FormatVersion, *, blanks: bool = True) -> Table:
    """Table 二 of *version* with cells of the right kinds."""
    spec = layout_for(version).disclosure
    rows = {
        row.key: draw(cell_values(tuple(column.kind for column in block.columns), blanks=blanks))
        for block in spec.blocks
        for row in block.rows
    }
    return build_disclosure(rows, version=version)


topics = st.builds(
    Topic,
    key=st.one_of(st.none(), st.sampled_from([t.key for t in layout_for("2021").topics])),
    title=short_texts,
    text=prose,
)
channels = st.builds(
    Channel,
    name=short_texts,
    kind=st.sampled_from(ChannelKind),
    counts=st.lists(
        st.builds(ChannelCount, count=counts, unit=st.sampled_from(["", "条", "篇", "件", "期"]), subject=short_texts),
        max_size=3,
    ).map(tuple),
)
fees = st.builds(
    ProcessingFees,
    notices=st.one_of(counts, st.just(BLANK)),
    notified=st.one_of(money(max_places=2), st.just(BLANK)),
    collected=st.one_of(money(max_places=2), st.just(BLANK)),
)
bodies = st.builds(Body, name=short_texts, kind=st.sampled_from(BodyKind))
dates = st.dates(min_value=dt.date(2019, 1, 1), max_value=dt.date(2099, 12, 31))


def _years(version: FormatVersion) -> st.SearchStrategy[int]:
    return st.integers(2019, 2020) if version is FormatVersion.V2019 else st.integers(2021, 2099)


@st.composite
def reports(draw: st.DrawFn, version: FormatVersion | None = None) -> AnnualReport:
    """Any report: cells of the right kinds but totals and prose not necessarily consistent."""
    version = version or draw(st.sampled_from(VERSIONS))
    layout = layout_for(version)
    other = layout_for(FormatVersion.V2019 if version is FormatVersion.V2021 else FormatVersion.V2021)
    # Mostly the report's own format; sometimes a table of the other format (a mixed report).
    requests_spec = draw(st.sampled_from([layout.requests] * 4 + [other.requests]))
    return AnnualReport(
        body=draw(bodies),
        year=draw(st.one_of(_years(version), st.integers(1949, 9999))),
        format=version,
        published=draw(st.one_of(st.none(), dates)),
        title=draw(short_texts),
        preamble=draw(prose),
        headings=draw(st.one_of(st.none(), st.lists(short_texts, max_size=7).map(tuple))),
        overview=Overview(
            text=draw(prose),
            topics=tuple(draw(st.lists(topics, max_size=6))),
            channels=tuple(draw(st.lists(channels, max_size=3))),
        ),
        disclosure=draw(st.one_of(st.none(), tables(layout.disclosure), tables(other.disclosure))),
        disclosure_text=draw(prose),
        requests=draw(st.one_of(st.none(), tables(requests_spec))),
        requests_text=draw(prose),
        reviews=draw(st.one_of(st.none(), tables(layout.reviews))),
        reviews_text=draw(prose),
        improvements=Improvements(
            text=draw(prose),
            problems=tuple(draw(st.lists(short_texts, max_size=3))),
            remedies=tuple(draw(st.lists(short_texts, max_size=3))),
        ),
        other_matters=OtherMatters(text=draw(prose), fees=draw(st.one_of(st.none(), fees))),
    )


@st.composite
def consistent_reports(draw: st.DrawFn, version: FormatVersion | None = None) -> AnnualReport:
    """Reports whose tables come from the builders: totals right, no blank cell, own format only."""
    version = version or draw(st.sampled_from(VERSIONS))
    return AnnualReport(
        body=draw(bodies),
        year=draw(_years(version)),
        format=version,
        published=draw(st.one_of(st.none(), dates)),
        title=draw(short_texts),
        overview=Overview(text=draw(prose), topics=tuple(draw(st.lists(topics, max_size=6)))),
        disclosure=draw(disclosures(version, blanks=False)),
        requests=draw(consistent_requests(version)),
        reviews=draw(consistent_reviews),
        improvements=Improvements(text=draw(prose)),
        other_matters=OtherMatters(text=draw(prose), fees=draw(st.one_of(st.none(), fees))),
    )
