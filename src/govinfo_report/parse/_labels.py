"""Matching printed labels to the official layout, by a bounded similarity score.

Labels are compared after :func:`~govinfo_report.layout.normalize_label`
(brackets, quotes, spaces and enumeration marks folded). The score is the
Dice coefficient of character bigrams, between 0 (nothing shared) and 1
(identical); it tolerates typos (``2.其他法律行政止公开``), missing words and
labels split across lines, and it never looks at the numbers of a row.

>>> from govinfo_report.layout import layout_for
>>> official = layout_for("2021").requests.row("denied_prohibited_by_law").label
>>> round(similarity("其他法律行政止公开", official), 2)
0.74
>>> similarity("予以公开", "（一）予以公开") > similarity("予以公开", "不予公开")
True
>>> find_label(fold("三、本年度办理结果（一）予以公开"), "", ROW_LABELS["requests", "2021"][2])
(1.0, 8)
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs

from govinfo_report.layout import FormatVersion, TableSpec, layout_for

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "DROPPED",
    "EXACT",
    "ROW_LABELS",
    "RowLabel",
    "bigrams",
    "dice",
    "find_label",
    "fold",
    "fuzzy_tail",
    "similarity",
]

EXACT = 1.0
"""The score of a label printed as the official wording (numbering folded)."""
_VARIANT = 0.98
_UNNUMBERED = 0.95
_IN_FOLLOWING = 0.9
_FUZZY = 0.85
_FUZZY_FLOOR = 0.62
_SHORT = 2


_FOLDED = {"(": "（", ")": "）", ",": "，", ":": "：", ";": "；", '"': "“", "\u201d": "“", "\u300c": "“", "\u300d": "“"}
_DROPPED = "、．. \u3000\t\n\r\u00a0"
_TO_FOLD = re.compile("[" + re.escape("".join(_FOLDED)) + _DROPPED + "]")
DROPPED = frozenset(_DROPPED)
"""The characters :func:`fold` removes; it replaces every other one it changes by one character."""


def fold(text: str) -> str:
    """The label with the differences that do not change its meaning folded away.

    The same as :func:`~govinfo_report.layout.normalize_label`, touching only
    the characters it changes (fast on long labels).

    >>> from govinfo_report.layout import normalize_label
    >>> fold("(二) 部分公开") == fold("（二）部分公开") == normalize_label("(二) 部分公开")
    True
    """
    if _TO_FOLD.search(text) is None:
        return text
    return _TO_FOLD.sub(lambda m: _FOLDED.get(m.group(), ""), text)


def bigrams(text: str) -> frozenset[str]:
    """The set of character bigrams of *text* (its single character when shorter)."""
    if len(text) < 2:
        return frozenset((text,)) if text else frozenset()
    return frozenset(text[i : i + 2] for i in range(len(text) - 1))


def similarity(a: str, b: str) -> float:
    """The Dice coefficient of the bigrams of the folded labels, in [0, 1].

    >>> similarity("规章", "规章"), similarity("规章", "行政许可")
    (1.0, 0.0)
    """
    return dice(bigrams(fold(a)), bigrams(fold(b)))


def dice(x: frozenset[str], y: frozenset[str]) -> float:
    """The Dice coefficient of two sets of bigrams (0 when either is empty)."""
    if not x or not y:
        return 0.0
    return 2 * len(x & y) / (len(x) + len(y))


@attrs.frozen
class RowLabel:
    """The names one row can be printed under, folded, with the official one first."""

    key: str
    numbered: str
    official: str
    variants: tuple[str, ...]
    grams: frozenset[str]
    short: bool
    names: tuple[tuple[str, float], ...]
    """The names looked for, with their scores: numbered, official, then the variants longer than two."""


def _row_labels(spec: TableSpec) -> tuple[RowLabel, ...]:
    labels = []
    for row in spec.rows:
        official = fold(row.label)
        variants = tuple(dict.fromkeys(fold(v) for v in row.variants if fold(v) != official))
        numbered = fold(row.full_label)
        names = ((numbered, EXACT), (official, EXACT), *((v, _VARIANT) for v in variants if len(v) > _SHORT))
        labels.append(
            RowLabel(
                key=row.key,
                numbered=numbered,
                official=official,
                variants=variants,
                grams=bigrams(official),
                short=len(official) <= _SHORT,
                names=names,
            )
        )
    return tuple(labels)


def _all_row_labels() -> Mapping[tuple[str, str], tuple[RowLabel, ...]]:
    table: dict[tuple[str, str], tuple[RowLabel, ...]] = {}
    for version in FormatVersion:
        for spec in layout_for(version).tables:
            table[spec.key, version.value] = _row_labels(spec)
    return MappingProxyType(table)


ROW_LABELS = _all_row_labels()
"""The folded names of every row, by ``(table key, format version)``."""


def find_label(before: str, after: str, label: RowLabel, *, fuzzy: bool = True) -> tuple[float, int]:
    """How well *label* stands around a group of cells, and where it starts in *before*.

    *before* is the folded text printed between the previous cells and these,
    *after* the folded text between these cells and the next ones (a label may
    be printed beside its numbers, or split around them). Returns the score
    (0 when absent) and the position in *before* where the label starts (or
    ``len(before)`` when it starts after the cells).
    """
    window = before + after if after else before
    size = len(before) - 1
    short = label.short
    for name, score in label.names:
        at = window.rfind(name, 0, size + len(name))
        if at >= 0 and (not short or name == label.numbered or _anchored(before, name, at)):
            return score, at
    if after:
        for name, _score in label.names:
            at = after.find(name)
            if at >= 0 and (not short or name == label.numbered or _anchored("", name, at)):
                return _IN_FOLLOWING, len(before)
    if label.short or not before or not fuzzy:
        return 0.0, len(before)
    return fuzzy_tail(before, label)


def _anchored(before: str, name: str, at: int) -> bool:
    """A short label (``其他``) counts only when it stands right beside the cells."""
    return at + len(name) == len(before) or at == len(before) == 0


def fuzzy_tail(before: str, label: RowLabel) -> tuple[float, int]:
    """The best similarity of *label* with a tail of *before* of about its length."""
    size = len(label.official)
    best, best_at = 0.0, len(before)
    for extra in (-2, -1, 0, 1, 2, 3):
        length = size + extra
        if length < 2 or length > len(before):
            continue
        tail = before[-length:]
        grams = bigrams(tail)
        score = 2 * len(grams & label.grams) / (len(grams) + len(label.grams))
        if score > best:
            best, best_at = score, len(before) - length
    if best < _FUZZY_FLOOR:
        return 0.0, len(before)
    return best * _FUZZY, best_at


def score_is_exact(score: float) -> bool:
    """Whether *score* means the official wording was printed."""
    return score >= EXACT
