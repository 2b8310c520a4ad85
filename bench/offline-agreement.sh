#!/usr/bin/env bash
# Runs the offline curator (no model) on every section-3 curator audit case of the paper's data and
# prints, per facet and per record kind, how often it agrees with the record the paper's
# model-driven curator wrote, the majority-class baseline, and a confusion table for `layer`.
# Needs ../shared/nk-paper next to the project.
# Usage: bench/offline-agreement.sh [AUDIT_DIR] [--records]   (--records also prints every record)
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET="${NK_TARGET:-target-bench}"
CP_FILE="nk-curator/$TARGET/bench.classpath"
mvn -q -Dnk.target="$TARGET" -pl nk-curator -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$PWD/$CP_FILE" -Dmdep.includeScope=test >&2
CP="nk-curator/$TARGET/test-classes:nk-curator/$TARGET/classes:nk-core/$TARGET/classes:nk-core/$TARGET/test-classes:$(cat "$CP_FILE")"
ARGS=("$@")
if [ "${#ARGS[@]}" -eq 0 ] || [ "${ARGS[0]}" = "--records" ]; then
  ARGS=("../shared/nk-paper/section3/curator_audit" "${ARGS[@]}")
fi
exec java -cp "$CP" org.negativeknowledge.curator.offline.OfflineAgreementBench "${ARGS[@]}"
