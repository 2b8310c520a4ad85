/**
 * Research graphs in the paper's {@code research_state.jsonl} shape: reading, writing, and
 * counting which bank entries they cite and reject.
 */
package org.negativeknowledge.bank.graph;
