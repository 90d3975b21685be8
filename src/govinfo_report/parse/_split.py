"""Recovering cells whose digits were printed together.

A text dump of an HTML table can lose the separators between cells:
``713000074`` is the seven cells ``71|3|0|0|0|0|74`` of a row of table 三.
The splits of a digit string into cells are enumerated (each part a number
without leading zeros, each printed piece split into at least one part),
pruned by the row's own sums (the 总计 cell is the sum of the others), and
returned; the caller decides with the column sums and says what it did.

>>> splits(("713000074",), 7, sums=(((0, 1, 2, 3, 4, 5), 6),)).candidates
(('71', '3', '0', '0', '0', '0', '74'),)
>>> len(splits(("8855698",), 3).candidates)
15
>>> splits(("12",), 3).candidates
()

Enumeration is bounded: past *budget* steps or *limit* candidates it stops
and says so (:attr:`Splits.complete` is false), so that a long run of digits
costs time linear in its length, never exponential. A short run of digits,
whose every cut the bounds allow, is cut directly (its candidates found with
the sums pruning the search early); any other run goes through the bounded
search step by step.
"""

from __future__ import annotations

from math import comb

import attrs

__all__ = ["Splits", "splits"]

_ATOMIC = frozenset(".,-−")
_LONGEST = 24  # digits of one cell: counts beyond 10**24 are not cut out of a run


def _steps(chars: int, count: int) -> tuple[int, int]:
    """At most how many steps the bounded search takes to cut *chars* digits into *count* cells.

    ``(without sums, with the last cell the sum of the others)``. A state of
    *d* < *count* cells ends where the cells left still have a digit each,
    among ``C(chars - count + d, d)`` such states; the last cell takes any
    length, or only that of the sum.
    """
    inner = 1 + sum(comb(chars - count + d, d) for d in range(1, count))
    return inner + comb(chars, count), inner + comb(chars - 1, count - 1)


_STEPS = tuple(tuple(_steps(chars, count) for count in range(1, chars + 1)) for chars in range(1, _LONGEST + 1))
"""The bounds of :func:`_steps`, by ``[chars - 1][count - 1]``, for runs the direct cut may take."""


@attrs.frozen
class Splits:
    """The ways a row's printed pieces split into its cells."""

    candidates: tuple[tuple[str, ...], ...]
    complete: bool


def splits(
    pieces: tuple[str, ...],
    count: int,
    *,
    sums: tuple[tuple[tuple[int, ...], int], ...] = (),
    limit: int = 200,
    budget: int = 3_000,
) -> Splits:
    """Every way to cut *pieces* into *count* numbers that satisfies *sums*.

    *sums* holds ``(parts, total)`` index tuples: the number at *total* (after
    all *parts*) must equal the sum of the numbers at *parts*.
    """
    chars = sum(map(len, pieces))
    if count < len(pieces) or count > chars or not pieces:
        return Splits((), complete=True)
    if max(map(len, pieces)) > _LONGEST * count:
        return Splits((), complete=False)
    digits = all(map(str.isdigit, pieces))
    if count == chars and digits:
        # One digit per cell: the only cut; it stands if the sums hold.
        cells = tuple("".join(pieces))
        ok = all(sum(map(int, map(cells.__getitem__, parts))) == int(cells[total]) for parts, total in sums)
        return Splits((cells,) if ok else (), complete=True)
    summed = _last_is_sum(sums, count)
    if digits and summed is not None and chars <= _LONGEST:
        bound = _STEPS[chars - 1][count - 1][summed]
        if bound <= budget and comb(chars - len(pieces), count - len(pieces)) < limit:
            # Every state of the search fits the budget and every cut the limit: the search is complete.
            return Splits(_cut_summed(pieces, count) if summed else tuple(_cut(pieces, count, None)), complete=True)
    return _search(pieces, count, sums, limit, budget)


def _last_is_sum(sums: tuple[tuple[tuple[int, ...], int], ...], count: int) -> bool | None:
    """Whether *sums* says the last cell is the sum of all the others (``None`` for other sums)."""
    if not sums:
        return False
    if len(sums) == 1 and count > 1 and sums[0][1] == count - 1 and sums[0][0] == tuple(range(count - 1)):
        return True
    return None


def _cut_summed(pieces: tuple[str, ...], count: int) -> tuple[tuple[str, ...], ...]:
    """The cuts of the digits *pieces* into *count* cells whose last is the sum of the others.

    The last cell is taken first (a tail of the last piece, printed as a
    number is), so that the other cells are cut knowing the sum they must reach.
    """
    head = pieces[:-1]
    last = pieces[-1]
    found: list[tuple[str, ...]] = []
    chars = sum(map(len, pieces))
    for size in range(1, min(len(last), chars - count + 1) + 1):  # the other cells need a digit each
        total = last[len(last) - size :]
        if size > 1 and total[0] == "0":
            continue
        value = int(total)
        if str(value) != total:
            continue
        rest = (*head, last[: len(last) - size]) if size < len(last) else head
        if count - 1 < len(rest):
            continue
        found.extend((*cut, total) for cut in _cut(rest, count - 1, value))
    if len(found) > 1:
        found.sort(key=lambda cut: tuple(map(len, cut)))  # the order of the search: shorter cells first
    return tuple(found)


