#!/usr/bin/env bash
# Growth of the TDB2 store on disk when the same articles are loaded again, unchanged and
# changed, with and without the compaction that `load` does after replacing articles.
#
# Usage, from the project directory, after `mvn -B package -DskipTests`:
#   scripts/bench-store-growth.sh [COPIES]     (default 8 copies of the five test articles = 40 articles)
# JAR=... measures another build of the jar (one without `compact` skips the compaction rows).
# Sizes are `du -sk`: the disk space really used (TDB2's files are sparse, their apparent size
# says little).
set -euo pipefail

copies=${1:-8}
jar=${JAR:-target/e2ee-kg.jar}
[ -f "$jar" ] || { echo "no $jar: run 'mvn -B package -DskipTests' first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
corpus="$work/corpus"; store="$work/store"
mkdir -p "$corpus"
for i in $(seq 1 "$copies"); do
    for f in src/test/resources/articles/*.txt; do
        cp "$f" "$corpus/copy$i-$(basename "$f")"
    done
done
n=$(ls "$corpus" | wc -l)
has_compact=$(java -jar "$jar" --help | grep -c '^  compact' || true)

size() { du -sk "$store" | cut -f1; }
row() { printf '%-58s %8s KB\n' "$1" "$(size)"; }

echo "jar: $jar; $n articles; $(java -version 2>&1 | head -1)"
java -jar "$jar" load --store "$store" "$corpus" >/dev/null 2>&1
row "load $n articles into a new store"
for round in 1 2 3; do
    java -jar "$jar" load --store "$store" "$corpus" >/dev/null 2>&1
    row "reload the same $n articles, unchanged (round $round)"
done
for round in 1 2 3; do
    for f in "$corpus"/*.txt; do printf '\nThe NSPCC said in round %s it would keep campaigning.\n' "$round" >> "$f"; done
    if [ "$has_compact" -gt 0 ]; then
        java -jar "$jar" load --no-compact --store "$store" "$corpus" >/dev/null 2>&1
    else
        java -jar "$jar" load --store "$store" "$corpus" >/dev/null 2>&1
    fi
    row "reload all $n articles changed, no compaction (round $round)"
done
if [ "$has_compact" -gt 0 ]; then
    java -jar "$jar" compact --store "$store" >/dev/null
    row "after 'compact'"
    for f in "$corpus"/*.txt; do printf '\nBarnardo'"'"'s said it agreed.\n' >> "$f"; done
    java -jar "$jar" load --store "$store" "$corpus" >/dev/null 2>&1
    row "reload all $n articles changed (load compacts by itself)"
fi
