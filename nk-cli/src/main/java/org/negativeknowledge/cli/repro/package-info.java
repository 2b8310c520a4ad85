/** {@code nk repro}: the paper's numbers re-derived from its data, over {@code app.repro}. */
package org.negativeknowledge.cli.repro;
