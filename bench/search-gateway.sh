#!/usr/bin/env bash
# P5 through the gateway: Thai search at a fixed rate against a running stack holding N generated stories.
# The stories are those of bench/search.sh (same generator and seed), written straight to the article-events topic
# as imported published events (they alert nobody), ids from 50,000,000; then feed-service's consumer group is
# waited for. feed-service needs the heap for them: start the stack with, e.g.,
#   RATE_LIMIT_SEARCH_BURST=1000000 LOCALNEWS_JAVA_OPTS="-Xms256m -Xmx2g -XX:+UseSerialGC" LOCALNEWS_HOME=… ./localnews up
# (the gateway's per-client search limit is 30 at once, refilled one every 2 s: raise it, or every query is a 429).
# usage: GATEWAY_URL=http://127.0.0.1:8080 KAFKA=127.0.0.1:9092 bench/search-gateway.sh [stories=100000] [rate=50]
#        [duration=60s] [connections=5]
# SKIP_PUBLISH=1 searches what the stack already holds; WARMUP (default 60s) runs at the same rate first, unrecorded.
# Two measured runs: "cached" (the judged queries over and over, as feed-service's rendered-response cache answers a
# popular query until the next story) and "uncached" (every request a cache miss, the engine's work each time).
source "$(dirname "$0")/lib.sh"
GATEWAY_URL=${GATEWAY_URL:-http://127.0.0.1:8080} KAFKA=${KAFKA:-127.0.0.1:9092}
STORIES=${1:-100000} RATE=${2:-50} DURATION=${3:-60s} CONNECTIONS=${4:-5} WARMUP=${WARMUP:-60s}
CP=$(feed_classpath)
CORPUS="$ROOT/feed-service/src/test/resources/search"
if [ "${SKIP_PUBLISH:-0}" != 1 ]; then
    CLASSES=$(search_bench_classes "$CP")
    "$JAVA17" -Xmx2g -cp "$CLASSES:$CP" th.localnews.feed.search.ThaiSearchBench publish "$CORPUS" "$KAFKA" "$STORIES" \
        2>&1 | grep -v -e '^\s' -e 'INFO' >&2
fi
export QUERIES_FILE="$CORPUS/queries.tsv" THREADS=1
delay=$(( CONNECTIONS * 1000 / RATE ))
echo "== warm-up $WARMUP, then $DURATION at $RATE queries/s ($CONNECTIONS connections, ${delay} ms apart each)"
UNCACHED=1 wrk_json "$GATEWAY_URL" "$CONNECTIONS" "$WARMUP" "$delay" > /dev/null
for mode in cached uncached; do
    out=$(UNCACHED=$([ $mode = uncached ] && echo 1 || echo 0) wrk_json "$GATEWAY_URL" "$CONNECTIONS" "$DURATION" "$delay")
    figures=$(jq -c --argjson stories "$STORIES" --argjson rate "$RATE" --arg mode "$mode" --arg note "${RUN_NOTE:-}" \
        '{stories: $stories, target_rate: $rate, cache: $mode, rps, statuses, latency_ms, cdf_ms}
         + (if $note == "" then {} else {run_note: $note} end)' <<< "$out")
    echo "$figures"
    record search-gateway "$JAVA17" "$figures"
done
