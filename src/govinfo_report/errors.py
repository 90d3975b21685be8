"""The library's errors: one hierarchy under :class:`GovInfoReportError`.

Every error is a :class:`ValueError`, so ``except ValueError`` catches bad
input from any part of the library, and every message names the place (a JSON
path such as ``$.requests.granted.natural_person``, or a line and column of
the input) and what was expected there.

>>> from govinfo_report.errors import GovInfoReportError, InvalidNumberError
>>> issubclass(InvalidNumberError, GovInfoReportError)
True
>>> issubclass(GovInfoReportError, ValueError)
True
"""

from __future__ import annotations

__all__ = [
    "GovInfoReportError",
    "InvalidNumberError",
    "ParseError",
    "Problem",
    "UnknownKeyError",
    "ValidationError",
]


class GovInfoReportError(ValueError):
    """Base class of every error the library raises on bad input."""


class InvalidNumberError(GovInfoReportError):
    """A number could not be written or read in the requested form.

    *text* is the offending input (as given, or its ``repr`` for non-text
    values) and *expected* says what form was expected.

    >>> err = InvalidNumberError("十十", "a Chinese numeral in canonical form")
    >>> str(err)
    "'十十': expected a Chinese numeral in canonical form"
    """

    def __init__(self, text: object, expected: str, *, detail: str = "") -> None:
        self.text = text
        self.expected = expected
        self.detail = detail
        shown = repr(text)
        message = f"{shown}: expected {expected}"
        if detail:
            message += f" ({detail})"
        super().__init__(message)


class UnknownKeyError(GovInfoReportError, KeyError):
    """A row, column, section or rule was asked for by a key or label that does not exist.

    >>> str(UnknownKeyError("granted_x", "a row of table 三", known=("granted",)))
    "'granted_x' is not a row of table 三; known: granted"
    """

    def __init__(self, key: object, what: str, *, known: tuple[str, ...] = ()) -> None:
        self.key = key
        self.what = what
        self.known = known
        message = f"{key!r} is not {what}"
        if known:
            message += "; known: " + ", ".join(known)
        super().__init__(message)

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0])


class Problem:
    """One problem found in structured input: where it is and what was expected.

    >>> print(Problem("$.year", "expected an integer, got 'x'"))
    $.year: expected an integer, got 'x'
    """

    __slots__ = ("message", "path")

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        self.message = message

    def __repr__(self) -> str:
        return f"Problem({self.path!r}, {self.message!r})"

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Problem):
            return NotImplemented
        return (self.path, self.message) == (other.path, other.message)

    def __hash__(self) -> int:
        return hash((self.path, self.message))


class ValidationError(GovInfoReportError):
    """Structured input (a dict or JSON document) does not describe a valid report.

    All problems are collected and raised at once; each names its JSON path.

    >>> err = ValidationError((Problem("$.year", "expected an integer"),))
    >>> print(err)
    1 problem in the report data:
      $.year: expected an integer
    """

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        self.problems = problems
        count = len(problems)
        head = f"{count} problem{'s' if count != 1 else ''} in the report data:"
        lines = [head, *(f"  {p}" for p in problems)]
        super().__init__("\n".join(lines))

    @property
    def paths(self) -> tuple[str, ...]:
        """The JSON paths of all problems, in order."""
        return tuple(p.path for p in self.problems)


class ParseError(GovInfoReportError):
    """A published report could not be read at all (no recognizable structure).

    Problems that affect only part of a report are diagnostics, not errors.

    >>> print(ParseError("no section headings found", line=1, column=1))
    line 1, column 1: no section headings found
    """

    def __init__(self, message: str, *, line: int | None = None, column: int | None = None) -> None:
        self.line = line
        self.column = column
        where = ""
        if line is not None:
            where = f"line {line}" + (f", column {column}" if column is not None else "") + ": "
        super().__init__(where + message)
