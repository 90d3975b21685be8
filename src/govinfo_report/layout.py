"""The official layout of the annual report, written once, as data.

Every heading, row and column of both formats (the 2021 format of
国办公开办函〔2021〕30号 and the 2019 trial format of 国办公开办函〔2019〕60号)
is described here with a stable English key, its official Chinese label, its
numbering and the label variants real reports print. The model, the
serializers, the JSON Schema, the renderers, the parsers and the rule checks all
read this module; nothing else spells an official label.

>>> from govinfo_report.layout import FormatVersion, layout_for
>>> layout = layout_for(FormatVersion.V2021)
>>> [s.heading for s in layout.sections][:2]
['一、总体情况', '二、主动公开政府信息情况']
>>> layout.requests.row("granted").full_label
'（一）予以公开'
>>> len(layout.requests.rows), len(layout_for(FormatVersion.V2019).requests.rows)
(25, 23)
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs

from govinfo_report.errors import UnknownKeyError

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = [
    "INFO_FIELDS",
    "NO_TOPIC",
    "BodyKind",
    "CellKind",
    "ChannelKind",
    "ColumnSpec",
    "FormatLayout",
    "FormatVersion",
    "InfoField",
    "RowGroup",
    "RowSpec",
    "SectionSpec",
    "TableBlock",
    "TableSpec",
    "TopicSpec",
    "layout_for",
    "normalize_label",
]


class FormatVersion(enum.Enum):
    """Which official format a report follows."""

    V2019 = "2019"
    """The trial format (国办公开办函〔2019〕60号), used for the 2019 and 2020 reports."""
    V2021 = "2021"
    """The format of 国办公开办函〔2021〕30号, used from the 2021 report on."""

    @classmethod
    def for_year(cls, year: int) -> FormatVersion:
        """The format a report for *year* should follow.

        >>> FormatVersion.for_year(2020), FormatVersion.for_year(2024)
        (<FormatVersion.V2019: '2019'>, <FormatVersion.V2021: '2021'>)
        """
        if year < 2019:
            raise UnknownKeyError(year, "a year with a unified report format (2019 or later)")
        return cls.V2019 if year < 2021 else cls.V2021


class BodyKind(enum.Enum):
    """What kind of administrative body publishes the report (条例第四十九条, 第五十条)."""

    DEPARTMENT = "department"
    """县级以上人民政府部门: a department of a government."""
    GOVERNMENT = "government"
    """本级人民政府: a government's own report."""
    TOWNSHIP = "township"
    """乡镇人民政府 or 街道办事处."""
    OTHER = "other"
    """Any other body (e.g. an administrative committee of a development zone)."""

    @property
    def label(self) -> str:
        """The Chinese name of this kind of body."""
        return _BODY_KIND_LABELS[self]


_BODY_KIND_LABELS = MappingProxyType(
    {
        BodyKind.DEPARTMENT: "人民政府部门",
        BodyKind.GOVERNMENT: "本级人民政府",
        BodyKind.TOWNSHIP: "乡镇街道",
        BodyKind.OTHER: "其他",
    }
)


class CellKind(enum.Enum):
    """What a numeric column holds."""

    COUNT = "count"
    """A non-negative integer."""
    SIGNED_COUNT = "signed_count"
    """An integer that may be negative (the 本年增/减 of the 2019 format)."""
    MONEY = "money"
    """A non-negative :class:`~decimal.Decimal` amount in the column's unit."""
    AMOUNT = "amount"
    """A non-negative amount printed with its own unit (2019 政府集中采购 总金额)."""


_FULLWIDTH = str.maketrans(
    {
        "(": "（",
        ")": "）",
        ",": "，",
        ":": "：",
        ";": "；",
        '"': "“",
        "\u201d": "“",
        "\u300c": "“",
        "\u300d": "“",
        "、": "",
        "．": "",
        ".": "",
        " ": "",
        "\u3000": "",
        "\t": "",
        "\n": "",
        "\r": "",
        "\u00a0": "",
    }
)


