#!/usr/bin/env bash
# Validation throughput: records/second of `nk validate --format json` on a large JSONL built from
# the paper's records, against a plain Jackson parse (ObjectMapper.readTree per line) of the same
# file in the same run: the ceiling any JSON validator can reach. Goal: validation within 2x of
# parse-only (ratio <= 2.0). Both are timed as whole JVM runs with the same options.
#
# Usage: bench/validate.sh [LINES]       (default 500000)
# Env:   NK_TARGET   build folder name (default target); JAVA_OPTS (default -Xmx1g)
set -euo pipefail
cd "$(dirname "$0")/.."
LINES="${1:-500000}"
TARGET="${NK_TARGET:-target}"
PAPER="../shared/nk-paper"
JAR="nk-cli/$TARGET/nk-cli-0.1.0-SNAPSHOT-all.jar"
JAVA_OPTS="${JAVA_OPTS:--Xmx1g}"
OUT="bench/out"

if [ ! -d "$PAPER/section3/nk_records" ] || [ ! -d "$PAPER/section4/nk_records" ]; then
  echo "bench/validate.sh: the paper's data ($PAPER) is absent; it is needed to build the input" >&2
  exit 2
fi
if [ ! -f "$JAR" ]; then
  echo "building $JAR ..." >&2
  mvn -q -Dnk.target="$TARGET" -DskipTests package -pl nk-cli -am >&2
fi
mkdir -p "$OUT"
INPUT="$OUT/validate-$LINES.jsonl"
if [ ! -f "$INPUT" ]; then
  java -cp "$JAR" bench/ValidateBench.java generate "$INPUT" "$LINES" \
    "$PAPER/section3/nk_records" "$PAPER/section4/nk_records" >&2
fi
# Compile the helper once, so its timing has no source-launcher cost.
CLASSES="$OUT/classes"
mkdir -p "$CLASSES"
javac -nowarn -d "$CLASSES" -cp "$JAR" bench/ValidateBench.java

now() { date +%s%N; }
rate() { awk -v n="$LINES" -v ns="$1" 'BEGIN { printf "%.0f", n / (ns / 1e9) }'; }

echo "input: $INPUT ($LINES lines, $(du -h "$INPUT" | cut -f1)); java $JAVA_OPTS; $(nproc) cores"
# warm the page cache so neither run pays for the first read
cat "$INPUT" > /dev/null

t0=$(now)
java $JAVA_OPTS -cp "$CLASSES:$JAR" ValidateBench parse "$INPUT" >&2
t1=$(now)
set +e
java $JAVA_OPTS -jar "$JAR" validate --format json --profile exploration "$INPUT" > /dev/null
rc=$?
set -e
t2=$(now)
if [ "$rc" -gt 1 ]; then
  echo "nk validate failed with exit code $rc" >&2
  exit "$rc"
fi

parse_ns=$((t1 - t0))
validate_ns=$((t2 - t1))
printf "%-34s %10s records/s  (%.2f s)\n" "parse only (ObjectMapper.readTree)" "$(rate $parse_ns)" "$(awk -v ns=$parse_ns 'BEGIN{print ns/1e9}')"
printf "%-34s %10s records/s  (%.2f s)\n" "nk validate --format json" "$(rate $validate_ns)" "$(awk -v ns=$validate_ns 'BEGIN{print ns/1e9}')"
awk -v v="$validate_ns" -v p="$parse_ns" 'BEGIN { r = v / p; printf "ratio validate/parse: %.2f (goal <= 2.00): %s\n", r, (r <= 2.0 ? "met" : "NOT met") }'
