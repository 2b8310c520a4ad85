/**
 * The numeric phenomenon tests that produced the {@code useful} verdicts of the paper's {@code
 * verified_results.json} files, recomputed from the {@code pred_results/*.npy} outputs
 * (paper-claims.md section 5): {@code nk repro --recompute-verdicts}.
 */
package org.negativeknowledge.app.repro.verdicts;
