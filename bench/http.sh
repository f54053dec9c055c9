#!/usr/bin/env bash
# P2 and P1: the cached home feed (GET /api/articles) measured with wrk, side by side in one run:
#   static   - a minimal JDK HttpServer serving the very bytes feed-service returned (the ceiling)
#   feed     - feed-service directly
#   gateway  - through a gateway started here with the stack's JVM options (Netty native epoll)
#   gateway-nio - the same gateway jar with -Dreactor.netty.native=false
# For each target: a warm-up, the maximum rate (closed loop, fixed connections), then the latency
# distribution with every connection paced to half of that maximum (wrk's delay() hook; see wrk-report.lua).
# Needs a running feed-service with stories (e.g. ./localnews up on other ports): FEED_URL points at it.
# usage: FEED_URL=http://127.0.0.1:18082 bench/http.sh
source "$(dirname "$0")/lib.sh"
FEED_URL=${FEED_URL:-http://127.0.0.1:8082}
CONNECTIONS=${CONNECTIONS:-32} THREADS=${THREADS:-2} DURATION=${DURATION:-15s} WARMUP=${WARMUP:-10s}
PACED_CONNECTIONS=${PACED_CONNECTIONS:-16}
STATIC_PORT=${STATIC_PORT:-18190} GW_PORT=${GW_PORT:-18191} GW_NIO_PORT=${GW_NIO_PORT:-18192}
SERVICE_OPTS=${SERVICE_OPTS:--Xms64m -Xmx256m -XX:+UseSerialGC}
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

curl -fsS -D "$WORK/feed.headers" -o "$WORK/feed.json" "$FEED_URL/api/articles"
ETAG=$(grep -i '^etag:' "$WORK/feed.headers" | cut -d' ' -f2- | tr -d '\r')
echo "home feed: $(wc -c < "$WORK/feed.json") bytes, etag $ETAG"

# nodelay: without it the JDK server's separate header and body writes meet delayed ACKs (~40 ms each)
"$JAVA17" $SERVICE_OPTS -Dsun.net.httpserver.nodelay=true "$BENCH_DIR/src/StaticServer.java" "$STATIC_PORT" "$WORK/feed.json" "$ETAG" 4 \
    > "$WORK/static.log" 2>&1 & PIDS+=($!)
# a private copy: a rebuild of gateway/target by someone else must not pull the jar from under a running JVM
cp "$ROOT/gateway/target/gateway.jar" "$WORK/gateway.jar"
start_gateway() { # port extra-jvm-options...
    local port=$1; shift
    SERVER_PORT=$port FEED_SERVICE_URI=$FEED_URL LOCALNEWS_PUBLIC_URL=http://localhost:$port \
        "$JAVA17" $SERVICE_OPTS "$@" -jar "$WORK/gateway.jar" > "$WORK/gateway-$port.log" 2>&1 &
    PIDS+=($!)
}
start_gateway "$GW_PORT"
start_gateway "$GW_NIO_PORT" -Dreactor.netty.native=false
for url in "http://127.0.0.1:$STATIC_PORT/api/articles" "http://127.0.0.1:$GW_PORT/api/articles" \
        "http://127.0.0.1:$GW_NIO_PORT/api/articles"; do
    for _ in $(seq 180); do curl -fs -o /dev/null "$url" && break; sleep 1; done
    curl -fs -o /dev/null "$url" || { echo "not up: $url"; exit 1; }
done
cmp -s <(curl -fs "http://127.0.0.1:$GW_PORT/api/articles") "$WORK/feed.json" || echo "warning: gateway bytes differ"

wrk_json() { # url connections duration [delay-ms]
    WRK_DELAY_MS=${4:-0} wrk -t"$THREADS" -c"$2" -d"$3" --latency -s "$BENCH_DIR/wrk-report.lua" "$1" \
        | tee -a "$WORK/wrk.log" | sed -n 's/^WRKJSON //p'
}
declare -A MAXRPS FIG
for target in static feed gateway gateway-nio; do
    case $target in
        static) url="http://127.0.0.1:$STATIC_PORT/api/articles" ;;
        feed) url="$FEED_URL/api/articles" ;;
        gateway) url="http://127.0.0.1:$GW_PORT/api/articles" ;;
        gateway-nio) url="http://127.0.0.1:$GW_NIO_PORT/api/articles" ;;
    esac
    echo "== $target $url (load $(cut -d' ' -f1-3 /proc/loadavg))"
    wrk_json "$url" "$CONNECTIONS" "$WARMUP" > /dev/null
    max=$(wrk_json "$url" "$CONNECTIONS" "$DURATION")
    rps=$(jq -r .rps <<< "$max")
    delay=$(jq -n --argjson c "$PACED_CONNECTIONS" --argjson r "$rps" '($c * 1000 / ($r / 2)) | floor | if . < 1 then 1 else . end')
    paced=$(wrk_json "$url" "$PACED_CONNECTIONS" "$DURATION" "$delay")
    echo "max:   $max"
    echo "paced: $paced (delay ${delay} ms per connection)"
    MAXRPS[$target]=$rps
    FIG[$target]=$(jq -cn --argjson m "$max" --argjson p "$paced" --arg u "$url" --argjson d "$delay" \
        '{url:$u,max:$m,half_rate_paced:($p + {delay_ms_per_connection:$d})}')
done
ratio() { jq -n --argjson a "$1" --argjson b "$2" '($a / $b * 1000 | round) / 1000'; }
conditions=$(jq -cn --arg c "$CONNECTIONS" --arg t "$THREADS" --arg d "$DURATION" --arg pc "$PACED_CONNECTIONS" \
    --arg o "$SERVICE_OPTS" '{wrk_threads:$t,connections:$c,duration:$d,paced_connections:$pc,service_jvm_opts:$o,
    note:"wrk, servers and other helpers share 2 cores"}')
p2=$(ratio "${MAXRPS[feed]}" "${MAXRPS[static]}")
p1=$(ratio "${MAXRPS[gateway]}" "${MAXRPS[feed]}")
p1nio=$(ratio "${MAXRPS[gateway-nio]}" "${MAXRPS[feed]}")
echo "P2 feed/static = $p2 (goal >= 0.4)   P1 gateway/feed = $p1, with native=false $p1nio (goal >= 0.5)"
record read-path "$JAVA17" "$(jq -cn --argjson s "${FIG[static]}" --argjson f "${FIG[feed]}" --argjson r "$p2" \
    --argjson c "$conditions" '{conditions:$c,static:$s,feed:$f,ratio_feed_over_static:$r,goal:0.4,met:($r >= 0.4)}')"
record gateway "$JAVA17" "$(jq -cn --argjson g "${FIG[gateway]}" --argjson n "${FIG[gateway-nio]}" --argjson f "${FIG[feed]}" \
    --argjson r "$p1" --argjson rn "$p1nio" --argjson c "$conditions" \
    '{conditions:$c,feed:$f,gateway:$g,gateway_nio:$n,ratio_gateway_over_feed:$r,ratio_gateway_nio_over_feed:$rn,
      goal:0.5,met:($r >= 0.5),met_nio:($rn >= 0.5)}')"
