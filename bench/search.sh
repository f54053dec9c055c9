#!/usr/bin/env bash
# P5: Thai search engine latency over generated stories, on JDK 17 and JDK 25, one after the other.
# JDKS="java /path/to/java" picks the JVMs (default: JDK 17 then JDK 25).
# usage: bench/search.sh [stories=100000] [warmup=20000] [measured=50000] [limit=20] [baseline=measured/20]
# baseline: how many of the measured queries also run the replaced strategy (full sort, re-analysed hits) on the
# same index, interleaved, for the old ÷ new ratio; 0 skips it. SEARCH_JFR=prefix also writes a JFR profile per JDK;
# SLOWEST=N prints the N queries with the highest median CPU time (stderr).
source "$(dirname "$0")/lib.sh"
STORIES=${1:-100000} WARMUP=${2:-20000} MEASURED=${3:-50000} LIMIT=${4:-20} BASELINE=${5:-$(( ${3:-50000} / 20 ))}
CP=$(feed_classpath)
CORPUS="$ROOT/feed-service/src/test/resources/search"
CLASSES=$(search_bench_classes "$CP")
for jdk in ${JDKS:-"$JAVA17" "$JAVA25"}; do
    [ -x "$(command -v "$jdk")" ] || { echo "skipping missing $jdk"; continue; }
    echo "== $("$jdk" -version 2>&1 | head -1)"
    jfr=()
    [ -z "${SEARCH_JFR:-}" ] || jfr=("-XX:StartFlightRecording=filename=$SEARCH_JFR-$(basename "$(dirname "$(dirname "$(readlink -f "$(command -v "$jdk")")")")").jfr,settings=profile" "-Xlog:jfr+startup=error")
    figures=$("$jdk" -Xms1g -Xmx2g -XX:+UseParallelGC "${jfr[@]}" -Dslowest="${SLOWEST:-0}" -Dmerge="${MERGE:-0}" -cp "$CLASSES:$CP" th.localnews.feed.search.ThaiSearchBench \
        "$CORPUS" "$STORIES" "$WARMUP" "$MEASURED" "$LIMIT" "$BASELINE")
    echo "$figures"
    record search "$jdk" "$figures"
done
