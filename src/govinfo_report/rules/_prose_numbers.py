"""Reading the numbers a report states in its prose, and what they are numbers of.

The reader goes sentence by sentence. A count (``3119 件``, ``三件``, ``5500余条``,
``1.2万件``) is bound to the words between it and the count before it in the
same sentence: a verb (收到, 办结, 上年结转 …), a result (予以公开 …), an
applicant (自然人 …), a review group and outcome (行政复议, 结果维持 …) or a
document kind and action (制发 规章 …). A count with no such words is
not read. Where the words allow several readings (办理 N件: received or
handled?), the claim carries all of them and the rule decides; approximate
numbers are marked as such. Percentages after a count (``，占45.71%``) are read
with their decimals; ``同比增长`` is not a share.

Labels of rows and columns come from the layout; the verbs are this module's.

>>> from govinfo_report.model import AnnualReport, Body, Overview, Topic
>>> from govinfo_report.layout import FormatVersion
>>> text = "全年新收政府信息公开申请140件，办结140件，其中予以公开64件，占45.71%。"
>>> report = AnnualReport(body=Body(name="x"), year=2024, format=FormatVersion.V2021,
...                       overview=Overview(topics=(Topic(key="on_request", text=text),)))
>>> reading = read_prose(report)
>>> for claim in reading.cells:
...     print(claim.code, claim.readings[0].cells, claim.value)
X601 (('new_requests', 'total'),) 140
X601 (('total_handled', 'total'),) 140
X602 (('granted', 'total'),) 64
>>> reading.cells[2].share.percent, reading.breakdowns[0].total
(Decimal('45.71'), 140)
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping
from decimal import Decimal
from itertools import product
from operator import itemgetter
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple, TypeAlias

import attrs

from govinfo_report.errors import InvalidNumberError
from govinfo_report.layout import FormatVersion, layout_for
from govinfo_report.numbers import parse_number
from govinfo_report.rules._finding import Span, new_span

if TYPE_CHECKING:
    from collections.abc import Iterable

    from govinfo_report.model import AnnualReport

__all__ = [
    "Breakdown",
    "CellClaim",
    "FeeClaim",
    "Flag",
    "ProseReading",
    "Reading",
    "Share",
    "StatedShare",
    "UpheldClaim",
    "prose_fields",
    "read_prose",
]

Number: TypeAlias = int | Decimal

# --- values ------------------------------------------------------------------------------
# What the reader finds are named tuples: immutable values that are quick to make (a report's
# prose holds many).


class Reading(NamedTuple):
    """One way to read a statement: it states the sum of these cells of a table."""

    label_zh: str
    label_en: str
    cells: tuple[tuple[str, str], ...]


class Share(NamedTuple):
    """A percentage stated after a count: value, decimals printed, where."""

    percent: Decimal
    places: int
    span: Span


class CellClaim(NamedTuple):
    """A count in the prose that a table also gives (X601–X604).

    Every reading in *readings* is a way to read the words; *alternatives* are
    looser readings that some reports use (收到 N件 counting the requests
    carried over too): they cannot make a claim pass, but one that agrees makes
    a disagreeing claim not assessable instead of failed.
    """

    code: str
    table: str
    readings: tuple[Reading, ...]
    value: Number
    approximate: bool
    span: Span
    section: int
    share: Share | None = None
    alternatives: tuple[Reading, ...] = ()


class UpheldClaim(NamedTuple):
    """A claim such as 均获维持 about review or litigation *rows* (X603)."""

    rows: tuple[str, ...]
    span: Span
    section: int


class Flag(NamedTuple):
    """A claim in words (X606): ``all_done``, ``no_requests``, ``no_review``, ``no_litigation``, ``no_fee``."""

    kind: str
    span: Span
    section: int


class FeeClaim(NamedTuple):
    """An amount of 信息处理费 said to be collected, in 元 (X606)."""

    amount: Decimal
    span: Span
    section: int


class Breakdown(NamedTuple):
    """Stated parts and their stated total in one sentence (X607).

    *complete* says whether the parts are a complete set (all four outcomes,
    all six results, all applicants, or a list closed by 共计), so that parts
    summing to less than the total are an error.
    """

    total: Number
    parts: tuple[Number, ...]
    complete: bool
    approximate: bool
    span: Span
    section: int


class StatedShare(NamedTuple):
    """A part, the stated total it belongs to, and the percentage stated for it (X607)."""

    part: Number
    whole: Number
    share: Share
    span: Span
    section: int


@attrs.frozen
class ProseReading:
    """Everything the reader found in a report's prose."""

    cells: tuple[CellClaim, ...] = ()
    upheld: tuple[UpheldClaim, ...] = ()
    flags: tuple[Flag, ...] = ()
    fees: tuple[FeeClaim, ...] = ()
    breakdowns: tuple[Breakdown, ...] = ()
    shares: tuple[StatedShare, ...] = ()


# --- where the prose is -------------------------------------------------------------------

_TOPIC_DOMAINS = MappingProxyType({"on_request": "requests"})