def normalize_label(text: str) -> str:
    """Fold the differences real reports make in a label that do not change its meaning.

    Half-width brackets and commas become full-width, quotes become one kind,
    and spaces and enumeration marks (``、`` ``.``) are dropped, so that labels
    can be compared for identity.

    >>> normalize_label("(二) 部分公开") == normalize_label("（二）部分公开")
    True
    >>> normalize_label('3.危及"三安全一稳定"') == normalize_label("3、危及“三安全一稳定”")
    True
    """
    return text.translate(_FULLWIDTH)


@attrs.frozen(kw_only=True)
class RowSpec:
    """One numeric row of an official table.

    *numbering* is the ordinal printed before the label (``（一）``, ``1.``)
    and *parent* the key of the group the row stands in, if any. A total row
    names in *sums* the rows it adds up.
    """

    key: str
    label: str
    numbering: str = ""
    parent: str | None = None
    variants: tuple[str, ...] = ()
    sums: tuple[str, ...] = ()

    @property
    def full_label(self) -> str:
        """The label as the official table prints it, numbering included."""
        return self.numbering + self.label

    @property
    def short_label(self) -> str:
        """:attr:`full_label` without the long note in brackets some rows end with.

        >>> layout_for("2021").requests.row("partially_granted").short_label
        '（二）部分公开'
        """
        full = self.full_label
        head, _, rest = full.rpartition("（")
        return head if head and rest.endswith("）") and len(rest) > 8 else full


@attrs.frozen(kw_only=True)
class RowGroup:
    """A label that groups rows and carries no numbers of its own (``（三）不予公开``)."""

    key: str
    label: str
    numbering: str = ""
    parent: str | None = None
    variants: tuple[str, ...] = ()

    @property
    def full_label(self) -> str:
        """The label as the official table prints it, numbering included."""
        return self.numbering + self.label


@attrs.frozen(kw_only=True)
class ColumnSpec:
    """One numeric column of an official table.

    *group* is the label of a merged header over several columns
    (``法人或其他组织``); *unit* the unit of a money column (``万元``).
    """

    key: str
    label: str
    kind: CellKind = CellKind.COUNT
    group: str | None = None
    unit: str | None = None
    variants: tuple[str, ...] = ()
    sums: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class TableBlock:
    """A block of rows sharing a header (table 二 has one per cited item of 第二十条)."""

    rows: tuple[RowSpec, ...]
    columns: tuple[ColumnSpec, ...]
    article: int | None = None
    item: int | None = None
    heading_label: str = "信息内容"

    @property
    def citation(self) -> str:
        """The legal citation printed above the block, e.g. ``第二十条第（一）项``."""
        if self.article is None or self.item is None:
            return ""
        return f"第{_CHINESE_ORDINALS[self.article]}条第（{_CHINESE_ORDINALS[self.item]}）项"


def _lookup(items: tuple[RowSpec, ...] | tuple[ColumnSpec, ...]) -> Mapping[str, str]:
    table: dict[str, str] = {}
    for item in items:
        names = [item.key, item.label, *item.variants]
        if isinstance(item, RowSpec):
            names += [item.numbering + name for name in (item.label, *item.variants)]
        for name in names:
            table.setdefault(name, item.key)
            table.setdefault(normalize_label(name), item.key)
    return MappingProxyType(table)


