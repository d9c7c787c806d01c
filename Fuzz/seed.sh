#!/usr/bin/env bash
# Seeds the fuzz corpora in Fuzz/corpus/<target>/ from the repository's own files, so
# nothing large is committed twice:
#   rules        rules/, examples/benchmark/*.yici, Tests/YiciTests/Golden/diagnostics/*.yici
#   application  examples/applications/*.json, one line in 25 of examples/benchmark/agree_1k.jsonl
#   batch        the example applications on one line each, and 8-line slices of agree_1k.jsonl
#   lsp          each language-server transcript's client messages, framed as a client sends them
#   form         Fuzz/regressions/form/ (posted questionnaires and a pasted application)
# Inputs the fuzzers found before stay in the corpus; seeding again only adds.
set -euo pipefail
fuzz="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$fuzz")"
corpus="${1:-$fuzz/corpus}"
mkdir -p "$corpus/rules" "$corpus/application" "$corpus/batch" "$corpus/lsp" "$corpus/form"

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

for file in "$repo"/Tests/YiciLanguageServerTests/Transcripts/*.jsonl; do
  grep -v '^#' "$file" | while IFS= read -r line; do
    printf 'Content-Length: %d\r\n\r\n%s' "$(printf '%s' "$line" | wc -c)" "$line"
  done >"$corpus/lsp/seed-$(basename "$file" .jsonl)"
done

for file in "$fuzz"/regressions/form/*; do
  cp "$file" "$corpus/form/seed-$(basename "$file")"
done

echo "seeded $corpus: $(ls "$corpus/rules" | wc -l) rules, $(ls "$corpus/application" | wc -l) application," \
  "$(ls "$corpus/batch" | wc -l) batch, $(ls "$corpus/lsp" | wc -l) lsp, $(ls "$corpus/form" | wc -l) form inputs"
