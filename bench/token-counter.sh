#!/usr/bin/env bash
# Cold-start cost of the token counter (nk consult and nk bank render count cl100k_base tokens):
# milliseconds to the first count with JTokkit's default registry, which builds every vocabulary
# (what TokenCounter used), against the lazy registry, which builds only cl100k_base (what it uses
# now). Each run is a fresh JVM; the two alternate, and the medians are printed with their ratio.
#
# Usage: bench/token-counter.sh [RUNS]     (default 7)
# Env:   NK_TARGET   build folder name (default target)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-7}"
TARGET="${NK_TARGET:-target}"
JAR="nk-cli/$TARGET/nk-cli-0.1.0-SNAPSHOT-all.jar"
OUT="bench/out"
if [ ! -f "$JAR" ]; then
  echo "building $JAR ..." >&2
  mvn -q -Dnk.target="$TARGET" -DskipTests package -pl nk-cli -am >&2
fi
CLASSES="$OUT/classes"
mkdir -p "$CLASSES"
javac -nowarn -d "$CLASSES" -cp "$JAR" bench/TokenizerLoad.java

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
eager=(); lazy=()
for i in $(seq "$RUNS"); do
  eager+=("$(java -cp "$JAR:$CLASSES" TokenizerLoad default)")
  lazy+=("$(java -cp "$JAR:$CLASSES" TokenizerLoad lazy)")
done
E=$(printf '%s\n' "${eager[@]}" | median)
L=$(printf '%s\n' "${lazy[@]}" | median)
echo "first cl100k_base count, median of $RUNS cold JVMs ($(nproc) cores):"
echo "  default registry (all vocabularies): $E ms   runs: ${eager[*]}"
echo "  lazy registry (cl100k_base only):    $L ms   runs: ${lazy[*]}"
awk -v e="$E" -v l="$L" 'BEGIN { printf "  ratio default/lazy: %.2f\n", e / l }'