def prose_fields(report: AnnualReport) -> tuple[tuple[str, int, str | None, str], ...]:
    """Every prose field of *report* as (path, section, subject it is about or ``None``, text)."""
    overview, improvements = report.overview, report.improvements
    fields: list[tuple[str, int, str | None, str]] = [
        ("$.preamble", 0, None, report.preamble),
        ("$.overview.text", 1, None, overview.text),
    ]
    fields += [
        (f"$.overview.topics[{i}].text", 1, _TOPIC_DOMAINS.get(t.key or ""), t.text)
        for i, t in enumerate(overview.topics)
    ]
    fields += [
        ("$.disclosure_text", 2, "disclosure", report.disclosure_text),
        ("$.requests_text", 3, "requests", report.requests_text),
        ("$.reviews_text", 4, "reviews", report.reviews_text),
        ("$.improvements.text", 5, None, improvements.text),
    ]
    fields += [(f"$.improvements.problems[{i}]", 5, None, t) for i, t in enumerate(improvements.problems)]
    fields += [(f"$.improvements.remedies[{i}]", 5, None, t) for i, t in enumerate(improvements.remedies)]
    fields.append(("$.other_matters.text", 6, None, report.other_matters.text))
    return tuple(f for f in fields if f[3])


# --- numbers in text ---------------------------------------------------------------------

_UNITS = "件次|人次|件|宗|起|个|份|次|部|项|条|篇|期|场"
_NUMERAL = "0-9０-９零〇一二两三四五六七八九十百千万亿"
_QUANTITY = re.compile(  # starts with one character class, which the regex engine scans for quickly
    # Not inside a run of numerals: where a run's first numeral starts no count (2024年), none of the
    # others does, so trying them is only work. The run is taken whole (``*+``): no shorter run can
    # be followed by a unit, since the next character is a numeral, a comma or a point.
    rf"(?P<num>[{_NUMERAL}](?<![{_NUMERAL}][{_NUMERAL}])[{_NUMERAL},，.．]*+)\s*(?P<post>[余多]?)\s*(?P<unit>{_UNITS})(?!事)"
)
_APPROXIMATE_BEFORE = ("约", "近", "超过", "逾", "多于")
_NOT_BEFORE = frozenset("0123456789０１２３４５６７８９.．第")  # never "", which stands for the start of a text
_APPROXIMATE_LAST = frozenset(word[-1] for word in _APPROXIMATE_BEFORE)
_SENTENCE_ENDS = "。！？；;!?\n"
_CLAUSE_END = re.compile(r"[，,；;。、（）()]")
_TO_LAST_MARK = re.compile(r"(?s:.*)[，,、：:（）()“”。；;！？!?\n]")
_FLAG_HINT = re.compile(r"办结|完毕|办理完成|申请|复议|诉讼|处理费")  # a claim in words has one of them
_FLAG_CHARS = "办毕申议讼费"  # each word above has one of them: a quick test (str.find of one character)
_AROUND = re.compile(r"\s*(?:左右|以上|上下)")
_AROUND_FIRST = frozenset("左以上")
_SHARE = re.compile(
    r"\s*[，,（(]?\s*(?:占[^，。；%％0-9]{0,10}?|比例为|占比为?)\s*"
    r"(?P<p>[0-9]+(?:\.(?P<d>[0-9]+))?)\s*[%％]"
)
_REQUEST_UNITS = frozenset({"件", "宗", "个", "份", "次", "件次", "人次"})
_REVIEW_UNITS = frozenset({"件", "宗", "起", "个", "次"})
_DOCUMENT_UNITS = frozenset({"件", "部", "个", "份", "项", "条", "篇"})


class _Token(NamedTuple):
    """A count in the text: value, unit, whether approximate, and where."""

    value: Number
    unit: str
    approximate: bool
    start: int
    end: int


_new = tuple.__new__  # builds a named tuple without its Python-level constructor (a report has many)


def _number(text: str) -> Number | None:
    if text.isascii() and text.isdigit():
        return int(text)
    try:
        value = parse_number(text.replace("，", ","))
    except InvalidNumberError:
        return None
    return value if value >= 0 else None


def _tokens(text: str) -> list[_Token]:
    tokens = []
    size = len(text)
    for match in _QUANTITY.finditer(text):
        begin, end = match.span()
        before = text[begin - 1] if begin else ""
        if before in _NOT_BEFORE:
            continue
        raw, post, unit = match.groups()
        value = int(raw) if raw.isascii() and raw.isdigit() else _number(raw)
        if value is None:
            continue
        approximate = (
            post != ""
            or (before in _APPROXIMATE_LAST and text[max(0, begin - 2) : begin].endswith(_APPROXIMATE_BEFORE))
            or (("万" in raw or "亿" in raw) and raw[0].isdigit() and (not raw[-1].isdigit() or "." in raw))
            or (
                end < size
                and (text[end] in _AROUND_FIRST or text[end].isspace())
                and _AROUND.match(text, end) is not None
            )
        )
        tokens.append(_new(_Token, (value, unit, approximate, begin, end)))
    return tokens