@attrs.frozen(kw_only=True, eq=False)
class TableSpec:
    """The official layout of one table: its blocks of rows and columns.

    Cells are addressed by ``(row key, column key)``; rows are unique in the
    table, columns within their block. Specs are compared by identity: there is
    one per table and format. *version* is ``None`` for a table that both
    formats share (table 四).
    """

    key: str
    section: int
    version: FormatVersion | None
    title: str
    blocks: tuple[TableBlock, ...]
    groups: tuple[RowGroup, ...] = ()
    note: str = ""
    header: str = ""

    rows: tuple[RowSpec, ...] = attrs.field(init=False)
    columns: tuple[ColumnSpec, ...] = attrs.field(init=False)
    cells: tuple[tuple[str, str], ...] = attrs.field(init=False)
    _index: Mapping[tuple[str, str], int] = attrs.field(init=False, repr=False)
    _row_names: Mapping[str, str] = attrs.field(init=False, repr=False)
    _column_names: Mapping[str, str] = attrs.field(init=False, repr=False)
    _rows_by_key: Mapping[str, RowSpec] = attrs.field(init=False, repr=False)
    _block_of_row: Mapping[str, TableBlock] = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        rows = tuple(row for block in self.blocks for row in block.rows)
        columns: dict[str, ColumnSpec] = {}
        for block in self.blocks:
            for column in block.columns:
                columns.setdefault(column.key, column)
        cells = tuple((row.key, col.key) for block in self.blocks for row in block.rows for col in block.columns)
        set_ = object.__setattr__
        set_(self, "rows", rows)
        set_(self, "columns", tuple(columns.values()))
        set_(self, "cells", cells)
        set_(self, "_index", MappingProxyType({cell: i for i, cell in enumerate(cells)}))
        set_(self, "_row_names", _lookup(rows))
        set_(self, "_column_names", _lookup(tuple(columns.values())))
        set_(self, "_rows_by_key", MappingProxyType({row.key: row for row in rows}))
        set_(
            self,
            "_block_of_row",
            MappingProxyType({row.key: block for block in self.blocks for row in block.rows}),
        )

    @property
    def name(self) -> str:
        """A short name for messages.

        >>> from govinfo_report.layout import FormatVersion, layout_for
        >>> layout_for(FormatVersion.V2021).requests.name
        'table 三 (2021 format)'
        """
        if self.version is None:
            return f"table {_CHINESE_ORDINALS[self.section]}"
        return f"table {_CHINESE_ORDINALS[self.section]} ({self.version.value} format)"

    def row_key(self, name: str) -> str:
        """The key of the row called *name* (a key, an official label or a known variant).

        >>> from govinfo_report.layout import FormatVersion, layout_for
        >>> layout_for(FormatVersion.V2021).requests.row_key("(一)予以公开")
        'granted'
        """
        key = self._row_names.get(name)
        if key is None:
            key = self._row_names.get(normalize_label(name))
        if key is None:
            raise UnknownKeyError(name, f"a row of {self.name}", known=tuple(self._rows_by_key))
        return key

    def column_key(self, name: str, row: str | None = None) -> str:
        """The key of the column called *name*; with *row*, it must belong to that row's block."""
        key = self._column_names.get(name)
        if key is None:
            key = self._column_names.get(normalize_label(name))
        block_columns = tuple(c.key for c in self._block_of_row[row].columns) if row is not None else None
        if key is None or (block_columns is not None and key not in block_columns):
            known = block_columns or tuple(c.key for c in self.columns)
            where = f"a column of row {row!r} in {self.name}" if row else f"a column of {self.name}"
            raise UnknownKeyError(name, where, known=known)
        return key

    def row(self, name: str) -> RowSpec:
        """The row called *name* (key, label or variant)."""
        return self._rows_by_key[self.row_key(name)]

    def column(self, name: str) -> ColumnSpec:
        """The column called *name* (key, label or variant)."""
        key = self.column_key(name)
        return next(c for c in self.columns if c.key == key)

    def block_of(self, row: str) -> TableBlock:
        """The block that holds the row with key *row*."""
        return self._block_of_row[self.row_key(row)]

    def group(self, key: str) -> RowGroup:
        """The row group with key *key*."""
        for group in self.groups:
            if group.key == key:
                return group
        raise UnknownKeyError(key, f"a row group of {self.name}", known=tuple(g.key for g in self.groups))

    def index(self, row: str, column: str) -> int:
        """The position of cell ``(row, column)`` in :attr:`cells` (keys or labels)."""
        row_key = self.row_key(row)
        position = self._index.get((row_key, column))
        if position is None:
            position = self._index.get((row_key, self.column_key(column, row_key)))
        if position is None:  # pragma: no cover - column_key already checked the block
            raise UnknownKeyError((row, column), f"a cell of {self.name}")
        return position

    def column_of(self, row: str, column: str) -> ColumnSpec:
        """The column spec of cell ``(row, column)``."""
        block = self.block_of(row)
        key = self.column_key(column, block.rows[0].key)
        return next(c for c in block.columns if c.key == key)

    def iter_cells(self) -> Iterator[tuple[RowSpec, ColumnSpec]]:
        """Every cell position in order, as (row spec, column spec) pairs."""
        for block in self.blocks:
            for row in block.rows:
                for column in block.columns:
                    yield row, column

    def path(self, row: str, column: str) -> str:
        """The JSON path of a cell, as used by serialization errors and rule findings.

        >>> from govinfo_report.layout import FormatVersion, layout_for
        >>> layout_for(FormatVersion.V2021).requests.path("granted", "自然人")
        '$.requests.granted.natural_person'
        """
        row_key = self.row_key(row)
        return f"$.{self.key}.{row_key}.{self.column_key(column, row_key)}"


