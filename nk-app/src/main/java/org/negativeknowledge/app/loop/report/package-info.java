/**
 * Renderers of a {@link org.negativeknowledge.app.loop.LoopReport}: a text table in the shape of the
 * paper's Table 1, one JSON object, and bar charts for a terminal.
 */
package org.negativeknowledge.app.loop.report;
