#!/usr/bin/env bash
# Benchmark of the batch audit (not a test): bench/run.sh N [FORMATS]
#   N        reports to generate from fixtures/seeds (default 10000)
#   FORMATS  --format list (default json); run once with json and once with json,html to compare
# JVM flags: JAVA_OPTS (default "-Xmx384m": the heap cap the 512 MB peak-RSS target is measured with).
# REPEAT (default 3): runs in a row; each is printed, then the median of each figure (a shared VM varies ±15 %).
# AUDIT_OPTS: extra audit options, e.g. "--compile-rules" to compile the DRL instead of loading the precompiled rules.
# SOURCE=pdf: the batch is N copies of the real PDFs in fixtures/corpus/pdf (5–6 pages each) instead of text reports.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-10000}"
FORMATS="${2:-json}"
JAVA_OPTS="${JAVA_OPTS:--Xmx384m}"
REPEAT="${REPEAT:-3}"
AUDIT_OPTS="${AUDIT_OPTS:-}"
JAR=target/nianbao-audit.jar
WORK="${BENCH_DIR:-bench/out}"

if [[ ! -f "$JAR" ]]; then
  echo "building $JAR ..."
  mvn -o -q -B package -DskipTests
fi

SOURCE="${SOURCE:-text}"
IN="$WORK/in-$N"
[[ "$SOURCE" == pdf ]] && IN="$WORK/in-pdf-$N"
if [[ ! -d "$IN" ]]; then
  echo "generating $N reports in $IN ..."
  if [[ "$SOURCE" == pdf ]]; then
    mapfile -t PDFS < <(ls fixtures/corpus/pdf/*.pdf)
    for ((i = 0; i < N; i++)); do
      dir="$IN/$((i / 1000))"
      mkdir -p "$dir"
      cp "${PDFS[i % ${#PDFS[@]}]}" "$dir/$(printf '%06d' "$i").pdf"
    done
  else
    java bench/GenerateBatch.java "$N" fixtures/seeds "$IN"
  fi
fi
OUT="$WORK/out-$SOURCE-$N-${FORMATS//,/-}"
TIMES="$WORK/time-$SOURCE-$N-${FORMATS//,/-}.txt"
uptime
echo "auditing $N reports, --format $FORMATS, JAVA_OPTS=$JAVA_OPTS, $(nproc) cores, $REPEAT run(s) ..."

seconds() { # h:mm:ss or m:ss.cc -> seconds
  awk -v w="$1" 'BEGIN{n=split(w,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; printf "%.2f", s}'
}
median() { sort -n | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }

RESULTS="$WORK/results-$SOURCE-$N-${FORMATS//,/-}.txt"
: > "$RESULTS"
for run in $(seq 1 "$REPEAT"); do
  rm -rf "$OUT"
  set +e
  /usr/bin/time -v java $JAVA_OPTS -jar "$JAR" audit "$IN" --out "$OUT" --format "$FORMATS" --quiet $AUDIT_OPTS 2> "$TIMES"
  CODE=$?
  set -e
  if [[ $CODE -ne 0 ]]; then
    echo "audit exited with $CODE"; cat "$TIMES"; exit "$CODE"
  fi
  wall=$(seconds "$(grep 'Elapsed (wall clock)' "$TIMES" | awk '{print $NF}')")
  rss_mb=$(( $(grep 'Maximum resident set size' "$TIMES" | awk '{print $NF}') / 1024 ))
  rate=$(grep -o '"reportsPerSecond" *: *[0-9.]*' "$OUT/run.json" | grep -o '[0-9.]*$')
  first_ms=$(grep -o '"firstResultMillis" *: *-\?[0-9]*' "$OUT/run.json" | grep -o '\-\?[0-9]*$')
  precompiled=$(grep -o '"rulesPrecompiled" *: *[a-z]*' "$OUT/run.json" | grep -o '[a-z]*$')
  wall_rate=$(awk -v n="$N" -v w="$wall" 'BEGIN{printf "%.0f", n/w}')
  echo "$rate $wall_rate $first_ms $rss_mb $wall" >> "$RESULTS"
  printf 'run %d: %s reports/s (batch), %s reports/s (wall), first result %s ms, peak RSS %s MB, wall %s s, rules precompiled: %s\n' \
    "$run" "$rate" "$wall_rate" "$first_ms" "$rss_mb" "$wall" "$precompiled"
done

col() { awk -v c="$1" '{print $c}' "$RESULTS" | median; }
echo "reports:             $N"
echo "formats:             $FORMATS"
echo "runs:                $REPEAT (medians below)"
echo "reports/s (batch):   $(col 1)   (rules loaded before the batch starts)"
echo "reports/s (wall):    $(col 2)   (JVM start to exit)"
echo "first result:        $(col 3) ms after JVM start"
echo "peak RSS:            $(col 4) MB"
echo "wall time:           $(col 5) s"
