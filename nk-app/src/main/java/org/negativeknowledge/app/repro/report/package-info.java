/**
 * Renders a {@link org.negativeknowledge.app.repro.ReproReport}: a terminal table ({@link
 * org.negativeknowledge.app.repro.report.TextReport}), one JSON view ({@link
 * org.negativeknowledge.app.repro.report.JsonReport}) and a markdown claims report ({@link
 * org.negativeknowledge.app.repro.report.MarkdownReport}).
 */
package org.negativeknowledge.app.repro.report;
