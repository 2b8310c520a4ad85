/**
 * AutoResearch results logs ({@code results.tsv}): reading, importing rows as entries with
 * optional git diffs, and replaying them for repeated dead ends.
 */
package org.negativeknowledge.bank.results;
