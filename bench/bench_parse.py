"""Parsing published reports: speed per report, against floors, and growth with input size.

Run: python3 bench/bench_parse.py [--quick]

1. Each sample of tests/data, parsed, checked (``govinfo_report.rules.check``,
   skipped if absent) and written as JSON: reports per second. The floors do
   less and say how far the parser is from them: ``from_json`` of the same
   report (reading the lossless JSON back), and a bare scan that splits the
   text into lines and pulls every digit run out with a regex (reading
   without understanding).
2. The library's own text layout (``render_text`` of the example report) read
   back, for comparison with the published samples.
3. Report-like text of 1 KB to 1 MB (the sample's lines, cycled): time per KB
   at each size, the ratio of the largest to the smallest, and the cost of each
   added KB between successive sizes (constant when parsing grows linearly).
4. 1 MB of random text (Chinese, ASCII, digits, punctuation, line breaks).
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
import statistics
import time
import timeit
from pathlib import Path

import govinfo_report as gr
from govinfo_report.errors import ParseError
from govinfo_report.parse import parse_text
from govinfo_report.render import render_text

try:
    from govinfo_report.rules import check
except ImportError:  # the rules are optional for this benchmark
    check = None

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "tests" / "data").glob("*.txt"))
EXAMPLE = ROOT / "examples" / "example-district-2024.json"
DIGITS = re.compile(r"\d+")


def median_time(func, number: int, repeat: int) -> float:
    return statistics.median(timeit.repeat(func, number=number, repeat=repeat)) / number


def pipeline(text: str) -> str:
    report = parse_text(text).report
    if check is not None:
        check(report)
    return gr.to_json(report)


def bare_scan(text: str) -> int:
    return sum(len(DIGITS.findall(line)) for line in text.split("\n"))


def report_like(size: int) -> str:
    """*size* bytes of the 淮安 sample's lines, cycled: prose, headings and table rows in their proportions."""
    lines = (ROOT / "tests" / "data" / "huaian-city-2024.txt").read_text(encoding="utf-8").split("\n")
    out: list[str] = []
    total = 0
    index = 0
    while total < size:
        line = lines[index % len(lines)]
        out.append(line)
        total += len(line.encode("utf-8")) + 1
        index += 1
    return "\n".join(out)


def random_text(size: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    alphabet = [chr(c) for c in range(0x4E00, 0x4E00 + 2000)] + list("0123456789，。、（）一二三四五六 \t\nabcXYZ")
    out: list[str] = []
    total = 0
    while total < size:
        char = rng.choice(alphabet)
        out.append(char)
        total += len(char.encode("utf-8"))
    return "".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args()
    number, repeat = (20, 3) if args.quick else (100, 7)

    core = min(timeit.repeat("sum(range(1000))", number=10_000, repeat=5)) / 10_000
    print(f"this core: sum(range(1000)) takes {core * 1e6:.1f} µs (the figures below scale with it)")
    print(f"rules.check: {'included' if check is not None else 'absent, skipped'}")
    print(f"{'':28}{'KB':>6}{'µs':>9}{'reports/s':>11}{'÷ from_json':>13}{'÷ bare scan':>13}")
    for path in SAMPLES:
        text = path.read_text(encoding="utf-8")
        report_json = gr.to_json(parse_text(text).report)
        spent = median_time(lambda text=text: pipeline(text), number, repeat)
        floor_json = median_time(lambda data=report_json: gr.from_json(data), number, repeat)
        floor_scan = median_time(lambda text=text: bare_scan(text), number, repeat)
        size = len(text.encode("utf-8")) / 1000
        print(
            f"{path.name:28}{size:6.1f}{spent * 1e6:9.0f}{1 / spent:11.0f}"
            f"{spent / floor_json:13.1f}{spent / floor_scan:13.1f}"
        )

    own = render_text(gr.from_json(EXAMPLE.read_text(encoding="utf-8")))
    spent = median_time(lambda: pipeline(own), number, repeat)
    print(f"{'render_text(example)':28}{len(own.encode()) / 1000:6.1f}{spent * 1e6:9.0f}{1 / spent:11.0f}")

    print()
    print(f"{'report-like text':28}{'KB':>6}{'ms':>9}{'ms/KB':>11}")
    per_kb = []
    points: list[tuple[float, float]] = []
    for size in (1_000, 10_000, 100_000, 1_000_000):
        text = report_like(size)
        loops = max(1, 100_000 // size) if not args.quick else 1
        spent = median_time(lambda text=text: parse_text(text), loops, 3 if args.quick else 5)
        kilobytes = len(text.encode("utf-8")) / 1000
        per_kb.append(spent * 1000 / kilobytes)
        points.append((kilobytes, spent * 1000))
        print(f"{'':28}{kilobytes:6.0f}{spent * 1000:9.2f}{per_kb[-1]:11.4f}")
    print(f"{'largest ÷ smallest ms/KB':28}{max(per_kb) / min(per_kb):26.2f}")
    # The cost of each added KB, between successive sizes: constant when the growth is linear
    # (the per-KB figures above also carry each parse's fixed cost, which weighs most at 1 KB).
    steps = [(b_ms - a_ms) / (b_kb - a_kb) for (a_kb, a_ms), (b_kb, b_ms) in itertools.pairwise(points)]
    print(f"{'ms per added KB':28}{'':15}" + "  ".join(f"{step:.4f}" for step in steps))

    text = random_text(1_000_000)
    start = time.perf_counter()
    try:
        parse_text(text)
        outcome = "parsed"
    except ParseError:
        outcome = "ParseError"
    print(f"\n1 MB of random text: {time.perf_counter() - start:.3f} s ({outcome})")


if __name__ == "__main__":
    main()
