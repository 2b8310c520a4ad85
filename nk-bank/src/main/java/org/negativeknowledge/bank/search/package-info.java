/**
 * Search over a bank: queries, filters, hits, and the Lucene index derived from the store's change
 * feed, rebuildable at any time.
 */
package org.negativeknowledge.bank.search;
