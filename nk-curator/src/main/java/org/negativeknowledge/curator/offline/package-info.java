/**
 * The offline curator: writes NK records without a model, from what a round's artifacts show (how
 * the run ended, what the evaluator said, whether the output met the instruction's contract, what
 * earlier rounds showed). Its agreement with model-written records is measured by {@code
 * bench/offline-agreement.sh} on cases it was not tuned on.
 * Its provenance carries the failure signature key.
 */
package org.negativeknowledge.curator.offline;
