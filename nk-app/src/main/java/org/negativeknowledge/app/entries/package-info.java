/**
 * The use cases on a bank's entries ({@link org.negativeknowledge.app.entries.Entries}): import,
 * add with validation, search with flags, get with usefulness, history, revise, retract, stats,
 * export, render, reindex.
 */
package org.negativeknowledge.app.entries;
