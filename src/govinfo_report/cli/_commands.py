"""The list of subcommands: each module's ``register`` adds its parser."""

from __future__ import annotations

from typing import TYPE_CHECKING

from govinfo_report.cli import _check, _parse, _render, _summary

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable

REGISTER: tuple[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None], ...] = (
    _check.register,
    _parse.register,
    _render.register,
    _summary.register,
)
