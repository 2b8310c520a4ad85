package org.negativeknowledge.bank.internal;

import org.negativeknowledge.bank.entry.BankEntry;

/**
 * One row of the change feed: the entry revision and its original object as the JSON text stored
 * with it (which parses to {@link BankEntry#original()}).
 */
record ChangedRow(BankEntry entry, String originalText) {}
