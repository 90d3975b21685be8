"""The public surface: exports, import discipline, purity."""

from __future__ import annotations

import ast
import datetime as dt
from decimal import Decimal, getcontext, localcontext
from pathlib import Path

from hypothesis import given

from govinfo_report import numbers
from tests.numbers.strategies import cent_amounts, chinese_integers

PACKAGE = Path(numbers.__file__).parent


def test_all_is_sorted_and_complete() -> None:
    """__all__ is sorted (constants, classes, functions) and names exactly the public objects."""
    names = list(numbers.__all__)
    constants = [n for n in names if n.isupper()]
    classes = [n for n in names if n[0].isupper() and not n.isupper()]
    functions = [n for n in names if n[0].islower()]
    assert names == sorted(constants) + sorted(classes) + sorted(functions)
    public = {n for n in vars(numbers) if not n.startswith("_") and n != "annotations"}
    assert public == set(names)


def test_imports_nothing_from_the_library_but_errors() -> None:
    """No module of the package imports from govinfo_report except errors and the package itself."""
    for path in PACKAGE.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                module = node.module
            elif isinstance(node, ast.Import):
                module = node.names[0].name
            else:
                continue
            if module.startswith("govinfo_report"):
                assert module == "govinfo_report.errors" or module.startswith("govinfo_report.numbers"), (
                    f"{path.name} imports {module}"
                )


def test_public_functions_have_doctest_examples() -> None:
    """Every public function and class documents itself with a >>> example or a docstring."""
    for name in numbers.__all__:
        obj = getattr(numbers, name)
        if callable(obj) and not isinstance(obj, type):
            assert ">>>" in (obj.__doc__ or ""), name


@given(chinese_integers, cent_amounts())
def test_results_do_not_depend_on_or_change_the_decimal_context(n: int, amount: Decimal) -> None:
    """An odd caller context (prec=2, ROUND_FLOOR, traps on) changes no result and is left alone."""
    expected = (
        numbers.to_chinese(n),
        numbers.to_rmb_upper(amount),
        numbers.format_amount(amount, places=3),
        numbers.format_percent(amount, 7),
        numbers.format_wan(amount),
        numbers.parse_number("1.2345678901234567890123456789万"),
        numbers.format_date(dt.date(2024, 12, 31)),
    )
    with localcontext() as context:
        context.prec = 2
        context.rounding = "ROUND_FLOOR"
        before = repr(context)
        got = (
            numbers.to_chinese(n),
            numbers.to_rmb_upper(amount),
            numbers.format_amount(amount, places=3),
            numbers.format_percent(amount, 7),
            numbers.format_wan(amount),
            numbers.parse_number("1.2345678901234567890123456789万"),
            numbers.format_date(dt.date(2024, 12, 31)),
        )
        assert repr(getcontext()) == before
    assert got == expected
