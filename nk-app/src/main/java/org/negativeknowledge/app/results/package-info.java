/**
 * AutoResearch results logs as use cases: import their rows as entries, replay them to find
 * repeated dead ends.
 */
package org.negativeknowledge.app.results;