def _cut(pieces: tuple[str, ...], count: int, target: int | None) -> list[tuple[str, ...]]:
    """The cuts of the digits *pieces* into *count* cells (that sum to *target* when given), shorter cells first."""
    text = "".join(pieces)
    size = len(text)
    if size < count:
        return []
    piece_end = [size] * size  # where the piece holding each digit ends
    following = [1] * size + [0]  # how many pieces overlap text[i:]
    at = 0
    for index, piece in enumerate(pieces[:-1]):
        piece_end[at : at + len(piece)] = [at + len(piece)] * len(piece)
        following[at : at + len(piece)] = [len(pieces) - index] * len(piece)
        at += len(piece)
    found: list[tuple[str, ...]] = []
    parts: list[str] = []

    def walk(offset: int, left: int, rest: int) -> None:
        # Cut text[offset:] into *left* cells; with a target, their values add up to *rest*.
        stop = piece_end[offset]
        if size - offset == left:
            # One digit per cell left: the only way on (every digit its own cell crosses no piece).
            tail = text[offset:]
            if target is None or sum(map(int, tail)) == rest:
                found.append((*parts, *tail))
            return
        if left == 1:
            if stop == size:
                part = text[offset:]
                if (part[0] != "0" or len(part) == 1) and (target is None or int(part) == rest):
                    found.append((*parts, part))
            return
        last_end = min(stop, size - left + 1)
        if text[offset] == "0":
            last_end = min(last_end, offset + 1)  # a cell starting with 0 is 0
        for end in range(offset + 1, last_end + 1):
            if following[end] >= left:
                continue
            part = text[offset:end]
            value = 0
            if target is not None:
                value = int(part)
                if value > rest:
                    break  # a longer cell is no smaller
            parts.append(part)
            walk(end, left - 1, rest - value)
            parts.pop()

    walk(0, count, target or 0)
    return found


def _search(
    pieces: tuple[str, ...],
    count: int,
    sums: tuple[tuple[tuple[int, ...], int], ...],
    limit: int,
    budget: int,
) -> Splits:
    """The bounded search: the cuts found within *budget* steps and *limit* candidates."""
    totals = {total: parts for parts, total in sums}
    found: list[tuple[str, ...]] = []
    steps = 0
    remaining_chars = [0] * (len(pieces) + 1)
    for i in range(len(pieces) - 1, -1, -1):
        remaining_chars[i] = remaining_chars[i + 1] + len(pieces[i])
    parts: list[str] = []
    values: list[int] = []
    complete = True
    last = len(pieces)
    atomic = [any(c in _ATOMIC for c in piece) for piece in pieces]

    def walk(piece: int, offset: int, index: int) -> None:
        # Called for a state that is neither complete nor past the last piece, its step counted.
        nonlocal steps, complete
        text = pieces[piece]
        total = totals.get(index)
        wanted = str(sum(values[i] for i in total)) if total is not None else ""
        if offset == 0 and atomic[piece]:
            options: range | tuple[int, ...] = (len(text),)
        elif total is not None:
            options = (len(wanted),) if text.startswith(wanted, offset) else ()
        elif text[offset] == "0":
            options = (1,)
        else:
            options = range(1, min(len(text) - offset, _LONGEST) + 1)
        following = index + 1
        for size in options:
            end = offset + size
            part = text[offset:end]
            if total is not None and part != wanted:
                continue
            next_piece, next_offset = (piece + 1, 0) if end == len(text) else (piece, end)
            if following < count:
                # The cells left must be enough for the pieces left, and the characters for the cells.
                chars = remaining_chars[next_piece] - next_offset
                pieces_left = last - next_piece - (1 if next_offset else 0)
                if not pieces_left <= count - following <= chars:
                    continue
            parts.append(part)
            values.append(_value(part))
            steps += 1
            if steps > budget or len(found) >= limit:
                complete = False
            elif following == count:
                if next_piece == last:
                    found.append(tuple(parts))
            elif next_piece < last:
                walk(next_piece, next_offset, following)
            parts.pop()
            values.pop()
            if not complete:
                return

    steps = 1  # the first state
    if steps > budget or limit <= 0:
        complete = False
    else:
        walk(0, 0, 0)
    return Splits(tuple(found), complete=complete)


def _value(part: str) -> int:
    """The integer value of a part (0 for a decimal or grouped piece, which never sums)."""
    if len(part) > _LONGEST:
        return 0
    if part.isdigit():
        return int(part)
    if part[:1] in "-−" and part[1:].isdigit():
        return -int(part[1:])
    return 0
