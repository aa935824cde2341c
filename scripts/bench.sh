#!/usr/bin/env bash
# Speed benchmark of the e2ee-kg command line against Apache Jena's own command-line tools,
# on the same data, on the same machine, in the same run.
#
# What it measures (every step is a separate JVM launched from the shell, as a user runs it,
# so JVM start-up is in every number, on both sides):
#   startup  `e2ee-kg --version`                      vs `riot --version` (bare JVM + CLI start)
#   ask      `e2ee-kg query --store A -q 'ASK {}'`    vs `tdb2.tdbquery --loc B 'ASK {}'`: the
#            fixed cost of every query below (JVM, Jena initialisation, opening the store)
#   load-1   `e2ee-kg load` of one article            (fixed cost: JVM, models, ontology, shapes)
#   extract  `e2ee-kg extract corpus/` (read + extract only: no RDF, no validation, no store),
#            when the jar has that subcommand; load minus extract is what RDF, SHACL and TDB2 cost
#   load     `e2ee-kg load --store A corpus/`         vs `tdb2.tdbloader --loc B corpus.nq`
#            The corpus is N copies of the test articles, src/test/resources/articles/*.txt
#            (distinct file names, hence distinct graphs). Our load runs the whole pipeline (read, extract, build RDF, SHACL-validate,
#            one TDB2 write transaction); corpus.nq is our own N-Quads export of store A, so Jena
#            bulk-loads exactly the same quads: the difference is what our pipeline adds to storage.
#            Jena is timed with its default loader (phased) and with --loader=basic, the plain
#            transactional add that is closest to what our load does.
#   query    each named query queries/*.rq: `e2ee-kg query --store A --format json FILE`
#            vs `tdb2.tdbquery --loc B --set tdb:unionDefaultGraph=true --results=json --query FILE`
#   export   `e2ee-kg export --format trig`   vs `riot --output=trig corpus.nq` (pretty TriG)
#            `e2ee-kg export --format nquads` vs `tdb2.tdbdump --loc B` (both read a TDB2 store)
# Each step runs RUNS times (rounds interleave the two tools, so drift hits both alike); the
# table gives min and median wall time (bash `date +%s%N`), the median CPU time (user + system,
# /usr/bin/time %U %S: steadier than wall time when the machine is busy) and the peak RSS (%M).
#
# Checks, untimed, after the rounds: A and B hold the same number of quads and graphs; every
# query gives as many rows on B with Jena as on A with e2ee-kg, and on the same store (A) the
# very same JSON bindings; the exports hold as many quads as the corpus, our N-Quads equals
# tdbdump's except for blank-node labels, and our export is byte-identical from round to round.
# Any failed check makes the script exit 1 after printing the table.
#
# Jena's tools come from Maven Central: org.apache.jena:jena-cmds:$JENA_VERSION and its
# dependencies, resolved by `mvn dependency:build-classpath` on a throwaway pom in the work
# directory (plus log4j2 as the slf4j binding, as in Jena's binary distribution). Nothing is
# added to the project's pom. The first run needs network access to Maven Central (or a
# local repository that already holds the artifacts).
#
# Usage, from anywhere, after `mvn -B -q package -DskipTests` (this script builds nothing):
#   scripts/bench.sh > /tmp/bench.md     Markdown on stdout (for bench/RESULTS.md), progress on stderr
# With the defaults it takes about 10 minutes on 2 cores.
# Environment: N (copies of the articles, default 40), RUNS (default 3), JENA_VERSION
# (default 5.6.0), JAVA (java binary), JAVA_OPTS (JVM options for BOTH tools, default none),
# KEEP=1 keeps the work directory (stores, exports, logs). Needs: java, mvn, jq.
set -euo pipefail

cd "$(dirname "$0")/.."
N=${N:-40}
RUNS=${RUNS:-3}
JENA_VERSION=${JENA_VERSION:-5.6.0}
LOG4J_VERSION=${LOG4J_VERSION:-2.25.3}
JAVA=${JAVA:-java}
read -r -a jvm_opts <<< "${JAVA_OPTS:-}"
articles=src/test/resources/articles
single=$articles/000_4633c21910299fa8.txt

[ -f target/e2ee-kg.jar ] || { echo "no target/e2ee-kg.jar: run 'mvn -B -q package -DskipTests' first" >&2; exit 1; }
for tool in "$JAVA" mvn jq; do
    command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 1; }
