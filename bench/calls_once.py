"""Run N calls of one measured operation, for instruction counts under callgrind.

Run: python3 bench/calls_once.py OPERATION N

Operations on the report of bench_rules.py: ``round-trip`` (``from_json(to_json(r))``),
``check``, ``check-previous``, ``check-arithmetic``, ``check-no-prose`` (every rule but X6xx). On a sample of tests/data:
``parse:NAME`` (``parse_text``) and ``pipeline:NAME`` (parse, check and ``to_json``).

bench/instructions.sh runs this with N = 1 and N = 11 and takes the difference, so
that start-up and the first call (which fills the regex caches) do not count.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import govinfo_report as gr
from govinfo_report.parse import parse_text
from govinfo_report.rules import check

if TYPE_CHECKING:
    from collections.abc import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_rules import _report

HERE = Path(__file__).resolve().parent


def operation(name: str) -> Callable[[], object]:
    """The call that *name* stands for."""
    kind, _, sample = name.partition(":")
    if sample:
        text = (HERE.parent / "tests" / "data" / sample).read_text(encoding="utf-8")
        if kind == "parse":
            return lambda: parse_text(text)
        if kind == "pipeline":
            return lambda: gr.to_json(check_report(parse_text(text).report))
    report = _report(2024, 31, [5] * 6)
    previous = _report(2023, 29, [34, 0, 0, 0, 0, 0])
    calls: dict[str, Callable[[], object]] = {
        "round-trip": lambda: gr.from_json(gr.to_json(report)),
        "check": lambda: check(report),
        "check-previous": lambda: check(report, previous=previous),
        "check-arithmetic": lambda: check(report, select=("T",)),
        "check-no-prose": lambda: check(report, ignore=("X",)),
    }
    if name not in calls:
        raise SystemExit(f"unknown operation {name!r}")
    return calls[name]


def check_report(report: gr.AnnualReport) -> gr.AnnualReport:
    check(report)
    return report


def main() -> None:
    call, count = operation(sys.argv[1]), int(sys.argv[2])
    call()
    for _ in range(count):
        call()


if __name__ == "__main__":
    main()
