"""Run N JSON round trips of the benchmark report with one contender (for instruction counts).

Run: python3 bench/round_trip_once.py ours|pydantic|msgspec N

bench/instructions.sh runs this under valgrind's callgrind with N = 0 and N = 200
and prints the instructions one round trip costs: a count that, unlike time,
does not change with the machine's load.
"""

from __future__ import annotations

import sys
from pathlib import Path

import msgspec

import govinfo_report as gr

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _shapes
from bench_serialize import full_report


def main() -> None:
    contender, count = sys.argv[1], int(sys.argv[2])
    report = full_report()
    text = gr.to_json(report)
    if contender == "ours":
        for _ in range(count):
            gr.from_json(gr.to_json(report))
    elif contender == "pydantic":
        model = _shapes.pydantic_model()
        instance = model.model_validate_json(text)
        for _ in range(count):
            model.model_validate_json(instance.model_dump_json())
    elif contender == "msgspec":
        struct_type = _shapes.msgspec_model()
        struct = msgspec.json.decode(text, type=struct_type)
        for _ in range(count):
            msgspec.json.decode(msgspec.json.encode(struct), type=struct_type)
    else:
        raise SystemExit(f"unknown contender {contender!r}")


if __name__ == "__main__":
    main()
