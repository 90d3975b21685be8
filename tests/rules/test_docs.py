"""docs/rules.md is generated from the catalogue and must be up to date."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

from govinfo_report.rules import CATALOGUE

if TYPE_CHECKING:
    from types import ModuleType

DOCS = Path(__file__).resolve().parents[2] / "docs"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_gen_rules", DOCS / "_gen_rules.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_rules_page_is_up_to_date() -> None:
    """docs/rules.md equals what docs/_gen_rules.py makes from the catalogue today."""
    generator = _generator()
    assert (DOCS / "rules.md").read_text(encoding="utf-8") == generator.expected_page()
    assert generator.main(["--check"]) == 0


def test_the_page_has_one_section_per_rule_with_a_failing_example() -> None:
    """Every code has its own section, and each section shows a failure message."""
    page = (DOCS / "rules.md").read_text(encoding="utf-8")
    sections = page.split("\n### ")[1:]
    assert [s.split(" ", 1)[0] for s in sections] == list(CATALOGUE.codes)
    for section in sections:
        assert "**Failing example:**" in section
        assert "\n✗ " in section
    assert f"version **{CATALOGUE.version}**" in page


def test_the_benchmark_figures_are_kept() -> None:
    """The measured figures between the benchmark markers survive regeneration."""
    generator = _generator()
    page = generator.catalogue_page("ratio 0.5")
    assert generator.benchmark_text(page) == "ratio 0.5"
    assert generator.benchmark_text("no markers") == generator.NO_FIGURES
