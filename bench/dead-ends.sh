#!/usr/bin/env bash
# Dead-end check against judged repeats: precision and recall of the change-reading matcher (the one
# behind nk check-route, propose's warning and import-results --replay) and, in the same run, of the
# word-overlap matcher it replaced, per judged log and pooled, for the tuning part and the frozen part
# of bench/dead-ends-split.tsv separately. Needs ../shared/autoresearch-runs next to the project
# (the logs and their <name>.repeats.tsv judgements).
#
# Usage: bench/dead-ends.sh [--tuning-only] [--details] [--read LOG.tsv] [--runs DIR] [--embeddings on|off]
#   --tuning-only  leave the frozen part out (while designing the matcher)
#   --details      list the tuning part's hits, false alarms and misses with the matcher's reasons
#   --read LOG.tsv print the changes the matcher reads from each row (never frozen rows)
#   --runs DIR     the folder of logs (default ../shared/autoresearch-runs)
#   --embeddings   on (the default, as nk check-route runs) or off: the matcher with or without the
#                  embedding model (-Dnk.route-embeddings)
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET="${NK_TARGET:-target-bench}"
RUNS="../shared/autoresearch-runs"
ARGS=()
EMBEDDINGS=on
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --embeddings)
      case "${2:-}" in on|off) EMBEDDINGS="$2" ;; *) echo "bench/dead-ends.sh: --embeddings takes on or off" >&2; exit 2 ;; esac
      shift 2 ;;
    --read) ARGS+=("--read" "$2"); shift 2 ;;
    --tuning-only|--details) ARGS+=("$1"); shift ;;
    *) echo "usage: bench/dead-ends.sh [--tuning-only] [--details] [--read LOG.tsv] [--runs DIR] [--embeddings on|off]" >&2
       exit 2 ;;
  esac
done
if [ ! -d "$RUNS" ]; then
  echo "bench/dead-ends.sh: no folder of judged logs at $RUNS (expected ../shared/autoresearch-runs beside the project)" >&2
  exit 2
fi
CP_FILE="nk-bank/$TARGET/bench.classpath"
mvn -q -Dnk.target="$TARGET" -pl nk-bank -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$PWD/$CP_FILE" -Dmdep.includeScope=test >&2
CP="nk-bank/$TARGET/test-classes:nk-bank/$TARGET/classes:nk-core/$TARGET/classes:nk-core/$TARGET/test-classes:$(cat "$CP_FILE")"
exec java -Dnk.route-embeddings="$EMBEDDINGS" -cp "$CP" org.negativeknowledge.bank.bench.DeadEndBench "$RUNS" bench/dead-ends-split.tsv "${ARGS[@]}"
