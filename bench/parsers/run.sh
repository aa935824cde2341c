#!/usr/bin/env bash
# Reruns the whole parser comparison for issue 9. Usage: ./run.sh [STAGE...]
# Stages: build quality speed memory threads labels sizes tokcheck summary (default: all, in that order).
# Env: RUNS (speed repetitions, default 3), N (sentences per speed run, default 2000),
#      PARSERS (default "nlp4j clearnlp corenlp corenlp-sr").
set -euo pipefail
cd "$(dirname "$0")"
RUNS=${RUNS:-3}
N=${N:-2000}
PARSERS=${PARSERS:-"nlp4j nlp4j-lean clearnlp corenlp corenlp-sr"}
ARTICLES=${ARTICLES:-../../src/test/resources/articles}
SET=testset/relations.txt
mkdir -p results logs
# Results go to results/STAGE-PARSER.txt (one file per parser, so a stage can be rerun for one parser).
out() { local f=results/$1-$2.txt; : >"$f"; echo "$f"; }

jar_of() {   # parser name -> shaded jar
  case "$1" in
    nlp4j) echo nlp4j/target/nlp4j-shaded.jar ;;
    nlp4j-lean) echo nlp4j-lean/target/nlp4j-lean-shaded.jar ;;
    clearnlp) echo clearnlp/target/clearnlp-shaded.jar ;;
    corenlp|corenlp-pipeline-ner) echo corenlp/target/corenlp-shaded.jar ;;
    corenlp-sr) echo corenlp-sr/target/corenlp-sr-shaded.jar ;;
    *) echo "unknown parser $1" >&2; exit 2 ;;
  esac
}
module_of() { dirname "$(dirname "$(jar_of "$1")")"; }

bench() {    # bench PARSER MODE [java opts...] -- [bench args...]
  local p=$1 mode=$2; shift 2
  local jopts=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do jopts+=("$1"); shift; done
  [ $# -gt 0 ] && shift
  java "${jopts[@]}" -jar "$(jar_of "$p")" "$mode" --parser "$p" --set "$SET" --articles "$ARTICLES" --out results "$@"
}

stage_build() {
  # -o first: everything is in ~/.m2 after the first run; online otherwise.
  mvn -B -q -o package -DskipTests >logs/build.log 2>&1 || mvn -B -q package -DskipTests >logs/build.log 2>&1
}

stage_quality() {
  for p in $PARSERS; do
    local f; f=$(out quality "$p")
    bench "$p" quality 2>logs/quality-$p.err | grep RESULT | tee -a "$f"
    bench "$p" quality -- --tags opennlp 2>logs/quality-$p-opennlp.err | grep RESULT | tee -a "$f"
  done
}

stage_speed() {
  for p in $PARSERS; do out speed "$p" >/dev/null; done
  # Round-robin so that load from other processes on the shared machine hits every parser alike.
  for r in $(seq "$RUNS"); do
    for p in $PARSERS; do
      bench "$p" speed -Xmx6g -- --n "$N" --warmup 600 2>logs/speed-$p.err | grep RESULT | sed "s/\$/ run=$r loadavg=$(cut -d' ' -f1 /proc/loadavg)/" | tee -a "results/speed-$p.txt"
    done
  done
  # NER on top (CoreNLP pipeline), one run: what "ner if cheap" costs.
  if [[ " $PARSERS " == *" corenlp "* ]]; then
    bench corenlp-pipeline-ner speed -Xmx6g -- --n 500 --warmup 200 2>logs/speed-corenlp-ner.err | grep RESULT | tee "$(out speed corenlp-pipeline-ner)" || true
  fi
}

works_with() {   # works_with PARSER XMX_MB -> 0 if the memory run completes
  bench "$1" memory "-Xmx${2}m" -XX:+ExitOnOutOfMemoryError >/dev/null 2>&1
}

stage_memory() {
  local extra=""; [[ " $PARSERS " == *" corenlp "* ]] && extra=corenlp-pipeline-ner
  for p in $PARSERS $extra; do
    local f; f=$(out memory "$p")
    local lo=128 hi=8192
    works_with "$p" $hi || { echo "RESULT minheap parser=$p min_xmx_mb=>$hi" | tee -a "$f"; continue; }
    while [ $((hi - lo)) -gt 64 ]; do
      local mid=$(( (lo + hi) / 2 ))
      if works_with "$p" $mid; then hi=$mid; else lo=$mid; fi
    done
    echo "RESULT minheap parser=$p min_xmx_mb=$hi" | tee -a "$f"
    # Peak RSS (max resident set) with the default heap and with 1.25 x the minimum heap.
    for xmx in default $(( hi * 5 / 4 )); do
      local opt=(); [ "$xmx" != default ] && opt=("-Xmx${xmx}m")
      local line
      line=$( { /usr/bin/time -f "TIME rss_kb=%M wall_s=%e" java "${opt[@]}" -jar "$(jar_of "$p")" memory --parser "$p" --set "$SET" --articles "$ARTICLES" 2>&1; } | grep -E "RESULT|TIME" | tr '\n' ' ')
      echo "RESULT rss parser=$p xmx=$xmx $line" | tee -a "$f"
    done
  done
}

stage_threads() {
  for p in $PARSERS; do
    bench "$p" threads -Xmx12g -- --threads 2 --rounds 3 2>logs/threads-$p.err | grep RESULT | tee "$(out threads "$p")"
  done
}

stage_labels() {
  for p in $PARSERS; do
    bench "$p" labels 2>/dev/null | grep RESULT | tee "$(out labels "$p")"
  done
  # Java 17: anything the libraries print about reflection, illegal access, or warnings.
  grep -hiE "illegal|reflect|WARNING|Exception" logs/quality-*.err logs/speed-*.err logs/threads-*.err 2>/dev/null | sort | uniq -c >results/java17-stderr.txt || true
}

stage_sizes() {
  local base f
  f=$(out sizes all)
  base=$(stat -c %s harness/target/harness-shaded.jar)
  for m in nlp4j nlp4j-lean clearnlp corenlp corenlp-sr; do
    local size deps
    size=$(stat -c %s $m/target/$m-shaded.jar)
    # Runtime dependencies of the candidate, minus the harness and what the harness brings (OpenNLP, slf4j).
    mvn -B -q -o compile dependency:list -DincludeScope=runtime -DoutputFile=deps.txt -pl $m -am >/dev/null 2>&1 || true
    cp $m/deps.txt results/deps-$m.txt
    deps=$(grep -E '^\s+[a-zA-Z].*:.*:.*:' results/deps-$m.txt | grep -vE 'scratch.parsers|org.apache.opennlp|org.slf4j:slf4j-api' | wc -l)
    echo "RESULT size module=$m shaded_bytes=$size added_bytes=$((size - base)) runtime_artifacts=$deps" | tee -a "$f"
  done
}

stage_tokcheck() {
  # The same sentences tokenised as the project does (won't, Sen .) and as the parsers expect.
  for p in $PARSERS; do
    bench "$p" quality -- --set testset/tokenisation-check.txt --out results/tokcheck 2>/dev/null | grep RESULT | tee "$(out tokcheck "$p")"
  done
}

stage_summary() {
  python3 summarise.py results >results/summary.md
  cat results/summary.md
}

stages=("$@")
[ ${#stages[@]} -eq 0 ] && stages=(build quality speed memory threads labels sizes tokcheck summary)
for s in "${stages[@]}"; do
  echo "== $s ($(date -u +%H:%M:%S), loadavg $(cut -d' ' -f1-3 /proc/loadavg))"
  "stage_$s"
done
