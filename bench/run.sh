#!/usr/bin/env bash
# Benchmark of the batch audit (not a test): bench/run.sh N [FORMATS]
#   N        reports to generate from fixtures/seeds (default 10000)
#   FORMATS  --format list (default json); run once with json and once with json,html to compare
# JVM flags: JAVA_OPTS (default "-Xmx384m": the heap cap the 512 MB peak-RSS target is measured with).
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-10000}"
FORMATS="${2:-json}"
JAVA_OPTS="${JAVA_OPTS:--Xmx384m}"
JAR=target/nianbao-audit.jar
WORK="${BENCH_DIR:-bench/out}"

if [[ ! -f "$JAR" ]]; then
  echo "building $JAR ..."
  mvn -o -q -B package -DskipTests
fi

IN="$WORK/in-$N"
if [[ ! -d "$IN" ]]; then
  echo "generating $N reports in $IN ..."
  java bench/GenerateBatch.java "$N" fixtures/seeds "$IN"
fi
OUT="$WORK/out-$N-${FORMATS//,/-}"
rm -rf "$OUT"

TIMES="$WORK/time-$N-${FORMATS//,/-}.txt"
uptime
echo "auditing $N reports, --format $FORMATS, JAVA_OPTS=$JAVA_OPTS, $(nproc) cores ..."
set +e
/usr/bin/time -v java $JAVA_OPTS -jar "$JAR" audit "$IN" --out "$OUT" --format "$FORMATS" --quiet 2> "$TIMES"
CODE=$?
set -e
if [[ $CODE -ne 0 ]]; then
  echo "audit exited with $CODE"; cat "$TIMES"; exit "$CODE"
fi

wall=$(grep 'Elapsed (wall clock)' "$TIMES" | awk '{print $NF}')
rss_kb=$(grep 'Maximum resident set size' "$TIMES" | awk '{print $NF}')
rate=$(grep -o '"reportsPerSecond" *: *[0-9.]*' "$OUT/run.json" | grep -o '[0-9.]*$')
batch_ms=$(grep -o '"durationMillis" *: *[0-9]*' "$OUT/run.json" | grep -o '[0-9]*$')
first_ms=$(grep -o '"firstResultMillis" *: *-\?[0-9]*' "$OUT/run.json" | grep -o '\-\?[0-9]*$')
echo "reports:             $N"
echo "formats:             $FORMATS"
echo "wall time (process): $wall"
echo "batch time:          ${batch_ms} ms (rules compiled before it starts)"
echo "reports/s (batch):   $rate"
echo "reports/s (wall):    $(awk -v n="$N" -v w="$wall" 'BEGIN{split(w,a,":"); s=(length(a)==3)?a[1]*3600+a[2]*60+a[3]:a[1]*60+a[2]; printf "%.0f", n/s}')"
echo "first result:        ${first_ms} ms after JVM start"
echo "peak RSS:            $((rss_kb / 1024)) MB"
