#!/usr/bin/env bash
# Cold load of the embedding model and cold `nk consult`, before and after the resource cache.
#
# Part 1 (in process, ModelLoadBench): one load per fresh JVM, alternating langchain4j's own loader
# (`jar`: the model inflated from the jar, ONNX Runtime's library copied to a temporary folder, what
# MiniLmEmbedder did before) and MiniLmLoader through the resource cache (`cache`: files opened by
# path); the first `cache` load fills an empty cache and is reported apart.
# Part 2 (wall, a fresh JVM each): `java -jar nk-cli...-all.jar consult` on a temporary bank of the
# paper's section-4 entries (../shared/nk-paper/section4/banks/bank_all.jsonl; its vectors made by
# one consultation first, not counted), alternating: the model through the cache (`cache`), the cache
# unusable so the model comes from the jar (`no-cache`: XDG_CACHE_HOME points below a file), the
# model off (`off`: NK_EMBEDDINGS=off), `--version` (JVM start, the floor), and, when BASELINE_JAR
# names an nk-cli jar built from an earlier commit, that jar's consult (`baseline`).
# Prints medians (min-max) per mode and the ratios of medians, with the machine's load.
#
# Usage: [BASELINE_JAR=JAR] bench/model-load.sh [ROUNDS]   (default 7)
# Env:   NK_TARGET   build folder name (default target-bench)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-7}"
TARGET="${NK_TARGET:-target-bench}"
BANK_SRC="../shared/nk-paper/section4/banks/bank_all.jsonl"
if [ ! -f "$BANK_SRC" ]; then
  echo "bench/model-load.sh: $BANK_SRC is missing (expected ../shared/nk-paper beside the project)" >&2
  exit 2
fi
CP_FILE="nk-bank/$TARGET/bench.classpath"
mvn -q -Dnk.target="$TARGET" -pl nk-bank -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$PWD/$CP_FILE" -Dmdep.includeScope=test >&2
CP="nk-bank/$TARGET/test-classes:nk-bank/$TARGET/classes:nk-core/$TARGET/classes:$(cat "$CP_FILE")"
JAR="nk-cli/$TARGET/nk-cli-0.1.0-SNAPSHOT-all.jar"
if [ ! -f "$JAR" ] || [ -n "$(find nk-*/src/main -newer "$JAR" -print -quit)" ]; then
  echo "building $JAR ..." >&2
  mvn -q -Dnk.target="$TARGET" -DskipTests package -pl nk-cli -am >&2
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

median_min_max() { sort -n | awk '{a[NR]=$1} END {printf "%d %d %d", a[int((NR+1)/2)], a[1], a[NR]}'; }
echo "machine: $(nproc) cores, load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

# ---- part 1: the model's cold load, in process ------------------------------------------------
echo "== cold model load in process (ModelLoadBench), $ROUNDS fresh JVMs per mode, alternating"
first=$(java -cp "$CP" org.negativeknowledge.bank.bench.ModelLoadBench cache "$WORK/cache")
echo "  first load, copying into an empty cache: $(cut -d' ' -f2 <<<"$first") ms ($(cut -d' ' -f4- <<<"$first"))"
jar_load=(); jar_embed=(); cache_load=(); cache_embed=()
for ((i = 1; i <= ROUNDS; i++)); do
  read -r _ l e _ <<<"$(java -cp "$CP" org.negativeknowledge.bank.bench.ModelLoadBench jar "$WORK/cache")"
  jar_load+=("$l"); jar_embed+=("${e%.*}")
  read -r _ l e src <<<"$(java -cp "$CP" org.negativeknowledge.bank.bench.ModelLoadBench cache "$WORK/cache")"
  [[ "$src" == CACHE* ]] || { echo "the cached load came from $src" >&2; exit 1; }
  cache_load+=("$l"); cache_embed+=("${e%.*}")
  printf '.' >&2
done
echo >&2
read -r jm jmin jmax <<<"$(printf '%s\n' "${jar_load[@]}" | median_min_max)"
read -r cm cmin cmax <<<"$(printf '%s\n' "${cache_load[@]}" | median_min_max)"
read -r je _ _ <<<"$(printf '%s\n' "${jar_embed[@]}" | median_min_max)"
read -r ce _ _ <<<"$(printf '%s\n' "${cache_embed[@]}" | median_min_max)"
printf '  %-34s load %5d ms (%d-%d), first text %3d ms\n' "jar (langchain4j's loader, before)" "$jm" "$jmin" "$jmax" "$je"
printf '  %-34s load %5d ms (%d-%d), first text %3d ms\n' "cache (MiniLmLoader)" "$cm" "$cmin" "$cmax" "$ce"
awk -v a="$cm" -v b="$jm" 'BEGIN {printf "  load cache/jar: %.2f\n", a / b}'

# ---- part 2: cold nk consult, wall ------------------------------------------------------------
BANK="$WORK/bank.db"
java -jar "$JAR" bank import --bank "$BANK" "$BANK_SRC" >/dev/null 2>&1
XDG_CACHE_HOME="$WORK/xdg" java -jar "$JAR" consult --bank "$BANK" --task T_A --context "warm up" >/dev/null
touch "$WORK/blocked"
MODES=(cache no-cache off version)
if [ -n "${BASELINE_JAR:-}" ]; then
  MODES+=(baseline)
  BASE_BANK="$WORK/base.db"
  java -jar "$BASELINE_JAR" bank import --bank "$BASE_BANK" "$BANK_SRC" >/dev/null 2>&1
  java -jar "$BASELINE_JAR" consult --bank "$BASE_BANK" --task T_A --context "warm up" >/dev/null
fi
CONTEXT="IMEX-CN spectral for swept KdV with a bore"
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
declare -A TIMES
echo "== cold nk consult on the section-4 bank (java -jar, a fresh JVM each), $ROUNDS runs per mode, alternating"
for ((i = 1; i <= ROUNDS; i++)); do
  for mode in "${MODES[@]}"; do
    start=$(date +%s%N)
    case "$mode" in
      cache) XDG_CACHE_HOME="$WORK/xdg" java -jar "$JAR" consult --bank "$BANK" --task T_A --context "$CONTEXT" >/dev/null ;;
      no-cache) XDG_CACHE_HOME="$WORK/blocked/xdg" java -jar "$JAR" consult --bank "$BANK" --task T_A --context "$CONTEXT" >/dev/null ;;
      off) NK_EMBEDDINGS=off java -jar "$JAR" consult --bank "$BANK" --task T_A --context "$CONTEXT" >/dev/null ;;
      version) java -jar "$JAR" --version >/dev/null ;;
      baseline) java -jar "$BASELINE_JAR" consult --bank "$BASE_BANK" --task T_A --context "$CONTEXT" >/dev/null ;;
    esac
    TIMES[$mode]+="$(ms "$start") "
    printf '.' >&2
  done
done
echo >&2
for mode in "${MODES[@]}"; do
  read -r med min max <<<"$(tr ' ' '\n' <<<"${TIMES[$mode]}" | grep -v '^$' | median_min_max)"
  printf '  %-9s median %5d ms (%d-%d)\n' "$mode" "$med" "$min" "$max"
  eval "MED_${mode//-/_}=$med"
done
awk -v a="$MED_cache" -v b="$MED_no_cache" 'BEGIN {printf "  cache/no-cache: %.2f\n", a / b}'
if [ -n "${BASELINE_JAR:-}" ]; then
  awk -v a="$MED_cache" -v b="$MED_baseline" 'BEGIN {printf "  cache/baseline: %.2f\n", a / b}'
fi
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
