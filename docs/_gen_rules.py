# ruff: noqa: INP001 - a script beside the pages it writes, not a package
"""Write docs/rules.md from the rule catalogue (``--check``: only say whether it is up to date).

The cost section (benchmark figures) is kept from the existing page: update it by
hand from ``bench/bench_rules.py``.

Run: ``.venv/bin/python docs/_gen_rules.py [--check]``
"""

from __future__ import annotations

import sys
from pathlib import Path

from govinfo_report.rules._docs import BENCHMARK_END, BENCHMARK_START, catalogue_page

PAGE = Path(__file__).with_name("rules.md")
NO_FIGURES = "Not measured yet: run `bench/bench_rules.py`."


def benchmark_text(page: str) -> str:
    """The cost section of an existing page, or a placeholder."""
    start, end = page.find(BENCHMARK_START), page.find(BENCHMARK_END)
    if start < 0 or end < start:
        return NO_FIGURES
    return page[start + len(BENCHMARK_START) : end].strip() or NO_FIGURES


def expected_page() -> str:
    """The page as the catalogue makes it today."""
    current = PAGE.read_text(encoding="utf-8") if PAGE.exists() else ""
    return catalogue_page(benchmark_text(current))


def main(argv: list[str]) -> int:
    page = expected_page()
    if "--check" in argv:
        current = PAGE.read_text(encoding="utf-8") if PAGE.exists() else ""
        if current != page:
            sys.stderr.write(f"{PAGE} is out of date: run docs/_gen_rules.py\n")
            return 1
        return 0
    PAGE.write_text(page, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
