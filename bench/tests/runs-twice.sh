#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The bench is run again and again on its own file (a reviewer repeats the command): a second run
# must work like the first. Checks outcomes only — no figure is compared with anything.
set -eu
bench="$1"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for run in 1 2; do
    "$bench" --members 300 --purchases 3000 --db "$dir/shop.db" --only lookups,import --samples 20 \
        --import-rows 400 --json >"$dir/out.json" 2>"$dir/err.txt" || {
        echo "run $run failed:"; cat "$dir/err.txt"; exit 1
    }
    grep -q '"import_rows":400' "$dir/out.json" || { echo "run $run: no import figure"; cat "$dir/out.json"; exit 1; }
    grep -q '"lookup_phone_us":' "$dir/out.json" || { echo "run $run: no look-up figure"; exit 1; }
done
# "purchases" is the file's count as a run starts: the 3,000 made, then the first run's import and its two
# raw copies (3 × 400), all committed.
grep -q '"purchases":4200,' "$dir/out.json" || { echo "the file did not grow"; cat "$dir/out.json"; exit 1; }
echo "two runs on one file: ok"