@attrs.frozen(kw_only=True)
class SectionSpec:
    """One of the six sections: its key, ordinal and official heading."""

    key: str
    number: int
    title: str
    variants: tuple[str, ...] = ()

    @property
    def heading(self) -> str:
        """The heading as the official format prints it, e.g. ``一、总体情况``."""
        return f"{_CHINESE_ORDINALS[self.number]}、{self.title}"


@attrs.frozen(kw_only=True)
class TopicSpec:
    """A customary sub-topic of section 一 (``（一）主动公开``)."""

    key: str
    label: str
    variants: tuple[str, ...] = ()
    governments_only: bool = False


@attrs.frozen(kw_only=True, eq=False)
class FormatLayout:
    """Everything one format version prescribes: sections, sub-topics and tables."""

    version: FormatVersion
    document: str
    sections: tuple[SectionSpec, ...]
    topics: tuple[TopicSpec, ...]
    disclosure: TableSpec
    requests: TableSpec
    reviews: TableSpec
    _topic_keys: Mapping[str, str] = attrs.field(init=False, repr=False)
    """Each folded label and variant of a sub-topic, and its key (the first topic naming it)."""

    @_topic_keys.default
    def _fold_topic_names(self) -> Mapping[str, str]:
        keys: dict[str, str] = {}
        for spec in self.topics:
            for name in (spec.label, *spec.variants):
                keys.setdefault(normalize_label(name), spec.key)
        return MappingProxyType(keys)

    @property
    def tables(self) -> tuple[TableSpec, ...]:
        """The three tables, in the order of the sections."""
        return (self.disclosure, self.requests, self.reviews)

    def section(self, key: str) -> SectionSpec:
        """The section with *key* (``overview`` … ``other_matters``) or number 1–6."""
        for spec in self.sections:
            if key in (spec.key, str(spec.number), spec.title):
                return spec
        raise UnknownKeyError(key, "a section", known=tuple(s.key for s in self.sections))

    def topic_key(self, title: str) -> str | None:
        """The key of the sub-topic of section 一 that *title* names exactly, or ``None``.

        The title, folded by :func:`normalize_label`, must equal the folded label
        or a folded variant of a topic; the first such topic wins.

        >>> layout = layout_for("2021")
        >>> layout.topic_key("主动公开情况"), layout.topic_key("(五)监督保障"), layout.topic_key("其他工作")
        ('active', None, None)
        """
        return self._topic_keys.get(normalize_label(title))


_CHINESE_ORDINALS = ("", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
                     "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十")  # fmt: skip


def _ordinal(n: int) -> str:
    return f"（{_CHINESE_ORDINALS[n]}）"


# --- sections --------------------------------------------------------------------------

