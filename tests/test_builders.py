"""Builders: every total a builder makes equals the sum it stands for."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govinfo_report.errors import ValidationError
from govinfo_report.layout import FormatVersion, layout_for
from govinfo_report.model import BLANK, NOT_APPLICABLE, Mark, build_requests, build_reviews, leaf_rows
from tests.strategies import consistent_requests, consistent_reviews, disclosures

APPLICANTS = ("natural_person", "commercial_enterprise", "research_institution",
              "social_welfare_organization", "legal_service_institution", "other_organization")  # fmt: skip


@given(st.sampled_from(FormatVersion).flatmap(consistent_requests))
def test_requests_builder_totals_equal_their_sums(table):
    """Table 三 from the builder: row totals, （七）总计 and the 勾稽关系 all hold exactly."""
    spec = table.spec
    for row in spec.rows:
        assert table[row.key, "total"] == sum(table[row.key, c] for c in APPLICANTS)
    groups = {g.key: g.parent for g in spec.groups}

    def under_results(parent):
        while parent is not None:
            if parent == "results":
                return True
            parent = groups.get(parent)
        return False

    result_rows = [r.key for r in spec.rows if under_results(r.parent) and r.key != "total_handled"]
    assert len(result_rows) == (21 if spec.version is FormatVersion.V2021 else 19)
    assert set(result_rows) == set(spec.row("total_handled").sums)
    for column in (*APPLICANTS, "total"):
        assert table["total_handled", column] == sum(table[r, column] for r in result_rows)
        assert table["new_requests", column] + table["carried_over", column] == (
            table["total_handled", column] + table["carried_forward", column]
        )
        assert table["carried_forward", column] >= 0


@given(consistent_reviews)
def test_reviews_builder_totals_equal_their_sums(table):
    """Table 四 from the builder: each group's 总计 is 维持 + 纠正 + 其他 + 尚未审结."""
    for group in ("review", "litigation_direct", "litigation_after_review"):
        parts = [table[group, c] for c in ("upheld", "corrected", "other", "pending")]
        assert table[group, "total"] == sum(parts)


@given(st.sampled_from(FormatVersion).flatmap(disclosures))
def test_disclosure_builder_keeps_every_given_cell(table):
    """Table 二 has no totals: the builder keeps every cell as given, in the right place."""
    assert len(table.cells) == len(table.spec.cells)


def _zeros(version="2021"):
    return {row: [0] * 6 for row in leaf_rows(layout_for(version).requests)}


def test_requests_builder_refuses_more_handled_than_received():
    """Handling more than received plus carried over is refused, naming the column's path."""
    counts = _zeros()
    counts["granted"] = [1, 0, 0, 0, 0, 0]
    with pytest.raises(ValidationError) as info:
        build_requests(counts)
    assert info.value.paths == ("$.requests.carried_forward.natural_person",)


def test_requests_builder_lists_every_missing_row():
    """Leaving out leaf rows is an error that lists each of them: nothing is assumed zero."""
    counts = _zeros()
    del counts["granted"], counts["other_other"]
    with pytest.raises(ValidationError) as info:
        build_requests(counts)
    assert info.value.paths == ("$.requests.granted", "$.requests.other_other")


def test_requests_builder_refuses_derived_rows_and_wrong_lengths():
    """Totals cannot be given to the builder, and each row needs six values."""
    counts = _zeros()
    counts["total_handled"] = [0] * 6
    counts["granted"] = [0] * 7
    with pytest.raises(ValidationError) as info:
        build_requests(counts)
    assert set(info.value.paths) == {"$.requests.total_handled", "$.requests.granted"}


def test_requests_builder_accepts_labels_and_column_mappings():
    """Rows may be named by official label and given as a mapping by column label."""
    counts = _zeros()
    del counts["granted"]
    counts["（一）予以公开"] = {
        "自然人": 2,
        "商业企业": 0,
        "科研机构": 0,
        "社会公益组织": 0,
        "法律服务机构": 0,
        "其他": 1,
    }
    counts["new_requests"] = [2, 0, 0, 0, 0, 1]
    table = build_requests(counts)
    assert table["granted", "total"] == 3
    assert table["carried_forward", "total"] == 0


def test_blank_leaf_makes_its_totals_blank_not_zero():
    """A blank leaf makes the totals over it blank: the builder never invents a number."""
    counts = _zeros()
    counts["granted"] = [BLANK, 0, 0, 0, 0, 0]
    table = build_requests(counts)
    assert table["granted", "total"] is BLANK
    assert table["total_handled", "natural_person"] is BLANK
    assert table["carried_forward", "natural_person"] is BLANK
    assert table["total_handled", "commercial_enterprise"] == 0


def test_not_applicable_leaf_makes_totals_blank():
    """A not-applicable part also leaves the total blank (it cannot be summed)."""
    table = build_reviews(
        {"review": [NOT_APPLICABLE, 0, 0, 0], "litigation_direct": [0] * 4, "litigation_after_review": [0] * 4}
    )
    assert type(table["review", "total"]) is Mark
    assert table["litigation_direct", "total"] == 0


def test_2019_builder_uses_the_single_other_handling_row():
    """The 2019 builder takes （六）其他处理 as one leaf row."""
    counts = _zeros("2019")
    counts["other_handling"] = [1, 0, 0, 0, 0, 0]
    counts["new_requests"] = [1, 0, 0, 0, 0, 0]
    table = build_requests(counts, version="2019")
    assert table["（六）其他处理", "总计"] == 1
    assert table["total_handled", "total"] == 1