def _share(text: str, at: int, path: str) -> Share | None:
    window = text[at : at + 8]
    if "占" not in window and "比" not in window:
        return None
    match = _SHARE.match(text, at)
    if match is None:
        return None
    percent = Decimal(match["p"])
    places = len(match["d"] or "")
    start, end = match.span()
    return Share(percent, places, new_span(path, start, end, match[0]))


def _span(text: str, path: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    return new_span(path, start, end, text[start:end])


def _sentence_ends(text: str) -> list[int]:
    """The positions of the marks that end sentences in *text*, in order."""
    ends = []
    find = text.find
    for mark in _SENTENCE_ENDS:
        at = find(mark)
        while at >= 0:
            ends.append(at)
            at = find(mark, at + 1)
    ends.sort()
    return ends


# --- vocabulary -------------------------------------------------------------------------


def _alternation(words: Iterable[str]) -> str:
    """A pattern that matches, where any of *words* starts, the longest of them that starts there.

    The words are arranged as a tree of their characters (``结转(?:下一?年度?)?`` rather than one
    alternative per word), so that the regex engine compares each character of the text once
    with the characters that may follow, instead of with every word.

    >>> re.compile(_alternation(["结转", "结转下年度", "办结"])).findall("结转下年度办结结转")
    ['结转下年度', '办结', '结转']
    """
    tree: dict[str, dict[str, Any]] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(tree)


def _branches(node: dict[str, Any]) -> str:
    """The pattern of one node of the tree: each next character, then the rest (longest first)."""
    branches = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    if "" in node:  # a word ends here: a longer one is tried first
        return f"(?:{'|'.join(branches)})?"
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def _strip_note(label: str) -> str:
    return label.split("（", 1)[0]


_REVIEWS = layout_for(FormatVersion.V2021).reviews
_REVIEW_ROW = _REVIEWS.row("review")
_LITIGATION = _REVIEWS.group("litigation")
_LITIGATION_ROWS = tuple(r.key for r in _REVIEWS.rows if r.parent == _LITIGATION.key)
_Group = tuple[str, tuple[str, ...]]
_GROUP_WORDS: Mapping[str, _Group] = MappingProxyType(
    {
        _REVIEW_ROW.label: (_REVIEW_ROW.label, (_REVIEW_ROW.key,)),
        _LITIGATION.label: (_LITIGATION.label, _LITIGATION_ROWS),
        **{
            row.label: (f"{_LITIGATION.label} {row.label}", (row.key,))
            for row in _REVIEWS.rows
            if row.parent == _LITIGATION.key
        },
        "直接起诉": (f"{_LITIGATION.label} {_REVIEWS.row('litigation_direct').label}", ("litigation_direct",)),
        "复议后": (
            f"{_LITIGATION.label} {_REVIEWS.row('litigation_after_review').label}",
            ("litigation_after_review",),
        ),
    }
)
_EITHER_GROUP = (_GROUP_WORDS[_REVIEW_ROW.label], _GROUP_WORDS[_LITIGATION.label])
_GROUPS = re.compile(_alternation(_GROUP_WORDS))


def _outcome_words() -> Mapping[str, str]:
    words: dict[str, str] = {}
    for column in _REVIEWS.columns:
        words[column.label] = column.key
        if column.label.startswith("结果"):
            words[column.label[2:]] = column.key
    pending = _REVIEWS.column("pending")
    words[pending.label[1:]] = pending.key  # 未审结
    return MappingProxyType(words)


_OUTCOME_WORDS = _outcome_words()
_REVIEW_READINGS: Mapping[tuple[_Group, str], Reading] = MappingProxyType(
    {
        ((label, rows), column.key): Reading(
            f"{label} {column.label}", f"{'+'.join(rows)}.{column.key}", tuple((r, column.key) for r in rows)
        )
        for label, rows in _GROUP_WORDS.values()
        for column in _REVIEWS.columns
    }
)
_UPHELD_ALL = re.compile(r"(?:均|全部|都|悉数)(?:获|被|予以|已|得到)?(?:依法)?维持")
_REVIEW_HINT = re.compile(r"行政复议|行政诉讼|复议|起诉|诉讼")


def _words(*parts: tuple[str, ...]) -> tuple[str, ...]:
    """Every word made of one choice from each of *parts* (``("上", "")`` × …)."""
    return tuple("".join(choice) for choice in product(*parts))


# Request verbs: which row of table 三 a count after them is.
_VERBS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "carried_forward": (
            *_words(("结转", "顺延", "转入", "转"), ("", "至", "到"), ("下年", "下一年"), ("", "度"), ("", "继续办理")),
            *_words(("下年", "下一年"), ("度继续办理",)),
        ),
        "carried_over": (
            *_words(("上年", "上一年"), ("", "度"), ("结转", "遗留")),
            *_words(("结转",), ("上年", "上一年"), ("", "度")),
        ),
        "new_requests": ("新收", "收到", "接收", "接到", "受理"),
        "total_handled": ("办结", "答复", "办理完毕", "处理完毕", "办理完成"),
        "handled_or_received": ("办理",),
        "carried": ("结转",),
    }
)
_VERB_KINDS = frozenset(_VERBS)
_ROWS_OF_VERBS = ("new_requests", "carried_over", "total_handled", "carried_forward")
_TRAILING_VERBS = re.compile(
    r"(?P<carried_forward>(?:结转|顺延|转入|转)(?:至|到)?下一?年度?)|(?P<total_handled>已?办结|已?答复)"
)
_EXPANSIONS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {"carried": ("carried_over", "carried_forward"), "handled_or_received": ("new_requests", "total_handled")}
)
_INCLUDES_CARRIED = re.compile(r"\s*[（(]\s*含[^）)]{0,8}?结转")
_BREAKDOWN = "其中"
_SUM_AFTER = re.compile(r"[\s，,、]*(?:共计|合计|总计|共)\s*")


