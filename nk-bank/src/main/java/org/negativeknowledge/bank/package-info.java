/**
 * The bank: {@link org.negativeknowledge.bank.Bank} opens a bank (SQLite or PostgreSQL) and is the
 * facade over its store, its search index and its consultation ledger, wired together in one
 * place.
 */
package org.negativeknowledge.bank;
