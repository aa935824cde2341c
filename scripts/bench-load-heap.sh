#!/usr/bin/env bash
# What the heap of `load` holds as it goes: a class histogram of the live objects
# (`jcmd PID GC.class_histogram`, which collects first) when the load's progress line on
# standard error first reaches each of the given article counts, and one summary line per
# histogram: the live heap, and the entries of TDB2's node caches (Caffeine's PSMS nodes, one
# per cached entry of the node -> id and id -> node caches).
#
# Usage, from the project directory, after `mvn -B package -DskipTests`:
#   java -cp target/e2ee-kg.jar org.w3id.e2eekg.bench.GenerateArticles --seed 1 --count 3000 /tmp/gen3k
#   scripts/bench-load-heap.sh /tmp/gen3k 300 900 1500 2100 2700
# The histograms are left in a temporary folder, named in the output (the store is deleted). JAVA_OPTS are given to
# the load's JVM, e.g. -Dorg.apache.jena.tdb.settings=FILE with a line
# NodeId2NodeCacheSize=200000 in FILE to cap TDB2's id -> node cache. Progress is printed
# every 10 s, so a histogram is taken up to 10 s after its count is reached.
set -euo pipefail

corpus=$1; shift
jar=${JAR:-target/e2ee-kg.jar}
[ -f "$jar" ] || { echo "no $jar: run 'mvn -B package -DskipTests' first" >&2; exit 1; }
work=$(mktemp -d)
echo "jar: $jar; corpus: $corpus; histograms in $work; $(java -version 2>&1 | head -1)"

# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -jar "$jar" load --store "$work/store" "$corpus" > "$work/load.out" 2> "$work/load.err" &
pid=$!
progress() { { grep -o 'progress: [0-9]*' "$work/load.err" || true; } | tail -1 | cut -d' ' -f2; }

for at in "$@"; do
    while kill -0 "$pid" 2>/dev/null; do
        done_so_far=$(progress)
        [ -n "$done_so_far" ] && [ "$done_so_far" -ge "$at" ] && break
        sleep 1
    done
    kill -0 "$pid" 2>/dev/null || break
    histogram="$work/histogram-$done_so_far.txt"
    jcmd "$pid" GC.class_histogram > "$histogram"
    awk -v n="$done_so_far" '
        $4 == "com.github.benmanes.caffeine.cache.PSMS" { cached = $2 }
        $1 == "Total" { live = $3 }
        END { printf "at %d articles: live heap %.0f MiB, TDB2 node cache entries %d\n", n, live / 1048576, cached }
    ' "$histogram"
done
wait "$pid" || echo "load exited with $?"
tail -1 "$work/load.err"
rm -rf "$work/store" "$work"/.store.loading-*
