#!/usr/bin/env bash
# The e2ee-kg benchmark: load and serve generated corpora of 1,000, 10,000 and 100,000 news
# articles, side by side with Apache Jena's own tools on the same quads, in the same run.
#
# For each corpus size N (SIZES, default "1000 10000 100000"):
#   corpus    N articles from the seeded generator (org.w3id.e2eekg.bench.GenerateArticles,
#             its grammar in src/main/resources/bench/), SEED 1: the same text on any machine
#   extract   `e2ee-kg extract corpus/`: reading and extraction alone (no RDF, no store)
#   load      `e2ee-kg load --store A corpus/` into a new store: the whole pipeline
#   jena      `tdb2.tdbloader --loader=parallel --loc B corpus.nq`, where corpus.nq is the
#             N-Quads export of store A: Jena bulk-loads exactly the quads our load wrote
#   export    `e2ee-kg export --format nquads` of A (sorted) and `tdb2.tdbdump` of B
#   increment `e2ee-kg load` of 10 more articles into a copy of store A
#   serve     `e2ee-kg serve` over A and plain Fuseki (`fuseki-main --tdb2`, union default
#             graph) over the same store directory, one after the other, never at once:
#             - p50/p99 on one connection (wrk -t1 -c1) of every named query (queries/*.rq,
#               sent to /kg/sparql on both) and of per-actor, per-document and per-statistic
#               lookups (bench/lookups/*.rq over an even spread of 20 targets of each kind);
#             - throughput of the lookup mix on 8 connections (wrk -t2 -c8), ROUNDS rounds
#               alternating the two servers, with the server's CPU time per request;
#             - peak RSS and live heap of serve.
# Every timed command is a fresh JVM launched from the shell, as a user runs it (start-up
# included, on both sides). Wall time (bash), CPU time (user + system) and peak RSS come from
# /usr/bin/time; heap from the JVM's GC log (-Xlog:gc): the largest heap in use after a
# collection (the live data) and the largest in use at all. Wall time is noisy on a shared
# machine; CPU time is steadier. Load averages are printed with each result.
#
# Checks, untimed: stores A and B hold the same number of quads; each named query and lookup
# gives the same number of rows from serve and from Fuseki. A failed check makes the script
# exit 1 after printing its tables.
#
# Usage, after `mvn -B -q package -DskipTests` (this script builds nothing):
#   scripts/bench.sh > BENCHMARKS-run.md          Markdown on stdout, progress on stderr
# Environment: SIZES, RUNS (timed runs of extract, load, jena and increment; default 1),
# ROUNDS (throughput rounds per server; default 3), LAT_SECONDS (per latency row; default 10),
# TP_SECONDS (per throughput round; default 30), SEED (default 1), JENA_VERSION (default 5.6.0),
# JAVA, JAVA_OPTS (JVM options for both sides; default none), KEEP=1 keeps the work directory,
# SMOKE=1 is a quick run for CI (SIZES=30, short rounds). Needs java, mvn, wrk, curl, jq and
# /usr/bin/time; Jena's tools come from Maven Central (jena-cmds and jena-fuseki-main, resolved
# by `mvn dependency:build-classpath` in a throwaway pom in the work directory).
set -euo pipefail

cd "$(dirname "$0")/.."
if [ "${SMOKE:-0}" = 1 ]; then
    SIZES=${SIZES:-30}; RUNS=${RUNS:-1}; ROUNDS=${ROUNDS:-1}; LAT_SECONDS=${LAT_SECONDS:-1}; TP_SECONDS=${TP_SECONDS:-2}
    WARM_SECONDS=${WARM_SECONDS:-0}
fi
SIZES=${SIZES:-1000 10000 100000}
RUNS=${RUNS:-1}
ROUNDS=${ROUNDS:-3}
LAT_SECONDS=${LAT_SECONDS:-10}
TP_SECONDS=${TP_SECONDS:-30}
WARM_SECONDS=${WARM_SECONDS:-3}
SEED=${SEED:-1}
TARGETS=${TARGETS:-20}
JENA_VERSION=${JENA_VERSION:-5.6.0}
LOG4J_VERSION=${LOG4J_VERSION:-2.25.3}
JAVA=${JAVA:-java}
read -r -a jvm_opts <<< "${JAVA_OPTS:-}"