_SECTIONS_2021 = (
    SectionSpec(key="overview", number=1, title="总体情况"),
    SectionSpec(key="disclosure", number=2, title="主动公开政府信息情况"),
    SectionSpec(
        key="requests",
        number=3,
        title="收到和处理政府信息公开申请情况",
        variants=("收到和处理政府信息公开申请的情况",),
    ),
    SectionSpec(
        key="reviews",
        number=4,
        title="政府信息公开行政复议、行政诉讼情况",
        variants=(
            "政府信息公开行政复议、行政诉讼的情况",
            "因政府信息公开工作被申请行政复议、提起行政诉讼情况",
        ),
    ),
    SectionSpec(
        key="improvements",
        number=5,
        title="存在的主要问题及改进情况",
        variants=("政府信息公开工作存在的主要问题及改进情况", "存在的主要问题和改进情况"),
    ),
    SectionSpec(key="other_matters", number=6, title="其他需要报告的事项"),
)

_TOPICS = (
    TopicSpec(key="active", label="主动公开", variants=("主动公开情况", "主动公开工作")),
    TopicSpec(key="on_request", label="依申请公开", variants=("依申请公开情况",)),
    TopicSpec(key="management", label="政府信息管理", variants=("政府信息管理情况",)),
    TopicSpec(
        key="platforms",
        label="政府信息公开平台建设",
        variants=("平台建设", "政府信息公开平台建设情况", "政务公开平台建设"),
    ),
    TopicSpec(
        key="oversight",
        label="监督保障",
        variants=("监督保障情况", "政府信息公开监督保障情况", "监督保障工作"),
    ),
    TopicSpec(
        key="assessment",
        label="工作考核、社会评议和责任追究结果情况",
        variants=("工作考核、社会评议和责任追究结果",),
        governments_only=True,
    ),
)

# --- table 二 --------------------------------------------------------------------------

# Rows both formats share, written once.
_REGULATIONS = RowSpec(key="regulations", label="规章")
_LICENSING = RowSpec(key="licensing", label="行政许可")
_PENALTIES = RowSpec(key="penalties", label="行政处罚")
_ENFORCEMENT = RowSpec(key="enforcement", label="行政强制")
_FEES = RowSpec(key="fees", label="行政事业性收费")
_DECISIONS_2021 = ColumnSpec(key="decisions", label="本年处理决定数量")

_DISCLOSURE_2021 = TableSpec(
    key="disclosure",
    section=2,
    version=FormatVersion.V2021,
    title="主动公开政府信息情况表",
    blocks=(
        TableBlock(
            article=20,
            item=1,
            rows=(
                _REGULATIONS,
                RowSpec(key="normative_documents", label="行政规范性文件", variants=("规范性文件",)),
            ),
            columns=(
                ColumnSpec(key="issued", label="本年制发件数", variants=("本年新制作数量",)),
                ColumnSpec(key="repealed", label="本年废止件数"),
                ColumnSpec(key="in_force", label="现行有效件数"),
            ),
        ),
        TableBlock(
            article=20,
            item=5,
            rows=(_LICENSING,),
            columns=(_DECISIONS_2021,),
        ),
        TableBlock(
            article=20,
            item=6,
            rows=(
                _PENALTIES,
                _ENFORCEMENT,
            ),
            columns=(_DECISIONS_2021,),
        ),
        TableBlock(
            article=20,
            item=8,
            rows=(_FEES,),
            columns=(
                ColumnSpec(
                    key="amount",
                    label="本年收费金额（单位：万元）",
                    kind=CellKind.MONEY,
                    unit="万元",
                    variants=("本年收费金额", "本年收费金额(单位:万元)"),
                ),
            ),
        ),
    ),
)

_PREVIOUS_ITEMS = ColumnSpec(key="previous_items", label="上一年项目数量")
_CHANGE = ColumnSpec(key="change", label="本年增/减", kind=CellKind.SIGNED_COUNT, variants=("本年增减",))
_DECISIONS_2019 = ColumnSpec(key="decisions", label="处理决定数量")