def _document_columns(version: FormatVersion) -> Mapping[str, str]:
    if version is FormatVersion.V2021:
        return MappingProxyType({
            "制发": "issued", "印发": "issued", "出台": "issued", "制定": "issued",
            "废止": "repealed", "宣布失效": "repealed",
            "现行有效": "in_force",
        })  # fmt: skip
    return MappingProxyType({
        "新制作": "produced", "制发": "produced", "印发": "produced", "制定": "produced",
        "新公开": "published",
        "对外公开总": "total_published", "累计公开": "total_published",
    })  # fmt: skip


@attrs.frozen
class _Vocabulary:
    """Every word the reader knows for one pair of formats (table 三's and table 二's).

    *pattern* finds them all in one pass; *families* gives each word as
    ``(family, word)``, the family being a verb kind (a row of table 三),
    ``result``, ``applicant``, ``group``, ``outcome``, ``review``,
    ``document``, ``action``, ``request`` or ``breakdown``.
    """

    pattern: re.Pattern[str]
    families: Mapping[str, tuple[str, str]]
    results: Mapping[str, tuple[str, str, tuple[str, ...]]]
    applicants: Mapping[str, tuple[str, ...]]
    documents: Mapping[str, str]
    actions: Mapping[str, str]
    labels: Mapping[str, str]
    readings: Mapping[tuple[str, str], Reading]


def _vocabulary(requests: FormatVersion, documents: FormatVersion) -> _Vocabulary:
    spec = layout_for(requests).requests
    results: dict[str, tuple[str, str, tuple[str, ...]]] = {}
    for group in spec.groups:
        members = tuple(r.key for r in spec.rows if r.parent == group.key and not r.sums)
        if group.parent is not None and members:
            results[group.label] = (group.label, group.key, members)
    for row in spec.rows:
        if row.parent is None or row.sums:
            continue
        for name in (row.label, *row.variants):
            results.setdefault(_strip_note(name), (row.short_label, row.key, (row.key,)))
    granted = spec.row("granted")
    for synonym in ("同意公开", "全部公开"):
        results[synonym] = (granted.full_label, granted.key, (granted.key,))
    applicants: dict[str, tuple[str, ...]] = {}
    organizations: tuple[str, ...] = ()
    for column in spec.columns:
        if column.sums:
            continue
        if column.group is not None:
            organizations += (column.key,)
        if len(column.label) > 2:
            applicants[column.label] = (column.key,)
    group_label = next(c.group for c in spec.columns if c.group)
    assert group_label is not None  # noqa: S101 - table 三 has the group
    applicants[group_label] = organizations
    applicants["法人"] = organizations
    applicants["企业"] = (spec.column("commercial_enterprise").key,)
    disclosure = layout_for(documents).disclosure
    block = disclosure.blocks[0]
    document_rows = {name: row.key for row in block.rows for name in (row.label, *row.variants)}
    actions = _document_columns(documents)
    labels = {row.key: row.short_label for row in spec.rows}
    labels |= {row.key: row.label for row in block.rows}
    labels |= {column.key: column.label for column in block.columns}
    families: dict[str, str] = {}
    for family, words in (
        ("group", _GROUP_WORDS),
        ("outcome", _OUTCOME_WORDS),
        ("result", results),
        *_VERBS.items(),
        ("applicant", applicants),
        ("document", document_rows),
        ("action", actions),
        ("review", ("复议", "起诉", "诉讼")),
        ("request", ("申请",)),
        ("breakdown", (_BREAKDOWN,)),
    ):
        for word in words:
            families.setdefault(word, family)
    readings: dict[tuple[str, str], Reading] = {}
    for applicant in ("", *applicants):
        columns = applicants[applicant] if applicant else ("total",)
        suffix = f"（{applicant}）" if applicant else ""
        for kind in _ROWS_OF_VERBS:
            cells = tuple((kind, c) for c in columns)
            readings[kind, applicant] = Reading(f"{labels[kind]}{suffix}", f"{kind}.{'+'.join(columns)}", cells)
        for word, (full, key, rows) in results.items():
            cells = tuple((row, c) for row in rows for c in columns)
            readings[word, applicant] = Reading(f"{full}{suffix}", f"{key}.{'+'.join(columns)}", cells)
    for word, row_key in document_rows.items():
        for action, column_key in actions.items():
            label = f"{labels[row_key]} {labels[column_key]}"
            readings[word, action] = Reading(label, f"{row_key}.{column_key}", ((row_key, column_key),))
    # One alternation of plain words: the regex engine scans for their first characters quickly.
    return _Vocabulary(
        re.compile(_alternation(families)),
        MappingProxyType({word: (family, word) for word, family in families.items()}),
        MappingProxyType(results),
        MappingProxyType(applicants),
        MappingProxyType(document_rows),
        actions,
        MappingProxyType(labels),
        MappingProxyType(readings),
    )


