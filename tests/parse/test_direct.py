"""The direct reading of plain tab-separated tables equals the general reading of their tokens."""

from __future__ import annotations

from pathlib import Path

import pytest

from govinfo_report.layout import FormatVersion, layout_for
from govinfo_report.parse import _table4
from govinfo_report.parse._direct import read_direct
from govinfo_report.parse._lines import Source
from govinfo_report.parse._published import _regions, _table_start
from govinfo_report.parse._sections import find_headings
from govinfo_report.parse._table import _perfect, align_tokens, read_best
from govinfo_report.parse._tokens import tokenize

DATA = Path(__file__).resolve().parent.parent / "data"
HUAIAN = (DATA / "huaian-city-2024.txt").read_text(encoding="utf-8")
GOLMUD = (DATA / "golmud-dongcheng-2024.txt").read_text(encoding="utf-8")

VARIANTS = {
    "huaian": HUAIAN,
    "golmud": GOLMUD,
    "huaian-row-lost": HUAIAN.replace("\t\t5.属于三类内部事务信息\t7\t1\t0\t0\t0\t0\t8\n", ""),
    "huaian-extra-cell": HUAIAN.replace(
        "\t\t4.保护第三方合法权益\t6\t0\t0\t0\t0\t0\t6\n", "\t\t4.保护第三方合法权益\t6\t0\t0\t0\t0\t0\t6\t9\n"
    ),
    "huaian-typo": HUAIAN.replace("2.其他法律行政法规禁止公开", "2.其他法律行政法规禁上公开"),
    "huaian-blank-cell": HUAIAN.replace(
        "\t\t2.重复申请\t25\t0\t0\t0\t0\t0\t25", "\t\t2.重复申请\t25\t\t0\t0\t0\t0\t25"
    ),
    "huaian-spaces": HUAIAN.replace("\t", " "),
    "huaian-cut": HUAIAN[: HUAIAN.index("\t\t6.属于四类过程性信息")]
    + HUAIAN[HUAIAN.index("四、政府信息公开行政复议") :],
    "huaian-skip": HUAIAN[: HUAIAN.index("\t\t6.属于四类过程性信息")]
    + HUAIAN[HUAIAN.index("四、结转下年度继续办理") :],
    "huaian-spaced": HUAIAN.replace("\t（三）不予公开\t1.", "\t（三） 不予 公开 \t1."),
    "huaian-spaced-joined": HUAIAN.replace("三、本年度办理结果\t（一）予以公开", "三、本年度办理结果\t（一） 予以公开"),
    "golmud-row-lost": GOLMUD.replace("二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n", ""),
    "golmud-typo": GOLMUD.replace("(一) 予以公开", "(一) 予以公升"),
    "golmud-junk": GOLMUD.replace("(一) 予以公开\t1\t", "(一) 予以公开\t?\t"),
    "golmud-split-row": GOLMUD.replace("(一) 予以公开\t1\t0\t0\t", "(一) 予以公开\t1\t0\t0\n"),
    "golmud-spaced-lead": GOLMUD.replace("(一) 予以公开", " (一)  予以公开 "),
    "golmud-spaced-junk": GOLMUD.replace("(一) 予以公开", "(一) A 予以公开"),
}


def _regions_of(text: str) -> tuple[Source, dict[int, tuple[int, int]]]:
    source = Source.from_text(text)
    spans, _head_end = _regions(source, find_headings(source))
    regions = {}
    for number in (2, 3):
        if number in spans:
            start = _table_start(source, number, *spans[number])
            regions[number] = (start if start is not None else spans[number][0], spans[number][1])
    return source, regions


@pytest.mark.parametrize("name", sorted(VARIANTS))
@pytest.mark.parametrize("version", list(FormatVersion))
def test_direct_reading_is_the_general_one(name: str, version: FormatVersion) -> None:
    source, regions = _regions_of(VARIANTS[name])
    for number, (start, end) in regions.items():
        spec = layout_for(version).disclosure if number == 2 else layout_for(version).requests
        direct = read_direct(source, start, end, spec)
        if direct is None:
            continue
        tokens = tokenize(source.norm[start:end], start)
        assert _perfect(align_tokens(tokens, spec))
        general = read_best(source, tokens, (spec,), version, start)
        assert direct.values == general.values
        assert {k: r.values for k, r in direct.rows.items()} == {k: r.values for k, r in general.rows.items()}
        assert (direct.missing, direct.diagnostics, direct.score) == (
            general.missing,
            general.diagnostics,
            general.score,
        )
        assert (direct.start, direct.end, direct.matches) == (general.start, general.end, general.matches)


def test_plain_tables_are_read_directly() -> None:
    source, regions = _regions_of(HUAIAN)
    layout = layout_for(FormatVersion.V2021)
    assert read_direct(source, *regions[2], layout.disclosure) is not None
    assert read_direct(source, *regions[3], layout.requests) is not None
    spaced, regions = _regions_of(VARIANTS["huaian-spaces"])
    assert read_direct(spaced, *regions[3], layout.requests) is None
    for name in ("golmud", "golmud-row-lost", "golmud-spaced-lead", "huaian-cut", "huaian-spaced"):
        source, regions = _regions_of(VARIANTS[name])
        assert read_direct(source, *regions[3], layout.requests) is not None, name
    for name in ("golmud-typo", "golmud-junk", "golmud-split-row", "golmud-spaced-junk", "huaian-spaced-joined"):
        source, regions = _regions_of(VARIANTS[name])
        assert read_direct(source, *regions[3], layout.requests) is None, name


