#!/usr/bin/env bash
# Startup time of the SPARQL server: from launching `java -jar target/e2ee-kg.jar serve` to the
# first SPARQL query answered over HTTP, on a fresh store (the bundled article is loaded first)
# and on a store that is already loaded. Prints one line per run, in milliseconds.
#
# Usage, from the project directory, after `mvn -B package`:
#   scripts/bench-serve-startup.sh [RUNS]        (default 3 runs of each; needs curl)
# PORT=... picks the port (default 3399); JAVA=... the java binary.
set -euo pipefail

runs=${1:-3}
port=${PORT:-3399}
java=${JAVA:-java}
jar=target/e2ee-kg.jar
[ -f "$jar" ] || { echo "no $jar: run 'mvn -B package' first" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
query='SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
url="http://127.0.0.1:$port/kg/sparql?query=$(printf %s "$query" | jq -sRr @uri 2>/dev/null || echo 'SELECT%20(COUNT(*)%20AS%20%3Fn)%20WHERE%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D')"

# measure STORE: launches the server over STORE, waits for the first answer, stops the server
measure() {
    local store=$1 start end pid
    start=$(date +%s%N)
    "$java" -jar "$jar" serve --store "$store" --port "$port" >"$work/out.log" 2>&1 &
    pid=$!
    until curl -fs -o /dev/null -H 'Accept: application/sparql-results+json' "$url"; do
        kill -0 "$pid" 2>/dev/null || { echo "the server died:" >&2; cat "$work/out.log" >&2; exit 1; }
        sleep 0.02
    done
    end=$(date +%s%N)
    # SIGTERM runs the same shutdown as Ctrl-C (a script's background job ignores SIGINT)
    kill -TERM "$pid"
    wait "$pid" 2>/dev/null || true
    echo $(( (end - start) / 1000000 ))
}

echo "java: $("$java" -version 2>&1 | head -1); cores: $(nproc 2>/dev/null || echo '?')"
for i in $(seq 1 "$runs"); do
    store="$work/fresh-$i"
    echo "run $i: fresh store  $(measure "$store") ms"
    echo "run $i: loaded store $(measure "$store") ms"
done