_DISCLOSURE_2019 = TableSpec(
    key="disclosure",
    section=2,
    version=FormatVersion.V2019,
    title="主动公开政府信息情况表",
    blocks=(
        TableBlock(
            article=20,
            item=1,
            rows=(
                _REGULATIONS,
                RowSpec(key="normative_documents", label="规范性文件", variants=("行政规范性文件",)),
            ),
            columns=(
                ColumnSpec(key="produced", label="本年新制作数量"),
                ColumnSpec(key="published", label="本年新公开数量"),
                ColumnSpec(key="total_published", label="对外公开总数量"),
            ),
        ),
        TableBlock(
            article=20,
            item=5,
            rows=(
                _LICENSING,
                RowSpec(key="other_services", label="其他对外管理服务事项"),
            ),
            columns=(_PREVIOUS_ITEMS, _CHANGE, _DECISIONS_2019),
        ),
        TableBlock(
            article=20,
            item=6,
            rows=(
                _PENALTIES,
                _ENFORCEMENT,
            ),
            columns=(_PREVIOUS_ITEMS, _CHANGE, _DECISIONS_2019),
        ),
        TableBlock(
            article=20,
            item=8,
            rows=(_FEES,),
            columns=(_PREVIOUS_ITEMS, _CHANGE),
        ),
        TableBlock(
            article=20,
            item=9,
            rows=(RowSpec(key="procurement", label="政府集中采购"),),
            columns=(
                ColumnSpec(key="procurement_items", label="采购项目数量"),
                ColumnSpec(key="procurement_amount", label="采购总金额", kind=CellKind.AMOUNT),
            ),
        ),
    ),
)

# --- table 三 --------------------------------------------------------------------------

_APPLICANT_COLUMNS = (
    ColumnSpec(key="natural_person", label="自然人"),
    ColumnSpec(key="commercial_enterprise", label="商业企业", group="法人或其他组织"),
    ColumnSpec(key="research_institution", label="科研机构", group="法人或其他组织"),
    ColumnSpec(key="social_welfare_organization", label="社会公益组织", group="法人或其他组织"),
    ColumnSpec(key="legal_service_institution", label="法律服务机构", group="法人或其他组织"),
    ColumnSpec(key="other_organization", label="其他", group="法人或其他组织"),
)
_REQUEST_COLUMNS = (
    *_APPLICANT_COLUMNS,
    ColumnSpec(key="total", label="总计", sums=tuple(c.key for c in _APPLICANT_COLUMNS)),
)

_REQUEST_GROUPS = (
    RowGroup(key="results", label="本年度办理结果", numbering="三、"),
    RowGroup(key="denied", label="不予公开", numbering=_ordinal(3), parent="results"),
    RowGroup(key="unable", label="无法提供", numbering=_ordinal(4), parent="results"),
    RowGroup(key="not_processed", label="不予处理", numbering=_ordinal(5), parent="results"),
    RowGroup(key="other_handling", label="其他处理", numbering=_ordinal(6), parent="results"),
)


def _items(parent: str, labels: tuple[tuple[str, str, tuple[str, ...]], ...]) -> tuple[RowSpec, ...]:
    return tuple(
        RowSpec(key=key, label=label, numbering=f"{n}.", parent=parent, variants=variants)
        for n, (key, label, variants) in enumerate(labels, start=1)
    )


_DENIED = _items(
    "denied",
    (
        ("denied_state_secret", "属于国家秘密", ()),
        (
            "denied_prohibited_by_law",
            "其他法律行政法规禁止公开",
            ("其他法律行政止公开", "其他法律、行政法规禁止公开"),
        ),
        ("denied_three_safeties", "危及“三安全一稳定”", ("危及三安全一稳定", "危及“三安全一稳定”")),
        ("denied_third_party", "保护第三方合法权益", ()),
        ("denied_internal_affairs", "属于三类内部事务信息", ()),
        ("denied_process_information", "属于四类过程性信息", ()),
        ("denied_enforcement_files", "属于行政执法案卷", ()),
        ("denied_administrative_query", "属于行政查询事项", ()),
    ),
)
_UNABLE = _items(
    "unable",
    (
        ("unable_not_held", "本机关不掌握相关政府信息", ()),
        ("unable_needs_creation", "没有现成信息需要另行制作", ()),
        ("unable_unclear", "补正后申请内容仍不明确", ()),
    ),
)
_NOT_PROCESSED = _items(
    "not_processed",
    (
        ("not_processed_complaint", "信访举报投诉类申请", ()),
        ("not_processed_repeated", "重复申请", ()),
        ("not_processed_publication", "要求提供公开出版物", ()),
        ("not_processed_excessive", "无正当理由大量反复申请", ()),
        ("not_processed_confirmation", "要求行政机关确认或重新出具已获取信息", ()),
    ),
)
_OTHER_HANDLING = _items(
    "other_handling",
    (
        (
            "other_no_correction",
            "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            ("申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请",),
        ),
        (
            "other_fee_unpaid",
            "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            ("申请人逾期未按收费通知要求缴纳费用，行政机关不再处理其政府信息公开申请",),
        ),
        ("other_other", "其他", ()),
    ),
)


