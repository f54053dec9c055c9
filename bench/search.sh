#!/usr/bin/env bash
# P5: Thai search engine latency over generated stories, on JDK 17 and JDK 25, one after the other.
# JDKS="java /path/to/java" picks the JVMs (default: JDK 17 then JDK 25).
# usage: bench/search.sh [stories=100000] [warmup=20000] [measured=50000] [limit=20]
source "$(dirname "$0")/lib.sh"
STORIES=${1:-100000} WARMUP=${2:-20000} MEASURED=${3:-50000} LIMIT=${4:-20}
CP=$(feed_classpath)
CORPUS="$ROOT/feed-service/src/test/resources/search"
for jdk in ${JDKS:-"$JAVA17" "$JAVA25"}; do
    [ -x "$(command -v "$jdk")" ] || { echo "skipping missing $jdk"; continue; }
    echo "== $("$jdk" -version 2>&1 | head -1)"
    figures=$("$jdk" -Xms1g -Xmx2g -XX:+UseParallelGC -cp "$CP" "$BENCH_DIR/src/ThaiSearchBench.java" \
        "$CORPUS" "$STORIES" "$WARMUP" "$MEASURED" "$LIMIT")
    echo "$figures"
    record search "$jdk" "$figures"
done
