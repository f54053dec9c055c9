#!/usr/bin/env bash
# P3: publish → first gateway GET that shows the story, at 1/s and 50/s, beside a bare Kafka produce→consume
# probe on the same broker (bench/src/FreshnessBench.java). Needs a running stack whose newsroom rate limit is
# raised (the per-client default refills 2 tokens a second):
#   RATE_LIMIT_NEWSROOM_BURST=1000000 LOCALNEWS_HOME=/tmp/bench-ln LOCALNEWS_PORT=18080 … ./localnews up
# usage: GATEWAY_URL=http://127.0.0.1:18080 KAFKA=127.0.0.1:19092 LOCALNEWS_HOME=/tmp/bench-ln bench/freshness.sh [count-at-1/s=60] [count-at-50/s=1000]
# RUN_NOTE=… is stored with the figures (e.g. which jars the stack ran); PROBE_FETCH_MAX_WAIT_MS sets the probe
# consumer's fetch.max.wait.ms (default 500, the client's own).
# FRESHNESS_POLL_MS is the pause between two GETs of a story not yet visible (default 5). WARMUP_STORIES (default
# 300) are published at 20/s first and not recorded: a stack just started is still compiling its hot paths.
source "$(dirname "$0")/lib.sh"
GATEWAY_URL=${GATEWAY_URL:-http://127.0.0.1:8080} KAFKA=${KAFKA:-127.0.0.1:9092}
CREDENTIALS=${LOCALNEWS_HOME:-$ROOT/.localnews}/dev-credentials.env
# shellcheck disable=SC1090
source "$CREDENTIALS"
CP=$(feed_classpath)
if [ "${WARMUP_STORIES:-300}" -gt 0 ]; then
    echo "== warm-up: ${WARMUP_STORIES:-300} stories at 20/s, not recorded"
    "$JAVA17" -Xms256m -Xmx512m -cp "$CP" "$BENCH_DIR/src/FreshnessBench.java" "$GATEWAY_URL" \
        "$NEWSROOM_CLIENT_ID" "$NEWSROOM_CLIENT_SECRET" "$KAFKA" 20 "${WARMUP_STORIES:-300}" | grep '^{"rate"' >/dev/null
fi
for run in "1 ${1:-60}" "50 ${2:-1000}"; do
    set -- $run
    echo "== $1 publishes/s, $2 stories"
    # the driver's stdout also carries the Kafka clients' log lines (logback's console default): keep the figures
    figures=$("$JAVA17" -Xms256m -Xmx512m -cp "$CP" "$BENCH_DIR/src/FreshnessBench.java" "$GATEWAY_URL" \
        "$NEWSROOM_CLIENT_ID" "$NEWSROOM_CLIENT_SECRET" "$KAFKA" "$1" "$2" | grep '^{"rate"')
    if [ -n "${RUN_NOTE:-}" ]; then
        figures="${figures%\}},\"run_note\":$(json_str "$RUN_NOTE")}"
    fi
    echo "$figures"
    record freshness "$JAVA17" "$figures"
done
