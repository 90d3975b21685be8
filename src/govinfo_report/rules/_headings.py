"""The printed headings of a report, read: ordinal and the section or sub-topic each names.

Read once per check and shared by the heading rules (S101, S102, S107).

>>> from govinfo_report.model import AnnualReport, Body
>>> from govinfo_report.layout import FormatVersion
>>> report = AnnualReport(body=Body(name="某县人民政府"), year=2024, format=FormatVersion.V2021,
...                       headings=("一、 总体情况", "（一）主动公开", "二、 主动公开政府信息情况"))
>>> [(h.level, h.number, h.section.key if h.section else None) for h in read_headings(report)]
[(1, 1, 'overview'), (2, 1, None), (1, 2, 'disclosure')]
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs

from govinfo_report.errors import InvalidNumberError
from govinfo_report.layout import FormatVersion, SectionSpec, TopicSpec, layout_for, normalize_label
from govinfo_report.numbers import parse_heading_ordinal, to_chinese

if TYPE_CHECKING:
    from collections.abc import Mapping

    from govinfo_report.model import AnnualReport

__all__ = ["Heading", "official_headings", "read_headings"]

_SPACE = re.compile(r"\s+")


@attrs.frozen
class Heading:
    """One printed heading, read: its ordinal and the section or topic its words name."""

    index: int
    text: str
    level: int | None
    number: int | None
    rest: str
    section: SectionSpec | None
    topic: TopicSpec | None

    @property
    def path(self) -> str:
        return f"$.headings[{self.index}]"


def _names(spec: SectionSpec | TopicSpec) -> frozenset[str]:
    title = spec.title if isinstance(spec, SectionSpec) else spec.label
    return frozenset(normalize_label(name) for name in (title, *spec.variants))


def _name_index(version: FormatVersion) -> tuple[Mapping[str, SectionSpec], Mapping[str, TopicSpec]]:
    """Sections and topics by every name they go by, as printed and normalized."""
    layout = layout_for(version)
    sections: dict[str, SectionSpec] = {}
    topics: dict[str, TopicSpec] = {}
    for section in layout.sections:
        for name in (section.title, *section.variants, *_names(section)):
            sections.setdefault(name, section)
    for topic in layout.topics:
        for name in (topic.label, *topic.variants, *_names(topic)):
            topics.setdefault(name, topic)
    return MappingProxyType(sections), MappingProxyType(topics)


_NAMES = MappingProxyType({version: _name_index(version) for version in FormatVersion})
_SIMPLE_ORDINAL = re.compile(r"([一二三四五六七八九十]{1,3})、")
_SMALL = MappingProxyType({to_chinese(n): n for n in range(1, 100)})


def _ordinal(compact: str) -> tuple[int | None, int | None, str]:
    """Level, number and the rest of a heading (the common ``一、`` form read directly)."""
    match = _SIMPLE_ORDINAL.match(compact)
    if match is not None and match[1] in _SMALL:
        return 1, _SMALL[match[1]], compact[match.end() :]
    try:
        ordinal = parse_heading_ordinal(compact)
    except InvalidNumberError:
        return None, None, compact
    return ordinal.level, ordinal.number, ordinal.rest


def _read(version: FormatVersion, texts: tuple[str, ...]) -> tuple[Heading, ...]:
    sections, topics = _NAMES[version]
    headings = []
    for index, text in enumerate(texts):
        level, number, rest = _ordinal(_SPACE.sub("", text) if " " in text or "\u3000" in text else text)
        section, topic = sections.get(rest), topics.get(rest)
        if section is None and topic is None:
            name = normalize_label(rest)
            section, topic = sections.get(name), topics.get(name)
        headings.append(Heading(index, text, level, number, rest, section, topic))
    return tuple(headings)


_OFFICIAL_TEXTS = MappingProxyType(
    {version: tuple(section.heading for section in layout_for(version).sections) for version in FormatVersion}
)
_OFFICIAL = MappingProxyType({version: _read(version, texts) for version, texts in _OFFICIAL_TEXTS.items()})


def official_headings(version: FormatVersion) -> tuple[Heading, ...]:
    """The official headings of *version*, read: what :func:`read_headings` returns for them."""
    return _OFFICIAL[version]


def read_headings(report: AnnualReport) -> tuple[Heading, ...]:
    """The printed headings of *report*, read (empty when the headings are not known).

    Headings printed exactly as the format prescribes give :func:`official_headings` itself.
    """
    texts = report.headings or ()
    if texts == _OFFICIAL_TEXTS[report.format]:
        return _OFFICIAL[report.format]
    return _read(report.format, texts)
