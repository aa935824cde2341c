#!/usr/bin/env bash
# Time and peak memory of `load` on three large inputs, made here from the test articles:
#   big-article.txt  the five test articles' texts repeated to 1 MB (1,000,000 bytes, cut at a character)
#   long-line.txt    1 MB of their words on one line, without any punctuation: one "sentence"
#                    of some 170,000 tokens unless the loader cuts it
#   nested-page.html big-article.txt as the paragraphs of a web page, inside 500 nested blocks
#                    whose class names say "share" (page furniture): every block's text is
#                    the whole article, which a rule that reads each block's text pays for
#                    500 times
# Each is loaded into a new store by a fresh JVM under /usr/bin/time -v; the table gives wall
# time, CPU time (user + system: steadier than wall time on a busy machine), peak RSS and
# the exit code with the loader's own report line (or its one-line refusal).
#
# Usage, from the project directory, after `mvn -B package -DskipTests`:
#   scripts/bench-large-article.sh
# JAR=... measures another build; TIMEOUT=... (seconds, default 300) stops a run that hangs;
# INPUTS="long-line.txt ..." runs some of the inputs only.
set -euo pipefail

jar=${JAR:-target/e2ee-kg.jar}
limit=${TIMEOUT:-300}
[ -f "$jar" ] || { echo "no $jar: run 'mvn -B package -DskipTests' first" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package 'time')" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
articles=(src/test/resources/articles/*.txt)

# the bodies (without their date lines), repeated until the file holds 1 MB
printf 'date 2020-02-06\n' > "$work/big-article.txt"
while [ "$(stat -c %s "$work/big-article.txt")" -lt 1000000 ]; do
    for f in "${articles[@]}"; do tail -n +2 "$f"; echo; done >> "$work/big-article.txt"
done
# cut at 1,000,000 bytes, dropping a character the cut would split
head -c 1000000 "$work/big-article.txt" | iconv -f UTF-8 -t UTF-8 -c > "$work/cut" && mv "$work/cut" "$work/big-article.txt"
# every word of the articles in turn, on one line, until 1 MB
cat "${articles[@]}" | LC_ALL=C tr -cs 'A-Za-z' '\n' | grep -v '^$' | tr '\n' ' ' > "$work/words"
printf 'date 2020-02-06\n' > "$work/long-line.txt"
while [ "$(stat -c %s "$work/long-line.txt")" -lt 1000000 ]; do
    cat "$work/words" >> "$work/long-line.txt"
done
truncate -s 999999 "$work/long-line.txt"
echo >> "$work/long-line.txt"
{
    printf '<!DOCTYPE html><html><head><title>Nested</title></head><body>'
    for _ in $(seq 500); do printf '<div class="share-box">'; done
    tail -n +2 "$work/big-article.txt" | grep -v '^$' | sed 's/&/\&amp;/g; s/</\&lt;/g; s/^/<p>/; s/$/<\/p>/'
    for _ in $(seq 500); do printf '</div>'; done
    printf '</body></html>\n'
} > "$work/nested-page.html"

echo "jar: $jar; $(java -version 2>&1 | head -1); cores: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-16s %9s %8s %9s %10s  %s\n' input bytes "wall s" "cpu s" "peak MB" "exit: report"
for input in ${INPUTS:-big-article.txt long-line.txt nested-page.html}; do
    rm -rf "$work/store"
    set +e
    /usr/bin/time -v -o "$work/time" timeout "$limit" java -jar "$jar" load --store "$work/store" "$work/$input" \
        > "$work/out" 2> "$work/err"
    code=$?
    set -e
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$work/time")
    cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.1f", u+s}' "$work/time")
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$work/time")
    report=$(cat "$work/out" "$work/err" | head -1 | sed 's/ in <.*//' | cut -c1-110)
    [ "$code" = 124 ] && report="stopped after ${limit} s"
    printf '%-16s %9s %8s %9s %10s  %s\n' "$input" "$(stat -c %s "$work/$input")" "$wall" "$cpu" "$rss" "$code: $report"
done
