# Shared by the bench scripts: where things are, and how a run is recorded.
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
RESULTS="$BENCH_DIR/results"
JAVA17=${JAVA17:-java}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
WORK=${BENCH_WORK:-/tmp/localnews-bench}
mkdir -p "$RESULTS" "$WORK"

json_str() { printf '"%s"' "$(printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g')"; }

# The conditions of a run, as JSON members (no braces): when, what code, which JDK, which machine, how busy.
run_meta() {
    local jdk=$1
    printf '"timestamp":%s,"commit":%s,"dirty":%s,"jdk":%s,"machine":%s,"cores":%s,"loadavg":%s' \
        "$(json_str "$(date -u +%Y-%m-%dT%H:%M:%SZ)")" \
        "$(json_str "$(git -C "$ROOT" rev-parse --short HEAD)")" \
        "$( [ -z "$(git -C "$ROOT" status --porcelain -- . ':!bench' ':!docs/benchmarks.md')" ] && echo false || echo true)" \
        "$(json_str "$("$jdk" -version 2>&1 | head -1)")" \
        "$(json_str "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(free -g | awk '/Mem:/{print $2}') GB")" \
        "$(nproc)" \
        "$(json_str "$(cut -d' ' -f1-3 /proc/loadavg)")"
}

# Appends one run (one JSON object per line) to results/<scenario>.json.
record() {
    local scenario=$1 jdk=$2 figures=$3
    printf '{"scenario":%s,%s,"figures":%s}\n' "$(json_str "$scenario")" "$(run_meta "$jdk")" "$figures" \
        >> "$RESULTS/$scenario.json"
    echo "recorded in bench/results/$scenario.json"
}

# wrk with bench/wrk-report.lua ($THREADS threads; its output also in $WORK/wrk.log): prints the JSON summary line.
wrk_json() { # url connections duration [delay-ms]
    WRK_DELAY_MS=${4:-0} wrk -t"${THREADS:-2}" -c"$2" -d"$3" --latency -s "$BENCH_DIR/wrk-report.lua" "$1" \
        | tee -a "$WORK/wrk.log" | sed -n 's/^WRKJSON //p'
}

# ThaiSearchBench compiled onto the feed-service class path (it sits in the engine's package to reach package-private
# pieces, which a single-source-file run would load in a class loader of its own); prints the classes directory.
search_bench_classes() {
    local classes="$WORK/search-bench-classes"
    rm -rf "$classes" && mkdir -p "$classes"
    javac --release 17 -nowarn -d "$classes" -cp "$1" "$BENCH_DIR/src/ThaiSearchBench.java"
    echo "$classes"
}

# The feed-service fat jar unpacked, so a driver can use its classes and libraries directly.
feed_classpath() {
    local dir="$WORK/feed-service-jar"
    if [ ! -d "$dir/BOOT-INF" ] || [ "$ROOT/feed-service/target/feed-service.jar" -nt "$dir/BOOT-INF" ]; then
        rm -rf "$dir" && mkdir -p "$dir"
        (cd "$dir" && unzip -qo "$ROOT/feed-service/target/feed-service.jar")
    fi
    printf '%s' "$dir/BOOT-INF/classes:$dir/BOOT-INF/lib/*"
}

# The notification-service fat jar unpacked: the fan-out driver takes its PostgreSQL driver from there.
notification_classpath() {
    local dir="$WORK/notification-service-jar"
    if [ ! -d "$dir/BOOT-INF" ] || [ "$ROOT/notification-service/target/notification-service.jar" -nt "$dir/BOOT-INF" ]; then
        rm -rf "$dir" && mkdir -p "$dir"
        (cd "$dir" && unzip -qo "$ROOT/notification-service/target/notification-service.jar")
    fi
    printf '%s' "$dir/BOOT-INF/classes:$dir/BOOT-INF/lib/*"
}
