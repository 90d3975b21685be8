"""``govinfo-report parse``: JSON out, diagnostics on standard error, exit 2 for unreadable input."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest

from govinfo_report.cli import _parse
from govinfo_report.cli._io import UnreadableInputError, read_report
from govinfo_report.serialize import from_json

DATA = Path(__file__).parent.parent / "data"
HUAIAN = DATA / "huaian-city-2024.txt"
GOLMUD = DATA / "golmud-dongcheng-2024.txt"


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="govinfo-report")
    _parse.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["parse", *argv])
    return args.run(args)


def test_one_file_prints_the_report_as_json(capsys):
    """One file: its report as indented JSON on standard output, exit 0, nothing on standard error."""
    assert run(str(HUAIAN)) == 0
    out, err = capsys.readouterr()
    report = from_json(out)
    assert report.requests["total_handled", "total"] == 3050
    assert out.startswith("{\n")
    assert err == ""


def test_many_files_print_json_lines_and_diagnostics(capsys):
    """Several files: one JSON report per line; each diagnostic on standard error with file and line."""
    assert run(str(HUAIAN), str(GOLMUD)) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert len(lines) == 2
    assert json.loads(lines[1])["year"] == 2024
    assert f"{GOLMUD}:49:23: table_incomplete:" in err
    assert "[$.requests.carried_forward]" in err


def test_unreadable_file_exits_2_and_the_others_are_still_parsed(capsys, tmp_path):
    """A missing file and a text with no structure are reported, exit 2, the good file still printed."""
    junk = tmp_path / "junk.txt"
    junk.write_text("与年报无关。", encoding="utf-8")
    assert run(str(tmp_path / "missing.txt"), str(junk), str(HUAIAN), "-q") == 2
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1
    assert "missing.txt: cannot read" in err
    assert "junk.txt: no section heading" in err


def test_standard_input_and_html(capsys, monkeypatch):
    """- reads standard input; HTML is told by its first character."""
    page = (
        "<html><body><p>某镇人民政府2023年度政府信息公开工作年度报告</p><p>一、总体情况</p><p>正文。</p></body></html>"
    )
    monkeypatch.setattr("sys.stdin", io.StringIO(page))
    assert run("-", "-q") == 0
    assert from_json(capsys.readouterr().out).body.name == "某镇人民政府"


def test_output_file(tmp_path, capsys):
    """-o writes the JSON to a file."""
    target = tmp_path / "out.json"
    assert run(str(HUAIAN), "-o", str(target)) == 0
    assert from_json(target.read_text(encoding="utf-8")).year == 2024
    assert capsys.readouterr().out == ""


def test_read_report_accepts_published_files(tmp_path):
    """The commands' read_report parses .txt, .html and .md files and still reads JSON."""
    assert read_report(str(HUAIAN)).body.name == "淮安市人民政府"
    page = tmp_path / "report.htm"
    page.write_text("<p>某局2022年度政府信息公开工作年度报告</p><p>一、总体情况</p><p>正文。</p>", encoding="utf-8")
    assert read_report(str(page)).year == 2022
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(UnreadableInputError, match=r"empty\.txt"):
        read_report(str(empty))
