#!/usr/bin/env bash
# P4: fan-out of one published story to N webhook and/or N Web Push subscriptions on a loopback sink, beside the
# bare ceiling measured in the same run (bench/src/FanoutBench.java says how). Needs the local stack running
# (./localnews up): the subscriptions go straight into its notification database, the story is published
# through its gateway with its API client, and notification-service must allow loopback http (the stack does).
# usage: LOCALNEWS_HOME=/tmp/ln GATEWAY=http://127.0.0.1:18080 PG_PORT=15432 bench/fanout.sh 10000 webhook webpush
# RUN_NOTE=… is stored with the figures (e.g. which commit the stack's notification-service runs).
# JDK: the driver runs on $JAVA17 (the service's JDK is whatever the stack was started with; it is recorded).
source "$(dirname "$0")/lib.sh"
COUNT=${1:-10000}; shift || true
CHANNELS=("${@:-webhook}")
[ ${#CHANNELS[@]} -gt 0 ] || CHANNELS=(webhook)
LOCALNEWS_HOME=${LOCALNEWS_HOME:-$ROOT/.localnews}
GATEWAY=${GATEWAY:-http://127.0.0.1:8080} PG_PORT=${PG_PORT:-5432} SINK_PORT=${SINK_PORT:-18400}
CONCURRENCY=${CONCURRENCY:-16} TIMEOUT_S=${TIMEOUT_S:-900} CEILING_COUNT=${CEILING_COUNT:-}
set -a; source "$LOCALNEWS_HOME/dev-credentials.env"; set +a
CP=$(notification_classpath)
SERVICE_PID=$(pgrep -f "localnews.home=$LOCALNEWS_HOME -Dlocalnews.process=notification-service" | head -1 || true)
SERVICE_JDK=$( [ -n "$SERVICE_PID" ] && "$(readlink -f /proc/$SERVICE_PID/exe)" -version 2>&1 | head -1 || echo unknown)
for channel in "${CHANNELS[@]}"; do
    echo "== $channel x $COUNT (load $(cut -d' ' -f1-3 /proc/loadavg); service JDK: $SERVICE_JDK)"
    load_before=$(cut -d' ' -f1-3 /proc/loadavg)
    out=$(DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/notification" DB_USER=postgres DB_PASSWORD=postgres \
        GATEWAY=$GATEWAY CLIENT_ID=$NEWSROOM_CLIENT_ID CLIENT_SECRET=$NEWSROOM_CLIENT_SECRET SINK_PORT=$SINK_PORT \
        CONCURRENCY=$CONCURRENCY TIMEOUT_S=$TIMEOUT_S CEILING_COUNT=$CEILING_COUNT \
        "$JAVA17" -Xms256m -Xmx1g -cp "$CP" "$BENCH_DIR/src/FanoutBench.java" "$channel" "$COUNT" | tee "$WORK/fanout-$channel.log" \
        | sed -n 's/^FANOUTJSON //p')
    [ -n "$out" ] || { echo "no result for $channel"; exit 1; }
    record fanout "$JAVA17" "$(jq -c --arg sj "$SERVICE_JDK" --arg l "$load_before" --arg note "${RUN_NOTE:-}" \
        '. + {service_jdk:$sj, loadavg_before:$l} + (if $note == "" then {} else {run_note:$note} end)' <<< "$out")"
done
