#!/usr/bin/env bash
# Materialised RDFS types (what `load` writes) against Jena's RDFS view over a store with only
# the stated types: store size on disk and the median time of every named query and two type
# queries, on the same articles in the same run (RdfsViewBench in src/test/java/.../bench).
#
# Usage, from the project directory, after `mvn -B package -DskipTests` (which also compiles
# the test classes):
#   scripts/bench-rdfs.sh [COPIES] [RUNS]   (default 8 copies of the five test articles = 40 articles, 5 runs)
set -euo pipefail

copies=${1:-8}
runs=${2:-5}
[ -d target/test-classes ] || { echo "no target/test-classes: run 'mvn -B package -DskipTests' first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus"
for i in $(seq 1 "$copies"); do
    for f in src/test/resources/articles/*.txt; do
        cp "$f" "$work/corpus/copy$i-$(basename "$f")"
    done
done
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
echo "$(java -version 2>&1 | head -1); $(nproc) cores"
java -cp "target/test-classes:target/classes:$(cat "$work/cp.txt")" org.w3id.e2eekg.bench.RdfsViewBench \
    "$work" "$work/corpus" "$runs" 2>/dev/null