[ -f target/e2ee-kg.jar ] || { echo "no target/e2ee-kg.jar: run 'mvn -B -q package -DskipTests' first" >&2; exit 1; }
for tool in "$JAVA" mvn wrk curl jq /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "$tool is needed (wrk: apt-get install wrk)" >&2; exit 1; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/e2ee-kg-bench.XXXXXX")
server_pid=
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    if [ "${KEEP:-0}" = 1 ]; then echo "work directory: $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
logs=$work/logs
times=$work/times.tsv
mkdir -p "$logs"
: > "$times"
say() { echo "[bench $(date +%H:%M:%S)] $*" >&2; }
failures=0
checks=$work/checks.md
: > "$checks"
fail() { failures=$((failures + 1)); echo "- **FAILED**: $*" >> "$checks"; }
load_avg() { cut -d' ' -f1-3 /proc/loadavg; }

# The jar is copied so that a concurrent `mvn package` cannot swap it mid-run.
jar=$work/e2ee-kg.jar
cp target/e2ee-kg.jar "$jar"

# ------------------------------------------------------------------ Jena's tools
say "resolving jena-cmds and jena-fuseki-main $JENA_VERSION from Maven Central"
mkdir -p "$work/jena"
cat > "$work/jena/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>jena-tools-classpath</artifactId>
  <version>0</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.apache.jena</groupId><artifactId>jena-cmds</artifactId><version>$JENA_VERSION</version></dependency>
    <dependency><groupId>org.apache.jena</groupId><artifactId>jena-fuseki-main</artifactId><version>$JENA_VERSION</version></dependency>
    <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-slf4j2-impl</artifactId><version>$LOG4J_VERSION</version></dependency>
    <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-core</artifactId><version>$LOG4J_VERSION</version></dependency>
  </dependencies>
</project>
EOF
mvn -B -q -f "$work/jena/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile="$work/jena/classpath.txt" >"$logs/mvn.log" 2>&1 || { cat "$logs/mvn.log" >&2; exit 1; }
jena_cp=$(cat "$work/jena/classpath.txt")
ours_cmd=("$JAVA" "${jvm_opts[@]}" -jar "$jar")
jena_cmd=("$JAVA" "${jvm_opts[@]}" -cp "$jena_cp")

# ------------------------------------------------------------------ timing
# run LABEL OUT ours|jena|gen ARGS...: one timed run; stdout to OUT, stderr to logs/LABEL.err.
# Appends "LABEL <tab> wall ms <tab> CPU ms <tab> peak RSS KB <tab> live heap MB <tab> peak heap MB <tab> load".
run() {
    local label=$1 out=$2 tool=$3 t0 t1 gc=$logs/$1.gc
    shift 3
    local -a cmd
    case $tool in
        ours) cmd=("$JAVA" "${jvm_opts[@]}" "-Xlog:gc:file=$gc" -jar "$jar" "$@") ;;
        jena) cmd=("$JAVA" "${jvm_opts[@]}" "-Xlog:gc:file=$gc" -cp "$jena_cp" "$@") ;;
        *) echo "run: unknown tool $tool" >&2; exit 2 ;;
    esac
    rm -f "$work/rss" "$gc"
    local load; load=$(load_avg)
    t0=$(date +%s%N)
    /usr/bin/time -f "%M %U %S" -o "$work/rss" "${cmd[@]}" >"$out" 2>"$logs/$label.err" \
        || { echo "failed ($label): ${cmd[*]}" >&2; tail -20 "$logs/$label.err" >&2; exit 1; }
    t1=$(date +%s%N)
    local rss cpu live peak
    read -r rss cpu <<< "$(awk 'NF == 3 && $1 ~ /^[0-9]+$/ { r = $1; c = int(($2 + $3) * 1000 + 0.5) } END { print r + 0, c + 0 }' "$work/rss")"
    read -r live peak <<< "$(heap "$gc")"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" $(( (t1 - t0) / 1000000 )) "$cpu" "$rss" "$live" "$peak" "$load" >> "$times"
}

# heap GCLOG: "live peak" in MB, from lines such as "Pause Young (Normal) ... 812M->143M(1024M)".
heap() {
    [ -s "$1" ] || { echo "- -"; return; }
    awk 'match($0, /[0-9]+M->[0-9]+M\(/) { s = substr($0, RSTART, RLENGTH - 1); split(s, a, /M->|M/);
         if (a[1] + 0 > p) p = a[1] + 0; if (a[2] + 0 > l) l = a[2] + 0 }
         END { print (l ? l : "-"), (p ? p : "-") }' "$1"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# col LABEL N: the median of column N over the runs of LABEL
