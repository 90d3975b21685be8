"""Benchmark govinfo_report.numbers against cn2an 0.5.24 on the same inputs.

Times lower-case rendering (``to_chinese`` vs ``cn2an.an2cn(n, "low")``), strict
parsing (``parse_chinese`` vs ``cn2an.cn2an(s, "strict")``, each on the canonical
text its own writer produces for the same integers) and 大写 amounts
(``to_rmb_upper(x, prefix=False)`` vs ``cn2an.an2cn(s, "rmb")``), reports the
median of several runs and the ratio ours/theirs, and counts where cn2an departs
from our (reference) output.

    .venv/bin/python bench/bench_numbers.py           # 100k integers, 100k amounts
    .venv/bin/python bench/bench_numbers.py --quick   # 10k of each
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

if importlib.util.find_spec("govinfo_report") is None:  # a checkout, not installed
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import cn2an

from govinfo_report.numbers import parse_chinese, to_chinese, to_rmb_upper

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

ZERO_HEAVY_GROUPS = (0, 1, 10, 100, 1000, 1001, 9999, 1010, 110)


def zero_dense_integer(rng: random.Random) -> int:
    """1 to 4 groups of four digits, mostly zero-heavy, sometimes negative."""
    number = 0
    for _ in range(rng.randint(1, 4)):
        group = rng.choice(ZERO_HEAVY_GROUPS) if rng.random() < 0.7 else rng.randrange(10000)
        number = number * 10000 + group
    return -number if rng.random() < 0.1 else number


def amount(rng: random.Random) -> Decimal:
    """A non-negative amount with two decimals, its integer part zero-dense."""
    cents = abs(zero_dense_integer(rng)) * 100 + rng.choice((0, 0, 5, 10, 50, rng.randrange(100)))
    return Decimal(cents).scaleb(-2)


def median_time(function: Callable[[Any], object], items: Sequence[Any], repeat: int) -> float:
    """Median over *repeat* runs of the time per item, in microseconds."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        for item in items:
            function(item)
        runs.append((time.perf_counter() - start) / len(items) * 1e6)
    return statistics.median(runs)


def cn2an_strict(text: str) -> int | None:
    try:
        value: int = cn2an.cn2an(text, "strict")
    except ValueError:
        return None
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10k inputs instead of 100k")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per operation")
    parser.add_argument("--seed", type=int, default=20240101)
    args = parser.parse_args()
    size = 10_000 if args.quick else 100_000
    rng = random.Random(args.seed)
    integers = [zero_dense_integer(rng) for _ in range(size)]
    amounts = [amount(rng) for _ in range(size)]
    amount_texts = [str(a) for a in amounts]

    ours_text = [to_chinese(n) for n in integers]
    their_text = [cn2an.an2cn(n, "low") for n in integers]
    ours_rmb = [to_rmb_upper(a, prefix=False) for a in amounts]
    their_rmb = [cn2an.an2cn(s, "rmb") for s in amount_texts]

    rows = [
        (
            "lower-case rendering",
            median_time(to_chinese, integers, args.repeat),
            median_time(lambda n: cn2an.an2cn(n, "low"), integers, args.repeat),
        ),
        (
            "strict parsing",
            median_time(parse_chinese, ours_text, args.repeat),
            median_time(cn2an_strict, their_text, args.repeat),
        ),
        (
            "upper-case amounts",
            median_time(lambda a: to_rmb_upper(a, prefix=False), amounts, args.repeat),
            median_time(lambda s: cn2an.an2cn(s, "rmb"), amount_texts, args.repeat),
        ),
    ]

    print(f"inputs: {size} integers, {size} amounts; seed {args.seed}; median of {args.repeat} runs")
    print(f"python {sys.version.split()[0]}, cn2an {cn2an.__version__}")
    print()
    print(f"{'operation':<22}{'ours µs/op':>12}{'cn2an µs/op':>13}{'ratio':>8}")
    for name, ours, theirs in rows:
        print(f"{name:<22}{ours:>12.2f}{theirs:>13.2f}{ours / theirs:>8.2f}")

    render_diff = sum(a != b for a, b in zip(ours_text, their_text, strict=True))
    strict_wrong = sum(cn2an_strict(t) != n for t, n in zip(ours_text, integers, strict=True))
    rmb_diff = sum(a != b for a, b in zip(ours_rmb, their_rmb, strict=True))
    print()
    print("where cn2an departs from the reference (our output):")
    print(f"  lower-case text without the 零 of a gap ending at 万/亿 : {render_diff} of {size}")
    print(f"  strict reader refusing or misreading canonical text    : {strict_wrong} of {size}")
    print(f"  upper-case amounts without that 零 (PBoC 四(三) allows it): {rmb_diff} of {size}")


if __name__ == "__main__":
    main()
