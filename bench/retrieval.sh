#!/usr/bin/env bash
# Consultation recall against the paper's relevance judgements. For every experiment step of the
# section-4 and appendix sessions that cited or rejected bank entries (labels mapped to bank lines in
# bench/retrieval-labels.tsv), one `nk consult` (Java API: ConsultationLedger.open) per budget with the
# step's method, IC and parameters plus the task text; prints, per study, part (fitted / frozen, see
# bench/retrieval-split.tsv) and budget: recall of the engaged (cited or rejected) and the cited
# entries, the block's tokens, the whole bank's tokens, and a random order of the same bank rendered the
# same way. A second table adds the other study's bank and generated records of other domains.
# Needs ../shared/nk-paper beside the project.
#
# JAVA_OPTS passes JVM options (default -Xmx2g; -Dnk.embeddings=off measures BM25 alone).
#
# Usage: bench/retrieval.sh [--fitted-only] [--misses] [--distractors N] [--budgets 800,1500,3000] [--data DIR]
# (--misses lists the fitted steps' missed entries at the largest budget; the frozen part is never listed)
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET="${NK_TARGET:-target-bench}"
DATA="../shared/nk-paper"
ARGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --data) DATA="$2"; shift 2 ;;
    --fitted-only|--misses) ARGS+=("$1"); shift ;;
    --distractors|--budgets) ARGS+=("$1" "$2"); shift 2 ;;
    *) echo "usage: bench/retrieval.sh [--fitted-only] [--misses] [--distractors N] [--budgets B,B,B] [--data DIR]" >&2; exit 2 ;;
  esac
done
if [ ! -d "$DATA" ]; then
  echo "bench/retrieval.sh: no paper data at $DATA (expected ../shared/nk-paper beside the project)" >&2
  exit 2
fi
CP_FILE="nk-bank/$TARGET/bench.classpath"
mvn -q -Dnk.target="$TARGET" -pl nk-bank -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$PWD/$CP_FILE" -Dmdep.includeScope=test >&2
CP="nk-bank/$TARGET/test-classes:nk-bank/$TARGET/classes:nk-core/$TARGET/classes:nk-core/$TARGET/test-classes:$(cat "$CP_FILE")"
WORK="nk-bank/$TARGET/retrieval"
exec java ${JAVA_OPTS:--Xmx2g} -cp "$CP" org.negativeknowledge.bank.bench.RetrievalBench "$DATA" bench/retrieval-labels.tsv \
  bench/retrieval-split.tsv "$WORK" ${ARGS[@]+"${ARGS[@]}"}
