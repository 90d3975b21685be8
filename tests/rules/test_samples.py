"""Real published reports: Huai'an 2024 (consistent) and Golmud Dongcheng 2024 (table 三 incomplete)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from govinfo_report.parse import parse_text
from govinfo_report.rules import Reason, Severity, Status, check, failures, is_consistent
from govinfo_report.serialize import from_json

if TYPE_CHECKING:
    from govinfo_report.model import AnnualReport

ROOT = Path(__file__).resolve().parents[2]
HUAIAN = ROOT / "tests" / "data" / "huaian-city-2024.json"
GOLMUD = ROOT / "examples" / "golmud-dongcheng-2024.json"


DATA = ROOT / "tests" / "data"


def _parsed(name: str) -> AnnualReport:
    return parse_text((DATA / f"{name}.txt").read_text(encoding="utf-8")).report


@pytest.fixture(scope="module", params=["json", "text"])
def huaian(request: pytest.FixtureRequest) -> AnnualReport:
    """The Huai'an report as hand-written JSON and as parsed from its published text."""
    if request.param == "json":
        return from_json(HUAIAN.read_text(encoding="utf-8"))
    return _parsed("huaian-city-2024")


@pytest.fixture(scope="module", params=["json", "text"])
def golmud(request: pytest.FixtureRequest) -> AnnualReport:
    """The Golmud report as JSON and as parsed from its published text."""
    if request.param == "json":
        return from_json(GOLMUD.read_text(encoding="utf-8"))
    return _parsed("golmud-dongcheng-2024")


def test_huaian_fails_no_error_level_rule(huaian: AnnualReport) -> None:
    """The Huai'an city report is consistent: no error-level rule fails, every table rule passes."""
    findings = check(huaian)
    assert failures(findings, severity=Severity.ERROR) == ()
    assert is_consistent(huaian)
    for code in ("T301", "T302", "T303", "T304", "T401"):
        assert [f.status for f in findings if f.code == code] == [Status.PASS]


def test_huaian_prose_is_read_and_agrees_with_the_tables(huaian: AnnualReport) -> None:
    """The numbers of its section 一 are read and agree: 受理 3119, 答复 3050, 结转 34/103, 复议 351 …"""
    findings = check(huaian, select="X6")
    passed = {(f.code, f.values[0]) for f in findings if f.status is Status.PASS and f.values}
    assert {("X601", 3119), ("X601", 3050), ("X601", 34), ("X601", 103)} <= passed
    assert {("X603", 351), ("X603", 46), ("X603", 72), ("X603", 25)} <= passed
    assert ("X607", 351) in {(f.code, f.values[1]) for f in findings if f.code == "X607" and f.status is Status.PASS}
    assert ("X606", 3940) in passed


def test_huaian_warnings_are_the_real_ones(huaian: AnnualReport) -> None:
    """Its only warning: a government report silent on 考核/评议/责任追究 (条例第五十条)."""
    assert [f.code for f in failures(check(huaian))] == ["S109"]


def test_golmud_incomplete_table_is_not_assessable_never_passed(golmud: AnnualReport) -> None:
    """Table 三 stops after （一）: the column rules are not assessable (blank cells), T304 lists the blanks."""
    findings = check(golmud)
    for code in ("T302", "T303"):
        statuses = {(f.status, f.reason) for f in findings if f.code == code}
        assert statuses == {(Status.NOT_ASSESSABLE, Reason.BLANK_CELL)}
    row_findings = [f for f in findings if f.code == "T301"]
    assert all(f.status is not Status.FAIL for f in row_findings)
    passed_rows = {p.split(".")[2] for f in row_findings if f.status is Status.PASS for p in f.paths}
    assert passed_rows <= {"new_requests", "carried_over", "granted"}
    (blank,) = [f for f in findings if f.code == "T304"]
    assert blank.failed
    assert "$.requests.partially_granted.natural_person" in blank.paths


def test_golmud_structure_warnings(golmud: AnnualReport) -> None:
    """Its headings lack section 四 (S101) and section 六 reports no fees (S104); nothing is an error."""
    failed = failures(check(golmud))
    assert {f.code for f in failed} >= {"S101", "S104", "T304"}
    assert all(f.severity is Severity.WARNING for f in failed)


def test_pingtan_reads_received_requests_as_possibly_including_carried_over() -> None:
    """Pingtan 2022 says 收到申请75件 (新收 74 + 上年结转 1): not assessable, never a false alarm."""
    report = _parsed("pingtan-2022")
    assert failures(check(report), severity=Severity.ERROR) == ()
    (received, natural) = [f for f in check(report, select="X601") if f.status is Status.NOT_ASSESSABLE]
    assert received.values == (75, 74)
    assert natural.values == (72, 71)
    assert received.reason is natural.reason is Reason.AMBIGUOUS