_VOCABULARIES = MappingProxyType({(a, b): _vocabulary(a, b) for a in FormatVersion for b in FormatVersion})
_REVIEW_FAMILIES = frozenset({"group", "review"})

# Claims in words (X606).
_ALL_DONE = re.compile(
    r"(?:全部|均已?|都已?|已全部|悉数)(?:按时|按期|依法|及时|在法定期限内)?(?:予以)?"
    r"(?:办结|办理完毕|答复完毕|处理完毕|办理完成)"
)
# Every alternative of a pattern that is searched for starts with a plain character: the regex
# engine then skips quickly to where one of these characters is.
_NOT_RECEIVED = (
    r"(?:收到|接到|受理)(?:过)?(?:任何)?(?:公民、法人或其他组织(?:提出)?的)?"
    r"(?:政府信息公开|依申请公开|信息公开)?(?:的)?申请"
)
_NO_KIND = r"(?:政府信息公开|依申请公开)(?:的)?申请"
_NO_REQUESTS = re.compile(rf"未{_NOT_RECEIVED}|没有{_NOT_RECEIVED}|无{_NO_KIND}|没有{_NO_KIND}")
_NO_CASES = re.compile(  # preceded by 尚 it is 尚未审结: checked by the reader
    r"(?:未|没有)(?:发生|出现|产生|收到|接到|被申请|被提起|涉及)(?:过)?(?:任何)?"
    r"[^，。；]{0,16}?(?:行政复议|行政诉讼|复议|诉讼)[^，。；]{0,12}"
)
_NOT_CHARGED = r"(?:收取|收缴|征收|产生|收费)(?:过)?(?:任何)?(?:政府信息公开)?(?:信息)?处理费"
_NO_FEE = re.compile(
    rf"未{_NOT_CHARGED}|没有{_NOT_CHARGED}|不{_NOT_CHARGED}|无{_NOT_CHARGED}|免收(?:政府信息公开)?(?:信息)?处理费"
)
_FEE_AMOUNT = re.compile(
    r"(?:收取|收缴|征收|实收|收到)[^，。；]{0,16}?处理费(?:用)?[^，。；0-9]{0,6}?"
    r"(?P<num>[0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千万亿]+)\s*(?P<unit>万元|元)"
)


# --- the reader -------------------------------------------------------------------------


def _sum_reading(parts: list[Reading]) -> Reading:
    """The reading that a number is the sum of *parts*."""
    cells = tuple(cell for part in parts for cell in part.cells)
    return Reading(" + ".join(p.label_zh for p in parts), "+".join(p.label_en for p in parts), cells)


_Words = list[tuple[str, str]]
_FAMILY = itemgetter(0)  # the family of a (family, word) pair


def _domain(words: _Words) -> str | None:
    """The subject words name: reviews, the documents of table 二, or requests."""
    found = None
    for family, word in words:
        if family in _REVIEW_FAMILIES:
            return "reviews"
        if family == "document":
            found = "disclosure"
        elif found is None and (family == "request" or (family == "result" and "申请" in word)):
            found = "requests"
    return found


@attrs.define
class _Sentence:
    """The state of the reader inside one sentence (mutable, local to one call)."""

    kind: str | None = None
    group: _Group | None = None
    row: str | None = None
    tokens: list[tuple[_Token, str]] = attrs.Factory(list)
    open_total: _Token | None = None
    open_parts: list[tuple[_Token, str]] = attrs.Factory(list)
    open_start: int = 0
    clause: int = 0


