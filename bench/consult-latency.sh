#!/usr/bin/env bash
# Wall time of a cold `nk consult` (a new JVM per run, as an agent's shell runs it) on the paper's
# section-4 bank, with the embedding model and with NK_EMBEDDINGS=off, beside `nk --version` (JVM
# start and the command line alone), in three launcher settings alternating in the same run:
#   launcher   ./nk as shipped: the class-data-sharing archive, the quick JIT tier for short commands
#   no-cds     ./nk with NK_CDS=off: no archive, the rest as shipped
#   plain      java -jar on the same jar with no option (what ./nk ran before the archive and the
#              JIT setting; the jar itself, lazy subcommands included, is the same)
# Prints median / min / max per setting and command, the ratios of the medians against plain, and
# the machine's load before and after. One line per round on stderr. Builds the jar via ./nk when
# needed; the archives are written by a first, untimed run of each command.
#
# Usage: bench/consult-latency.sh [ROUNDS]   (default 11)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-11}"
SRC="../shared/nk-paper/section4/banks/bank_all.jsonl"
if [ ! -f "$SRC" ]; then
  echo "bench/consult-latency.sh: skipped: $SRC is missing (expected ../shared/nk-paper beside the project)" >&2
  exit 0
fi
unset NK_JAVA_OPTS NK_CDS NK_EMBEDDINGS
./nk --version >/dev/null # builds the jar when it is missing or stale
JAR="nk-cli/target/nk-cli-0.1.0-SNAPSHOT-all.jar"
BANK_DIR="$(mktemp -d)"
trap 'rm -rf "$BANK_DIR"' EXIT
BANK="$BANK_DIR/bank.db"
./nk bank import --bank "$BANK" "$SRC" >/dev/null 2>&1
CONSULT=(consult --bank "$BANK" --task T_A --context "IMEX-CN spectral for swept KdV with a bore")
# Untimed: each command's first run writes its archive (and the model's first load warms the page cache).
./nk "${CONSULT[@]}" >/dev/null
NK_EMBEDDINGS=off ./nk "${CONSULT[@]}" >/dev/null
./nk --version >/dev/null
java -jar "$JAR" "${CONSULT[@]}" >/dev/null

# run SETTING EMBEDDINGS ARGS...: one cold run; prints its wall time and its CPU time (user + sys,
# which other work on the machine disturbs less) in ms.
run() {
  local setting="$1" emb="$2" TIMEFORMAT='%R %U %S' wall user sys
  shift 2
  if ! read -r wall user sys < <({ time case "$setting" in
      launcher) NK_EMBEDDINGS="$emb" ./nk "$@" >/dev/null 2>"$BANK_DIR/err" ;;
      no-cds) NK_CDS=off NK_EMBEDDINGS="$emb" ./nk "$@" >/dev/null 2>"$BANK_DIR/err" ;;
      plain) NK_EMBEDDINGS="$emb" java -jar "$JAR" "$@" >/dev/null 2>"$BANK_DIR/err" ;;
    esac; } 2>&1) || [[ ! "$wall" =~ ^[0-9.]+$ ]]; then
    echo "bench/consult-latency.sh: '$setting' run of nk $* failed:" >&2
    cat "$BANK_DIR/err" >&2
    exit 1
  fi
  awk -v w="$wall" -v u="$user" -v s="$sys" 'BEGIN {printf "%d %d", w * 1000, (u + s) * 1000}'
}

SETTINGS=(launcher no-cds plain)
CASES=(model no-model version)
declare -A TIMES CPU
load_before="$(uptime)"
for ((i = 1; i <= ROUNDS; i++)); do
  line="round $i/$ROUNDS:"
  for setting in "${SETTINGS[@]}"; do
    for c in "${CASES[@]}"; do
      case "$c" in
        model) read -r t cpu <<<"$(run "$setting" on "${CONSULT[@]}")" ;;
        no-model) read -r t cpu <<<"$(run "$setting" off "${CONSULT[@]}")" ;;
        version) read -r t cpu <<<"$(run "$setting" on --version)" ;;
      esac
      TIMES[$setting.$c]+="$t "
      CPU[$setting.$c]+="$cpu "
      line+=" $setting/$c ${t}ms"
    done
  done
  echo "$line" >&2
done
load_after="$(uptime)"

stats() { tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {printf "%d %d %d", a[int((NR+1)/2)], a[1], a[NR]}'; }
declare -A MED
echo "cold nk wall time on the section-4 bank ($(grep -c . "$SRC") entries), $ROUNDS rounds (ms): median / min / max"
printf '  %-9s %-26s %-26s %-26s\n' "" "consult (model)" "consult (NK_EMBEDDINGS=off)" "nk --version"
for setting in "${SETTINGS[@]}"; do
  row=""
  for c in "${CASES[@]}"; do
    read -r med min max <<<"$(stats "${TIMES[$setting.$c]}")"
    MED[$setting.$c]=$med
    row+="$(printf '%-26s ' "$(printf '%6d / %6d / %6d' "$med" "$min" "$max")")"
  done
  printf '  %-9s %s\n' "$setting" "$row"
done
echo "CPU time (user + sys) of the same runs (ms): median"
for setting in "${SETTINGS[@]}"; do
  row=""
  for c in "${CASES[@]}"; do
    read -r med _ _ <<<"$(stats "${CPU[$setting.$c]}")"
    MED[cpu.$setting.$c]=$med
    row+="$(printf '%-27s' "$(printf '%6d' "$med")")"
  done
  printf '  %-9s %s\n' "$setting" "$row"
done
echo "ratio of medians against plain, wall (cpu) (lower is faster):"
for setting in launcher no-cds; do
  row=""
  for c in "${CASES[@]}"; do
    row+="$(awk -v a="${MED[$setting.$c]}" -v b="${MED[plain.$c]}" -v ca="${MED[cpu.$setting.$c]}" \
      -v cb="${MED[cpu.plain.$c]}" 'BEGIN {printf "%-27s", sprintf("%.2f (%.2f)", a / b, ca / cb)}')"
  done
  printf '  %-9s %s\n' "$setting" "$row"
done
for c in model no-model; do
  verdict="not met"
  [ "${MED[launcher.$c]}" -lt 1000 ] && verdict="met"
  echo "goal: cold consult ($c) under 1,000 ms with ./nk: ${MED[launcher.$c]} ms, $verdict"
done
echo "load before: ${load_before#*load average: }; after: ${load_after#*load average: } ($(nproc) cores)"
