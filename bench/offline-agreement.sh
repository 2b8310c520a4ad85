#!/usr/bin/env bash
# Runs the offline curator (no model) on the paper's cases and prints, per facet, how often it agrees
# with the records the paper's model-driven curator wrote: on the section-3 audit cases it was tuned
# on, on the section-3 cases kept apart (split by task, fixed in
# nk-curator/src/test/resources/org/negativeknowledge/curator/offline/section3-split.tsv), and on the
# section-4 depth-1 records (another domain, never used for tuning), beside two baselines fitted on
# the tuning cases (the exit-code rule and the majority class), with a layer confusion table per set.
# Needs ../shared/nk-paper next to the project.
# Usage: bench/offline-agreement.sh [--tuning-only] [--records] [--audit DIR] [--section4 DIR]
#   --tuning-only  curate and print the tuning split only (what a rule designer may look at)
#   --records      also print every offline record
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET="${NK_TARGET:-target-bench}"
CP_FILE="nk-curator/$TARGET/bench.classpath"
mvn -q -Dnk.target="$TARGET" -pl nk-curator -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$PWD/$CP_FILE" -Dmdep.includeScope=test >&2
CP="nk-curator/$TARGET/test-classes:nk-curator/$TARGET/classes:nk-core/$TARGET/classes:nk-core/$TARGET/test-classes:$(cat "$CP_FILE")"
exec java -cp "$CP" org.negativeknowledge.curator.offline.OfflineAgreementBench "$@"
