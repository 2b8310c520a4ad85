/**
 * Where a bank lives ({@link org.negativeknowledge.bank.store.BankLocation}: a SQLite file or a
 * PostgreSQL database) and the JDBC database under it, with numbered schema migrations and the
 * bank's identity.
 */
package org.negativeknowledge.bank.store;
