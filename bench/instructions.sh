#!/usr/bin/env bash
# Instructions per JSON round trip for each contender, counted by valgrind's callgrind:
# repeatable whatever else the machine is doing. Needs valgrind (Debian package valgrind).
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}
count() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$python" bench/round_trip_once.py "$1" "$2" 2>&1 |
        awk '/Collected/ {print $4}'
}
declare -A per_call
for contender in ours pydantic msgspec; do
    base=$(count "$contender" 0)
    loaded=$(count "$contender" 200)
    per_call[$contender]=$(( (loaded - base) / 200 ))
    printf '%-10s %10d instructions per round trip\n' "$contender" "${per_call[$contender]}"
done
awk -v o="${per_call[ours]}" -v p="${per_call[pydantic]}" -v m="${per_call[msgspec]}" \
    'BEGIN { printf "ours / pydantic %.3f (target <= 1.0)\nours / msgspec  %.2f (target <= 6)\n", o / p, o / m }'
