/**
 * The store of a bank over JDBC ({@link org.negativeknowledge.bank.internal.EntryStore}): tables,
 * imports, revisions, signature deduplication, exports, stats. Not API.
 */
package org.negativeknowledge.bank.internal;