done
[[ $N =~ ^[1-9][0-9]*$ && $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "N and RUNS must be positive integers" >&2; exit 1; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')
work=$(mktemp -d "${TMPDIR:-/tmp}/e2ee-kg-bench.XXXXXX")
if [ "${KEEP:-0}" = 1 ]; then echo "work directory: $work" >&2; else trap 'rm -rf "$work"' EXIT; fi
logs=$work/logs
times=$work/times.tsv
mkdir -p "$logs" "$work/out"
: > "$times"
say() { echo "[bench] $*" >&2; }

# The jar is copied so that a concurrent `mvn package` cannot swap it mid-run.
jar=$work/e2ee-kg.jar
cp target/e2ee-kg.jar "$jar"

# ------------------------------------------------------------------ Jena's command-line tools
say "resolving org.apache.jena:jena-cmds:$JENA_VERSION from Maven Central"
mkdir -p "$work/jena"
cat > "$work/jena/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>jena-cmds-classpath</artifactId>
  <version>0</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.apache.jena</groupId>
      <artifactId>jena-cmds</artifactId>
      <version>$JENA_VERSION</version>
    </dependency>
    <dependency>
      <groupId>org.apache.logging.log4j</groupId>
      <artifactId>log4j-slf4j2-impl</artifactId>
      <version>$LOG4J_VERSION</version>
    </dependency>
    <dependency>
      <groupId>org.apache.logging.log4j</groupId>
      <artifactId>log4j-core</artifactId>
      <version>$LOG4J_VERSION</version>
    </dependency>
  </dependencies>
</project>
EOF
mvn -B -q -f "$work/jena/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile="$work/jena/classpath.txt" >"$logs/mvn.log" 2>&1 \
    || { cat "$logs/mvn.log" >&2; exit 1; }
jena_cp=$(cat "$work/jena/classpath.txt")

ours_cmd=("$JAVA" "${jvm_opts[@]}" -jar "$jar")
jena_cmd=("$JAVA" "${jvm_opts[@]}" -cp "$jena_cp")
ours() { "${ours_cmd[@]}" "$@"; }
jena() { "${jena_cmd[@]}" "$@"; }

# ------------------------------------------------------------------ timing
if [ -x /usr/bin/time ]; then timer=(/usr/bin/time -f "%M %U %S" -o "$work/rss"); else timer=(); fi

# run LABEL OUT ours|jena ARGS...: one timed run of e2ee-kg or a Jena tool, stdout to OUT,
# stderr to logs/LABEL.err; appends "LABEL <tab> wall ms <tab> peak RSS KB <tab> CPU ms" to times.tsv.
run() {
    local label=$1 out=$2 tool=$3 t0 t1 rss=- cpu=-
    shift 3
    local -a cmd
    case $tool in
        ours) cmd=("${ours_cmd[@]}" "$@") ;;
        jena) cmd=("${jena_cmd[@]}" "$@") ;;
        *) echo "run: unknown tool $tool" >&2; exit 2 ;;
    esac
    rm -f "$work/rss"
    t0=$(date +%s%N)
    "${timer[@]}" "${cmd[@]}" >"$out" 2>"$logs/$label.err" \
        || { echo "failed ($label): ${cmd[*]}" >&2; tail -20 "$logs/$label.err" >&2; exit 1; }
    t1=$(date +%s%N)
    if [ -s "$work/rss" ]; then
        read -r rss cpu <<< "$(awk 'NF == 3 && $1 ~ /^[0-9]+$/ { r = $1; c = int(($2 + $3) * 1000 + 0.5) } END { print (r ? r : "-"), (r ? c : "-") }' "$work/rss")"
    fi
    printf '%s\t%s\t%s\t%s\n' "$label" $(( (t1 - t0) / 1000000 )) "$rss" "$cpu" >> "$times"
}

