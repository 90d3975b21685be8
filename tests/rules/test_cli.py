"""The ``govinfo-report check`` command: output, languages, JSON, exit statuses."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

import attrs
import pytest

from govinfo_report.cli import _check
from govinfo_report.model import Overview
from govinfo_report.rules._examples import failing_example, sound_pair
from govinfo_report.serialize import to_json

if TYPE_CHECKING:
    from govinfo_report.model import AnnualReport

HUAIAN = str(Path(__file__).resolve().parents[1] / "data" / "huaian-city-2024.json")


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="govinfo-report")
    _check.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["check", *argv])
    return args.run(args)  # type: ignore[no-any-return]


def write(tmp_path: Path, name: str, report: AnnualReport) -> str:
    path = tmp_path / name
    path.write_text(to_json(report), encoding="utf-8")
    return str(path)


def test_a_consistent_report_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    """No error-level failure: exit 0, warnings shown by section in Chinese, a summary line."""
    assert run(HUAIAN) == 0
    out = capsys.readouterr().out
    assert "一、总体情况" in out
    assert "S109 警告" in out
    assert out.rstrip().splitlines()[-1].startswith("汇总：1 份报告，0 份有错误")


def test_an_error_exits_one_and_names_the_cell(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An error-level failure: exit 1; the line states the numbers and the cell's path."""
    report, _ = failing_example("T302")
    assert run(write(tmp_path, "bad.json", report)) == 1
    out = capsys.readouterr().out
    assert "✗ T302 错误 （七）总计 自然人 列：2514 ≠ 2520（差 6）  $.requests.granted.natural_person" in out
    assert "三、收到和处理政府信息公开申请情况" in out


def test_english_and_more_statuses(capsys: pytest.CaptureFixture[str]) -> None:
    """--lang en prints English messages; --show adds not-assessable findings."""
    assert run(HUAIAN, "--lang", "en", "--show", "fail,not_assessable") == 0
    out = capsys.readouterr().out
    assert "? S105 warning the publication date is not known" in out
    assert "summary: 1 reports, 0 with errors" in out


def test_json_output_for_machines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--format json gives every finding as data, with the catalogue version and counts per report."""
    report, previous = sound_pair()
    assert (
        run(write(tmp_path, "r.json", report), "--previous", write(tmp_path, "p.json", previous), "--format", "json")
        == 0
    )
    document = json.loads(capsys.readouterr().out)
    assert document["catalogue_version"]
    (entry,) = document["reports"]
    assert entry["counts"]["errors"] == 0
    assert {f["code"] for f in entry["findings"]} >= {"T301", "Y501", "X601"}
    assert document["summary"]["reports"] == 1


def test_unreadable_input_exits_two_and_the_rest_is_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing or broken file: exit 2, the reason on stderr, the other files still checked."""
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    assert run(str(tmp_path / "missing.json"), str(broken), HUAIAN) == 2
    captured = capsys.readouterr()
    assert "missing.json" in captured.err
    assert "broken.json" in captured.err
    assert "淮安市人民政府" in captured.out
    assert "2 个文件无法读取" in captured.out


def test_many_files_and_a_series(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Several files are checked in one call; --series checks each year against the one before."""
    report, previous = sound_pair()
    assert previous.requests is not None
    fewer = {
        (row, column): previous.requests[row, column] - 4  # type: ignore[operator]
        for row in ("new_requests", "carried_forward")
        for column in ("natural_person", "total")
    }
    previous = attrs.evolve(  # consistent in itself, but it carries 4 fewer requests forward
        previous, requests=previous.requests.with_cells(fewer), overview=Overview(text=previous.overview.text)
    )
    files = [write(tmp_path, "2024.json", report), write(tmp_path, "2023.json", previous)]
    assert run(*files) == 0
    assert "汇总：2 份报告" in capsys.readouterr().out
    assert run(*files, "--series") == 1
    assert "Y501" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [
        ("--select", "Z9"),
        ("--show", "maybe"),
        (HUAIAN, "--previous", HUAIAN),
    ],
)
def test_bad_options_exit_two(argv: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown rule code, an unknown status or --previous with two files: exit 2 with a message."""
    assert run(HUAIAN, *argv) == 2
    assert "govinfo-report check" in capsys.readouterr().err


def test_selection_and_escalation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--escalate turns a warning into an error (exit 1); --ignore leaves the rule out (exit 0)."""
    report, _ = failing_example("S103")
    path = write(tmp_path, "r.json", report)
    assert run(path) == 0
    assert run(path, "--escalate", "S103") == 1
    assert run(path, "--strict", "--ignore", "S103") == 0
    capsys.readouterr()
