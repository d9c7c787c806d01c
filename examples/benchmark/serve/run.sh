#!/bin/bash
# The figures of the README's "yici serve" speed paragraph, in one run: a release `yici serve`
# on loopback and wrk (Debian's `wrk` package) in a second process. Run from the repository
# root after `swift build -c release`; the batch file comes from
# `python3 /work/shared/bench/peers/gen.py --n 100000 --seed 2 --out /tmp/batch_100k.jsonl`
# (or BATCH=any JSON Lines file of the benchmark service).
set -u
Y=${YICI:-.build/release/yici}
R=examples/benchmark/food_business_license.yici
BATCH=${BATCH:-/tmp/batch_100k.jsonl}
PORT=${PORT:-18110}
S=examples/benchmark/serve
OUT=$(mktemp -d)
$Y serve $R --port $PORT --watch-interval 0 --no-decision-log > /dev/null 2>&1 &
SERVER=$!
sleep 2
echo "== load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== GET /health, 16 connections, 10 s"
wrk -t1 -c16 -d10s -s $S/summary.lua http://127.0.0.1:$PORT/health | tail -2
echo "== POST /v1/decisions, agree_1k's lines in turn, 16 connections, 10 s"
wrk -t1 -c16 -d10s -s $S/decide.lua http://127.0.0.1:$PORT/v1/decisions | tail -2
echo "== POST /v1/decisions paced to about 1,000 req/s: 20 connections, 18 ms apart on average (Poisson arrivals), 20 s"
WRK_DELAY_MS=18 wrk -t1 -c20 -d20s -s $S/decide.lua http://127.0.0.1:$PORT/v1/decisions | tail -2
echo "== the same with every pause exactly 18 ms (the connections fire in step)"
WRK_ARRIVALS=fixed WRK_DELAY_MS=18 wrk -t1 -c20 -d20s -s $S/decide.lua http://127.0.0.1:$PORT/v1/decisions | tail -2
echo "== $BATCH: POST /v1/decisions/batch against yici eval --batch --revision, 5 alternated runs"
for _ in 1 2 3 4 5; do
  curl -s -o $OUT/server.jsonl -w "server %{time_total}\n" --data-binary @$BATCH \
    http://127.0.0.1:$PORT/v1/decisions/batch
  /usr/bin/time -f "cli %e" $Y eval $R --batch $BATCH --revision > $OUT/cli.jsonl
done 2>&1 | sort | awk '{a[$1] = a[$1] " " $2} END {for (k in a) print k " s:" a[k]}'
cmp $OUT/server.jsonl $OUT/cli.jsonl && echo "the batch's output is byte for byte the CLI's"
kill $SERVER
echo "== reload of a copy of rules/, watched every 500 ms: 5 changes"
cp -r rules $OUT/rules
$Y serve $OUT/rules --port $((PORT + 1)) --no-decision-log > /dev/null 2>&1 &
SERVER=$!
sleep 3
python3 $S/reload.py $((PORT + 1)) $OUT/rules/services/food_business_license.yici 5
kill $SERVER
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf $OUT
