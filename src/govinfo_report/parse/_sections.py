r"""Finding the six section headings, as printed.

A heading is an ordinal (``一、``, ``一.``, ``第一部分``) followed by a title
that resembles one of the official titles or its variants, at the start of a
line or, in text that lost its line breaks, after a space or the end of a
sentence. Headings are matched to sections by their titles, not by their
ordinals, so that numbering faults (a restart, sections shifted by one, sub-
topics of 一 numbered like sections) are recorded as printed instead of
misleading the parser; among candidates the best-scoring assignment in
document order wins.

>>> from govinfo_report.parse._lines import Source
>>> first, second = official_heading(1), official_heading(2)
>>> found = find_headings(Source.from_text(f"{first}\n正文\n{second}\n表"))
>>> [(h.number, h.printed == official_heading(h.number), h.exact) for h in found]
[(1, True, True), (2, True, True)]
>>> [h.printed for h in find_headings(Source.from_text("一 总体情况\n正文"))]
['一 总体情况']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from govinfo_report.layout import FormatVersion, layout_for
from govinfo_report.parse._labels import bigrams

if TYPE_CHECKING:
    from govinfo_report.parse._lines import Source

__all__ = ["Heading", "find_headings"]

_NUMERALS = "一二三四五六七八九十"
_ORDINALS = {numeral: i for i, numeral in enumerate(_NUMERALS, start=1)}
# ``第一部分``, ``一、`` (or ``一.``), and ``一 总体情况`` at a line start. Each pattern searched
# for in the whole text opens with a literal, which the regex engine looks for quickly.
_PART = re.compile(rf"第[ \t]*([{_NUMERALS}]{{1,2}})[ \t]*部分[ \t]*")
_ORDINAL = re.compile(rf"([{_NUMERALS}][{_NUMERALS}]?)[ \t]*[、.，,][ \t]*")
# Where an ordinal may end: one pattern per punctuation mark, opening with the mark itself (a
# literal, which the regex engine looks for quickly), that keeps the marks after a numeral or a
# space. Looking for the numerals instead (a set of characters) tries every position of the text.
_ORDINAL_MARKS = tuple(re.compile(rf"{re.escape(mark)}(?<=[{_NUMERALS} \t]{re.escape(mark)})") for mark in "、.，,")
_SPACED = re.compile(rf"[ \t]*([{_NUMERALS}][{_NUMERALS}]?)[ \t]+(?=[\u4e00-\u9fff])")
_SPACED_AFTER_BREAK = re.compile(rf"\n[ \t]*([{_NUMERALS}][{_NUMERALS}]?)[ \t]+(?=[\u4e00-\u9fff])")
_BEFORE_OK = frozenset(" \t\n。；;：:，,！!？?）)") | frozenset("0123456789")
_LINE_MAX = 40
_THRESHOLD = 0.72
_PREFILTER = 0.45
_SLACK = 3


@attrs.frozen
class Heading:
    """A heading found in the input: which section, where, and its printed text."""

    number: int
    start: int
    end: int
    printed: str
    exact: bool


def _titles() -> tuple[tuple[int, str, frozenset[str], bool], ...]:
    entries: list[tuple[int, str, frozenset[str], bool]] = []
    for section in layout_for(FormatVersion.V2021).sections:
        entries.append((section.number, section.title, bigrams(section.title), True))
        entries.extend((section.number, variant, bigrams(variant), False) for variant in section.variants)
    return tuple(entries)


_TITLES = _titles()
_BY_TITLE = {title: number for number, title, _grams, _official in _TITLES}
_OPENINGS = frozenset("".join(title[:3] for _n, title, _g, _o in _TITLES))
_OFFICIAL = {number: title for number, title, _grams, official in _TITLES if official}


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def _prefix_scores(pairs: list[str], low: int, high: int, title_grams: frozenset[str]) -> list[float]:
    """The Dice score of *title_grams* with the bigrams of each prefix of *low* to *high* characters.

    *pairs* are the bigrams of the text in order; each longer prefix adds one,
    so the scores are counted up instead of building every prefix's set.
    """
    seen = set(pairs[: low - 1])
    shared = len(seen & title_grams)
    scores = [2 * shared / (len(seen) + len(title_grams))]
    for index in range(low - 1, high - 1):
        if index < len(pairs):
            gram = pairs[index]
            if gram not in seen:
                seen.add(gram)
                shared += gram in title_grams
        scores.append(2 * shared / (len(seen) + len(title_grams)))
    return scores


def _best_title(text: str) -> tuple[int, float, int, bool]:
    """The section whose title best begins *text*: number, score, length, official."""
    for number, title, _grams, official in _TITLES:
        if text.startswith(title):
            # Prefer the longest title that matches exactly (a variant may extend the official one).
            best = (number, 1.0, len(title), official)
            for other_number, other, _g, other_official in _TITLES:
                if len(other) > best[2] and text.startswith(other):
                    best = (other_number, 1.0, len(other), other_official)
            return best
    best = (0, 0.0, 0, False)
    window = text[: 24 + _SLACK].replace(" ", "")
    if not any(c in _OPENINGS for c in window[:2]):
        return best
    grams = bigrams(window)
    pairs = [window[i : i + 2] for i in range(len(window) - 1)]
    for number, title, title_grams, official in _TITLES:
        if _dice(grams, title_grams) < _PREFILTER:
            continue
        low = max(2, len(title) - _SLACK)
        for length, score in enumerate(_prefix_scores(pairs, low, len(title) + _SLACK, title_grams), start=low):
            if score > best[1]:
                best = (number, score, length, official)
    if best[1] < _THRESHOLD:
        return (0, 0.0, 0, False)
    # Map the length in the space-free window back to the text.
    consumed, kept = 0, 0
    while consumed < len(text) and kept < best[2]:
        if text[consumed] != " ":
            kept += 1
        consumed += 1
    return best[0], best[1], consumed, False


def _ordinals(norm: str) -> list[tuple[int, int, str, bool]]:
    """``(start, end, ordinal, numbered)`` of every ordinal that may open a heading.

    *numbered* marks ``一、``-style ordinals (which alone can make a heading exact).
    """
    found: list[tuple[int, int, str, bool]] = []
    for match in _PART.finditer(norm):
        start = match.start()
        if start == 0 or norm[start - 1] in _BEFORE_OK:
            found.append((start, match.end(), match.group(1), False))
    for match in _ordinal_matches(norm):
        start = match.start()
        if start == 0 or norm[start - 1] in _BEFORE_OK:
            found.append((start, match.end(), match.group(1), "、" in match.group()))
    # The two patterns never match overlapping text: put their matches back in document order.
    found.sort()
    first = _SPACED.match(norm)
    if first is not None:
        found.append((first.start(1), first.end(), first.group(1), False))
    found.extend((m.start(1), m.end(), m.group(1), False) for m in _SPACED_AFTER_BREAK.finditer(norm))
    return found


def _ordinal_matches(norm: str) -> list[re.Match[str]]:
    """The matches of :data:`_ORDINAL` in *norm*, as ``finditer`` gives them, found from their marks.

    A match ends at its mark (and the spaces after it) and holds no other
    mark, so each mark after a numeral opens at most one; it starts at the
    last two numerals before the mark when more are printed (``二十一、``),
    where ``finditer``, trying from the left, first succeeds.

    >>> [m.group() for m in _ordinal_matches("一、总体 二十一 . 三，x、十")]
    ['一、', '十一 . ', '三，']
    """
    found: list[re.Match[str]] = []
    for pattern in _ORDINAL_MARKS:
        for mark in pattern.finditer(norm):
            last = mark.start() - 1
            while norm[last] in " \t":
                last -= 1
                if last < 0:
                    break
            if last < 0 or norm[last] not in _ORDINALS:
                continue
            start = last - 1 if last > 0 and norm[last - 1] in _ORDINALS else last
            match = _ORDINAL.match(norm, start)
            if match is not None:
                found.append(match)
    found.sort(key=lambda match: match.start())
    return found


def _candidates(source: Source) -> list[tuple[int, int, int, float, int, bool]]:
    """(section, start, end, score, ordinal, exact) for every plausible heading."""
    norm = source.norm
    found: list[tuple[int, int, int, float, int, bool]] = []
    for start, end, ordinal_text, numbered in _ordinals(norm):
        line_end = norm.find("\n", end, end + 60)
        number, score, length, official = _best_title(norm[end : line_end if line_end >= 0 else end + 60])
        if not number:
            continue
        ordinal = _ORDINALS.get(ordinal_text, 0)
        exact = score == 1.0 and official and ordinal == number and numbered
        found.append((number, start, end + length, score, ordinal, exact))
    found.extend(_titled_lines(source))
    found.sort(key=lambda c: c[1])
    return found


def _titled_lines(source: Source) -> list[tuple[int, int, int, float, int, bool]]:
    """Candidates for the short lines that hold only a title (official or variant), in order."""
    lines = source.norm_lines()
    stripped = source.stripped_lines()
    if _BY_TITLE.keys().isdisjoint(stripped):
        return []  # the common case, found without Python code per line
    found: list[tuple[int, int, int, float, int, bool]] = []
    position = 0
    for line, text in zip(lines, stripped):
        titled = _BY_TITLE.get(text)
        if titled and len(line) <= _LINE_MAX:
            at = position + line.index(text)
            found.append((titled, at, at + len(text), 1.0, 0, False))
        position += len(line) + 1
    return found


def find_headings(source: Source) -> tuple[Heading, ...]:
    """The section headings of *source*, in document order, at most one per section."""
    candidates = _candidates(source)
    if not candidates:
        return ()
    n = len(candidates)
    # best[i][s]: best total using candidates[:i] for sections 1..s (monotone in both).
    best = [[0.0] * 7 for _ in range(n + 1)]
    for i in range(1, n + 1):
        number, _start, _end, score, ordinal, _exact = candidates[i - 1]
        # A heading whose ordinal agrees with its title is preferred among equals.
        value = score + (0.01 if ordinal == number else 0.0)
        previous, current = best[i - 1], best[i]
        for s in range(1, 7):
            choice = max(previous[s], current[s - 1])
            if s == number and previous[s - 1] + value > choice:
                choice = previous[s - 1] + value
            current[s] = choice
    chosen: list[Heading] = []
    i, s = n, 6
    while i > 0 and s > 0:
        if best[i][s] == best[i - 1][s]:
            i -= 1
        elif best[i][s] == best[i][s - 1]:
            s -= 1
        else:
            number, start, end, _score, _ordinal, exact = candidates[i - 1]
            printed = source.raw[start:end].strip()
            chosen.append(Heading(number=number, start=start, end=end, printed=printed, exact=exact))
            i -= 1
            s -= 1
    chosen.reverse()
    return tuple(_drop_overlaps(chosen))


def _drop_overlaps(headings: list[Heading]) -> list[Heading]:
    kept: list[Heading] = []
    for heading in headings:
        if kept and heading.start < kept[-1].end:
            continue
        kept.append(heading)
    return kept


def official_heading(number: int) -> str:
    """The official heading of section *number*: its ordinal, ``、`` and its title."""
    return f"{_NUMERALS[number - 1]}、{_OFFICIAL[number]}"