@attrs.define
class _Reader:
    """Collects claims while reading one report (mutable, local to :func:`read_prose`).

    :meth:`read` reads one prose field; *path*, *section* and *text* are the
    field being read.
    """

    vocabulary: _Vocabulary
    version_requests: FormatVersion
    path: str = ""
    section: int = 0
    text: str = ""
    cells: list[CellClaim] = attrs.Factory(list)
    upheld: list[UpheldClaim] = attrs.Factory(list)
    flags: list[Flag] = attrs.Factory(list)
    fees: list[FeeClaim] = attrs.Factory(list)
    breakdowns: list[Breakdown] = attrs.Factory(list)
    shares: list[StatedShare] = attrs.Factory(list)
    ends: list[int] | None = None
    """Where the sentences of :attr:`text` end (found when first needed)."""

    def _words(self, start: int, end: int) -> _Words:
        return list(map(self.vocabulary.families.__getitem__, self.vocabulary.pattern.findall(self.text, start, end)))

    def read(self, path: str, section: int, default: str | None, text: str) -> None:
        tokens = _tokens(text)
        # A claim in words has one of these characters (_flags looks no further without them).
        flagged = "办" in text or "毕" in text or "申" in text or "议" in text or "讼" in text or "费" in text
        if not tokens and not flagged:
            return
        self.path, self.section, self.text = path, section, text
        self.ends = None
        if flagged:
            self._flags(default)
        find_words, pair = self.vocabulary.pattern.findall, self.vocabulary.families.__getitem__
        domain = default
        seen = 0  # the text before this was read for its subject
        i = 0
        count = len(tokens)
        while i < count:
            start, end = self._sentence(tokens[i].start)
            j = i + 1
            while j < count and tokens[j].start < end:
                j += 1
            if seen < start:
                domain = self._last_domain(seen, start) or domain
            state = _Sentence()
            previous_end = start
            for token in tokens[i:j]:
                words = list(map(pair, find_words(text, previous_end, token.start)))
                if words:
                    domain = _domain(words) or domain
                state.clause = previous_end
                family = ""
                unit = token.unit
                if domain == "requests" and unit in _REQUEST_UNITS:
                    family = self._request(token, words, state)
                elif domain == "reviews" and unit in _REVIEW_UNITS:
                    family = self._review(token, words, state)
                elif domain == "disclosure" and unit in _DOCUMENT_UNITS:
                    self._document(token, words, state)
                if state.tokens or state.open_total is not None:
                    self._breakdown(token, words, previous_end, family, state)
                state.tokens.append((token, family))
                previous_end = token.end
            self._close(state)
            if j < count:  # the subject of the rest of the sentence carries to the next count
                domain = _domain(self._words(previous_end, end)) or domain
            seen = end
            i = j

    def _sentence(self, position: int) -> tuple[int, int]:
        """The bounds of the sentence around *position*."""
        ends = self.ends
        if ends is None:
            ends = self.ends = _sentence_ends(self.text)
        index = bisect_left(ends, position)
        return (ends[index - 1] + 1 if index else 0), (ends[index] if index < len(ends) else len(self.text))

    def _clause_start(self, start: int, end: int) -> int:
        """The start of the clause that ends at *end* (not before *start*)."""
        match = _TO_LAST_MARK.match(self.text, start, end)
        return start if match is None else match.end()

    def _last_domain(self, start: int, end: int) -> str | None:
        """The subject of the last sentence between *start* and *end* that names one."""
        text = self.text
        rfind = text.rfind
        last = max(
            rfind("申请", start, end),
            rfind("复议", start, end),
            rfind("诉讼", start, end),
            rfind("起诉", start, end),
            rfind("规章", start, end),
            rfind("规范性文件", start, end),
        )
        if last < 0:
            return None
        sentence_start, sentence_end = self._sentence(last)
        return _domain(self._words(max(start, sentence_start), min(end, sentence_end)))

    def _span(self, start: int, end: int) -> Span:
        return _span(self.text, self.path, start, end)

    def _token_span(self, token: _Token, state: _Sentence, end: int | None = None) -> Span:
        """The clause that states *token*: from the last mark before it (up to *end*, by default the token's end)."""
        text, start, stop = self.text, state.clause, token.start
        match = _TO_LAST_MARK.match(text, start, stop)
        if match is not None:
            start = match.end()
        end = token.end if end is None else end
        while start < end and text[start].isspace():
            start += 1
        return new_span(self.path, start, end, text[start:end])

    def _claim(
        self,
        code: str,
        table: str,
        readings: tuple[Reading, ...],
        token: _Token,
        *,
        span: Span,
        share: Share | None = None,
        alternatives: tuple[Reading, ...] = (),
    ) -> None:
        fields = (code, table, readings, token.value, token.approximate, span, self.section, share, alternatives)
        self.cells.append(_new(CellClaim, fields))

    # -- one count --

    def _request(self, token: _Token, words: _Words, state: _Sentence) -> str:
        text, vocabulary = self.text, self.vocabulary
        cache = vocabulary.readings
        applicant = ""
        results: list[str] = []
        kinds: list[str] = []
        for family, word in words:
            if family == "applicant":
                applicant = word
            elif family == "result":
                results.append(word)
            elif family in _VERB_KINDS:
                kinds.append(family)
        share = _share(text, token.end, self.path)
        if results:
            names = list(dict.fromkeys(results))
            if len(names) == 1:
                reading = cache[names[0], applicant]
            else:
                parts = [cache[name, applicant] for name in names]
                cells = tuple(cell for part in parts for cell in part.cells)
                reading = Reading("、".join(p.label_zh for p in parts), "+".join(p.label_en for p in parts), cells)
            self._claim("X602", "requests", (reading,), token, span=self._token_span(token, state), share=share)
            return f"results:{vocabulary.results[names[0]][1]}" if len(names) == 1 else ""
        family = ""
        trailing_end: int | None = None
        if not kinds and applicant and state.kind is not None:
            kinds = [state.kind]
            family = "applicants:" + ",".join(vocabulary.applicants[applicant])
        if not kinds:
            trailing = _TRAILING_VERBS.search(_CLAUSE_END.split(text[token.end : token.end + 14])[0])
            if trailing is not None and trailing.lastgroup is not None:
                kinds = [trailing.lastgroup]
                trailing_end = token.end + trailing.end()
        if not kinds:
            return family
        expanded: list[str] = []
        for kind in dict.fromkeys(kinds):
            expanded += _EXPANSIONS.get(kind, (kind,))
        expanded = list(dict.fromkeys(expanded))
        readings = [cache[kind, applicant] for kind in expanded]
        if len(set(kinds)) > 1 and "carried" not in kinds:
            readings.append(_sum_reading(readings))
        alternatives: tuple[Reading, ...] = ()
        if expanded == ["new_requests"]:
            with_carried = _sum_reading([readings[0], cache["carried_over", applicant]])
            if _INCLUDES_CARRIED.match(text, token.end):
                readings.append(with_carried)
            else:
                alternatives = (with_carried,)
        if len(expanded) == 1:
            state.kind = expanded[0]
        span = self._token_span(token, state, trailing_end)
        self._claim("X601", "requests", tuple(readings), token, span=span, share=share, alternatives=alternatives)
        return family

    def _review(self, token: _Token, words: _Words, state: _Sentence) -> str:
        groups: list[_Group] = []
        outcomes: list[str] = []
        for family, word in words:
            if family == "group":
                groups.append(_GROUP_WORDS[word])
            elif family == "outcome":
                outcomes.append(_OUTCOME_WORDS[word])
        column = outcomes[-1] if outcomes else "total"
        if groups:
            state.group = groups[-1]
        elif not outcomes:
            return ""
        span = self._token_span(token, state)
        if len(groups) > 1 and self.text[max(0, token.start - 3) : token.start].rstrip().endswith("各"):
            for group in groups:  # 行政复议、行政诉讼各 N 件: each group N
                self._claim("X603", "reviews", (_REVIEW_READINGS[group, column],), token, span=span)
        elif len(groups) > 1:  # 行政复议、行政诉讼 N 件: their sum
            parts = [_REVIEW_READINGS[group, column] for group in groups]
            self._claim("X603", "reviews", (_sum_reading(parts),), token, span=span)
        elif state.group is not None:
            self._claim("X603", "reviews", (_REVIEW_READINGS[state.group, column],), token, span=span)
        else:  # an outcome before any group is named: it may be of either
            readings = tuple(_REVIEW_READINGS[group, column] for group in _EITHER_GROUP)
            self._claim("X603", "reviews", readings, token, span=span)
        return f"outcomes:{column}" if outcomes and not groups else ""

    def _document(self, token: _Token, words: _Words, state: _Sentence) -> None:
        vocabulary = self.vocabulary
        rows = [word for family, word in words if family == "document"]
        if rows:
            state.row = rows[-1]
        actions = [word for family, word in words if family == "action"]
        if not actions or state.row is None:
            return
        reading = vocabulary.readings[state.row, actions[-1]]
        self._claim("X604", "disclosure", (reading,), token, span=self._token_span(token, state))

    # -- breakdowns (X607) --

    def _breakdown(self, token: _Token, words: _Words, segment_start: int, family: str, state: _Sentence) -> None:
        """Read *token* as a part or a total of a breakdown (only called after a first count of the sentence)."""
        families = set(map(_FAMILY, words))
        if state.open_total is not None:
            interrupts = (
                "breakdown" in families
                or not families.isdisjoint(_VERB_KINDS)
                or "group" in families
                or token.unit != state.open_total.unit
            )
            if not interrupts:
                state.open_parts.append((token, family))
                self._stated_share(token, state)
                return
            self._close(state)
        if "breakdown" in families and state.tokens:
            total = state.tokens[-1][0]
            if total.unit == token.unit:
                state.open_total = total
                state.open_parts = [(token, family)]
                state.open_start = total.start
                self._stated_share(token, state)
                return
        if len(state.tokens) >= 2 and _SUM_AFTER.fullmatch(self.text, segment_start, token.start):
            parts: list[_Token] = []
            for earlier, _ in reversed(state.tokens):
                if earlier.unit != token.unit:
                    break
                parts.append(earlier)
            if len(parts) >= 2:
                parts.reverse()
                first = parts[0].start
                self.breakdowns.append(
                    Breakdown(
                        total=token.value,
                        parts=tuple(p.value for p in parts),
                        complete=True,
                        approximate=token.approximate or any(p.approximate for p in parts),
                        span=self._span(self._clause_start(max(0, first - 12), first), token.end),
                        section=self.section,
                    )
                )

    def _stated_share(self, token: _Token, state: _Sentence) -> None:
        share = _share(self.text, token.end, self.path)
        if share is not None and state.open_total is not None:
            span = self._span(self._clause_start(state.open_start, token.start), share.span.end)
            self.shares.append(StatedShare(token.value, state.open_total.value, share, span, self.section))

    def _close(self, state: _Sentence) -> None:
        total = state.open_total
        if total is None:
            return
        by_family: dict[str, list[_Token]] = {}
        for token, family in state.open_parts:
            by_family.setdefault(family.split(":", 1)[0], []).append(token)
        groups = {f: tokens for f, tokens in by_family.items() if f} or by_family
        start = self._clause_start(max(0, state.open_start - 30), state.open_start)
        for family, tokens in groups.items():
            keys = {f.split(":", 1)[1] for _, f in state.open_parts if f.startswith(family + ":")}
            self.breakdowns.append(
                Breakdown(
                    total=total.value,
                    parts=tuple(t.value for t in tokens),
                    complete=_complete(family, keys, self.version_requests),
                    approximate=total.approximate or any(t.approximate for t in tokens),
                    span=self._span(start, tokens[-1].end),
                    section=self.section,
                )
            )
        state.open_total = None
        state.open_parts = []

    # -- claims in words (X606, X603) --

    def _flags(self, default: str | None) -> None:
        text, section = self.text, self.section
        # Each pattern is only run on a text that has the words it cannot match without.
        negated = "未" in text or "没" in text
        if ("办结" in text or "完毕" in text or "办理完成" in text) and (
            "均" in text or "部" in text or "都" in text or "悉" in text
        ):
            for match in _ALL_DONE.finditer(text):
                start = self._sentence(match.start())[0]
                before = text[start : match.start()]
                if "结转" in before or _REVIEW_HINT.search(before):
                    continue
                if default == "requests" or "申请" in before:
                    self.flags.append(Flag("all_done", self._flag_span(start, match), section))
        if "申请" in text and (negated or "无" in text):
            for match in _NO_REQUESTS.finditer(text):
                start = self._sentence(match.start())[0]
                self.flags.append(Flag("no_requests", self._flag_span(start, match), section))
        if ("复议" in text or "诉讼" in text) and negated:
            for match in _NO_CASES.finditer(text):
                if match.start() and text[match.start() - 1] == "尚":
                    continue
                start = self._sentence(match.start())[0]
                if "复议" in match[0] and "复议后" not in match[0]:
                    self.flags.append(Flag("no_review", self._flag_span(start, match), section))
                if "诉讼" in match[0] or "起诉" in match[0]:
                    self.flags.append(Flag("no_litigation", self._flag_span(start, match), section))
        if "维" in text and ("复议" in text or "诉讼" in text):
            for match in _UPHELD_ALL.finditer(text):
                start = self._sentence(match.start())[0]
                groups = [_GROUP_WORDS[m[0]] for m in _GROUPS.finditer(text, start, match.start())]
                rows = groups[-1][1] if groups else (_REVIEW_ROW.key, *_LITIGATION_ROWS)
                self.upheld.append(UpheldClaim(rows, self._flag_span(start, match), section))
        if "处理费" in text and (negated or "不" in text or "无" in text or "免" in text):
            for match in _NO_FEE.finditer(text):
                start = self._sentence(match.start())[0]
                self.flags.append(Flag("no_fee", self._flag_span(start, match), section))
        if "处理费" in text and "收" in text and "元" in text:
            for match in _FEE_AMOUNT.finditer(text):
                amount = _number(match["num"])
                if amount is None:
                    continue
                value = Decimal(amount) * (10_000 if match["unit"] == "万元" else 1)
                start = self._sentence(match.start())[0]
                self.fees.append(FeeClaim(value, self._flag_span(start, match), section))

    def _flag_span(self, start: int, match: re.Match[str]) -> Span:
        return self._span(self._clause_start(start, match.start()), match.end())


