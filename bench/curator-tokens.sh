#!/usr/bin/env bash
# Replays the paper's section-3 curator runs through a local fake Messages API (real Anthropic SDK)
# in inline and tools mode, at the reference validation level (no repair turn) and at the strict
# default (records over a bound get a repair turn), and prints, per mode and record kind, the median
# tokens sent (cl100k_base count of the exact request bodies), the model round trips and the share a
# prompt cache serves, beside the paper's medians.
# Needs ../shared/nk-paper next to the project. Usage: bench/curator-tokens.sh [AUDIT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET="${NK_TARGET:-target-bench}"
CP_FILE="nk-curator/$TARGET/bench.classpath"
mvn -q -Dnk.target="$TARGET" -pl nk-curator -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$PWD/$CP_FILE" -Dmdep.includeScope=test >&2
CP="nk-curator/$TARGET/test-classes:nk-curator/$TARGET/classes:nk-core/$TARGET/classes:nk-core/$TARGET/test-classes:$(cat "$CP_FILE")"
AUDIT_DIR="${1:-../shared/nk-paper/section3/curator_audit}"
exec java -cp "$CP" org.negativeknowledge.curator.bench.CuratorTokensBench "$AUDIT_DIR"
