#!/usr/bin/env bash
# P2 and P1: the cached home feed (GET /api/articles) measured with wrk, side by side in one run:
#   static      - a minimal JDK HttpServer serving the very bytes feed-service returned (the ceiling for P2)
#   feed        - feed-service directly
#   gateway     - through a gateway started here from gateway/target/gateway.jar (Netty native epoll)
#   gateway-nio - the same jar with -Dreactor.netty.native=false
# Steps: every target is warmed up (the gateway's reactive chain needs many requests before C2 has compiled it):
# WARMUP of load, then WARMUP_STEP rounds until the CPU time per request of two in a row differs by less than
# WARMUP_TOLERANCE (at most WARMUP_STEPS of them; each target's trace is recorded as warmup_cpu_ms_per_request),
# because a short fixed warm-up on a loaded machine measured the JIT, not the code (docs/benchmarks.md, P1); then its maximum rate is measured ROUNDS times, the targets taking turns so that a change in the machine's load
# hits all of them alike (closed loop, fixed connections; the mean of the rounds is the figure). Then the latency
# distributions with every connection paced (wrk's delay() hook, see wrk-report.lua):
#   P2: static and feed, each at half of its own maximum;
#   P1: feed, gateway and gateway-nio all at the same rate, 30 % of the gateway's maximum, so the difference of
#       their percentiles is what the gateway adds.
# BASELINE_GATEWAY_JAR (optional) adds two more targets from a second jar, baseline and baseline-nio (ports
# BASE_GW_PORT, BASE_GW_NIO_PORT), measured in the same rounds and at the same P1 rate: a before/after in one run.
# BASELINE_FEED_URL (optional) adds feed-baseline, a second feed-service (e.g. a jar of an earlier commit on the
# same broker) measured in the same rounds as feed and paced at half of its own maximum: a P2 before/after in one run.
# Needs a running feed-service with stories (e.g. ./localnews up on other ports): FEED_URL points at it.
# usage: FEED_URL=http://127.0.0.1:18082 bench/http.sh
source "$(dirname "$0")/lib.sh"
FEED_URL=${FEED_URL:-http://127.0.0.1:8082}
CONNECTIONS=${CONNECTIONS:-32} THREADS=${THREADS:-2} DURATION=${DURATION:-15s} WARMUP=${WARMUP:-45s} ROUNDS=${ROUNDS:-2}
WARMUP_STEP=${WARMUP_STEP:-10s} WARMUP_STEPS=${WARMUP_STEPS:-6} WARMUP_TOLERANCE=${WARMUP_TOLERANCE:-0.1}
PACED_CONNECTIONS=${PACED_CONNECTIONS:-16} P1_LOAD=${P1_LOAD:-0.3} P2_LOAD=${P2_LOAD:-0.5}
STATIC_PORT=${STATIC_PORT:-18190} GW_PORT=${GW_PORT:-18191} GW_NIO_PORT=${GW_NIO_PORT:-18192}
SERVICE_OPTS=${SERVICE_OPTS:--Xms64m -Xmx256m -XX:+UseSerialGC}
GATEWAY_JAR=${GATEWAY_JAR:-$ROOT/gateway/target/gateway.jar} LABEL=${LABEL:-}
BASELINE_GATEWAY_JAR=${BASELINE_GATEWAY_JAR:-} BASELINE_FEED_URL=${BASELINE_FEED_URL:-} BASE_GW_PORT=${BASE_GW_PORT:-$((GW_PORT + 10))} BASE_GW_NIO_PORT=${BASE_GW_NIO_PORT:-$((GW_NIO_PORT + 10))}
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
cp "$GATEWAY_JAR" "$WORK/gateway.jar"
GATEWAY_SHA=$(sha256sum "$WORK/gateway.jar" | cut -c1-12) BASELINE_SHA=""
if [ -n "$BASELINE_GATEWAY_JAR" ]; then
    cp "$BASELINE_GATEWAY_JAR" "$WORK/gateway-baseline.jar"
    BASELINE_SHA=$(sha256sum "$WORK/gateway-baseline.jar" | cut -c1-12)
fi
start_gateway() { # jar port extra-jvm-options...
    local jar=$1 port=$2; shift 2
    SERVER_PORT=$port FEED_SERVICE_URI=$FEED_URL LOCALNEWS_PUBLIC_URL=http://localhost:$port \
        "$JAVA17" $SERVICE_OPTS "$@" -jar "$jar" \
        --management.endpoints.web.exposure.include=health,prometheus,circuitbreakers > "$WORK/gateway-$port.log" 2>&1 &
    PIDS+=($!)
}
start_gateway "$WORK/gateway.jar" "$GW_PORT"
start_gateway "$WORK/gateway.jar" "$GW_NIO_PORT" -Dreactor.netty.native=false
UP=("http://127.0.0.1:$STATIC_PORT/api/articles" "http://127.0.0.1:$GW_PORT/api/articles" "http://127.0.0.1:$GW_NIO_PORT/api/articles")
if [ -n "$BASELINE_GATEWAY_JAR" ]; then
    start_gateway "$WORK/gateway-baseline.jar" "$BASE_GW_PORT"
    start_gateway "$WORK/gateway-baseline.jar" "$BASE_GW_NIO_PORT" -Dreactor.netty.native=false
    UP+=("http://127.0.0.1:$BASE_GW_PORT/api/articles" "http://127.0.0.1:$BASE_GW_NIO_PORT/api/articles")
fi
for url in "${UP[@]}"; do
    for _ in $(seq 180); do curl -fs -o /dev/null "$url" && break; sleep 1; done
    curl -fs -o /dev/null "$url" || { echo "not up: $url"; exit 1; }
done
cmp -s <(curl -fs "http://127.0.0.1:$GW_PORT/api/articles") "$WORK/feed.json" || echo "warning: gateway bytes differ"
[ -z "$BASELINE_FEED_URL" ] || cmp -s <(curl -fs "$BASELINE_FEED_URL/api/articles") "$WORK/feed.json" \
    || echo "warning: baseline feed-service bytes differ"

# ms between one connection's requests so that $PACED_CONNECTIONS connections offer $1 requests/s
pace_for() { jq -n --argjson c "$PACED_CONNECTIONS" --argjson r "$1" '($c * 1000 / $r) | floor | if . < 1 then 1 else . end'; }
breakers() { curl -fs --max-time 2 "$1/actuator/circuitbreakers" | jq -c '.circuitBreakers | map_values({state, failedCalls, notPermittedCalls})' 2>/dev/null || echo null; }

declare -A URL BASE ROUNDS_JSON MEAN PACED
URL[static]="http://127.0.0.1:$STATIC_PORT/api/articles"; URL[feed]="$FEED_URL/api/articles"
URL[gateway]="http://127.0.0.1:$GW_PORT/api/articles"; URL[gateway-nio]="http://127.0.0.1:$GW_NIO_PORT/api/articles"
BASE[gateway]="http://127.0.0.1:$GW_PORT"; BASE[gateway-nio]="http://127.0.0.1:$GW_NIO_PORT"
TARGETS=(static feed gateway gateway-nio)
GATEWAYS=(gateway gateway-nio)
if [ -n "$BASELINE_GATEWAY_JAR" ]; then
    URL[baseline]="http://127.0.0.1:$BASE_GW_PORT/api/articles"; URL[baseline-nio]="http://127.0.0.1:$BASE_GW_NIO_PORT/api/articles"
    BASE[baseline]="http://127.0.0.1:$BASE_GW_PORT"; BASE[baseline-nio]="http://127.0.0.1:$BASE_GW_NIO_PORT"
    # baseline and branch take turns, so the machine's load hits both alike
    TARGETS=(static feed baseline gateway baseline-nio gateway-nio)
    GATEWAYS=(gateway gateway-nio baseline baseline-nio)
fi
if [ -n "$BASELINE_FEED_URL" ]; then
    URL[feed-baseline]="$BASELINE_FEED_URL/api/articles"
    # before and after take turns, next to each other
    TARGETS=(static feed-baseline "${TARGETS[@]:1}")
fi
# CPU per request of the process serving it (and of feed-service behind a gateway): on a machine this loaded the
# request rate says as much about the scheduler's share as about the code, the CPU time per request does not
declare -A PID
FEED_PORT=${FEED_URL##*:}; FEED_PORT=${FEED_PORT%%/*}
PID[static]=${PIDS[0]}; PID[gateway]=${PIDS[1]}; PID[gateway-nio]=${PIDS[2]}
[ -n "$BASELINE_GATEWAY_JAR" ] && { PID[baseline]=${PIDS[3]}; PID[baseline-nio]=${PIDS[4]}; }
listener_pid() { ss -ltnpH "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
PID[feed]=$(listener_pid "$FEED_PORT")
if [ -n "$BASELINE_FEED_URL" ]; then
    BASELINE_FEED_PORT=${BASELINE_FEED_URL##*:}; PID[feed-baseline]=$(listener_pid "${BASELINE_FEED_PORT%%/*}")
fi
ticks() { [ -n "$1" ] && [ -r "/proc/$1/stat" ] && awk '{print $14+$15}' "/proc/$1/stat" || echo 0; }
declare -A WARM
cpu_per_request() { # pid ticks-before ticks-after requests -> ms, 3 decimals
    jq -n --argjson t $(($3 - $2)) --argjson n "$4" 'if $n > 0 then ($t * 10 / $n * 1000 | round) / 1000 else null end'
}
for target in "${TARGETS[@]}"; do
    echo "== warm-up $target ${URL[$target]} $WARMUP, then steps of $WARMUP_STEP until steady (load $(cut -d' ' -f1-3 /proc/loadavg))"
    wrk_json "${URL[$target]}" "$CONNECTIONS" "$WARMUP" > /dev/null
    trace="[]" previous=""
    for _ in $(seq "$WARMUP_STEPS"); do
        t0=$(ticks "${PID[$target]}"); step=$(wrk_json "${URL[$target]}" "$CONNECTIONS" "$WARMUP_STEP"); t1=$(ticks "${PID[$target]}")
        cost=$(cpu_per_request "${PID[$target]}" "$t0" "$t1" "$(jq '.requests' <<< "$step")")
        trace=$(jq -c --argjson c "$cost" '. + [$c]' <<< "$trace")
        [ -n "$previous" ] && [ "$cost" != null ] && [ "$previous" != null ] \
            && jq -e -n --argjson a "$previous" --argjson b "$cost" --argjson tol "$WARMUP_TOLERANCE" \
                '($a - $b | fabs) <= $tol * $a' > /dev/null && break
        previous=$cost
    done
    WARM[$target]=$trace
    echo "   CPU ms per request while warming: $trace"
    ROUNDS_JSON[$target]="[]"
done
for round in $(seq "$ROUNDS"); do
    for target in "${TARGETS[@]}"; do
        load=$(cut -d' ' -f1-3 /proc/loadavg)
        s0=$(ticks "${PID[$target]}"); f0=$(ticks "${PID[feed]}")
        max=$(wrk_json "${URL[$target]}" "$CONNECTIONS" "$DURATION")
        s1=$(ticks "${PID[$target]}"); f1=$(ticks "${PID[feed]}")
        cb=null; [ -n "${BASE[$target]:-}" ] && cb=$(breakers "${BASE[$target]}")
        # clock ticks are 10 ms (getconf CLK_TCK = 100)
        max=$(jq -c --arg l "$load" --argjson cb "$cb" --argjson s $((s1 - s0)) --argjson f $((f1 - f0)) \
            '. + {loadavg_before:$l, circuit_breakers_after:$cb,
                  cpu_ms_per_request:{server:(if .requests > 0 then ($s * 10 / .requests * 1000 | round) / 1000 else null end),
                                      feed_service:(if .requests > 0 then ($f * 10 / .requests * 1000 | round) / 1000 else null end)}}' <<< "$max")
        echo "max $target round $round: $(jq -c '{rps, statuses, p50: .latency_ms.p50, p99: .latency_ms.p99, loadavg_before, circuit_breakers_after, cpu_ms_per_request}' <<< "$max")"
        ROUNDS_JSON[$target]=$(jq -c --argjson m "$max" '. + [$m]' <<< "${ROUNDS_JSON[$target]}")
    done
done
for target in "${TARGETS[@]}"; do
    # only 200s count: a breaker's 503 is fast, and counting it would flatter a gateway that refuses work
    MEAN[$target]=$(jq '[.[] | (.statuses["200"] // 0) / .seconds] | add / length | . * 10 | round / 10' <<< "${ROUNDS_JSON[$target]}")
    echo "$target: mean max rate of 200s = ${MEAN[$target]} req/s"
done
paced_run() { # key target rate
    local delay load out
    delay=$(pace_for "$3"); load=$(cut -d' ' -f1-3 /proc/loadavg)
    out=$(wrk_json "${URL[$2]}" "$PACED_CONNECTIONS" "$DURATION" "$delay")
    PACED[$1]=$(jq -c --argjson d "$delay" --argjson r "$3" --arg l "$load" \
        '. + {offered_rps:$r, delay_ms_per_connection:$d, loadavg_before:$l}' <<< "$out")
    echo "paced $1 (offered $3 req/s): $(jq -c '{rps, statuses, latency_ms}' <<< "${PACED[$1]}")"
}
half() { jq -n --argjson r "$1" --argjson f "$2" '$r * $f | floor'; }
paced_run static-p2 static "$(half "${MEAN[static]}" "$P2_LOAD")"
paced_run feed-p2 feed "$(half "${MEAN[feed]}" "$P2_LOAD")"
[ -z "$BASELINE_FEED_URL" ] || paced_run feed-baseline-p2 feed-baseline "$(half "${MEAN[feed-baseline]}" "$P2_LOAD")"
P1_RATE=$(half "${MEAN[gateway]}" "$P1_LOAD")
[ "$P1_RATE" -ge 1 ] || P1_RATE=1
for target in feed "${GATEWAYS[@]}"; do paced_run "$target-p1" "$target" "$P1_RATE"; done

ratio() { jq -n --argjson a "$1" --argjson b "$2" 'if $b == 0 then 0 else ($a / $b * 1000 | round) / 1000 end'; }
added() { # gateway-key percentile
    jq -n --argjson g "${PACED[$1]}" --argjson f "${PACED[feed-p1]}" --arg p "$2" \
        '(($g.latency_ms[$p] - $f.latency_ms[$p]) * 1000 | round) / 1000'
}
conditions=$(jq -cn --arg c "$CONNECTIONS" --arg t "$THREADS" --arg d "$DURATION" --arg w "$WARMUP" --arg r "$ROUNDS" \
    --arg pc "$PACED_CONNECTIONS" --arg o "$SERVICE_OPTS" --arg sha "$GATEWAY_SHA" --arg run_label "$LABEL" --arg bsha "$BASELINE_SHA" \
    --arg ws "$WARMUP_STEP" --arg wn "$WARMUP_STEPS" --arg wt "$WARMUP_TOLERANCE" \
    '{run_label:$run_label,wrk_threads:$t,connections:$c,duration:$d,warmup:$w,
      warmup_until_steady:{step:$ws,max_steps:$wn,tolerance:$wt},rounds:$r,paced_connections:$pc,service_jvm_opts:$o,
      gateway_jar_sha256:$sha,baseline_gateway_jar_sha256:$bsha,rates:"mean over the rounds of 200 responses per second",
      note:"wrk, servers and other helpers share 2 cores"}')
p2=$(ratio "${MEAN[feed]}" "${MEAN[static]}")
p1=$(ratio "${MEAN[gateway]}" "${MEAN[feed]}")
p1nio=$(ratio "${MEAN[gateway-nio]}" "${MEAN[feed]}")
add50=$(added gateway-p1 p50) add99=$(added gateway-p1 p99)
add50nio=$(added gateway-nio-p1 p50) add99nio=$(added gateway-nio-p1 p99)
feed_p99=$(jq -r '.latency_ms.p99' <<< "${PACED[feed-p2]}")
baseline=null
if [ -n "$BASELINE_GATEWAY_JAR" ]; then
    b1=$(ratio "${MEAN[baseline]}" "${MEAN[feed]}") b1nio=$(ratio "${MEAN[baseline-nio]}" "${MEAN[feed]}")
    echo "baseline (before) gateway/feed = $b1, with native=false $b1nio; added p50 +$(added baseline-p1 p50) / p99 +$(added baseline-p1 p99) ms, NIO +$(added baseline-nio-p1 p50) / +$(added baseline-nio-p1 p99) ms"
fi
echo "P2 feed/static = $p2 (goal >= 0.4); feed p99 at ${P2_LOAD} of its max = $feed_p99 ms (goal <= 5)"
feed_baseline=null
if [ -n "$BASELINE_FEED_URL" ]; then
    b2=$(ratio "${MEAN[feed-baseline]}" "${MEAN[static]}")
    echo "baseline (before) feed/static = $b2; its p99 at ${P2_LOAD} of its max = $(jq -r '.latency_ms.p99' <<< "${PACED[feed-baseline-p2]}") ms"
fi
echo "P1 gateway/feed = $p1, with native=false $p1nio (goal >= 0.5)"
echo "P1 added at $P1_RATE req/s (${P1_LOAD} of the gateway's max): p50 +$add50 / p99 +$add99 ms; NIO p50 +$add50nio / p99 +$add99nio ms (goal p50 <= 1, p99 <= 2)"
target_json() { jq -cn --arg u "${URL[$1]}" --argjson r "${ROUNDS_JSON[$1]}" --argjson m "${MEAN[$1]}" --argjson w "${WARM[$1]}" \
    '{url:$u,warmup_cpu_ms_per_request:$w,max_rounds:$r,max_rps_2xx:$m}'; }
if [ -n "$BASELINE_FEED_URL" ]; then
    feed_baseline=$(jq -cn --argjson f "$(target_json feed-baseline)" --argjson fp "${PACED[feed-baseline-p2]}" --argjson r "$b2" \
        '$f + {paced:$fp, ratio_feed_over_static:$r}')
fi
record read-path "$JAVA17" "$(jq -cn --argjson s "$(target_json static)" --argjson f "$(target_json feed)" \
    --argjson sp "${PACED[static-p2]}" --argjson fp "${PACED[feed-p2]}" --argjson r "$p2" --argjson c "$conditions" \
    --argjson p99 "$feed_p99" --arg load "$P2_LOAD" --argjson base "$feed_baseline" \
    '{conditions:$c,static:($s + {paced:$sp}),feed:($f + {paced:$fp}),feed_baseline:$base,paced_load_of_own_max:$load,
      ratio_feed_over_static:$r,goal:0.4,met:($r >= 0.4),feed_p99_ms_paced:$p99,p99_goal_ms:5,p99_met:($p99 <= 5)}')"
if [ -n "$BASELINE_GATEWAY_JAR" ]; then
    baseline=$(jq -cn --argjson g "$(target_json baseline)" --argjson n "$(target_json baseline-nio)" \
        --argjson gp "${PACED[baseline-p1]}" --argjson np "${PACED[baseline-nio-p1]}" --argjson r "$b1" --argjson rn "$b1nio" \
        --argjson a50 "$(added baseline-p1 p50)" --argjson a99 "$(added baseline-p1 p99)" \
        --argjson n50 "$(added baseline-nio-p1 p50)" --argjson n99 "$(added baseline-nio-p1 p99)" \
        '{gateway:($g + {paced_p1:$gp}),gateway_nio:($n + {paced_p1:$np}),ratio_gateway_over_feed:$r,
          ratio_gateway_nio_over_feed:$rn,added_ms:{p50:$a50,p99:$a99},added_ms_nio:{p50:$n50,p99:$n99}}')
fi
record gateway "$JAVA17" "$(jq -cn --argjson base "$baseline" --argjson g "$(target_json gateway)" --argjson n "$(target_json gateway-nio)" \
    --argjson f "$(target_json feed)" --argjson gp "${PACED[gateway-p1]}" --argjson np "${PACED[gateway-nio-p1]}" \
    --argjson fp "${PACED[feed-p1]}" --argjson r "$p1" --argjson rn "$p1nio" --argjson c "$conditions" \
    --argjson rate "$P1_RATE" --arg load "$P1_LOAD" \
    --argjson a50 "$add50" --argjson a99 "$add99" --argjson n50 "$add50nio" --argjson n99 "$add99nio" \
    '{conditions:$c,feed:($f + {paced_p1:$fp}),gateway:($g + {paced_p1:$gp}),gateway_nio:($n + {paced_p1:$np}),
      ratio_gateway_over_feed:$r,ratio_gateway_nio_over_feed:$rn,goal:0.5,met:($r >= 0.5),met_nio:($rn >= 0.5),
      p1_paced_rps:$rate,p1_paced_load_of_gateway_max:$load,
      added_ms:{p50:$a50,p99:$a99},added_ms_nio:{p50:$n50,p99:$n99},added_goal_ms:{p50:1,p99:2},
      added_met:($a50 <= 1 and $a99 <= 2),added_met_nio:($n50 <= 1 and $n99 <= 2),baseline:$base}')"
