#!/usr/bin/env bash
# Seeds the fuzz corpora in Fuzz/corpus/<target>/ from the repository's own files, so
# nothing large is committed twice:
#   rules        rules/, examples/benchmark/*.yici, Tests/YiciTests/Golden/diagnostics/*.yici
#   application  examples/applications/*.json, one line in 25 of examples/benchmark/agree_1k.jsonl
#   batch        the example applications on one line each, and 8-line slices of agree_1k.jsonl
# Inputs the fuzzers found before stay in the corpus; seeding again only adds.
set -euo pipefail
fuzz="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$fuzz")"
corpus="${1:-$fuzz/corpus}"
mkdir -p "$corpus/rules" "$corpus/application" "$corpus/batch"

for file in "$repo"/rules/*/*.yici "$repo"/examples/benchmark/*.yici "$repo"/Tests/YiciTests/Golden/diagnostics/*.yici; do
  cp "$file" "$corpus/rules/seed-$(basename "$(dirname "$file")")-$(basename "$file")"
done

lines="$repo/examples/benchmark/agree_1k.jsonl"
for file in "$repo"/examples/applications/*.json; do
  cp "$file" "$corpus/application/seed-$(basename "$file")"
done
awk -v out="$corpus/application/seed-agree-" 'NR % 25 == 1 { print > (out NR ".json"); close(out NR ".json") }' "$lines"

oneline="$corpus/batch/seed-examples.jsonl"
: >"$oneline"
for file in "$repo"/examples/applications/*.json; do
  tr -d '\n' <"$file" >>"$oneline"
  echo >>"$oneline"
done
awk -v out="$corpus/batch/seed-agree-" 'NR <= 96 { name = out int((NR - 1) / 8) ".jsonl"; print > name }' "$lines"

echo "seeded $corpus: $(ls "$corpus/rules" | wc -l) rules, $(ls "$corpus/application" | wc -l) application," \
  "$(ls "$corpus/batch" | wc -l) batch inputs"
