"""The shipped examples load, and say what their sources say."""

from __future__ import annotations

from pathlib import Path

import pytest

import govinfo_report as gr
from govinfo_report.cli import main
from govinfo_report.model import BLANK

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def load(name: str) -> gr.AnnualReport:
    return gr.from_json((EXAMPLES / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.name)
def test_every_example_is_valid_against_model_and_schema(path):
    """Each example reads into the model and validates against the JSON Schema."""
    jsonschema = pytest.importorskip("jsonschema")
    report = gr.from_json(path.read_text(encoding="utf-8"))
    jsonschema.validate(gr.to_dict(report), gr.json_schema())


def test_golmud_keeps_what_the_pdf_printed_and_blanks_what_it_lost():
    """Golmud 2024: table 三 stops after （一）; the lost rows are blank, not zero; 四's heading is lost."""
    report = load("golmud-dongcheng-2024.json")
    table = report.requests
    assert table["new_requests", "total"] == 1
    assert table["granted", "natural_person"] == 1
    lost = [row.key for row in table.spec.rows if all(table[row.key, c.key] is BLANK for c in table.spec.columns)]
    assert lost[0] == "partially_granted"
    assert len(lost) == 22
    assert report.headings is not None
    assert all(not h.startswith("四、") for h in report.headings)
    assert report.other_matters.fees is None


def test_own_examples_have_consistent_totals():
    """The two examples of our making: 一 + 二 = （七）总计 + 四 in every column."""
    for name in ("example-district-2024.json", "example-department-2020.json"):
        table = load(name).requests
        for column in table.spec.columns:
            assert table["new_requests", column.key] + table["carried_over", column.key] == (
                table["total_handled", column.key] + table["carried_forward", column.key]
            )


def test_summary_command_validates_and_summarizes(capsys):
    """`govinfo-report summary` prints each file's body and totals and exits 0."""
    status = main(["summary", str(EXAMPLES / "golmud-dongcheng-2024.json")])
    out = capsys.readouterr().out
    assert status == 0
    assert "格尔木市东城区行政委员会 2024年度 (2021 format)" in out
    assert "table 三 has 154 blank cells" in out


def test_summary_command_exits_2_on_unreadable_input(tmp_path, capsys):
    """A file that is not a valid report exits 2 with the file and the problem named."""
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "2021", "year": "x"}', encoding="utf-8")
    assert main(["summary", str(bad), str(tmp_path / "missing.json")]) == 2
    err = capsys.readouterr().err
    assert "bad.json: 2 problems" in err
    assert "$.year: expected an integer" in err
    assert "missing.json: cannot read" in err
