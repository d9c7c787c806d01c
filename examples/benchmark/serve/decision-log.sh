#!/bin/bash
# The decision log's figures (README, "The decision log"), in one run: a release `yici serve`
# on loopback driven by wrk (Debian's `wrk` package) from a second process, with the log off,
# durable in SQLite (the default), queued (`--log-ack queued`) and durable in PostgreSQL (a
# throw-away cluster from `.ci/postgres.sh`; left out when PostgreSQL is not installed),
# alternated three times: POST /v1/decisions throughput (16 connections) and the latency paced
# to about 1,000 req/s (Poisson arrivals, see decide.lua); then `yici replay` over every
# decision those runs logged in SQLite. Run from the repository root after
# `swift build -c release`.
set -u
Y=${YICI:-.build/release/yici}
R=examples/benchmark/food_business_license.yici
S=examples/benchmark/serve
PORT=${PORT:-18120}
SECONDS_EACH=${SECONDS_EACH:-10}
OUT=$(mktemp -d)
chmod 755 "$OUT"
MODES="off durable queued"
if ls -d /usr/lib/postgresql/*/bin > /dev/null 2>&1; then
  PG_PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  PG_URL=$(.ci/postgres.sh start "$OUT/cluster" "$PG_PORT")
  trap '.ci/postgres.sh stop "$OUT/cluster"' EXIT
  MODES="$MODES postgres"
fi
echo "== load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in 1 2 3; do
  for mode in $MODES; do
    case $mode in
      off) args=(--no-decision-log) ;;
      durable) args=(--data "$OUT/data") ;;
      queued) args=(--data "$OUT/data" --log-ack queued) ;;
      postgres) args=(--data "$OUT/data" --database "$PG_URL") ;;
    esac
    $Y serve $R --port $PORT --watch-interval 0 --log-level error "${args[@]}" > /dev/null 2>&1 &
    SERVER=$!
    sleep 2
    echo "== round $round, log $mode: 16 connections, ${SECONDS_EACH} s"
    wrk -t1 -c16 -d${SECONDS_EACH}s -s $S/decide.lua http://127.0.0.1:$PORT/v1/decisions | tail -2
    echo "== round $round, log $mode: paced to about 1,000 req/s (20 connections, 18 ms apart on average)"
    WRK_DELAY_MS=18 wrk -t1 -c20 -d${SECONDS_EACH}s -s $S/decide.lua http://127.0.0.1:$PORT/v1/decisions | tail -2
    kill $SERVER
    wait $SERVER 2> /dev/null
  done
done
COUNT=$(sqlite3 "$OUT/data/yici.sqlite" "SELECT COUNT(*) FROM decisions")
echo "== yici replay over the $COUNT decisions logged, with the same rules"
START=$(date +%s.%N)
$Y replay --data "$OUT/data" $R | tail -1
END=$(date +%s.%N)
python3 -c "print(f'replay: {$COUNT} decisions in {$END - $START:.2f} s: {$COUNT / ($END - $START):.0f} decisions/s')"
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
[ -z "${PG_URL:-}" ] || { .ci/postgres.sh stop "$OUT/cluster"; trap - EXIT; }
rm -rf "$OUT"