# median: the median of the numbers on standard input ("-" when none)
median() {
    sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# stats LABEL: "min median peakRSS cpu" (wall s, wall s, MB, median CPU s) over the runs of LABEL
stats() {
    local walls min med rss cpu
    walls=$(awk -F'\t' -v l="$1" '$1 == l { print $2 }' "$times")
    [ -n "$walls" ] || { echo "- - - -"; return; }
    min=$(sort -n <<< "$walls" | head -1)
    med=$(median <<< "$walls")
    rss=$(awk -F'\t' -v l="$1" '$1 == l && $3 != "-" { if ($3 + 0 > r) r = $3 } END { print r ? int(r / 1024 + 0.5) : "-" }' "$times")
    cpu=$(awk -F'\t' -v l="$1" '$1 == l && $4 != "-" { print $4 }' "$times" | median)
    awk -v a="$min" -v b="$med" -v r="$rss" -v c="$cpu" \
        'BEGIN { printf "%.2f %.2f %s %s\n", a / 1000, b / 1000, r, (c == "-") ? "-" : sprintf("%.2f", c / 1000) }'
}

# ------------------------------------------------------------------ the corpus
say "corpus: $N copies of the $(ls $articles/*.txt | wc -l) articles in $articles"
mkdir -p "$work/corpus"
for i in $(seq -w 1 "$N"); do
    for f in "$articles"/*.txt; do
        cp "$f" "$work/corpus/c$i-$(basename "$f")"
    done
done
corpus_files=$(ls "$work/corpus" | wc -l)
corpus_bytes=$(cat "$work/corpus"/*.txt | wc -c)

queries=(queries/*.rq)
qname() { basename "$1" .rq; }

has_extract=no
ours extract --help >/dev/null 2>&1 && has_extract=yes

# One untimed start of each tool, so the jars are in the page cache for every timed run.
ours --version >/dev/null
jena riotcmd.riot --version >/dev/null 2>&1

# ------------------------------------------------------------------ the rounds
for r in $(seq 1 "$RUNS"); do
    say "round $r of $RUNS"
    run startup-ours /dev/null ours --version
    run startup-jena /dev/null jena riotcmd.riot --version

    rm -rf "$work/one"
    run load1-ours "$work/out/load1.txt" ours load --store "$work/one" "$single"

    [ "$has_extract" = yes ] && run extract-ours /dev/null ours extract "$work/corpus"

    rm -rf "$work/A"
    run load-ours "$work/out/load.txt" ours load --store "$work/A" "$work/corpus"

    # our N-Quads export; round 1's is the corpus Jena loads, later rounds must equal it
    run nquads-ours /dev/null ours export --store "$work/A" --format nquads --output "$work/out/ours-$r.nq"
    [ "$r" = 1 ] && cp "$work/out/ours-1.nq" "$work/corpus.nq"

    rm -rf "$work/B"
    # tdbloader logs to stdout; its last line gives its own time, without JVM start-up
    run load-jena "$logs/load-jena-$r.out" jena tdb2.tdbloader --loc "$work/B" "$work/corpus.nq"
    rm -rf "$work/Bbasic"
    run loadbasic-jena "$logs/loadbasic-jena-$r.out" \
        jena tdb2.tdbloader --loader=basic --loc "$work/Bbasic" "$work/corpus.nq"

    run ask-ours /dev/null ours query --store "$work/A" --format json --query 'ASK {}'
    run ask-jena /dev/null jena tdb2.tdbquery --loc "$work/B" --results=json 'ASK {}'
    for q in "${queries[@]}"; do
        n=$(qname "$q")
        run "q-$n-ours" "$work/out/$n-ours.json" ours query --store "$work/A" --format json "$q"
        run "q-$n-jena" "$work/out/$n-jena.json" \
            jena tdb2.tdbquery --loc "$work/B" --set tdb:unionDefaultGraph=true --results=json --query "$q"
    done

    run trig-ours /dev/null ours export --store "$work/A" --format trig --output "$work/out/ours.trig"
    run trig-jena "$work/out/jena.trig" jena riotcmd.riot --output=trig "$work/corpus.nq"
    run nquads-jena "$work/out/jena.nq" jena tdb2.tdbdump --loc "$work/B"
done

# ------------------------------------------------------------------ checks (untimed)
say "checking that the outputs agree"
failures=0
fail() { failures=$((failures + 1)); echo "- **FAILED**: $*"; }
checks=$work/checks.md
: > "$checks"
count_q='SELECT (COUNT(*) AS ?quads) (COUNT(DISTINCT ?g) AS ?graphs) WHERE { GRAPH ?g { ?s ?p ?o } }'
default_q='SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
{
    a=$(ours query --store "$work/A" --format json --query "$count_q" | jq -r '.results.bindings[0] | "\(.quads.value) \(.graphs.value)"')
    b=$(jena tdb2.tdbquery --loc "$work/B" --results=json "$count_q" 2>/dev/null | jq -r '.results.bindings[0] | "\(.quads.value) \(.graphs.value)"')
    bb=$(jena tdb2.tdbquery --loc "$work/Bbasic" --results=json "$count_q" 2>/dev/null | jq -r '.results.bindings[0] | "\(.quads.value) \(.graphs.value)"')
    # the default graph of every store stays empty (everything lives in named graphs)
    ad=$(jena tdb2.tdbquery --loc "$work/A" --results=json "$default_q" 2>/dev/null | jq -r '.results.bindings[0].n.value')
    bd=$(jena tdb2.tdbquery --loc "$work/B" --results=json "$default_q" 2>/dev/null | jq -r '.results.bindings[0].n.value')
    nq=$(grep -c . "$work/corpus.nq")
    read -r quads graphs <<< "$a"
    echo "- store A (e2ee-kg load): $quads quads in $graphs named graphs; store B (tdb2.tdbloader): ${b% *} quads in ${b#* } graphs; --loader=basic: ${bb% *} in ${bb#* }; corpus.nq: $nq lines; default graphs: $ad and $bd quads"
    [ "$a" = "$b" ] && [ "$a" = "$bb" ] && [ "$quads" = "$nq" ] && [ "$ad" = 0 ] && [ "$bd" = 0 ] \
        || fail "stores A and B differ"

    same_rows=0 same_bindings=0
    for q in "${queries[@]}"; do
        n=$(qname "$q")
        ra=$(jq '.results.bindings | length' "$work/out/$n-ours.json")
        rb=$(jq '.results.bindings | length' "$work/out/$n-jena.json")
        [ "$ra" = "$rb" ] && same_rows=$((same_rows + 1)) || fail "$n: $ra rows from e2ee-kg on A, $rb from tdbquery on B"
        echo "$n $ra" >> "$work/rows.txt"
        # on the same store, Jena's tdbquery must give exactly our bindings, in the same order
        jena tdb2.tdbquery --loc "$work/A" --set tdb:unionDefaultGraph=true --results=json --query "$q" \
            2>/dev/null > "$work/out/$n-jena-on-A.json"
        if cmp -s <(jq -c '.results.bindings' "$work/out/$n-ours.json") <(jq -c '.results.bindings' "$work/out/$n-jena-on-A.json"); then
            same_bindings=$((same_bindings + 1))
        else
            fail "$n: e2ee-kg query and tdb2.tdbquery give different bindings on the same store A"
        fi
    done
    echo "- queries: ${#queries[@]}; same row count on A (e2ee-kg) and B (Jena): $same_rows; identical JSON bindings from e2ee-kg and tdb2.tdbquery on the same store A: $same_bindings"

    count() { jena riotcmd.riot --count "$1" 2>&1 | sed -n 's/.*Quads = \([0-9,]*\).*/\1/p' | tr -d , | tail -1; }
    ct=$(count "$work/out/ours.trig"); jt=$(count "$work/out/jena.trig"); jn=$(count "$work/out/jena.nq")
    echo "- exports (quads, counted by riot --count): e2ee-kg trig $ct, riot trig $jt, tdbdump nquads $jn, e2ee-kg nquads $nq"
    [ "$ct" = "$quads" ] && [ "$jt" = "$quads" ] && [ "$jn" = "$quads" ] || fail "export quad counts differ"
    if cmp -s <(grep -v '_:' "$work/corpus.nq" | LC_ALL=C sort) <(grep -v '_:' "$work/out/jena.nq" | LC_ALL=C sort) \
        && [ "$(grep -c '_:' "$work/corpus.nq" || true)" = "$(grep -c '_:' "$work/out/jena.nq" || true)" ]; then
        echo "- e2ee-kg nquads and tdbdump: the same quads (compared sorted; the $(grep -c '_:' "$work/corpus.nq" || true) lines with blank nodes compared by count, labels differ)"
    else
        fail "e2ee-kg nquads export and tdbdump differ"
    fi
    deterministic=yes
    for i in $(seq 2 "$RUNS"); do cmp -s "$work/out/ours-1.nq" "$work/out/ours-$i.nq" || deterministic=no; done
    echo "- e2ee-kg nquads export byte-identical in all $RUNS rounds (each from a fresh load): $deterministic"
    [ "$deterministic" = yes ] || fail "the export differs between rounds"
} > "$checks"

