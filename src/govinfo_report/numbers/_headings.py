"""Chinese numerals that name things: heading ordinals, legal citations, years.

Heading ordinals follow GB/T 9704-2012 《党政机关公文格式》 7.3.3: the levels of a
document are numbered ``一、`` ``（一）`` ``1.`` ``（1）`` (full-width parentheses).
Legal citations follow 《立法技术规范（试行）（一）》 of the NPC Standing Committee:
条 and 款 in Chinese numerals, 项 in Chinese numerals in parentheses
(``第二十条第（一）项``). Years written in Chinese numerals use 〇 for zero
(GB/T 15835-2011 5.2.5: ``二〇一二``, not ``二零一二``).
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Final

import attrs

from govinfo_report.errors import InvalidNumberError
from govinfo_report.numbers import _lenient
from govinfo_report.numbers._checks import check_int, check_text
from govinfo_report.numbers._chinese import LIMIT, render

__all__ = [
    "HeadingOrdinal",
    "LegalCitation",
    "chinese_year",
    "heading_ordinal",
    "legal_citation",
    "parse_chinese_year",
    "parse_heading_ordinal",
    "parse_legal_citation",
]

_HEADING_EXPECTED: Final = "a heading ordinal such as 一、 （一） 1. （1）"


@attrs.frozen(kw_only=True)
class HeadingOrdinal:
    """A heading number read from text: *level* 1 to 4, *number*, and the *rest* of the line."""

    level: int
    number: int
    rest: str = ""


def _positive(value: object, what: str) -> int:
    n = check_int(value, f"a positive int ({what})")
    if not 1 <= n < LIMIT:
        raise InvalidNumberError(value, f"a positive int ({what})", detail="must be at least 1")
    return n


def heading_ordinal(n: int, level: int) -> str:
    """Write the ordinal of a heading at *level* 1 to 4: ``一、`` ``（一）`` ``1.`` ``（1）``.

    The four levels of GB/T 9704-2012 7.3.3, with full-width parentheses.

    >>> [heading_ordinal(3, level) for level in (1, 2, 3, 4)]
    ['三、', '（三）', '3.', '（3）']
    >>> heading_ordinal(12, 2)
    '（十二）'
    """
    number = _positive(n, "a heading number")
    if type(level) is not int or not 1 <= level <= 4:
        raise InvalidNumberError(level, "a heading level 1, 2, 3 or 4")
    if level == 1:
        return render(number, upper=False) + "、"
    if level == 2:
        return "（" + render(number, upper=False) + "）"
    if level == 3:
        return f"{number}."
    return f"（{number}）"


_CN: Final = "[零〇一二三四五六七八九十百千万亿]+"
_AR: Final = "[0-9０-９]+"
_BRACKETED: Final = re.compile(rf"\s*[（(]\s*(?:(?P<cn>{_CN})|(?P<ar>{_AR}))\s*[）)]\s*")
_LEVEL_1: Final = re.compile(rf"\s*(?P<cn>{_CN})\s*[、.．]\s*")
_LEVEL_3: Final = re.compile(rf"\s*(?P<ar>{_AR})\s*(?:[.．](?![0-9０-９])|、)\s*")


def _chinese_ordinal(text: str, source: str, expected: str) -> int:
    try:
        value = _lenient.parse(text, expected=expected, arabic=False, shorten=False, sequences=False, signed=False)
    except InvalidNumberError as error:
        raise InvalidNumberError(source, expected, detail=error.detail) from None
    if not isinstance(value, int) or value < 1:
        raise InvalidNumberError(source, expected, detail="numbering starts at 一")
    return value


def _arabic_ordinal(text: str, source: str, expected: str) -> int:
    value = int(text)  # the pattern admits only ASCII and full-width digits
    if value < 1:
        raise InvalidNumberError(source, expected, detail="numbering starts at 1")
    return value


def parse_heading_ordinal(text: str) -> HeadingOrdinal:
    """Read the ordinal at the start of a heading line, with the real-world variants.

    Accepts half-width or mixed parentheses (``(一)``, ``（一)``), ``1、`` and ``1．``
    for ``1.``, ``一.`` for ``一、``, full-width digits and leading spaces. A
    number such as ``1.5亿`` is not a heading.

    >>> parse_heading_ordinal("（一）主动公开")
    HeadingOrdinal(level=2, number=1, rest='主动公开')
    >>> parse_heading_ordinal("  (3)其他"), parse_heading_ordinal("2、重复申请").level
    (HeadingOrdinal(level=4, number=3, rest='其他'), 3)
    """
    source = check_text(text, _HEADING_EXPECTED)
    match = _BRACKETED.match(source)
    if match is not None:
        if match["cn"]:
            number = _chinese_ordinal(match["cn"], source, _HEADING_EXPECTED)
            return HeadingOrdinal(level=2, number=number, rest=source[match.end() :])
        number = _arabic_ordinal(match["ar"], source, _HEADING_EXPECTED)
        return HeadingOrdinal(level=4, number=number, rest=source[match.end() :])
    match = _LEVEL_1.match(source)
    if match is not None:
        number = _chinese_ordinal(match["cn"], source, _HEADING_EXPECTED)
        return HeadingOrdinal(level=1, number=number, rest=source[match.end() :])
    match = _LEVEL_3.match(source)
    if match is not None:
        number = _arabic_ordinal(match["ar"], source, _HEADING_EXPECTED)
        return HeadingOrdinal(level=3, number=number, rest=source[match.end() :])
    raise InvalidNumberError(source, _HEADING_EXPECTED, detail="no heading ordinal at the start")


_CITATION_EXPECTED: Final = "a legal citation such as 第二十条第（一）项"


@attrs.frozen(kw_only=True)
class LegalCitation:
    """A citation of a provision: 条 *article*, optional 款 *paragraph*, optional 项 *item*."""

    article: int
    paragraph: int | None = None
    item: int | None = None


def legal_citation(article: int, *, paragraph: int | None = None, item: int | None = None) -> str:
    """Cite a provision: ``第二十条``, ``第二十条第二款``, ``第二十条第（一）项``.

    >>> legal_citation(20, item=1), legal_citation(article=49, paragraph=2)
    ('第二十条第（一）项', '第四十九条第二款')
    """
    text = "第" + render(_positive(article, "an article number"), upper=False) + "条"
    if paragraph is not None:
        text += "第" + render(_positive(paragraph, "a paragraph number"), upper=False) + "款"
    if item is not None:
        text += "第（" + render(_positive(item, "an item number"), upper=False) + "）项"
    return text


_NUMERAL: Final = rf"(?:{_CN}|{_AR})"
_CITATION: Final = re.compile(
    rf"\s*第\s*(?P<article>{_NUMERAL})\s*条"
    rf"(?:\s*第\s*(?P<paragraph>{_NUMERAL})\s*款)?"
    rf"(?:\s*第\s*(?:[（(]\s*(?P<item>{_NUMERAL})\s*[）)]|(?P<bare>{_NUMERAL}))\s*项)?\s*"
)


def _citation_number(text: str, source: str) -> int:
    if text[0] in "0123456789０１２３４５６７８９":
        return _arabic_ordinal(text, source, _CITATION_EXPECTED)
    return _chinese_ordinal(text, source, _CITATION_EXPECTED)


def parse_legal_citation(text: str) -> LegalCitation:
    """Read a citation written by :func:`legal_citation`, or a common variant of it.

    Variants: half-width parentheses, none (``第一项``), Arabic digits (``第20条``).

    >>> parse_legal_citation("第二十条第（五）项")
    LegalCitation(article=20, paragraph=None, item=5)
    >>> parse_legal_citation("第二十条第二款第(一)项").paragraph
    2
    """
    source = check_text(text, _CITATION_EXPECTED)
    match = _CITATION.fullmatch(source)
    if match is None:
        raise InvalidNumberError(source, _CITATION_EXPECTED)
    article = _citation_number(match["article"], source)
    paragraph = _citation_number(match["paragraph"], source) if match["paragraph"] else None
    item_text = match["item"] or match["bare"]
    item = _citation_number(item_text, source) if item_text else None
    return LegalCitation(article=article, paragraph=paragraph, item=item)


_YEAR_DIGITS: Final = "〇一二三四五六七八九"
_YEAR_EXPECTED: Final = "a four-digit year in Chinese numerals, such as 二〇二四年"
_YEAR: Final = re.compile(r"\s*([〇○零一二三四五六七八九]{4})\s*(?:年\s*)?")
_YEAR_VALUE: Final = MappingProxyType({ch: i for i, ch in enumerate(_YEAR_DIGITS)} | {"○": 0, "零": 0})


def chinese_year(year: int) -> str:
    """Write a four-digit year digit by digit in Chinese numerals, zero as 〇.

    >>> chinese_year(2024), chinese_year(2010)
    ('二〇二四年', '二〇一〇年')
    """
    value = check_int(year, "a four-digit year (an int)")
    if not 1000 <= value <= 9999:
        raise InvalidNumberError(year, "a four-digit year (1000 to 9999)")
    return "".join(_YEAR_DIGITS[int(c)] for c in str(value)) + "年"


def parse_chinese_year(text: str) -> int:
    """Read a year written digit by digit (``二〇二四年``; also ○ or 零 for zero, 年 optional).

    >>> parse_chinese_year("二〇二四年"), parse_chinese_year("二零一九")
    (2024, 2019)
    """
    source = check_text(text, _YEAR_EXPECTED)
    match = _YEAR.fullmatch(source)
    if match is None or match[1][0] in "〇○零":
        raise InvalidNumberError(source, _YEAR_EXPECTED)
    return int("".join(str(_YEAR_VALUE[c]) for c in match[1]))
