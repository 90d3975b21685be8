"""JSON round trip of a full 2021 report: govinfo_report against pydantic v2 and msgspec.

Run: python3 bench/bench_serialize.py [--quick]

All three hold the same report shape (built from the layout, with the same
constraints: counts are integers >= 0, null or "not_applicable"; money is a
decimal string) and do the same work: serialize to JSON and read it back with
validation. Also measures `python -X importtime -c "import govinfo_report"`.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import timeit
from pathlib import Path

import msgspec

import govinfo_report as gr

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _shapes

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "example-district-2024.json"


def full_report() -> gr.AnnualReport:
    """The consistent 2021 example, with 10 KB of prose spread over its sections."""
    import attrs

    report = gr.from_json(EXAMPLE.read_text(encoding="utf-8"))
    prose = "全年主动公开政府信息，持续深化政务公开标准化规范化建设。" * 60
    return attrs.evolve(report, overview=attrs.evolve(report.overview, text=prose), requests_text=prose[:300])


def median_time(func, number: int, repeat: int) -> float:
    return statistics.median(timeit.repeat(func, number=number, repeat=repeat)) / number


def interleaved(funcs: dict[str, object], number: int, repeat: int) -> dict[str, float]:
    """Median seconds per call of each function, timed in turn within every repeat.

    Timing the contenders back to back in each round keeps a change in the
    machine's load from favouring one of them.
    """
    samples: dict[str, list[float]] = {name: [] for name in funcs}
    for _ in range(repeat):
        for name, func in funcs.items():
            samples[name].append(timeit.timeit(func, number=number) / number)
    return {name: statistics.median(values) for name, values in samples.items()}


def import_time(runs: int) -> float:
    """Median cumulative microseconds of `import govinfo_report` in a fresh interpreter."""
    samples = []
    for _ in range(runs):
        err = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import govinfo_report"],
            capture_output=True,
            text=True,
            check=True,
        ).stderr
        line = next(line for line in err.splitlines() if re.search(r"\|\s+govinfo_report$", line))
        samples.append(int(line.split("|")[1]))
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args()
    number, repeat = (200, 5) if args.quick else (2000, 9)

    report = full_report()
    text = gr.to_json(report)
    assert gr.from_json(text) == report

    pydantic_model = _shapes.pydantic_model()
    instance = pydantic_model.model_validate_json(text)
    msgspec_type = _shapes.msgspec_model()
    struct = msgspec.json.decode(text, type=msgspec_type)

    times = interleaved(
        {
            "ours": lambda: gr.from_json(gr.to_json(report)),
            "pydantic": lambda: pydantic_model.model_validate_json(instance.model_dump_json()),
            "msgspec": lambda: msgspec.json.decode(msgspec.json.encode(struct), type=msgspec_type),
            "to_json": lambda: gr.to_json(report),
            "from_json": lambda: gr.from_json(text),
        },
        number // 10,
        repeat * 10,
    )
    ours, pydantic, msg = times["ours"], times["pydantic"], times["msgspec"]
    to_json, from_json = times["to_json"], times["from_json"]

    print(f"report JSON: {len(text.encode())} bytes")
    print(f"{'':28}{'µs/round trip':>14}{'ours ÷ peer':>14}")
    print(f"{'govinfo_report':28}{ours * 1e6:14.1f}")
    print(
        f"{'pydantic ' + __import__('pydantic').VERSION:28}{pydantic * 1e6:14.1f}{ours / pydantic:14.2f}  (target <= 1.0)"
    )
    print(f"{'msgspec ' + msgspec.__version__:28}{msg * 1e6:14.1f}{ours / msg:14.2f}  (target <= 6)")
    print(f"  of which to_json {to_json * 1e6:.1f} µs, from_json {from_json * 1e6:.1f} µs")
    print(f"import govinfo_report: {import_time(5 if args.quick else 15) / 1000:.1f} ms cumulative (target <= 150)")


if __name__ == "__main__":
    main()
