"""The ``render`` subcommand: a report's JSON in, the published layout out."""

from __future__ import annotations

import argparse
import io
import sys
from typing import TYPE_CHECKING

import attrs
import pytest

from govinfo_report.cli import _render
from govinfo_report.render import render_html, render_markdown, render_text
from govinfo_report.serialize import to_json
from tests.render.examples import hostile_report, report_2019, report_2021

if TYPE_CHECKING:
    from pathlib import Path


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="govinfo-report")
    subparsers = parser.add_subparsers(dest="command", required=True)
    _render.register(subparsers)
    args = parser.parse_args(argv)
    status: int = args.run(args)
    return status


@pytest.fixture
def report_file(tmp_path: Path) -> Path:
    path = tmp_path / "report.json"
    path.write_text(to_json(report_2021()), encoding="utf-8")
    return path


@pytest.mark.parametrize(("to", "render"), [("text", render_text), ("md", render_markdown), ("html", render_html)])
def test_render_writes_the_chosen_format_to_a_file(report_file: Path, tmp_path: Path, to: str, render: object) -> None:
    """--to picks the renderer; -o writes UTF-8 bytes exactly as the renderer returns them."""
    output = tmp_path / f"out.{to}"
    assert _run(["render", str(report_file), "--to", to, "-o", str(output)]) == 0
    assert output.read_bytes() == render(report_2021()).encode("utf-8")  # type: ignore[operator]


def test_render_defaults_to_text_on_standard_output(
    report_file: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """Without --to and -o the text layout goes to standard output, unchanged."""
    assert _run(["render", str(report_file)]) == 0
    assert capsysbinary.readouterr().out == render_text(report_2021()).encode("utf-8")


def test_render_reads_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """FILE - reads the report's JSON from standard input."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(to_json(report_2019())))
    assert _run(["render", "-", "--to", "md"]) == 0
    assert capsysbinary.readouterr().out == render_markdown(report_2019()).encode("utf-8")


def test_render_keeps_carriage_returns(tmp_path: Path) -> None:
    """Control characters of the report survive in the HTML output: no newline translation."""
    path = tmp_path / "hostile.json"
    path.write_text(to_json(hostile_report()), encoding="utf-8")
    output = tmp_path / "out.html"
    assert _run(["render", str(path), "--to", "html", "-o", str(output)]) == 0
    assert output.read_bytes().decode("utf-8") == render_html(hostile_report())


def test_unreadable_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing file or invalid JSON: status 2 and a message naming the file, nothing written."""
    missing = tmp_path / "missing.json"
    assert _run(["render", str(missing)]) == 2
    assert "missing.json" in capsys.readouterr().err
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "2021"}', encoding="utf-8")
    output = tmp_path / "out.txt"
    assert _run(["render", str(bad), "-o", str(output)]) == 2
    assert "bad.json" in capsys.readouterr().err
    assert not output.exists()


def test_unwritable_output_exits_2(report_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An output path that cannot be written: status 2 and a message naming it."""
    target = tmp_path / "no-such-dir" / "out.txt"
    assert _run(["render", str(report_file), "-o", str(target)]) == 2
    assert "no-such-dir" in capsys.readouterr().err


def test_unknown_format_is_a_usage_error(report_file: Path) -> None:
    """--to accepts text, md and html only."""
    with pytest.raises(SystemExit) as exit_:
        _run(["render", str(report_file), "--to", "pdf"])
    assert exit_.value.code == 2


def test_text_utf8_cannot_hold_is_refused_for_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A lone surrogate is escaped in text, but HTML has no lossless way: status 2, not a mangled page."""
    report = attrs.evolve(report_2021(), title="坏\ud800字")
    path = tmp_path / "surrogate.json"
    path.write_text(to_json(report).replace("\ud800", "\\ud800"), encoding="utf-8")  # JSON's own escape
    output = tmp_path / "out"
    assert _run(["render", str(path), "--to", "text", "-o", str(output)]) == 0
    assert "坏\\ud800字" in output.read_text(encoding="utf-8")
    assert _run(["render", str(path), "--to", "html", "-o", str(output) + ".html"]) == 2
    assert "UTF-8 cannot encode" in capsys.readouterr().err
