#!/usr/bin/env bash
# Bank benchmark on this machine: import throughput into store and index (this part), then search
# latency over the same banks (the search part below) and consultation latency (the last part), at 100k
# and 1M synthetic entries of about
# 700 characters each. Goals: import >= 10,000 entries/s into store and index together.
#
# Usage: bench/bank.sh [--sizes 100000,1000000] [--work DIR] [--parts import,search,consult]
#   --sizes  comma-separated entry counts (default 100000,1000000; e.g. --sizes 20000 for a quick run)
#   --work   folder for the generated inputs and banks (default: nk-bank/$NK_TARGET/bench, which
#            survives between runs until that target folder is cleaned); the import part writes
#            synthetic-N.jsonl (kept and reused) and bank-N/ (rebuilt) there
#   --parts  which parts to run (default all three); search and consult reuse the banks an earlier
#            import left in the same --work folder, e.g. a 1M bank (its import takes minutes):
#              bench/bank.sh --sizes 1000000 --work /tmp/nk-bench --parts import
#              bench/bank.sh --sizes 1000000 --work /tmp/nk-bench --parts consult
#            A 1M bank takes about 3 GB there (input, store, index) and its copy for the consult
#            part 2 GB more; delete the folder when done.
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET="${NK_TARGET:-target-bench}"
SIZES="100000,1000000"
WORK=""
PARTS="import,search,consult"
usage="usage: bench/bank.sh [--sizes N,N...] [--work DIR] [--parts import,search,consult]"
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES="$2"; shift 2 ;;
    --work) WORK="$2"; shift 2 ;;
    --parts) PARTS="$2"; shift 2 ;;
    *) echo "$usage" >&2; exit 2 ;;
  esac
done
IFS=',' read -r -a PART_LIST <<< "$PARTS"
for p in "${PART_LIST[@]}"; do
  case "$p" in
    import|search|consult) ;;
    *) echo "unknown part '$p'; $usage" >&2; exit 2 ;;
  esac
done
wants() { [[ ",$PARTS," == *",$1,"* ]]; }
WORK="${WORK:-nk-bank/$TARGET/bench}"
mkdir -p "$WORK"
CP_FILE="nk-bank/$TARGET/bench.classpath"
mvn -q -Dnk.target="$TARGET" -pl nk-bank -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$PWD/$CP_FILE" -Dmdep.includeScope=test >&2
CP="nk-bank/$TARGET/test-classes:nk-bank/$TARGET/classes:nk-core/$TARGET/classes:nk-core/$TARGET/test-classes:$(cat "$CP_FILE")"
JAVA_OPTS="${JAVA_OPTS:--Xmx4g}"
IFS=',' read -r -a SIZE_LIST <<< "$SIZES"
if ! wants import; then
  for n in "${SIZE_LIST[@]}"; do
    if [ ! -f "$WORK/bank-$n/bank.db" ] || [ ! -f "$WORK/synthetic-$n.jsonl" ]; then
      echo "no bank of $n entries in $WORK: run --parts import first (same --sizes and --work)" >&2
      exit 2
    fi
  done
fi
echo "== load: $(uptime)"

# ---- import throughput (store + index) -------------------------------------------------------
if wants import; then
  echo "== import throughput: SQLite store (one transaction, batched) then Lucene index catch-up"
  java $JAVA_OPTS -cp "$CP" org.negativeknowledge.bank.bench.BankImportBench "$WORK" "${SIZE_LIST[@]}"
fi

# ---- search latency (Lucene vs SQLite FTS5 baseline) -----------------------------------------
# The banks built above are in $WORK/bank-<N>/ (bank.db and index/); inputs in $WORK/synthetic-<N>.jsonl.
# Lucene is asked through Bank.search (catch-up check, BM25 top 10, entry and snippet included);
# FTS5 gets the same entries in one table (tokenize='porter unicode61') and the same words as
# 'a OR b OR c OR d', ordered by bm25(). The goal is Lucene p99 <= 10 ms at 1M entries.
QUERIES="${QUERIES:-200}"
if wants search; then
  echo "== search latency: $QUERIES fixed 4-term OR queries, top 10, Lucene (bank search) vs SQLite FTS5"
  java $JAVA_OPTS -cp "$CP" org.negativeknowledge.bank.bench.SearchBench "$WORK" "$QUERIES" "${SIZE_LIST[@]}"
fi

# ---- consultation latency (in process) --------------------------------------------------------
# ConsultationLedger.open at 1,500 tokens over the same banks: candidate search, sibling collapse,
# two-tier rendering and the ledger's insert; BM25 only (-Dnk.embeddings=off: the generated banks'
# entries have no vectors, and embedding a million takes hours on two cores), then the embedding
# model's time for one context, which the dense ranking adds. The goal is p99 < 20 ms at 1M entries.
# Each consultation writes ledger rows: SQLite's inline auto-checkpoint (the baseline) and the
# background checkpoint (the default) are compared under the same load by opening the bank and a
# copy of it (bank-N-twin/, made on first use, kept in --work) one in each mode, consultations
# alternating between them, ROUNDS rounds with the modes swapped; each mode's median p50/p99 over
# the rounds is printed with the ratio.
ROUNDS="${ROUNDS:-4}"
if wants consult; then
  echo "== consultation latency: $QUERIES consultations at 1,500 tokens (BM25, collapse, two tiers, ledger), $ROUNDS rounds per checkpoint mode, then the model's query embedding"
  java $JAVA_OPTS -Dnk.embeddings=off -Dbench.rounds="$ROUNDS" -cp "$CP" org.negativeknowledge.bank.bench.ConsultBench "$WORK" "$QUERIES" "${SIZE_LIST[@]}"
  echo "== load at the end: $(uptime)"
fi
