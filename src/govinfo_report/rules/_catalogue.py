"""The catalogue: every rule as data, with code, severity, titles, formula and rationale.

Codes are stable: ``S1xx`` structure, ``T3xx``/``T4xx`` the tables of sections
三 and 四, ``Y5xx`` comparisons with the previous year, ``X6xx`` the prose
against the tables. The catalogue has a version that changes whenever a rule
is added or its meaning changes.

>>> from govinfo_report.rules import CATALOGUE
>>> CATALOGUE.rule("T303").title_en
'Table 三, every column: 一 + 二 = （七） + 四'
>>> [rule.code for rule in CATALOGUE.select(["T3"], ignore=["T304"])]
['T301', 'T302', 'T303']
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs

from govinfo_report.errors import UnknownKeyError
from govinfo_report.layout import FormatVersion, layout_for
from govinfo_report.rules._finding import Severity

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

__all__ = ["CATALOGUE", "Catalogue", "Rule"]

ERROR = Severity.ERROR
WARNING = Severity.WARNING


@attrs.frozen(kw_only=True)
class Rule:
    """One rule of the catalogue.

    *section* is the section of the report the rule is about (0: the report as
    a whole); *needs_previous* marks the rules that compare with last year's
    report; *example* describes a report that fails the rule.
    """

    code: str
    severity: Severity
    section: int
    title_zh: str
    title_en: str
    formula: str
    rationale: str
    example: str
    needs_previous: bool = False

    @property
    def family(self) -> str:
        """The kind of rule, from the first letter of its code.

        >>> CATALOGUE.rule("X601").family
        'prose'
        """
        return _FAMILIES[self.code[0]]


_FAMILIES = MappingProxyType({"S": "structure", "T": "table", "Y": "cross-year", "X": "prose"})


def _as_patterns(patterns: Iterable[str] | str | None) -> tuple[str, ...] | None:
    if patterns is None:
        return None
    if isinstance(patterns, str):
        patterns = patterns.split(",")
    return tuple(p.strip().upper() for p in patterns if p.strip())


@attrs.frozen(kw_only=True)
class Catalogue:
    """The rules, in order of their codes, and the catalogue's version."""

    version: str
    rules: tuple[Rule, ...]
    _prefixes: Mapping[str, frozenset[str]] = attrs.field(init=False, repr=False, eq=False)
    _codes: tuple[str, ...] = attrs.field(init=False, repr=False, eq=False)

    @_codes.default
    def _every_code(self) -> tuple[str, ...]:
        return tuple(rule.code for rule in self.rules)

    @_prefixes.default
    def _every_prefix(self) -> Mapping[str, frozenset[str]]:
        prefixes: dict[str, set[str]] = {}
        for rule in self.rules:
            for end in range(1, len(rule.code) + 1):
                prefixes.setdefault(rule.code[:end], set()).add(rule.code)
        return MappingProxyType({prefix: frozenset(codes) for prefix, codes in prefixes.items()})

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    @property
    def codes(self) -> tuple[str, ...]:
        """Every rule code, in order."""
        return self._codes

    def rule(self, code: str) -> Rule:
        """The rule with *code*.

        >>> CATALOGUE.rule("Z999")
        Traceback (most recent call last):
        ...
        govinfo_report.errors.UnknownKeyError: 'Z999' is not a rule code; known: S101, ...
        """
        for rule in self.rules:
            if rule.code == code:
                return rule
        raise UnknownKeyError(code, "a rule code", known=self.codes)

    def matching(self, patterns: Iterable[str] | str | None) -> frozenset[str]:
        """The codes that *patterns* name: codes or prefixes (``"T3"``), or a comma-separated string.

        ``None`` names every rule. A pattern that names no rule is an error.

        >>> sorted(CATALOGUE.matching("S10,T401"))[-2:]
        ['S109', 'T401']
        """
        given = _as_patterns(patterns)
        if given is None:
            return frozenset(self.codes)
        codes: frozenset[str] = frozenset()
        for pattern in given:
            named = self._prefixes.get(pattern)
            if named is None:
                raise UnknownKeyError(pattern, "a rule code or prefix", known=self.codes)
            codes |= named
        return codes

    def select(
        self,
        select: Iterable[str] | str | None = None,
        ignore: Iterable[str] | str | None = None,
    ) -> tuple[Rule, ...]:
        """The rules named by *select* (default: all) and not by *ignore*, in order."""
        if select is None and not ignore:
            return self.rules
        chosen = self.matching(select)
        dropped = self.matching(ignore) if ignore else frozenset()
        return tuple(r for r in self.rules if r.code in chosen and r.code not in dropped)


