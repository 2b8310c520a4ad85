#!/usr/bin/env bash
# Import memory against the number of rejected lines: `nk bank import` of a JSONL file whose every
# line is `{}` (rejected: not a record), with N lines and with a small baseline of 10,000 lines in
# the same run, each in a fresh JVM with the same small heap (a run whose retained memory grew
# with the rejections would end in OutOfMemoryError). Prints the peak resident memory (RSS) of
# each run and their ratio. Goal: memory does not grow with rejections (ratio <= 1.5; issue 11
# measured 2.4 GB RSS for 4M lines, and OutOfMemoryError for 1M lines under -Xmx128m).
#
# Usage: bench/import-rejections.sh [N]     (default 4000000)
# Env:   NK_TARGET build folder name (default target); JAVA_OPTS (default -Xmx64m)
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-4000000}"
BASE=10000
TARGET="${NK_TARGET:-target}"
JAR="nk-cli/$TARGET/nk-cli-0.1.0-SNAPSHOT-all.jar"
JAVA_OPTS="${JAVA_OPTS:--Xmx64m}"
OUT="bench/out/import-rejections"
if [ ! -f "$JAR" ]; then
  echo "building $JAR ..." >&2
  mvn -q -Dnk.target="$TARGET" -DskipTests package -pl nk-cli -am >&2
fi
rm -rf "$OUT"
mkdir -p "$OUT"

run() { # lines -> prints "seconds max_rss_kb", leaves the summary in $OUT/<lines>.out
  local lines=$1 file="$OUT/empty-$1.jsonl"
  awk -v n="$lines" 'BEGIN { for (i = 0; i < n; i++) print "{}" }' > "$file"
  set +e
  /usr/bin/time -f "%e %M" -o "$OUT/$lines.time" \
    java $JAVA_OPTS -jar "$JAR" bank import --bank "$OUT/bank-$lines.db" "$file" > "$OUT/$lines.out" 2> "$OUT/$lines.err"
  local rc=$?
  set -e
  if [ "$rc" -ne 1 ]; then
    echo "nk bank import of $lines lines exited $rc (expected 1: every line rejected):" >&2
    tail -5 "$OUT/$lines.err" >&2
    exit 2
  fi
  tail -1 "$OUT/$lines.time" # GNU time puts "Command exited with non-zero status 1" first
}

echo "java $JAVA_OPTS; $(nproc) cores; every line '{}' (rejected); all-or-nothing import into a new SQLite bank"
read -r base_s base_kb < <(run "$BASE")
read -r big_s big_kb < <(run "$N")
printf "%10s lines: peak RSS %6d MB, %6.1f s  (%s)\n" "$BASE" $((base_kb / 1024)) "$base_s" "$(head -1 "$OUT/$BASE.out")"
printf "%10s lines: peak RSS %6d MB, %6.1f s  (%s)\n" "$N" $((big_kb / 1024)) "$big_s" "$(head -1 "$OUT/$N.out")"
grep '^rejections by reason' "$OUT/$N.out"
awk -v b="$base_kb" -v g="$big_kb" -v n="$N" -v m="$BASE" \
  'BEGIN { r = g / b; printf "RSS ratio %s / %s lines: %.2f (goal <= 1.50): %s\n", n, m, r, (r <= 1.5 ? "met" : "NOT met") }'