col() { awk -F'\t' -v l="$1" -v n="$2" '$1 == l && $n != "-" { print $n }' "$times" | median; }
# maxcol LABEL N: the largest value of column N over the runs of LABEL
maxcol() { awk -F'\t' -v l="$1" -v n="$2" '$1 == l && $n != "-" { if ($n + 0 > m) m = $n + 0 } END { print m ? m : "-" }' "$times"; }
secs() { awk -v ms="$1" 'BEGIN { if (ms == "-") print "-"; else printf "%.1f", ms / 1000 }'; }
div() { awk -v a="$1" -v b="$2" -v f="${3:-%.2f}" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf f, a / b }'; }

# ------------------------------------------------------------------ servers
wait_for() {
    local port=$1 i
    for i in $(seq 1 240); do
        curl -s -o /dev/null "http://127.0.0.1:$port/kg/sparql?query=ASK%7B%7D" && kill -0 "$server_pid" 2>/dev/null && return 0
        kill -0 "$server_pid" 2>/dev/null || { echo "the server stopped" >&2; return 1; }
        sleep 0.5
    done
    echo "the server did not answer" >&2
    return 1
}
# start_server serve|fuseki STORE PORT: starts one in the background, its pid in server_pid
start_server() {
    local who=$1 store=$2 port=$3
    if [ "$who" = serve ]; then
        "$JAVA" "${jvm_opts[@]}" "-Xlog:gc:file=$logs/serve-$port.gc" -jar "$jar" serve --store "$store" --port "$port" \
            --timeout 600 --max-result-rows 1000000000 --max-result-size 1000G > "$logs/serve-$port.log" 2>&1 &
    else
        "$JAVA" "${jvm_opts[@]}" -cp "$jena_cp" org.apache.jena.fuseki.main.cmds.FusekiMainCmd --tdb2 --loc "$store" \
            --port "$port" --localhost --set tdb:unionDefaultGraph=true /kg > "$logs/fuseki-$port.log" 2>&1 &
    fi
    server_pid=$!
    wait_for "$port"
}
stop_server() {
    [ -n "$server_pid" ] || return 0
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=
}
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
clk_tck=$(getconf CLK_TCK)

# wrk_run THREADS CONNECTIONS SECONDS PATHS PORT: prints "requests rps p50ms p99ms non2xx"
wrk_run() {
    local out
    out=$(wrk -t"$1" -c"$2" -d"$3"s --timeout 600s --latency -s bench/wrk/paths.lua "http://127.0.0.1:$5" -- "$4" 2>&1)
    echo "$out" >> "$logs/wrk.log"
    echo "$out" | awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; if (v ~ /s$/) return v * 1000; return v }
        /requests in/ { n = $1 } /Requests\/sec/ { r = $2 } $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
        /Non-2xx/ { bad = $NF }
        END { printf "%d %s %.1f %.1f %d\n", n, r, p50, p99, bad + 0 }'
}

# path_of QUERYFILE [TARGET]: the GET path of a query (comments dropped, TARGET replaced)
path_of() {
    local text
    text=$(grep -v '^#' "$1")
    [ -n "${2:-}" ] && text=${text//TARGET/$2}
    printf '/kg/sparql?query=%s' "$(printf '%s' "$text" | jq -sRr @uri)"
}

# slow_latency PORT PATH: three requests in turn, as "3 - median max" in ms, the form of wrk_run
slow_latency() {
    local i
    for i in 1 2 3; do
        curl -s -o /dev/null -w '%{time_total}\n' -H 'Accept: application/sparql-results+json' "http://127.0.0.1:$1$2"
    done | sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "3 - %.1f %.1f 0\n", t[2], t[3] }'
}

# rows PORT PATH: "rows ms", the number of result rows of one request and its time
rows() {
    local ms
    ms=$(curl -s -o "$work/answer.json" -w '%{time_total}' -H 'Accept: application/sparql-results+json' "http://127.0.0.1:$1$2")
    echo "$(jq '.results.bindings | length' "$work/answer.json") $(awk -v t="$ms" 'BEGIN { printf "%.0f", t * 1000 }')"
}