# --- labels, read from the layout -------------------------------------------------------

_L = layout_for(FormatVersion.V2021)
_R = _L.requests
_V = _L.reviews
_D = _L.disclosure
_N_ROWS = f"{len(_R.rows)}"


def _row(key: str) -> str:
    return _R.row(key).full_label


def _numbering(key: str) -> str:
    return _R.row(key).numbering.rstrip("、")


_TOTAL = _R.column("total").label
_OUTCOMES = " + ".join(c.label for c in _V.columns if not c.sums)
_IN_FORCE, _ISSUED, _REPEALED = (_D.column(k).label for k in ("in_force", "issued", "repealed"))
_FEE_UNPAID = layout_for(FormatVersion.V2021).requests.row("other_fee_unpaid")
_ASSESSMENT = next(t.label for t in _L.topics if t.key == "assessment")
_REVIEW = _V.row("review").label
_LITIGATION = _V.group("litigation").label
_S = MappingProxyType({spec.number: spec.heading for spec in _L.sections})
_D19 = layout_for(FormatVersion.V2019).disclosure
_TOTAL_PUBLISHED, _PUBLISHED, _PREVIOUS_ITEMS, _CHANGE = (
    _D19.column(k).label for k in ("total_published", "published", "previous_items", "change")
)
_NATURAL = _R.column("natural_person").label
_COMPANY = _R.column("commercial_enterprise").label
_UPHELD, _CORRECTED, _OTHER = (_V.column(k).label for k in ("upheld", "corrected", "other"))
_RESULTS = "/".join((_R.row("granted").label, _R.row("partially_granted").variants[0], _R.group("denied").label))

VERSION = "1.0"