HUAIAN_REVIEWS = "72\t64\t178\t37\t351\t13\t4\t8\t1\t26\t12\t1\t1\t6\t20\n"
REVIEW_VARIANTS = {
    "huaian": HUAIAN,
    "golmud": GOLMUD,
    "reviews-row-lost": HUAIAN.replace(HUAIAN_REVIEWS, ""),
    "reviews-typo": HUAIAN.replace("结果纠正\t其他结果", "结果纠王\t其他结果", 1),
    "reviews-junk": HUAIAN.replace(HUAIAN_REVIEWS, HUAIAN_REVIEWS.replace("\t178\t", "\t?\t")),
    "reviews-cut": HUAIAN.replace(HUAIAN_REVIEWS, HUAIAN_REVIEWS.replace("\t13\t", "\n13\t")),
    "reviews-blank": HUAIAN.replace(HUAIAN_REVIEWS, HUAIAN_REVIEWS.replace("\t178\t", "\t\t")),
    "reviews-extra": HUAIAN.replace(HUAIAN_REVIEWS, HUAIAN_REVIEWS.replace("\t20\n", "\t20\t7\n")),
    "reviews-short": HUAIAN.replace(HUAIAN_REVIEWS, HUAIAN_REVIEWS.replace("\t20\n", "\n")),
    "reviews-padded": HUAIAN.replace(HUAIAN_REVIEWS, "\t" + HUAIAN_REVIEWS.replace("\n", "\t\n")),
    "reviews-header-lost": HUAIAN.replace(
        "行政复议\t\t\t\t\t行政诉讼", "政府信息公开行政复议、行政诉讼情况如下。\n\t\t\t\t\t行政诉讼"
    ),
    "reviews-note": HUAIAN.replace(HUAIAN_REVIEWS, HUAIAN_REVIEWS + "注：无。\n"),
    "reviews-more-values": HUAIAN.replace(HUAIAN_REVIEWS, HUAIAN_REVIEWS + "1\t2\n"),
    "reviews-spaces": HUAIAN.replace(HUAIAN_REVIEWS, HUAIAN_REVIEWS.replace("\t", " ")),
    "reviews-spaced-junk": GOLMUD.replace("结果 纠正", "结果 A", 1),
    "reviews-spaced-lead": GOLMUD.replace("\t\t\t\t总计\t", "\t\t\t\t 总计\t", 1),
    "reviews-spaced-typo": GOLMUD.replace("尚 未 审 结", "尚 未 宙 结", 1),
}


def _reviews_region(text: str) -> tuple[Source, int, int]:
    source = Source.from_text(text)
    spans, _head_end = _regions(source, find_headings(source))
    start, end = spans[4]
    at = _table_start(source, 4, start, end)
    return source, at if at is not None else start, end


@pytest.mark.parametrize("name", sorted(REVIEW_VARIANTS))
def test_plain_review_row_is_read_as_its_tokens(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    source, start, end = _reviews_region(REVIEW_VARIANTS[name])
    direct = _table4.read_reviews(source, start, end, None)
    monkeypatch.setattr(_table4, "_plain_row", lambda *_: None)
    general = _table4.read_reviews(source, start, end, None)
    assert (direct.table, direct.diagnostics, direct.start, direct.end) == (
        general.table,
        general.diagnostics,
        general.start,
        general.end,
    )


def test_plain_review_rows_are_read_directly() -> None:
    direct = (
        "huaian",
        "golmud",
        "reviews-typo",
        "reviews-blank",
        "reviews-padded",
        "reviews-note",
        "reviews-spaced-lead",
    )
    for name in direct:
        source, start, end = _reviews_region(REVIEW_VARIANTS[name])
        assert _table4._plain_row(source.norm, start, end) is not None, name
    general = ("reviews-row-lost", "reviews-junk", "reviews-cut", "reviews-more-values", "reviews-spaces")
    for name in (*general, "reviews-spaced-junk"):
        source, start, end = _reviews_region(REVIEW_VARIANTS[name])
        assert _table4._plain_row(source.norm, start, end) is None, name


def test_printed_format_reads_the_headers_as_normalized() -> None:
    from govinfo_report.layout import _FULLWIDTH
    from govinfo_report.parse._table2 import _folded_format, _printed_format
    from govinfo_report.parse._tokens import LETTER

    # normalize_label neither changes a Chinese character nor makes one from another character.
    assert not any(LETTER.search(chr(key)) or LETTER.search(value or "") for key, value in _FULLWIDTH.items())
    source, regions = _regions_of(HUAIAN)
    table = source.norm[slice(*regions[2])]
    for text in (
        table,
        table.replace("本年制发件数", "本年制 发件数"),
        table.replace("本年制发件数", "本年制\t发件数"),
        table + "本年新 制作数量",
        table + "采购项目数量",
        table.replace("本年收费金额（单位：万元）", "本年收费金额(单位:万元)"),
        "",
    ):
        assert _printed_format(text) == _folded_format(text)
