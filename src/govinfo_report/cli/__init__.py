"""The ``govinfo-report`` command.

Each subcommand lives in its own module that provides ``register(subparsers)``.
Exit statuses: 0 when all went well (and no error-level rule failed), 1 when an
error-level rule failed, 2 for unreadable input or bad usage.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["main"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_UNREADABLE = 2


def _parser() -> argparse.ArgumentParser:
    from govinfo_report.cli import _commands

    parser = argparse.ArgumentParser(
        prog="govinfo-report",
        description="Check, render and parse 政府信息公开工作年度报告 (annual reports on open government information).",
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for register in _commands.REGISTER:
        register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default: ``sys.argv[1:]``) and return the exit status."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    status: int = args.run(args)
    sys.stdout.flush()
    return status


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
