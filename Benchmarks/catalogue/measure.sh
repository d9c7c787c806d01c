#!/bin/sh
# Load, check and batch figures for generated catalogues of 10 … 10,000 services.
#
#   Benchmarks/catalogue/measure.sh [yici binary …]     (default: .build/release/yici)
#
# For each size: `yici check` wall time and peak RSS, then `yici eval --batch` over a mixed
# batch of 100,000 applications; the per-decision figure is (batch − check) / 100,000.
# Several binaries (before and after a change) are run in alternation, each size `RUNS`
# times (default 3), and the median is printed. Needs GNU time (/usr/bin/time).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${WORK:-/tmp/yici-catalogue}
runs=${RUNS:-3}
sizes=${SIZES:-"10 100 1000 10000"}
[ $# -gt 0 ] || set -- "$root/.build/release/yici"
mkdir -p "$work"
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
for n in $sizes; do
  [ -f "$work/$n.jsonl" ] || python3 "$here/generate.py" --services "$n" --seed 1 --out "$work/$n" \
    --applications 100000 --batch "$work/$n.jsonl"
  for binary in "$@"; do : > "$work/check.$n.$(basename "$binary")"; : > "$work/eval.$n.$(basename "$binary")"; done
  i=0
  while [ $i -lt "$runs" ]; do
    for binary in "$@"; do
      tag=$(basename "$binary")
      /usr/bin/time -f "%e %M" -o "$work/t" "$binary" check "$work/$n" > /dev/null 2>&1
      cat "$work/t" >> "$work/check.$n.$tag"
      /usr/bin/time -f "%e %M" -o "$work/t" "$binary" eval "$work/$n" --batch "$work/$n.jsonl" > /dev/null
      cat "$work/t" >> "$work/eval.$n.$tag"
    done
    i=$((i + 1))
  done
  for binary in "$@"; do
    tag=$(basename "$binary")
    check=$(cut -d' ' -f1 "$work/check.$n.$tag" | median)
    rss=$(cut -d' ' -f2 "$work/check.$n.$tag" | median)
    batch=$(cut -d' ' -f1 "$work/eval.$n.$tag" | median)
    batchRSS=$(cut -d' ' -f2 "$work/eval.$n.$tag" | median)
    awk -v n="$n" -v t="$tag" -v c="$check" -v r="$rss" -v b="$batch" -v br="$batchRSS" 'BEGIN {
      printf "%-14s %6d services: check %6.2f s %5d MB | batch %6.2f s %5d MB, %5.1f us/decision\n",
        t, n, c, r / 1024, b, br / 1024, (b - c) * 1e6 / 100000 }'
  done
done
