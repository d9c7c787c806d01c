#!/usr/bin/env bash
# Builds the fuzz targets with libFuzzer and AddressSanitizer and runs each for a bounded
# time; exits 1 when any of them found a crash, a timeout or ran out of memory, and prints
# the saved inputs (Fuzz/artifacts/<target>/crash-…, timeout-…, oom-…).
#
#   Fuzz/run.sh [SECONDS] [TARGET…]     SECONDS per target (default 60; form gets a third
#                                       of it); TARGET: rules, application, batch, lsp, form
#                                       (default: all five)
# Environment: FUZZ_TIMEOUT (seconds per input, default 10), FUZZ_RSS_MB (default 2048),
# FUZZ_JOBS (build jobs).
set -euo pipefail
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(rules application batch lsp form)
fuzz="$(cd "$(dirname "$0")" && pwd)"
cd "$fuzz"

./seed.sh
# One -sanitize flag with both: given `--sanitize=fuzzer --sanitize=address`, SwiftPM passes
# two flags in no fixed order and the compiler keeps only the last, so a build had either
# coverage or AddressSanitizer, never both. `--sanitize=fuzzer` stays so that SwiftPM links
# libFuzzer's `main` instead of its own entry point. Dead stripping drops the coverage counters'
# constructor, and libFuzzer then sees no coverage.
build=(swift build -c release --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address --disable-dead-strip)
[ -z "${FUZZ_JOBS:-}" ] || build+=(-j "$FUZZ_JOBS")
started=$SECONDS
mkdir -p logs
if ! "${build[@]}" >logs/build.log 2>&1; then
  grep -v "Cannot export local symbol" logs/build.log | tail -40 >&2
  echo "fuzz: the build failed (Fuzz/logs/build.log)" >&2
  exit 1
fi
bin="$("${build[@]}" --show-bin-path)"
echo "fuzz: built in $((SECONDS - started)) s"

# Swift's runtime keeps caches LeakSanitizer takes for leaks; leaks are not what we look for.
# Short allocation stacks: recording them is a good part of the time per input.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:malloc_context_size=4}"
failed=0
for target in "${targets[@]}"; do
  case "$target" in
    rules) dictionary=rules.dict max_len=8192 ;;
    application) dictionary=application.dict max_len=4096 ;;
    batch) dictionary=application.dict max_len=16384 ;;
    lsp) dictionary=lsp.dict max_len=16384 ;;
    form) dictionary=form.dict max_len=4096 ;;
    *) echo "fuzz: no target '$target'" >&2; exit 64 ;;
  esac
  time="$seconds"
  [ "$target" != form ] || time=$(((seconds + 2) / 3))
  artifacts="$fuzz/artifacts/$target"
  mkdir -p "$artifacts" "corpus/$target"
  before="$(ls "$artifacts")"
  status=0
  "$bin/fuzz-$target" "corpus/$target" -dict="dictionaries/$dictionary" -max_len="$max_len" \
    -max_total_time="$time" -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb="${FUZZ_RSS_MB:-2048}" \
    -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$artifacts/" >"logs/$target.log" 2>&1 || status=$?
  if ! grep -q "^INFO: Loaded [0-9]* modules" "logs/$target.log"; then
    echo "fuzz-$target: the build has no coverage instrumentation (see Fuzz/logs/$target.log)" >&2
    failed=1
  fi
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "logs/$target.log")"
  speed="$(sed -n 's/^stat::average_exec_per_sec: *//p' "logs/$target.log")"
  echo "fuzz-$target: ${runs:-?} inputs in $time s (${speed:-?}/s), exit $status"
  found="$(comm -13 <(echo "$before") <(ls "$artifacts"))"
  if [ "$status" -ne 0 ] || [ -n "$found" ]; then
    failed=1
    grep -m 3 -E "ERROR: |SUMMARY: |Fatal error|ALARM|out-of-memory" "logs/$target.log" | sed 's/^/  /' || true
    for name in $found; do echo "  saved: $artifacts/$name"; done
    echo "  log: $fuzz/logs/$target.log; replay: $bin/fuzz-$target FILE; minimize: add -minimize_crash=1 -runs=10000"
  fi
done
if [ "$failed" -ne 0 ]; then
  echo "fuzz: found problems; copy each saved input (minimized) to Fuzz/regressions/<target>/" >&2
  exit 1
fi
