#!/usr/bin/env bash
# Draws the latency distributions of the latest P1 and P2 runs (bench/results/gateway.json, read-path.json) as
# PNGs for docs/benchmarks.md, with gnuplot (Debian's gnuplot-nox). x: latency (log scale), y: percentile.
# usage: bench/plot-latency.sh [out-dir]   (default docs/img)
source "$(dirname "$0")/lib.sh"
OUT=${1:-$ROOT/docs/img}
mkdir -p "$OUT"
command -v gnuplot > /dev/null || { echo "gnuplot is not installed (apt-get install gnuplot-nox)"; exit 1; }
series() { # file jq-path-to-a-run name -> data file with "latency percentile" rows
    local data="$WORK/plot-$3.dat"
    tail -1 "$1" | jq -r "$2.cdf_ms | to_entries[] | \"\(.value) \(.key)\"" > "$data"
    printf '%s' "$data"
}
plot() { # png title run-spec...   (run-spec: file|jq-path|label)
    local png=$1 title=$2; shift 2
    local cmd="" spec file path label data
    for spec in "$@"; do
        IFS='|' read -r file path label <<< "$spec"
        data=$(series "$file" "$path" "$(basename "$png" .png)-${label// /_}")
        cmd+="${cmd:+, }'$data' using 1:2 with linespoints title '$label'"
    done
    gnuplot <<GP
set terminal pngcairo size 900,520 font "DejaVu Sans,10"
set output '$png'
set title "$title"
set logscale x
set xlabel 'latency (ms, log scale)'
set ylabel 'percentile'
set yrange [0:100]
set key bottom right
set grid
plot $cmd
GP
    echo "wrote $png"
}
G="$RESULTS/gateway.json" R="$RESULTS/read-path.json"
rate=$(tail -1 "$G" | jq -r '.figures.p1_paced_rps')
when=$(tail -1 "$G" | jq -r '.timestamp + ", load " + .loadavg')
P1_SERIES=("$G|.figures.feed.paced_p1|feed-service direct" "$G|.figures.gateway.paced_p1|gateway (epoll)"
    "$G|.figures.gateway_nio.paced_p1|gateway (NIO)")
# a run with BASELINE_GATEWAY_JAR also measured the jar before, at the same rate
if [ "$(tail -1 "$G" | jq -r '.figures.baseline // null | type')" = object ]; then
    P1_SERIES+=("$G|.figures.baseline.gateway.paced_p1|before (epoll)" "$G|.figures.baseline.gateway_nio.paced_p1|before (NIO)")
fi
plot "$OUT/p1-gateway-latency.png" "P1: cached home feed at $rate req/s (30 % of the gateway's max), $when" "${P1_SERIES[@]}"
when=$(tail -1 "$R" | jq -r '.timestamp + ", load " + .loadavg')
plot "$OUT/p2-read-path-latency.png" "P2: cached home feed at half of each one's max, $when" \
    "$R|.figures.static.paced|JDK HttpServer" "$R|.figures.feed.paced|feed-service"
