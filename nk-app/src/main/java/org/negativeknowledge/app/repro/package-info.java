/**
 * {@code nk repro}: every number of the paper re-derived from its released artifacts. {@link
 * org.negativeknowledge.app.repro.Repro} is the entry point; {@link
 * org.negativeknowledge.app.repro.PaperClaims} the one table of the paper's values; {@link
 * org.negativeknowledge.app.repro.ReproReport} the typed result, which the {@code report}
 * package renders as text, JSON or markdown. The computations live in {@code internal}.
 */
package org.negativeknowledge.app.repro;