# ------------------------------------------------------------------ report
cell() { read -r mn md rss cpu <<< "$(stats "$1")"; echo "$mn | $md | $cpu | $rss"; }
ratio() {
    local a b
    a=$(stats "$1" | cut -d' ' -f2); b=$(stats "$2" | cut -d' ' -f2)
    awk -v a="$a" -v b="$b" 'BEGIN { if (b > 0) printf "%.1f×", a / b; else print "-" }'
}
row() { # TASK OURS-LABEL JENA-LABEL JENA-TOOL NOTE
    local ours_cells="- | - | - | -" jena_cells="- | - | - | -" rt="-"
    [ -n "$2" ] && ours_cells=$(cell "$2")
    [ -n "$3" ] && jena_cells=$(cell "$3")
    [ -n "$2" ] && [ -n "$3" ] && rt=$(ratio "$2" "$3")
    echo "| $1 | $ours_cells | $4 | $jena_cells | $rt | $5 |"
}
quads=$(grep -c . "$work/corpus.nq")

echo "## Run of $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "Command: \`N=$N RUNS=$RUNS${JAVA_OPTS:+ JAVA_OPTS=\"$JAVA_OPTS\"} scripts/bench.sh\`"
echo
echo "- machine: $(uname -srm); $(nproc) cores ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -1)); memory: $(free -g | awk '/^Mem:/ { print $2 " GB total, " $7 " GB available" }')"
echo "- java: $("$JAVA" -version 2>&1 | head -1); $("$JAVA" -version 2>&1 | sed -n 2p); JVM options: ${JAVA_OPTS:-none (defaults, for both tools)}"
echo "- e2ee-kg: jar sha256 $(sha256sum "$jar" | cut -c1-12), built from commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$( [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ] && echo ' (working tree had uncommitted changes)')"
echo "- Jena: org.apache.jena:jena-cmds:$JENA_VERSION from Maven Central (with log4j $LOG4J_VERSION as the slf4j binding)"
echo "- corpus: $N copies of the $((corpus_files / N)) test articles in $articles = $corpus_files files, $((corpus_bytes / 1024)) KB of text; $quads quads once loaded"
echo "- load average (1, 5, 15 min) before the run: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
echo "- $RUNS runs of each step, each a fresh JVM from the shell (start-up included): wall time min and median, CPU time (user + system, all threads) median, in seconds; peak RSS in MB"
echo
echo "| Task | e2ee-kg min | median | CPU | RSS | Jena tool | min | median | CPU | RSS | e2ee-kg / Jena (median wall) | Notes |"
echo "|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---|"
row "JVM + CLI start-up" startup-ours startup-jena '`riot --version`' '`e2ee-kg --version`'
row "trivial query \`ASK {}\`" ask-ours ask-jena '`tdb2.tdbquery`' "fixed cost of a query: JVM, Jena init, open the store"
row "load 1 article" load1-ours "" "" "full pipeline, fixed costs"
[ "$has_extract" = yes ] && row "extract $corpus_files articles" extract-ours "" "" "\`e2ee-kg extract\`: read + extract, no RDF, no validation, no store"
row "load $corpus_files articles" load-ours load-jena '`tdb2.tdbloader` (phased)' "ours: read, extract, build, validate, write; Jena: bulk load of the same $quads quads"
row "load $corpus_files articles" load-ours loadbasic-jena '`tdb2.tdbloader --loader=basic`' "Jena's plain transactional loader"
qsum_ours=0 qsum_jena=0
for q in "${queries[@]}"; do
    n=$(qname "$q")
    rows=$(awk -v n="$n" '$1 == n { print $2 }' "$work/rows.txt")
    row "query \`$n\`" "q-$n-ours" "q-$n-jena" '`tdb2.tdbquery`' "$rows rows"
    qsum_ours=$(awk -v s="$qsum_ours" -v m="$(stats "q-$n-ours" | cut -d' ' -f2)" 'BEGIN { print s + m }')
    qsum_jena=$(awk -v s="$qsum_jena" -v m="$(stats "q-$n-jena" | cut -d' ' -f2)" 'BEGIN { print s + m }')
done
awk -v a="$qsum_ours" -v b="$qsum_jena" -v k="${#queries[@]}" 'BEGIN {
    printf "| all %d queries (sum of medians) | | %.2f | | | `tdb2.tdbquery` | | %.2f | | | %.1f× | |\n", k, a, b, a / b }'
row "export TriG" trig-ours trig-jena '`riot --output=trig corpus.nq`' "Jena reads the N-Quads file, not a store"
row "export N-Quads" nquads-ours nquads-jena '`tdb2.tdbdump`' "both read a TDB2 store"
echo
for l in load-jena loadbasic-jena; do
    echo "\`tdb2.tdbloader$( [ $l = loadbasic-jena ] && echo " --loader=basic")\`, its own report, per round (no JVM start-up): $(
        for i in $(seq 1 "$RUNS"); do grep -o 'Time = [0-9.]* seconds.*' "$logs/$l-$i.out" | tail -1; done | paste -sd ';' | sed 's/;/; /g')"
    echo
done
echo "Checks:"
echo
cat "$checks"
echo
echo "<details><summary>Every run (label, wall ms, peak RSS KB, CPU ms)</summary>"
echo
echo '```'
cat "$times"
echo '```'
echo
echo "</details>"

if [ "$failures" -gt 0 ]; then
    say "$failures check(s) failed"
    exit 1
fi
say "done"
