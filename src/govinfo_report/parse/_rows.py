"""Finding the rows of a table among its tokens: groups of cells and their labels.

A *group* is a run of cells with the text printed before it. Groups are
matched to the rows of the layout by their labels (:mod:`._labels`), in
order: a monotone alignment that allows rows to be missing (a table cut
short) and groups to be unrecognized (noise), and that never looks at how many
numbers a group holds.

>>> from govinfo_report.parse._labels import ROW_LABELS
>>> from govinfo_report.parse._tokens import tokenize
>>> groups, _tail = build_groups(tokenize("规章 0 0 0 行政许可 1", 0), frozenset())
>>> [g.before for g in groups]
['规章', '行政许可']
>>> [(m.group, m.row) for m in align(groups, "", ROW_LABELS["disclosure", "2021"])]
[(0, 0), (1, 2)]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from govinfo_report.parse._labels import DROPPED, EXACT, RowLabel, find_label, fold, fuzzy_tail
from govinfo_report.parse._tokens import Kind, Token

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["LOOKAHEAD", "Group", "Match", "align", "align_exact", "build_groups"]

_CELL_KINDS = frozenset({Kind.NUMBER, Kind.MARK, Kind.JUNK, Kind.EMPTY})
LOOKAHEAD = 6
"""How many rows ahead :func:`align_exact` looks for a group's label (rows may be missing)."""
_REACH = 30
_OWN = 0.95  # a label found in the group's own text (not only in the text after its cells)


class Group(NamedTuple):
    """Cells and the folded text printed before them (since the previous cells)."""

    before: str
    texts: tuple[Token, ...]
    cells: tuple[Token, ...]
    folded: tuple[str, ...] = ()
    """The folded text of each of :attr:`texts` (they make :attr:`before`)."""

    @property
    def start(self) -> int:
        """Where the group starts in the input (its first text, else its first cell)."""
        return self.texts[0].start if self.texts else self.cells[0].start

    @property
    def end(self) -> int:
        """Where the group's last cell ends in the input."""
        return max(t.end for t in self.cells)

    def position_of(self, folded_at: int) -> int:
        """The input position of offset *folded_at* in :attr:`before` (approximately)."""
        seen = 0
        folded = self.folded or tuple(fold(token.text) for token in self.texts)
        for token, text in zip(self.texts, folded):
            size = len(text)
            if folded_at < seen + size:
                wanted = folded_at - seen
                if size == len(token.text):  # nothing folded away: one character for one
                    return token.start + wanted
                for index, char in enumerate(token.text):
                    if char not in DROPPED:
                        if not wanted:
                            return token.start + index
                        wanted -= 1
                return token.end
            seen += size
        return self.cells[0].start


class Match(NamedTuple):
    """Group *group* is row *row* (indices), with the label's score and start in the input."""

    group: int
    row: int
    score: float
    at: int


_new = tuple.__new__  # builds a Group or Match without the Python-level NamedTuple constructor (hot path)


def _close(texts: list[Token], cells: list[Token]) -> Group:
    """The group of *cells* with the label *texts* printed before them."""
    folded = tuple([fold(t.text) for t in texts])
    return _new(Group, ("".join(folded), tuple(texts), tuple(cells), folded))


def build_groups(tokens: Sequence[Token], row_names: frozenset[str]) -> tuple[list[Group], str]:
    """Groups of cells with their labels, and the folded text after the last group.

    A line of tab-separated fields that holds only empty fields after its
    label is a row of blank cells only when the label ends with a row name in
    *row_names*; otherwise it is a header line and its text runs on.
    """
    groups: list[Group] = []
    texts: list[Token] = []
    cells: list[Token] = []
    valued = False  # whether *cells* holds a cell that is not empty
    endings = tuple(row_names)
    text, eol, empty = Kind.TEXT, Kind.EOL, Kind.EMPTY
    for token in tokens:
        kind = token.kind
        if kind is text:
            if valued:
                groups.append(_close(texts, cells))
                texts = []
            cells = []
            valued = False
            texts.append(token)
        elif kind is eol:
            if valued or (cells and texts and _names_row(texts, endings)):
                groups.append(_close(texts, cells))
                texts = []
            cells = []
            valued = False
        elif kind in _CELL_KINDS:
            cells.append(token)
            if kind is not empty:
                valued = True
    if valued:
        groups.append(_close(texts, cells))
        texts = []
    return groups, "".join([fold(t.text) for t in texts])


def _names_row(texts: list[Token], endings: tuple[str, ...]) -> bool:
    return "".join([fold(t.text) for t in texts]).endswith(endings)


def align(groups: Sequence[Group], tail: str, labels: Sequence[RowLabel]) -> list[Match]:
    """The best monotone matching of groups to rows by label score.

    Tries the straightforward reading first (each group carries the next
    row's label, rows possibly skipped); when some group is not exactly
    labelled, solves the alignment for the best total score.
    """
    quick = align_exact(groups, labels)
    if quick is not None:
        return quick
    return _dynamic(groups, tail, labels)


def align_exact(groups: Sequence[Group], labels: Sequence[RowLabel]) -> list[Match] | None:
    """The straightforward matching: each group carries the official name of a next row, else ``None``.

    Only :attr:`Group.before` and :meth:`Group.position_of` of the groups are used.
    """
    matches: list[Match] = []
    row = 0
    for index, group in enumerate(groups):
        for candidate in range(row, min(row + LOOKAHEAD, len(labels))):
            score, at = find_label(group.before, "", labels[candidate], fuzzy=False)
            if score >= EXACT:
                matches.append(_new(Match, (index, candidate, score, group.position_of(at))))
                row = candidate + 1
                break
        else:
            return None
    return matches


def _dynamic(groups: Sequence[Group], tail: str, labels: Sequence[RowLabel]) -> list[Match]:
    n, m = len(groups), len(labels)
    scores: list[list[tuple[float, int]]] = []
    for i, group in enumerate(groups):
        after = groups[i + 1].before if i + 1 < n else tail
        scores.append([find_label(group.before, after, label, fuzzy=False) for label in labels])
    # Typos are looked for only where no exact label stands (unlabelled groups, unfound rows)
    # and only near the exactly labelled ones: a table has a few dozen rows at most.
    found_rows = {j for row in scores for j, (score, _at) in enumerate(row) if score >= _OWN}
    anchored = [i for i, row in enumerate(scores) if any(score >= _OWN for score, _at in row)]
    low = max(0, anchored[0] - _REACH) if anchored else 0
    high = min(n, anchored[-1] + _REACH + 1) if anchored else min(n, 2 * _REACH)
    for i in range(low, high):
        group = groups[i]
        if group.before and not any(score >= _OWN for score, _at in scores[i]):
            for j, label in enumerate(labels):
                if j not in found_rows and not label.short:
                    scores[i][j] = fuzzy_tail(group.before, label)
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        row_scores = scores[i - 1]
        previous, current = best[i - 1], best[i]
        for j in range(1, m + 1):
            value = max(previous[j], current[j - 1])
            score = row_scores[j - 1][0]
            if score > 0 and previous[j - 1] + score > value:
                value = previous[j - 1] + score
            current[j] = value
    matches: list[Match] = []
    i, j = n, m
    while i > 0 and j > 0:
        score, at = scores[i - 1][j - 1]
        if best[i][j] == best[i - 1][j]:
            i -= 1
        elif best[i][j] == best[i][j - 1]:
            j -= 1
        else:
            matches.append(Match(i - 1, j - 1, score, groups[i - 1].position_of(at)))
            i -= 1
            j -= 1
    matches.reverse()
    return matches
