"""Rendering a full 2021 report as text, Markdown and HTML, against two floors.

Run: python3 bench/bench_render.py [--quick]

The peers do less and say how far from the floor the renderers are: the
library's own ``to_json`` of the same report (lossless, no layout), and a bare
renderer that prints the headings, the prose and every cell with ``str`` and
tabs (no escapes, no header rows, no Chinese number formatting).
"""

from __future__ import annotations

import argparse
import statistics
import timeit
from pathlib import Path

import attrs

import govinfo_report as gr
from govinfo_report.render import render_html, render_markdown, render_text

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "example-district-2024.json"


def full_report() -> gr.AnnualReport:
    """The consistent 2021 example, with 10 KB of prose spread over its sections."""
    report = gr.from_json(EXAMPLE.read_text(encoding="utf-8"))
    prose = "全年主动公开政府信息，持续深化政务公开标准化规范化建设。\n" * 60
    return attrs.evolve(report, overview=attrs.evolve(report.overview, text=prose), requests_text=prose[:300])


def bare_text(report: gr.AnnualReport) -> str:
    """The floor: headings, prose and cells with str(), nothing escaped or formatted."""
    lines = [report.title, report.preamble]
    for section in report.layout.sections:
        lines.append(section.heading)
    lines.append(report.overview.text)
    for table in report.tables:
        if table is not None:
            lines.extend("\t".join((row, column, str(value))) for row, column, value in table)
    return "\n".join(lines)


def median_time(func, number: int, repeat: int) -> float:
    return statistics.median(timeit.repeat(func, number=number, repeat=repeat)) / number


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args()
    number, repeat = (20, 3) if args.quick else (200, 7)

    report = full_report()
    floors = {
        "to_json": median_time(lambda: gr.to_json(report), number, repeat),
        "bare str() renderer": median_time(lambda: bare_text(report), number, repeat),
    }
    print(f"{'':22}{'bytes':>8}{'µs':>10}" + "".join(f"{'÷ ' + name:>24}" for name in floors))
    for name, render in (
        ("render_text", render_text),
        ("render_markdown", render_markdown),
        ("render_html", render_html),
    ):
        size = len(render(report).encode("utf-8"))
        spent = median_time(lambda render=render: render(report), number, repeat)
        ratios = "".join(f"{spent / floor:24.1f}" for floor in floors.values())
        print(f"{name:22}{size:8}{spent * 1e6:10.0f}{ratios}")
    for name, floor in floors.items():
        print(f"{name:22}{'':8}{floor * 1e6:10.0f}")


if __name__ == "__main__":
    main()