_RULES = (
    Rule(
        code="S101",
        severity=WARNING,
        section=0,
        title_zh="六个部分齐全且顺序正确",
        title_en="All six sections are present, in order",
        formula="the headings name sections 一 to 六, each once, in this order",
        rationale=(
            "Both official formats prescribe six sections. A missing or displaced section is a "
            "deduction in every third-party assessment. Read from the headings as printed "
            "(`report.headings`); not assessable for a report whose headings were not recorded."
        ),
        example=f"the headings skip {_S[4]}",
    ),
    Rule(
        code="S102",
        severity=WARNING,
        section=0,
        title_zh="标题与官方表述一致",
        title_en="Headings use the official wording",
        formula="each heading = the official heading of its section (spaces ignored)",
        rationale=(
            "Evaluators compare the headings with the template word for word; a reworded heading "
            "(also a wording the layout accepts as a variant) is reported so that it can be fixed."
        ),
        example=f"section 五 is headed 五、{_L.section('improvements').variants[0]}",
    ),
    Rule(
        code="S103",
        severity=WARNING,
        section=5,
        title_zh="第五部分有实质内容",
        title_en="Section 五 states problems and remedies",
        formula="section 五 has text other than 无",
        rationale=(
            f"{_S[5]} must name the problems found and the improvements planned; an empty "
            "section or a bare 无 is a deduction."
        ),
        example="section 五 says only 无。",
    ),
    Rule(
        code="S104",
        severity=WARNING,
        section=6,
        title_zh="第六部分报告信息处理费",
        title_en="Section 六 reports the 信息处理费",
        formula="section 六 gives the 信息处理费 (structured, or named in its text)",
        rationale=(
            "The 2021 format asks section 六 to report the 信息处理费 charged under "
            "《政府信息公开信息处理费管理办法》, even when it is zero."
        ),
        example="section 六 says only that there is nothing else to report",
    ),
    Rule(
        code="S105",
        severity=WARNING,
        section=0,
        title_zh="按期发布",
        title_en="Published by the deadline",
        formula=("published ≤ (N+1)-01-31 for a department or a township, ≤ (N+1)-03-31 for a government's own report"),
        rationale=(
            "条例第四十九条: departments of governments at or above county level publish by 31 "
            "January, governments by 31 March; townships and street offices follow local rules, "
            "usually 31 January. Not assessable without a publication date or for other bodies."
        ),
        example="a department's 2024 report published on 2025-02-15",
    ),
    Rule(
        code="S106",
        severity=WARNING,
        section=0,
        title_zh="各表格式版本一致",
        title_en="All tables follow the report's format",
        formula="each table's format = the report's format",
        rationale=(
            "A 2021-format report with a 2019-format table (one （六） row, the trial columns of "
            "table 二) mixes the templates; evaluators count it as a format error."
        ),
        example="a 2024 report whose table 三 prints （六）其他处理 as one row",
    ),
    Rule(
        code="S107",
        severity=WARNING,
        section=0,
        title_zh="标题编号正确",
        title_en="Heading numbering is sound",
        formula="heading n carries the ordinal n; no ordinal repeats; sub-topics are not sections",
        rationale=(
            "Typical faults: the numbering restarts at 一、, the sub-topics of 一 are numbered as "
            "sections, or sections 二 to 六 are shifted to 一 to 五."
        ),
        example="sections 二 to 六 numbered 一、 to 五、",
    ),
    Rule(
        code="S108",
        severity=WARNING,
        section=0,
        title_zh="年份一致",
        title_en="Title year and statistics period match the report year",
        formula="year in the title = N; statistics period = N-01-01 to N-12-31",
        rationale=(
            "A report copied from last year's often keeps last year's title or period. Read from "
            "the title and the statistics period stated in the text."
        ),
        example="a 2024 report whose preamble says 统计期限自2023年1月1日至2023年12月31日",
    ),
    Rule(
        code="S109",
        severity=WARNING,
        section=1,
        title_zh="本级政府报告说明工作考核、社会评议和责任追究结果",
        title_en="A government's report covers assessment, public evaluation and accountability",
        formula=f"body is a 本级人民政府 ⇒ section 一 covers {_ASSESSMENT}",
        rationale=(
            "条例第五十条 asks a government's report to include the results of 工作考核、社会评议和"
            "责任追究. Not assessable for other kinds of body."
        ),
        example="a county government's report whose section 一 has only the five usual sub-topics",
    ),
    Rule(
        code="T301",
        severity=ERROR,
        section=3,
        title_zh=f"表三每行：各类申请人之和等于{_TOTAL}",
        title_en=f"Table 三, every row: the six applicant columns sum to {_TOTAL}",
        formula=" + ".join(c.label for c in _R.columns if not c.sums) + f" = {_TOTAL}",
        rationale=(
            f"The {_TOTAL} column of each of the {_N_ROWS} rows is the sum of the applicant "
            "columns; any difference is an arithmetic error."
        ),
        example=f"row {_row('granted')}: {_NATURAL} raised by 1, {_TOTAL} unchanged",
    ),
    Rule(
        code="T302",
        severity=ERROR,
        section=3,
        title_zh=f"表三每列：各办理结果之和等于{_row('total_handled')}",
        title_en=f"Table 三, every column: the results sum to {_row('total_handled')}",
        formula=(
            f"{_numbering('granted')} + {_numbering('partially_granted')} + the items of "
            f"（三）（四）（五）（六） = {_row('total_handled')}"
        ),
        rationale=(
            "Every request handled has exactly one result; the results add up to the total handled, in every column."
        ),
        example=f"{_row('total_handled')} {_NATURAL} 26 while the results add up to 20",
    ),
    Rule(
        code="T303",
        severity=ERROR,
        section=3,
        title_zh="表三每列：一 + 二 = （七） + 四",
        title_en="Table 三, every column: 一 + 二 = （七） + 四",
        formula=(
            f"{_row('new_requests')} + {_row('carried_over')} = {_row('total_handled')} + {_row('carried_forward')}"
        ),
        rationale=f"The official table states this 勾稽关系 in its header: {_R.note}",
        example=f"{_row('carried_forward')} {_NATURAL} 1 too high",
    ),
    Rule(
        code="T304",
        severity=WARNING,
        section=3,
        title_zh="表三无空白单元格",
        title_en="Table 三 has no blank cells",
        formula="every cell of table 三 holds a number",
        rationale=(
            "A blank cell is missing data (zero is printed as 0); the rules that need the cell are not assessable."
        ),
        example=f"row {_row('granted')}, column {_COMPANY} left empty",
    ),
    Rule(
        code="T401",
        severity=ERROR,
        section=4,
        title_zh=f"表四每组：{_OUTCOMES} = 总计",
        title_en=f"Table 四, each group: {_OUTCOMES} = 总计",
        formula=f"{_OUTCOMES} = 总计, for {_REVIEW} and both rows of {_LITIGATION}",
        rationale="Each case has one outcome or is pending; the outcomes add up to the total.",
        example=f"{_REVIEW} 总计 351 while the outcomes add up to 350",
    ),
    Rule(
        code="Y501",
        severity=ERROR,
        section=3,
        title_zh=f"{_row('carried_over')} = 上年{_row('carried_forward')}",
        title_en="This year's carried-over requests = last year's carried-forward, per column",
        formula=f"{_row('carried_over')} (N) = {_row('carried_forward')} (N−1), every column",
        rationale=(
            "The requests left over at the end of a year are the requests carried over into the "
            "next; a difference means one of the two reports is wrong."
        ),
        example=f"2024 {_row('carried_over')} 34, 2023 {_row('carried_forward')} 30",
        needs_previous=True,
    ),
    Rule(
        code="Y502",
        severity=WARNING,
        section=2,
        title_zh=f"{_IN_FORCE} = 上年{_IN_FORCE} + {_ISSUED} − {_REPEALED}",
        title_en="Documents in force follow from last year's, issued and repealed",
        formula=(
            f"{_IN_FORCE} (N) = {_IN_FORCE} (N−1) + {_ISSUED} (N) − {_REPEALED} (N), for rows "
            f"{_D.row('regulations').label} and {_D.row('normative_documents').label}; "
            f"2019 format: {_TOTAL_PUBLISHED} (N) = {_TOTAL_PUBLISHED} (N−1) + {_PUBLISHED} (N), "
            f"{_PREVIOUS_ITEMS} (N) = {_PREVIOUS_ITEMS} (N−1) + {_CHANGE} (N−1)"
        ),
        rationale=(
            "A stock continues from year to year. A clean-up of old documents breaks the identity "
            "legitimately, so this is a warning."
        ),
        example=f"{_IN_FORCE} 66 in 2024, 80 in 2023, 8 issued and 26 repealed in 2024 (expected 62)",
        needs_previous=True,
    ),
    Rule(
        code="Y503",
        severity=WARNING,
        section=0,
        title_zh="文字与上年重复未超过阈值",
        title_en="The prose does not repeat last year's beyond the threshold",
        formula=(
            "share of a section's sentences (by characters) found word for word in last year's "
            "report < threshold (default 50%)"
        ),
        rationale=(
            "Evaluators deduct when sections 一, 五 or 六 repeat last year's text (at 50%). "
            "Sentences that state numbers are left out: their wording is formulaic by nature, and a "
            "copy shows in the descriptive text. Sections with fewer than 50 characters of such text "
            "are not assessable."
        ),
        example="section 五 copied from last year's report",
        needs_previous=True,
    ),
    Rule(
        code="Y504",
        severity=WARNING,
        section=0,
        title_zh="表格数据并非照抄上年",
        title_en="The tables are not a copy of last year's",
        formula=(
            "not all non-zero cells of tables 二, 三 and 四 equal last year's "
            "(stock columns and the carried-over row excepted)"
        ),
        rationale=(
            "A report whose every non-zero count equals last year's was copied. Needs at least "
            "five non-zero cells to judge."
        ),
        example="the 2024 tables are the 2023 tables",
        needs_previous=True,
    ),
    Rule(
        code="X601",
        severity=ERROR,
        section=3,
        title_zh="文字所述申请数与表三一致",
        title_en="Request counts in the prose equal table 三",
        formula=(
            f"收到/新收/受理 N件 = {_row('new_requests')}; 办结/答复 N件 = {_row('total_handled')}; "
            f"上年结转 N件 = {_row('carried_over')}; 结转下年度 N件 = {_row('carried_forward')} "
            f"({_TOTAL}, or the applicant column the text names)"
        ),
        rationale=(
            "The prose and the table must tell the same story. Where a sentence can be read in "
            "several ways, every reading is tried: all agree → pass, none → fail, some → not "
            "assessable, naming the readings."
        ),
        example="the text says 新收政府信息公开申请3120件, the table 3119",
    ),
    Rule(
        code="X602",
        severity=ERROR,
        section=3,
        title_zh="文字所述办理结果数及比例与表三一致",
        title_en="Result counts and percentages in the prose equal table 三",
        formula=(
            f"{_RESULTS}/… N件 = the row or group of table 三; 占x% = N ÷ "
            f"{_row('total_handled')} at the stated decimals"
        ),
        rationale=(
            "Percentages are usually of the requests handled; a percentage that matches the new "
            "requests or new plus carried over is also accepted."
        ),
        example=f"the text says {_R.row('granted').label}1362件，占45.00%, the table 1362 of 3050 (44.66%)",
    ),
    Rule(
        code="X603",
        severity=ERROR,
        section=4,
        title_zh="文字所述行政复议、行政诉讼情况与表四一致",
        title_en="Review and litigation figures in the prose equal table 四",
        formula=(f"{_REVIEW}/{_LITIGATION} N件 and their outcomes = table 四; 均获维持 ⇒ {_CORRECTED} = {_OTHER} = 0"),
        rationale="The prose often restates table 四 and claims that every decision was upheld.",
        example=f"the text says {_REVIEW}351件，均获维持 while 64 were corrected",
    ),
    Rule(
        code="X604",
        severity=ERROR,
        section=2,
        title_zh="文字所述制发、废止、现行有效件数与表二一致",
        title_en="Issued, repealed and in-force counts in the prose equal table 二",
        formula="制发/废止/现行有效 规章 or 规范性文件 N件 = the cell of table 二",
        rationale="Section 一 often repeats the document counts of table 二.",
        example=f"the text says 制发{_D.row('normative_documents').label}9件, the table 8",
    ),
    Rule(
        code="X605",
        severity=WARNING,
        section=6,
        title_zh="有逾期未缴费的申请时第六部分报告收费情况",
        title_en="Unpaid fee notices in table 三 are reported in section 六",
        formula=f"{_FEE_UNPAID.numbering}{_FEE_UNPAID.label} > 0 ⇒ section 六 reports fee notices",
        rationale=(
            "Requests dropped because a fee notice went unpaid prove that fee notices were sent; "
            "section 六 should report them. Not assessable for the 2019 format, which has no "
            "such row."
        ),
        example="（六）2 = 6 while section 六 does not mention the 信息处理费",
    ),
    Rule(
        code="X606",
        severity=ERROR,
        section=0,
        title_zh="文字表述与表格不矛盾",
        title_en="Claims in words do not contradict the tables",
        formula=(
            f"全部办结 ⇒ {_row('carried_forward')} = 0; 未收到申请 ⇒ {_row('new_requests')} = 0; "
            f"未发生{_REVIEW} ⇒ table 四 has no case; 未收取信息处理费 ⇒ no fee stated; "
            "收取信息处理费 N元 = the fee of section 六 (within the money tolerance)"
        ),
        rationale="Boilerplate claims survive from year to year while the numbers change.",
        example=f"the text says 均已办结 while {_row('carried_forward')} is 103",
    ),
    Rule(
        code="X607",
        severity=ERROR,
        section=0,
        title_zh="文字中的数字自洽",
        title_en="The arithmetic inside the prose is right",
        formula=(
            "stated parts (其中 a件、b件…, or a件、b件，共计 N件) sum to the stated total; "
            "each 占x% = part ÷ stated total at the stated decimals"
        ),
        rationale=(
            "A breakdown that does not add up is an error whatever the tables say. Parts that "
            "sum to less than the total are not assessable unless they are a complete set."
        ),
        example="网络申请1303件、信函172件、当面24件，共计1500件",
    ),
)

CATALOGUE = Catalogue(version=VERSION, rules=_RULES)
"""Every rule, in order of code."""
