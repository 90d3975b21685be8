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
costs time linear in its length, never exponential.
"""

from __future__ import annotations

import attrs

__all__ = ["Splits", "splits"]

_ATOMIC = frozenset(".,-−")
_LONGEST = 24  # digits of one cell: counts beyond 10**24 are not cut out of a run


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
    totals = {total: parts for parts, total in sums}
    found: list[tuple[str, ...]] = []
    steps = 0
    remaining_chars = [0] * (len(pieces) + 1)
    for i in range(len(pieces) - 1, -1, -1):
        remaining_chars[i] = remaining_chars[i + 1] + len(pieces[i])
    if count < len(pieces) or count > remaining_chars[0] or not pieces:
        return Splits((), complete=True)
    if any(len(p) > _LONGEST * count for p in pieces):
        return Splits((), complete=False)
    if count == remaining_chars[0] and all(p.isdigit() for p in pieces):
        # One digit per cell: the only cut; it stands if the sums hold.
        digits = tuple("".join(pieces))
        ok = all(sum(int(digits[i]) for i in parts) == int(digits[total]) for parts, total in sums)
        return Splits((digits,) if ok else (), complete=True)
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
