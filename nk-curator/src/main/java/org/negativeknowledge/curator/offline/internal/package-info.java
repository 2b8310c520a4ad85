/**
 * Internal to the offline curator, not API: round facts, the output contract read from a task
 * instruction, the taxonomy and layer rules, and the prose of the record's text fields.
 */
package org.negativeknowledge.curator.offline.internal;
