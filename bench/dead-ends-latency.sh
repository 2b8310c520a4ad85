#!/usr/bin/env bash
# Wall time of `nk check-route` with the dead-end check's embedding model off and on
# (-Dnk.route-embeddings=off|on; the search's own setting is the default in both), in the same run,
# alternating, on a temporary bank holding the unjudged AutoResearch logs of ../shared/autoresearch-runs
# (car-prices-xgboost, nanochat-robustness; the judged logs stay out: their frozen rows are not shown).
# Prints the median, min and max per mode, the ratio of the medians, and `nk --version` as the floor;
# then the in-process cost per check, as a running server pays it (DeadEndLatency).
#
# Usage: bench/dead-ends-latency.sh [RUNS]   (RUNS rounds of 3 routes per mode, default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-5}"
LOGS="../shared/autoresearch-runs"
for f in car-prices-xgboost nanochat-robustness; do
  if [ ! -f "$LOGS/$f.tsv" ]; then
    echo "bench/dead-ends-latency.sh: $LOGS/$f.tsv is missing (expected ../shared/autoresearch-runs beside the project)" >&2
    exit 2
  fi
done
BANK_DIR="$(mktemp -d)"
trap 'rm -rf "$BANK_DIR"' EXIT
BANK="$BANK_DIR/bank.db"
for f in car-prices-xgboost nanochat-robustness; do
  ./nk import-results --bank "$BANK" "$LOGS/$f.tsv" >/dev/null
done
ROUTES=("max_depth=10" "add car_age feature and target encoding" "matrix_lr 0.04->0.08 with longer warmup")
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
declare -A TIMES=([off]="" [on]="")
for ((i = 1; i <= ROUNDS; i++)); do
  for mode in off on; do
    for route in "${ROUTES[@]}"; do
      start=$(date +%s%N)
      NK_JAVA_OPTS="-Dnk.route-embeddings=$mode" ./nk check-route --bank "$BANK" "$route" >/dev/null || true
      TIMES[$mode]+="$(ms "$start") "
      printf '.' >&2
    done
  done
done
echo >&2
start=$(date +%s%N); ./nk --version >/dev/null; floor=$(ms "$start")
stats() { tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {printf "%d %d %d %d", a[int((NR+1)/2)], a[1], a[NR], NR}'; }
read -r off_med off_min off_max n <<<"$(stats "${TIMES[off]}")"
read -r on_med on_min on_max _ <<<"$(stats "${TIMES[on]}")"
echo "nk check-route wall time, $n runs per mode (ms): median / min / max"
printf '  model off for the check: %6d / %6d / %6d\n' "$off_med" "$off_min" "$off_max"
printf '  model on  (the default): %6d / %6d / %6d\n' "$on_med" "$on_min" "$on_max"
awk -v a="$on_med" -v b="$off_med" 'BEGIN {printf "  ratio of medians on/off: %.2f\n", a / b}'
echo "  nk --version (JVM start, the floor): $floor ms"
TARGET="${NK_TARGET:-target-bench}"
CP_FILE="nk-bank/$TARGET/bench.classpath"
mvn -q -Dnk.target="$TARGET" -pl nk-bank -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$PWD/$CP_FILE" -Dmdep.includeScope=test >&2
CP="nk-bank/$TARGET/test-classes:nk-bank/$TARGET/classes:nk-core/$TARGET/classes:nk-core/$TARGET/test-classes:$(cat "$CP_FILE")"
java -cp "$CP" org.negativeknowledge.bank.bench.DeadEndLatency "$LOGS" 10
