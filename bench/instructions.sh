#!/usr/bin/env bash
# Instructions per call, counted by valgrind's callgrind: repeatable whatever else the machine
# is doing. Needs valgrind (Debian package valgrind).
#
#   bash bench/instructions.sh [serialize]   JSON round trip: ours, pydantic, msgspec
#   bash bench/instructions.sh rules         the catalogue against one JSON round trip
#   bash bench/instructions.sh parse         parse_text, and parse + check + to_json, per sample
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}
collected() {
    PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/dev/null "$python" "$@" 2>&1 |
        awk '/Collected/ {print $4}'
}
# per_call SCRIPT OPERATION LOW HIGH: instructions of one call, from runs of LOW and HIGH calls.
per_call() {
    local low high
    low=$(collected "$1" "$2" "$3")
    high=$(collected "$1" "$2" "$4")
    echo $(((high - low) / ($4 - $3)))
}

serialize() {
    declare -A count
    for contender in ours pydantic msgspec; do
        count[$contender]=$(per_call bench/round_trip_once.py "$contender" 0 200)
        printf '%-10s %10d instructions per round trip\n' "$contender" "${count[$contender]}"
    done
    awk -v o="${count[ours]}" -v p="${count[pydantic]}" -v m="${count[msgspec]}" \
        'BEGIN { printf "ours / pydantic %.3f (target <= 1.0)\nours / msgspec  %.2f (target <= 6)\n", o / p, o / m }'
}

rules() {
    local round_trip
    round_trip=$(per_call bench/calls_once.py round-trip 1 11)
    printf '%-18s %10d instructions\n' round-trip "$round_trip"
    for operation in check check-previous check-arithmetic check-no-prose; do
        count=$(per_call bench/calls_once.py "$operation" 1 11)
        awk -v name="$operation" -v c="$count" -v r="$round_trip" \
            'BEGIN { printf "%-18s %10d instructions  ratio %.2f\n", name, c, c / r }'
    done
    echo "targets: check <= 1.0, check-arithmetic <= 0.2 of a round trip"
}

parse() {
    for sample in tests/data/*.txt; do
        name=$(basename "$sample")
        printf '%-28s parse %10d   parse + check + to_json %10d instructions\n' "$name" \
            "$(per_call bench/calls_once.py "parse:$name" 1 11)" "$(per_call bench/calls_once.py "pipeline:$name" 1 11)"
    done
}

"${1:-serialize}"