def _request_rows(other_handling: tuple[RowSpec, ...]) -> tuple[RowSpec, ...]:
    head = (
        RowSpec(key="new_requests", label="本年新收政府信息公开申请数量", numbering="一、"),
        RowSpec(key="carried_over", label="上年结转政府信息公开申请数量", numbering="二、"),
        RowSpec(key="granted", label="予以公开", numbering=_ordinal(1), parent="results"),
        RowSpec(
            key="partially_granted",
            label="部分公开（区分处理的，只计这一情形，不计其他情形）",
            numbering=_ordinal(2),
            parent="results",
            variants=("部分公开",),
        ),
        *_DENIED,
        *_UNABLE,
        *_NOT_PROCESSED,
        *other_handling,
    )
    results = tuple(row.key for row in head[2:])
    return (
        *head,
        RowSpec(key="total_handled", label="总计", numbering=_ordinal(7), parent="results", sums=results),
        RowSpec(key="carried_forward", label="结转下年度继续办理", numbering="四、"),
    )


_REQUESTS_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"

_REQUESTS_2021 = TableSpec(
    key="requests",
    section=3,
    version=FormatVersion.V2021,
    title="收到和处理政府信息公开申请情况表",
    blocks=(TableBlock(rows=_request_rows(_OTHER_HANDLING), columns=_REQUEST_COLUMNS, heading_label=""),),
    groups=_REQUEST_GROUPS,
    note=_REQUESTS_NOTE,
    header="申请人情况",
)

_OTHER_HANDLING_SINGLE = (RowSpec(key="other_handling", label="其他处理", numbering=_ordinal(6), parent="results"),)

_REQUESTS_2019 = TableSpec(
    key="requests",
    section=3,
    version=FormatVersion.V2019,
    title="收到和处理政府信息公开申请情况表",
    blocks=(TableBlock(rows=_request_rows(_OTHER_HANDLING_SINGLE), columns=_REQUEST_COLUMNS, heading_label=""),),
    groups=_REQUEST_GROUPS[:-1],
    note=_REQUESTS_NOTE,
    header="申请人情况",
)

# --- table 四 --------------------------------------------------------------------------

_OUTCOMES = (
    ColumnSpec(key="upheld", label="结果维持"),
    ColumnSpec(key="corrected", label="结果纠正"),
    ColumnSpec(key="other", label="其他结果"),
    ColumnSpec(key="pending", label="尚未审结"),
)
_REVIEW_COLUMNS = (
    *_OUTCOMES,
    ColumnSpec(key="total", label="总计", sums=tuple(c.key for c in _OUTCOMES)),
)


_REVIEWS = TableSpec(
    key="reviews",
    section=4,
    version=None,
    title="政府信息公开行政复议、行政诉讼情况表",
    blocks=(
        TableBlock(
            rows=(
                RowSpec(key="review", label="行政复议"),
                RowSpec(key="litigation_direct", label="未经复议直接起诉", parent="litigation"),
                RowSpec(key="litigation_after_review", label="复议后起诉", parent="litigation"),
            ),
            columns=_REVIEW_COLUMNS,
            heading_label="",
        ),
    ),
    groups=(RowGroup(key="litigation", label="行政诉讼"),),
)


