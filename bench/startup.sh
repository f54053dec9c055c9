#!/usr/bin/env bash
# P6: `./localnews up` to all healthy on a built tree, RSS of every process under load, and idle CPU of the
# whole suite. Starts its own stack on other ports with a fresh state directory each run, so it can run beside
# a developer's stack; stops it at the end.
# usage: bench/startup.sh [runs=2] [idle-seconds=60] [load-seconds=30]
#   LOCALNEWS_JAVA_OPTS / LOCALNEWS_CDS / JAVA_HOME as for ./localnews (the variant under test); LABEL names it;
#   KEEP_STATE=1 makes every run after the first a restart on the state the first one left; VARIANTS (below)
#   alternates settings run by run.
source "$(dirname "$0")/lib.sh"
RUNS=${1:-2} IDLE_SECONDS=${2:-60} LOAD_SECONDS=${3:-30}
LABEL=${LABEL:-default}
JAVA_BIN=${JAVA_HOME:+$JAVA_HOME/bin/}java
BASE=${BENCH_PORT_BASE:-24000}  # below the ephemeral range (32768–60999), where a client port could take one
HZ=$(getconf CLK_TCK)

# Every process of the stack: the launcher's descendants (service JVMs, the broker, PostgreSQL and its workers).
descendants() {
    local pid
    for pid in $(ps -o pid= --ppid "$1"); do
        echo "$pid"
        descendants "$pid"
    done
}
cpu_ticks() { # utime + stime of the given pids, in clock ticks
    local total=0 pid fields
    for pid in "$@"; do
        fields=$(cut -d')' -f2- "/proc/$pid/stat" 2>/dev/null) || continue
        set -- $fields
        total=$((total + ${12} + ${13}))
    done
    echo "$total"
}
# The name a stack process goes by: -Dlocalnews.process=<name> for JVMs, "postgres" for the database's processes.
process_name() {
    local cmd
    cmd=$(tr '\0' ' ' < "/proc/$1/cmdline" 2>/dev/null) || return 0
    if [[ $cmd =~ -Dlocalnews\.process=([^ ]+) ]]; then echo "${BASH_REMATCH[1]}"
    elif [[ $cmd == *postgres* ]]; then echo postgres
    fi
}
rss_kb() { awk '/^VmRSS/{print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
# PostgreSQL's processes share their buffers: their RSS added up counts those pages once per process, PSS once.
pss_kb() { awk '/^Pss:/{print $2}' "/proc/$1/smaps_rollup" 2>/dev/null || echo 0; }

# VARIANTS="label:VAR=value …" takes turns run by run (e.g. "cds-off:LOCALNEWS_CDS=off cds-on:LOCALNEWS_CDS=on"),
# so a change in the machine's load hits every variant alike; without it every run is LABEL as set outside.
read -r -a variants <<< "${VARIANTS:-}"
home="$WORK/startup-home"
for run in $(seq 1 "$RUNS"); do
    if [ ${#variants[@]} -gt 0 ]; then
        variant=${variants[$(( (run - 1) % ${#variants[@]} ))]}
        LABEL=${variant%%:*}
        export "${variant#*:}"
    fi
    # KEEP_STATE=1: only the first run starts from nothing; later ones are restarts on its state (the PostgreSQL
    # data, the Kafka log and, with LOCALNEWS_CDS on, the class-data archives the first run recorded)
    if [ "$run" = 1 ] || [ -z "${KEEP_STATE:-}" ]; then rm -rf "$home"; state=fresh; else state=kept; fi
    log="$WORK/startup-run.log"
    echo "== run $run ($LABEL): ./localnews up with $state state"
    start=$(date +%s.%N)
    LOCALNEWS_HOME=$home LOCALNEWS_PORT=$BASE LOCALNEWS_ARTICLE_SERVICE_PORT=$((BASE + 1)) \
        LOCALNEWS_FEED_SERVICE_PORT=$((BASE + 2)) LOCALNEWS_NOTIFICATION_SERVICE_PORT=$((BASE + 3)) \
        LOCALNEWS_AUTH_SERVER_PORT=$((BASE + 4)) LOCALNEWS_WEB_PORT=$((BASE + 5)) \
        LOCALNEWS_KAFKA_PORT=$((BASE + 6)) LOCALNEWS_KAFKA_CONTROLLER_PORT=$((BASE + 7)) \
        LOCALNEWS_POSTGRES_PORT=$((BASE + 8)) setsid "$ROOT/localnews" up > "$log" 2>&1 &
    launcher=$!
    until grep -q "localnews is up after\|localnews: " "$log" 2>/dev/null && grep -q "is up after\|could not\|stopped" "$log"; do
        kill -0 "$launcher" 2>/dev/null || { cat "$log"; echo "the stack did not start" >&2; exit 1; }
        sleep 0.2
    done
    grep -q "is up after" "$log" || { cat "$log"; kill -TERM "$launcher"; exit 1; }
    up_wall=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN{printf "%.1f", e - s}')
    up_said=$(sed -n 's/.*is up after \([0-9.]*\) s.*/\1/p' "$log")
    ready=$(sed -n 's/^  ✓ \([a-z-]*\) ready in \([0-9.]*\) s.*/"\1":\2/p' "$log" | paste -sd, -)
    echo "up after $up_said s (launcher), $up_wall s (wall, incl. the script's JVM check); $ready"

    # PostgreSQL's postmaster detaches from the launcher (pg_ctl), so it is found by its data directory
    pids=$( { descendants "$launcher"; for pg in $(pgrep -f -- "-D $home/postgres"); do echo "$pg"; descendants "$pg"; done; } | sort -un)
    sleep 30 # let start-up work (JIT, first scrapes, demo content indexing) settle before judging idle
    declare -A before=()
    for pid in $pids; do before[$pid]=$(cpu_ticks "$pid"); done
    sleep "$IDLE_SECONDS"
    declare -A idle_ticks=()
    total=0
    for pid in $pids; do
        name=$(process_name "$pid"); [ -n "$name" ] || name=other
        ticks=$(( $(cpu_ticks "$pid") - ${before[$pid]} ))
        idle_ticks[$name]=$(( ${idle_ticks[$name]:-0} + ticks )); total=$((total + ticks))
    done
    pct() { awk -v t="$1" -v hz="$HZ" -v s="$IDLE_SECONDS" 'BEGIN{printf "%.2f", 100 * t / hz / s / 2}'; }
    idle_pct=$(pct "$total")
    idle_by=""
    for name in "${!idle_ticks[@]}"; do idle_by+="\"$name\":$(pct "${idle_ticks[$name]}"),"; done
    idle_by=${idle_by%,}
    unset before idle_ticks
    echo "idle CPU over $IDLE_SECONDS s: $idle_pct % of 2 cores ({$idle_by})"

    echo "load: wrk on /, /api/feed and /api/search through the gateway for $LOAD_SECONDS s"
    gw="http://127.0.0.1:$BASE"
    wrk -t1 -c8 -d"${LOAD_SECONDS}s" "$gw/" > /dev/null &
    wrk -t1 -c8 -d"${LOAD_SECONDS}s" "$gw/api/feed" > /dev/null &
    wrk -t1 -c4 -d"${LOAD_SECONDS}s" "$gw/api/search?q=%E0%B9%80%E0%B8%97%E0%B8%A8%E0%B8%9A%E0%B8%B2%E0%B8%A5" > /dev/null &
    sleep $((LOAD_SECONDS - 5))
    rss="" max_rss=0
    for pid in $pids; do
        name=$(process_name "$pid"); [ -n "$name" ] || continue
        if [ "$name" = postgres ]; then pg_kb=$(( ${pg_kb:-0} + $(pss_kb "$pid") )); continue; fi
        kb=$(rss_kb "$pid")
        rss+="\"$name\":$((kb / 1024)),"
        [ "$((kb / 1024))" -gt "$max_rss" ] && [ "$name" != kafka ] && max_rss=$((kb / 1024))
    done
    wait $(jobs -p | grep -v "^$launcher$") 2>/dev/null || true
    rss+="\"postgres (PSS of all its processes)\":$(( ${pg_kb:-0} / 1024 ))"; pg_kb=0
    echo "RSS under load (MB): {$rss}"

    kill -TERM "$launcher"; wait "$launcher" 2>/dev/null || true
    figures=$(printf '{"label":%s,"state":%s,"cds":%s,"java_opts":%s,"up_s":%s,"up_wall_s":%s,"ready_s":{%s},"idle_cpu_pct_of_2_cores":%s,"idle_cpu_by_process":{%s},"idle_seconds":%s,"rss_under_load_mb":{%s},"max_service_rss_mb":%s}' \
        "$(json_str "$LABEL")" "$(json_str "$state")" "$(json_str "${LOCALNEWS_CDS:-on}")" \
        "$(json_str "${LOCALNEWS_JAVA_OPTS:-default}")" "$up_said" "$up_wall" "$ready" \
        "$idle_pct" "$idle_by" "$IDLE_SECONDS" "$rss" "$max_rss")
    echo "$figures"
    record startup "$JAVA_BIN" "$figures"
done
