/**
 * What a bank stores and says about an entry: {@link org.negativeknowledge.bank.entry.BankEntry}
 * (the original record plus derived metadata, provenance, status, revisions, occurrences), counts,
 * the change feed an index follows, and the bank's exceptions.
 */
package org.negativeknowledge.bank.entry;
