"""The catalogue as data: codes, severities, titles, selection, escalation, examples."""

from __future__ import annotations

import pytest

from govinfo_report.errors import GovInfoReportError, UnknownKeyError
from govinfo_report.rules import CATALOGUE, Rule, Severity, Status, check
from govinfo_report.rules._examples import failing_example, sound_pair

# The rule list of DESIGN.md §3, with its severities.
DESIGN = {
    **{f"S10{i}": Severity.WARNING for i in range(1, 10)},
    "T301": Severity.ERROR,
    "T302": Severity.ERROR,
    "T303": Severity.ERROR,
    "T304": Severity.WARNING,
    "T401": Severity.ERROR,
    "Y501": Severity.ERROR,
    "Y502": Severity.WARNING,
    "Y503": Severity.WARNING,
    "Y504": Severity.WARNING,
    "X601": Severity.ERROR,
    "X602": Severity.ERROR,
    "X603": Severity.ERROR,
    "X604": Severity.ERROR,
    "X605": Severity.WARNING,
    "X606": Severity.ERROR,
    "X607": Severity.ERROR,
}


def test_the_catalogue_has_every_rule_of_the_design_with_its_severity() -> None:
    """Every code of DESIGN.md §3 is in the catalogue once, in order of number, with the severity given there."""
    assert CATALOGUE.codes == tuple(sorted(DESIGN, key=lambda code: int(code[1:])))
    assert {rule.code: rule.severity for rule in CATALOGUE} == DESIGN


@pytest.mark.parametrize("rule", list(CATALOGUE), ids=lambda r: r.code)
def test_every_rule_is_documented(rule: Rule) -> None:
    """Each rule has Chinese and English titles, a formula, a rationale and an example."""
    assert rule.title_zh
    assert rule.title_en
    assert rule.formula
    assert rule.rationale
    assert rule.example
    assert any("\u4e00" <= ch <= "\u9fff" for ch in rule.title_zh)
    assert rule.needs_previous == rule.code.startswith("Y")
    assert 0 <= rule.section <= 6


def test_the_catalogue_has_a_version() -> None:
    """The catalogue version is a dotted number."""
    assert all(part.isdigit() for part in CATALOGUE.version.split("."))


@pytest.mark.parametrize(
    ("select", "ignore", "expected"),
    [
        ("T3", None, ["T301", "T302", "T303", "T304"]),
        (["T3", "T4"], ["T304"], ["T301", "T302", "T303", "T401"]),
        ("x601, Y501", None, ["Y501", "X601"]),
        (None, "S,X,Y", ["T301", "T302", "T303", "T304", "T401"]),
        ("T", "T", []),
    ],
)
def test_rules_are_chosen_by_code_or_prefix(select: object, ignore: object, expected: list[str]) -> None:
    """select and ignore take codes, prefixes, lists or comma-separated strings, any case."""
    assert [rule.code for rule in CATALOGUE.select(select, ignore)] == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("pattern", ["Z", "T5", "S1000"])
def test_an_unknown_code_is_an_error_naming_it(pattern: str) -> None:
    """A code or prefix that names no rule raises UnknownKeyError (a library error) naming it."""
    with pytest.raises(UnknownKeyError, match=pattern):
        CATALOGUE.select(pattern)
    with pytest.raises(GovInfoReportError):
        check(sound_pair()[0], ignore=[pattern])


def test_warnings_can_be_raised_to_errors() -> None:
    """escalate= raises the named warnings to errors; strict=True raises all; errors stay errors."""
    report, previous = failing_example("S101")
    (default,) = [f for f in check(report, select="S101") if f.failed]
    (raised,) = [f for f in check(report, select="S101", escalate="S1") if f.failed]
    (strict,) = [f for f in check(report, select="S101", strict=True) if f.failed]
    assert default.severity is Severity.WARNING
    assert raised.severity is strict.severity is Severity.ERROR
    assert raised.is_error
    assert CATALOGUE.rule("S101").severity is Severity.WARNING  # the catalogue itself is unchanged
    del previous


@pytest.mark.parametrize("code", CATALOGUE.codes)
def test_every_rule_has_an_example_that_fails_it(code: str) -> None:
    """The documented failing example of each rule fails that rule (and the sound pair passes it)."""
    report, previous = failing_example(code)
    assert any(f.status is Status.FAIL for f in check(report, previous=previous, select=code))
    sound, sound_previous = sound_pair()
    assert not any(f.failed for f in check(sound, previous=sound_previous, select=code))


def test_there_is_no_example_of_an_unknown_rule() -> None:
    """Asking for the example of an unknown code is an UnknownKeyError."""
    with pytest.raises(UnknownKeyError):
        failing_example("Z999")