_LAYOUTS = MappingProxyType(
    {
        FormatVersion.V2021: FormatLayout(
            version=FormatVersion.V2021,
            document="国办公开办函〔2021〕30号",
            sections=_SECTIONS_2021,
            topics=_TOPICS,
            disclosure=_DISCLOSURE_2021,
            requests=_REQUESTS_2021,
            reviews=_REVIEWS,
        ),
        FormatVersion.V2019: FormatLayout(
            version=FormatVersion.V2019,
            document="国办公开办函〔2019〕60号",
            sections=_SECTIONS_2021,
            topics=_TOPICS,
            disclosure=_DISCLOSURE_2019,
            requests=_REQUESTS_2019,
            reviews=_REVIEWS,
        ),
    }
)


def layout_for(version: FormatVersion | str) -> FormatLayout:
    """The official layout of format *version* (``FormatVersion`` or ``"2019"``/``"2021"``).

    >>> layout_for("2019").disclosure.row("other_services").label
    '其他对外管理服务事项'
    """
    try:
        return _LAYOUTS[FormatVersion(version)]
    except ValueError:
        raise UnknownKeyError(version, "a format version", known=("2019", "2021")) from None


class ChannelKind(enum.Enum):
    """The kinds of disclosure channel that section 一 names."""

    WEBSITE = "website"
    BULLETIN_BOARD = "bulletin_board"
    WECHAT = "wechat"
    WEIBO = "weibo"
    APP = "app"
    SCREEN = "screen"
    HOTLINE = "hotline"
    PLATFORM = "platform"
    GAZETTE = "gazette"
    PRESS_CONFERENCE = "press_conference"
    OTHER = "other"

    @property
    def label(self) -> str:
        """The usual Chinese name of this kind of channel.

        >>> ChannelKind.BULLETIN_BOARD.label
        '政务公开栏'
        """
        return _CHANNEL_KINDS[self][0]

    @property
    def keywords(self) -> tuple[str, ...]:
        """Words that name a channel of this kind in prose."""
        return _CHANNEL_KINDS[self]


_CHANNEL_KINDS = MappingProxyType(
    {
        ChannelKind.WEBSITE: ("政府网站", "门户网站", "网站"),
        ChannelKind.BULLETIN_BOARD: ("政务公开栏", "公开栏", "宣传栏", "公示栏"),
        ChannelKind.WECHAT: ("微信公众号", "微信"),
        ChannelKind.WEIBO: ("政务微博", "微博"),
        ChannelKind.APP: ("政务客户端", "客户端", "APP"),
        ChannelKind.SCREEN: ("电子屏", "电子显示屏", "LED屏"),
        ChannelKind.HOTLINE: ("12345热线", "热线"),
        ChannelKind.PLATFORM: ("政务服务平台", "平台", "云上昆仑"),
        ChannelKind.GAZETTE: ("政府公报", "公报"),
        ChannelKind.PRESS_CONFERENCE: ("新闻发布会", "发布会"),
        ChannelKind.OTHER: ("其他渠道",),
    }
)


# --- report information: this library's own fields, not part of the official format ----


@attrs.frozen(kw_only=True)
class InfoField:
    """A field of report information that the published layout has no place for.

    The renderers print these (``发布机关：某县人民政府``) so that a report read
    back is the same report; the parsers read them.
    """

    key: str
    label: str


INFO_FIELDS = (
    InfoField(key="body", label="发布机关"),
    InfoField(key="body_kind", label="机关类别"),
    InfoField(key="year", label="报告年度"),
    InfoField(key="format", label="报告格式"),
    InfoField(key="published", label="发布日期"),
    InfoField(key="heading_count", label="原文章节标题数"),
    InfoField(key="heading", label="原文章节标题"),
    InfoField(key="topic", label="分题类别"),
    InfoField(key="problem", label="存在问题"),
    InfoField(key="remedy", label="改进措施"),
    InfoField(key="fee_notices", label="信息处理费通知书件数"),
    InfoField(key="fee_notified", label="信息处理费通知金额"),
    InfoField(key="fee_collected", label="信息处理费收取金额"),
)
"""Every report-information field, in the order the renderers print them."""

NO_TOPIC = "无"
"""The ``分题类别`` value of a sub-topic that covers none of the official topics."""
