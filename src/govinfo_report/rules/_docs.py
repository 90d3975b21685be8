"""The catalogue as a documentation page: one section per rule, with a failing example.

The page is made from :data:`~govinfo_report.rules.CATALOGUE` and from the
findings the examples of :mod:`._examples` produce, so it cannot drift from the
code. The benchmark figures are measured, not derived: they are passed in.

>>> page = catalogue_page("(figures)")
>>> page.splitlines()[0], "## T303" in page, "(figures)" in page
('# Rule catalogue', True, True)
"""

from __future__ import annotations

from types import MappingProxyType

from govinfo_report.numbers import to_chinese
from govinfo_report.rules._catalogue import CATALOGUE, Rule
from govinfo_report.rules._engine import check
from govinfo_report.rules._examples import failing_example
from govinfo_report.rules._finding import Reason, Severity, Status

__all__ = ["BENCHMARK_END", "BENCHMARK_START", "catalogue_page"]

BENCHMARK_START = "<!-- benchmark -->"
BENCHMARK_END = "<!-- /benchmark -->"

_INTRO = """\
# Rule catalogue

Catalogue version **{version}**, {count} rules. Each rule has a stable code, a severity, a title in
Chinese and English and a formula. Codes: `S1xx` structure of the report, `T3xx`/`T4xx` the tables of
sections 三 and 四, `Y5xx` comparisons with last year's report, `X6xx` the prose against the tables.

`check(report, previous=...)` applies the catalogue and returns every finding, passes included (an
audit trail), sorted by section, code and place; `failures(findings)` keeps the failures, which is
what displays show by default. Each finding has a status:

- **pass** and **fail**: the rule could be applied;
- **not assessable**: an input is missing, and the finding says which (`reason`): {reasons}.
  A rule never passes for want of data.

A finding names the cells it read with the paths of serialization errors
(`$.requests.granted.natural_person`; cells of last year's report in `previous_paths`), gives the
two sides of the formula in `values` and their difference (left − right) in `difference`; a prose
rule quotes the text it read (`span`). Counts are compared exactly; amounts of money may differ by
`money_tolerance` (default 0). Rules are chosen by code or prefix (`select="T3"`,
`ignore=("S102",)`); `escalate=("S1",)` or `strict=True` treat warnings as errors.

```python
>>> from govinfo_report.rules import check, failures
>>> from govinfo_report.rules._examples import failing_example
>>> report, previous = failing_example("T302")  # （七）总计 自然人 set to 2520
>>> for finding in failures(check(report, previous=previous)):
...     print(finding.code, finding.message)
T301 （七）总计 行：各类申请人之和 2624 ≠ 总计 2618（差 6）
T302 （七）总计 自然人 列：2514 ≠ 2520（差 6）
T303 自然人 列：一 + 二 = 2617 ≠ （七） + 四 = 2623（差 6）

```

On the command line: `govinfo-report check report.json --previous last-year.json` prints the
failures by section (`--lang en` in English, `--show all` with passes, `--format json` for
machines); the exit status is 1 when an error-level rule fails, 2 when a file cannot be read.

## Cost

{start}
{benchmark}
{end}
"""

_SECTION = MappingProxyType({0: "the report as a whole"})


def _where(rule: Rule) -> str:
    return _SECTION.get(rule.section, f"section {to_chinese(rule.section)}")


def _example(rule: Rule) -> str:
    report, previous = failing_example(rule.code)
    failed = [f for f in check(report, previous=previous, select=rule.code) if f.status is Status.FAIL]
    lines = [f"✗ {f.code} {f.message}\n  {f.message_en}" for f in failed[:2]]
    if len(failed) > 2:
        lines.append(f"… and {len(failed) - 2} more")
    return "\n".join(lines)


def _rule(rule: Rule) -> str:
    severity = "error" if rule.severity is Severity.ERROR else "warning"
    needs = " · needs last year's report" if rule.needs_previous else ""
    return (
        f"### {rule.code} {rule.title_zh}\n\n"
        f"*{rule.title_en}* · {severity} · {_where(rule)}{needs}\n\n"
        f"**Formula:** {rule.formula}\n\n"
        f"{rule.rationale}\n\n"
        f"**Failing example:** {rule.example}.\n\n"
        f"```text\n{_example(rule)}\n```\n"
    )


def catalogue_page(benchmark: str) -> str:
    """The Markdown page of the catalogue, with *benchmark* as the text of the cost section."""
    reasons = ", ".join(f"`{reason.value}`" for reason in Reason)
    intro = _INTRO.format(
        version=CATALOGUE.version,
        count=len(CATALOGUE),
        reasons=reasons,
        start=BENCHMARK_START,
        end=BENCHMARK_END,
        benchmark=benchmark.strip(),
    )
    families = (
        ("S", "Structure"),
        ("T", "Tables"),
        ("Y", "Last year's report"),
        ("X", "Prose against the tables"),
    )
    parts = [intro]
    for letter, title in families:
        parts.append(f"\n## {title}\n")
        parts.extend("\n" + _rule(rule) for rule in CATALOGUE if rule.code.startswith(letter))
    return "".join(parts).rstrip() + "\n"