# ------------------------------------------------------------------ machine
machine() {
    echo '```'
    echo "\$ nproc; grep -m1 'model name' /proc/cpuinfo; free -g | head -2"
    nproc; grep -m1 'model name' /proc/cpuinfo | sed 's/^model name\s*: //'; free -g | head -2
    echo "\$ java -version"; "$JAVA" -version 2>&1
    echo "\$ uname -srm"; uname -srm
    echo "\$ df -h $work | tail -1"; df -h "$work" | tail -1
    echo '```'
}

commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git status --porcelain 2>/dev/null | grep -qv '^??' && echo " (with uncommitted changes)" || true)
started=$(date -u +"%Y-%m-%d %H:%M UTC")
start_load=$(load_avg)

load_rows=$work/load.md; inc_rows=$work/inc.md; lat_rows=$work/lat.md; tp_rows=$work/tp.md; mem_rows=$work/mem.md
: > "$load_rows"; : > "$inc_rows"; : > "$lat_rows"; : > "$tp_rows"; : > "$mem_rows"
queries=(queries/*.rq)
# Two free ports on loopback, chosen at random so that other servers on a shared machine are
# neither hit nor in the way (wait_for would otherwise accept a stranger's answer).
free_port() {
    local port taken=${1:-}
    while :; do
        port=$((20000 + RANDOM % 40000))
        [ "$port" = "$taken" ] && continue
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
    done
}
port_serve=$(free_port)
port_fuseki=$(free_port "$port_serve")

for N in $SIZES; do
    say "corpus of $N articles"
    corpus=$work/corpus-$N
    "$JAVA" -cp "$jar" org.w3id.e2eekg.bench.GenerateArticles --seed "$SEED" --count "$N" "$corpus" 2>>"$logs/generate.log"
    extra=$work/extra-$N
    "$JAVA" -cp "$jar" org.w3id.e2eekg.bench.GenerateArticles --seed "$SEED" --first "$N" --count 10 "$extra" 2>>"$logs/generate.log"

    A=$work/A-$N; B=$work/B-$N
    for r in $(seq 1 "$RUNS"); do
        say "N=$N round $r: extract"
        run "extract-$N" /dev/null ours extract "$corpus"
        say "N=$N round $r: load"
        rm -rf "$A"
        run "load-$N" "$logs/load-$N.out" ours load --store "$A" "$corpus"
    done
    say "N=$N: export N-Quads (the quads Jena loads)"
    run "export-$N" /dev/null ours export --store "$A" --format nquads --output "$work/corpus-$N.nq"
    quads=$(wc -l < "$work/corpus-$N.nq")
    for r in $(seq 1 "$RUNS"); do
        say "N=$N round $r: tdb2.tdbloader --loader=parallel"
        rm -rf "$B"
        run "jena-$N" "$logs/jena-$N-$r.out" jena tdb2.tdbloader --loader=parallel --loc "$B" "$work/corpus-$N.nq"
    done
    run "dump-$N" "$work/dump-$N.nq" jena tdb2.tdbdump --loc "$B"
    size_a=$(du -sk "$A" | cut -f1); size_b=$(du -sk "$B" | cut -f1)
    jq_count='SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }'
    qa=$("${ours_cmd[@]}" query --store "$A" --format json -q "$jq_count" 2>/dev/null | jq -r '.results.bindings[0].n.value')
    [ "$qa" = "$quads" ] || fail "N=$N: store A holds $qa quads, its export $quads"
    qb=$(grep -c . "$work/dump-$N.nq")
    [ "$qb" = "$quads" ] || fail "N=$N: tdb2.tdbloader's store holds $qb quads, ours $quads"
    echo "- N=$N: store A (e2ee-kg load) $qa quads, store B (tdb2.tdbloader) $qb quads" >> "$checks"

    for r in $(seq 1 "$RUNS"); do
        say "N=$N round $r: load 10 more articles into a copy of the store"
        rm -rf "$A.inc"; cp -r "$A" "$A.inc"
        run "inc-$N" /dev/null ours load --store "$A.inc" "$extra"
    done
    rm -rf "$A.inc"

    # --------------------------------------------------------------- load tables
    e=$(col "extract-$N" 2); l=$(col "load-$N" 2); j=$(col "jena-$N" 2)
    ec=$(col "extract-$N" 3); lc=$(col "load-$N" 3); jc=$(col "jena-$N" 3)
    jt=$(grep -ho 'Time = [0-9.,]* seconds' "$logs"/jena-"$N"-*.out | tr -d , | awk '{ print $3 * 1000 }' | median)
    bound=$(awk -v e="$e" -v j="$j" 'BEGIN { printf "%.0f", e + 1.1 * j }')
    cbound=$(awk -v e="$ec" -v j="$jc" 'BEGIN { printf "%.0f", e + 1.1 * j }')
    printf '| %s | %s | %s | %s | %s | %s / %s | %s / %s | %s | %s | %s | %s |\n' "$N" "$quads" \
        "$(secs "$e") / $(secs "$ec")" "$(secs "$l") / $(secs "$lc")" "$(secs "$j") / $(secs "$jc") ($(secs "$jt"))" \
        "$(secs "$bound")" "$(secs "$cbound")" \
        "$(awk -v l="$l" -v b="$bound" 'BEGIN { print (l <= b) ? "met" : "missed" }')" \
        "$(awk -v l="$lc" -v b="$cbound" 'BEGIN { print (l <= b) ? "met" : "missed" }')" \
        "$(div "$N" "$(awk -v l="$l" 'BEGIN { print l / 1000 }')" '%.1f')" \
        "$(div "$quads" "$(awk -v l="$l" 'BEGIN { print l / 1000 }')" '%.0f')" \
        "$(div "$quads" "$(awk -v j="$j" 'BEGIN { print j / 1000 }')" '%.0f')" \
        "$(div "$l" "$N" '%.1f') / $(div "$lc" "$N" '%.1f')" >> "$load_rows"
    printf '| %s | %s / %s | %s | %s / %s | %s | %s / %s MB | %s / %s | %s |\n' "$N" \
        "$(maxcol "load-$N" 5)" "$(maxcol "load-$N" 6)" "$(( $(maxcol "load-$N" 4) / 1024 ))" \
        "$(maxcol "jena-$N" 5)" "$(maxcol "jena-$N" 6)" "$(( $(maxcol "jena-$N" 4) / 1024 ))" \
        "$((size_a / 1024))" "$((size_b / 1024))" \
        "$(secs "$(col "export-$N" 2)")" "$(secs "$(col "dump-$N" 2)")" \
        "$(awk -F'\t' -v l="load-$N" '$1 == l { print $7 }' "$times" | tail -1)" >> "$mem_rows"
    printf '| %s | %s / %s | %s |\n' "$N" "$(secs "$(col "inc-$N" 2)")" "$(secs "$(col "inc-$N" 3)")" \
        "$(awk -F'\t' -v l="inc-$N" '$1 == l { print $7 }' "$times" | tail -1)" >> "$inc_rows"

    # --------------------------------------------------------------- serving
    say "N=$N: lookup targets"
    "${ours_cmd[@]}" query --store "$A" --format tsv bench/lookups/targets.rq 2>/dev/null | tail -n +2 > "$work/targets-$N.tsv"
    for kind in actor document statistic; do
        grep "^\"$kind\"" "$work/targets-$N.tsv" | cut -f2 | tr -d '<>' \
            | awk -v n="$TARGETS" '{ a[NR] = $0 } END { if (NR == 0) exit; k = (NR < n) ? NR : n; for (i = 1; i <= k; i++) print a[int((i - 0.5) * NR / k) + 1] }' \
            | while read -r iri; do path_of "bench/lookups/$kind.rq" "$iri"; echo; done > "$work/paths-$N-$kind.txt"
    done
    cat "$work/paths-$N-actor.txt" "$work/paths-$N-document.txt" "$work/paths-$N-statistic.txt" > "$work/paths-$N-mix.txt"
    for q in "${queries[@]}"; do path_of "$q" > "$work/paths-$N-q-$(basename "$q" .rq).txt"; echo >> "$work/paths-$N-q-$(basename "$q" .rq).txt"; done

    lat_names=(actor document statistic)
    for q in "${queries[@]}"; do lat_names+=("q-$(basename "$q" .rq)"); done
    declare -A lat=()
    declare -A nrows=()
    for who in serve fuseki; do
        port=$port_serve; [ "$who" = fuseki ] && port=$port_fuseki
        say "N=$N: $who, one connection"
        start_server "$who" "$A" "$port"
        for name in "${lat_names[@]}"; do
            paths=$work/paths-$N-$name.txt
            [ -s "$paths" ] || continue
            while read -r p; do rows "$port" "$p"; done < "$paths" > "$work/rows.txt"
            nrows[$who-$name]=$(awk '{ s += $1 } END { print s + 0 }' "$work/rows.txt")
            typical=$(awk '{ print $2 }' "$work/rows.txt" | median)
            if [ "${typical%.*}" -gt $((LAT_SECONDS * 1000 / 10)) ]; then
                # the median request takes more than a tenth of the row's time: three requests one after
                # the other, timed by curl (wrk would leave one running on the server when it stops)
                lat[$who-$name]=$(slow_latency "$port" "$(head -1 "$paths")")
                continue
            fi
            [ "$WARM_SECONDS" -gt 0 ] && wrk_run 1 1 "$WARM_SECONDS" "$paths" "$port" > /dev/null  # warm-up of this query
            lat[$who-$name]=$(wrk_run 1 1 "$LAT_SECONDS" "$paths" "$port")
        done
        if [ "$who" = serve ]; then
            serve_rss=$(awk '/VmHWM/ { print int($2 / 1024) }' "/proc/$server_pid/status")
        fi
        stop_server
        [ "$who" = serve ] && read -r serve_live serve_peak <<< "$(heap "$logs/serve-$port.gc")"
    done
    for name in "${lat_names[@]}"; do
        [ -n "${lat[serve-$name]:-}" ] || continue
        read -r sn _ s50 s99 sbad <<< "${lat[serve-$name]}"
        read -r fn _ f50 f99 fbad <<< "${lat[fuseki-$name]}"
        [ "${nrows[serve-$name]}" = "${nrows[fuseki-$name]}" ] \
            || fail "N=$N $name: ${nrows[serve-$name]} rows from serve, ${nrows[fuseki-$name]} from Fuseki"
        [ "$sbad" = 0 ] && [ "$fbad" = 0 ] || fail "N=$N $name: non-2xx answers (serve $sbad, Fuseki $fbad)"
        label=$name; case $name in actor|document|statistic) label="per-$name lookup ($TARGETS targets)" ;; q-*) label="named query \`${name#q-}\`" ;; esac
        printf '| %s | %s | %s | %s / %s | %s | %s / %s | %s |\n' "$N" "$label" "${nrows[serve-$name]}" "$s50" "$s99" "$sn" \
            "$f50" "$f99" "$fn" >> "$lat_rows"
    done
    echo "- N=$N: every named query and lookup gave as many rows from serve as from Fuseki" >> "$checks"

    say "N=$N: throughput, 8 connections, $ROUNDS rounds each"
    for r in $(seq 1 "$ROUNDS"); do
        for who in fuseki serve; do
            port=$port_serve; [ "$who" = fuseki ] && port=$port_fuseki
            start_server "$who" "$A" "$port"
            wrk_run 2 8 5 "$work/paths-$N-mix.txt" "$port" > /dev/null
            c0=$(cpu_ticks "$server_pid"); ld=$(load_avg)
            read -r n rps p50 p99 bad <<< "$(wrk_run 2 8 "$TP_SECONDS" "$work/paths-$N-mix.txt" "$port")"
            c1=$(cpu_ticks "$server_pid")
            stop_server
            [ "$bad" = 0 ] || fail "N=$N throughput $who: $bad non-2xx answers"
            printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "tp-$N-$who" "$rps" "$p50" "$p99" \
                "$(awk -v a="$c0" -v b="$c1" -v n="$n" -v t="$clk_tck" 'BEGIN { printf "%.2f", (b - a) * 1000 / t / n }')" "$n" "$ld" >> "$work/tp.tsv"
        done
    done
    tp() { awk -F'\t' -v l="tp-$N-$1" -v c="$2" '$1 == l { print $c }' "$work/tp.tsv" | median; }
    s_rps=$(tp serve 2); f_rps=$(tp fuseki 2)
    printf '| %s | %s | %s / %s | %s | %s | %s / %s | %s | %s | %s |\n' "$N" "$s_rps" "$(tp serve 3)" "$(tp serve 4)" "$(tp serve 5)" \
        "$f_rps" "$(tp fuseki 3)" "$(tp fuseki 4)" "$(tp fuseki 5)" "$(div "$s_rps" "$f_rps")" \
        "$(awk -F'\t' -v p="tp-$N-" 'index($1, p) == 1 { print $7 }' "$work/tp.tsv" | awk '{ print $1 }' | paste -sd ' ')" >> "$tp_rows"
    printf '| %s | serve | %s MB | %s / %s MB |\n' "$N" "$serve_rss" "$serve_live" "$serve_peak" >> "$mem_rows.serve"
    rm -rf "$B" "$work/corpus-$N.nq" "$work/dump-$N.nq"
    [ "${KEEP:-0}" = 1 ] || rm -rf "$corpus"
done

# ------------------------------------------------------------------ report
cat <<EOF
## Run of $started

Command: \`SIZES="$SIZES" RUNS=$RUNS ROUNDS=$ROUNDS LAT_SECONDS=$LAT_SECONDS TP_SECONDS=$TP_SECONDS${JAVA_OPTS:+ JAVA_OPTS="$JAVA_OPTS"} scripts/bench.sh\`
from commit $commit$dirty; Jena $JENA_VERSION (jena-cmds, jena-fuseki-main); JVM options: ${JAVA_OPTS:-none (defaults), for both sides}.
Load average (1, 5, 15 min) at the start: $start_load; at the end: $(load_avg).

$(machine)

### Load

Wall / CPU seconds (median of $RUNS run(s), a fresh JVM each, start-up included); the Jena
column is \`tdb2.tdbloader --loader=parallel\` on the N-Quads export of our store, with its
own report (no start-up) in brackets. "Bound" is the target: extract alone + 1.1 × Jena,
in wall and in CPU seconds; the rates are from wall time.

| articles | quads | \`extract\` | \`load\` | Jena bulk load | bound wall / CPU | load ≤ bound, wall / CPU | load articles/s | load quads/s | Jena quads/s | load ms/article, wall / CPU |
|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|
$(cat "$load_rows")

Memory and disk: heap from the GC log, MB (largest in use after a collection, i.e. live
data / largest in use); peak RSS (includes the memory-mapped store files); store size by
\`du\`; exports: \`e2ee-kg export --format nquads\` (sorted) and \`tdb2.tdbdump\`, wall seconds.

| articles | \`load\` heap live / peak | \`load\` RSS MB | Jena heap live / peak | Jena RSS MB | store e2ee-kg / Jena | export ours / tdbdump | load average |
|---:|---:|---:|---:|---:|---:|---:|---|
$(cat "$mem_rows")

| articles | | \`serve\` RSS | \`serve\` heap live / peak |
|---:|---|---:|---:|
$(cat "$mem_rows.serve" 2>/dev/null)

### Incremental load

\`e2ee-kg load\` of 10 new articles into a copy of the store of N (one write transaction,
description updated by what changed); wall / CPU seconds, start-up included.

| store of | 10 more articles | load average |
|---:|---:|---|
$(cat "$inc_rows")

### Queries, one connection

\`wrk -t1 -c1 -d${LAT_SECONDS}s\` per row after a warm-up of ${WARM_SECONDS} s; latency p50 / p99 in ms and
the number of requests; a lookup row cycles through its targets. A query of which the first
requests (one per target, to count rows) took more than a tenth of the row's time (median) is timed
by three requests in turn instead (median and largest shown, "3" requests). Both servers get the same GET
requests at \`/kg/sparql\` (\`serve\` with its answer limits raised for the benchmark:
\`--max-result-rows 1000000000 --max-result-size 1000G --timeout 600\`).

| articles | query | rows | \`serve\` p50 / p99 | requests | Fuseki p50 / p99 | requests |
|---:|---|---:|---:|---:|---:|---:|
$(cat "$lat_rows")

### Throughput, 8 connections

The lookup mix (all three kinds) with \`wrk -t2 -c8 -d${TP_SECONDS}s\`, $ROUNDS round(s) per server,
alternating; medians: requests/s, latency p50 / p99 ms, server CPU ms per request.

| articles | \`serve\` req/s | p50 / p99 | CPU ms/req | Fuseki req/s | p50 / p99 | CPU ms/req | serve / Fuseki | load averages |
|---:|---:|---:|---:|---:|---:|---:|---:|---|
$(cat "$tp_rows")

### Checks

$(cat "$checks")

<details><summary>Every timed run (label, wall ms, CPU ms, peak RSS KB, live heap MB, peak heap MB, load average)</summary>

\`\`\`
$(cat "$times")
$(cat "$work/tp.tsv" 2>/dev/null)
\`\`\`

</details>
EOF

if [ "$failures" -gt 0 ]; then
    say "$failures check(s) failed"
    exit 1
fi
say "done"