def _complete_sets() -> Mapping[tuple[str, FormatVersion], frozenset[str]]:
    """Per family of parts and format: the keys that make a complete set."""
    sets: dict[tuple[str, FormatVersion], frozenset[str]] = {}
    for version in FormatVersion:
        spec = layout_for(version).requests
        sets["outcomes", version] = frozenset(c.key for c in _REVIEWS.columns if not c.sums)
        sets["applicants", version] = frozenset(c.key for c in spec.columns if not c.sums)
        top = {g.key for g in spec.groups if g.parent == "results"}
        top |= {r.key for r in spec.rows if r.parent == "results" and not r.sums}
        sets["results", version] = frozenset(top)
    return MappingProxyType(sets)


_COMPLETE = _complete_sets()


def _complete(family: str, keys: set[str], version: FormatVersion) -> bool:
    """Whether parts of *family* with *keys* are a complete set (all outcomes, results or applicants)."""
    needed = _COMPLETE.get((family, version))
    if needed is None:
        return False
    if family == "applicants":
        return {column for key in keys for column in key.split(",")} >= needed
    return keys >= needed


def read_prose(report: AnnualReport) -> ProseReading:
    """Read the numbers and claims of every prose field of *report*."""
    requests = report.requests.spec.version if report.requests is not None else None
    documents = report.disclosure.spec.version if report.disclosure is not None else None
    requests = requests or report.format
    reader = _Reader(_VOCABULARIES[requests, documents or report.format], requests)
    for path, section, domain, text in prose_fields(report):
        reader.read(path, section, domain, text)
    return ProseReading(
        tuple(reader.cells),
        tuple(reader.upheld),
        tuple(reader.flags),
        tuple(reader.fees),
        tuple(reader.breakdowns),
        tuple(reader.shares),
    )
