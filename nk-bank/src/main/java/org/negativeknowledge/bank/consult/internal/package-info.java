/**
 * The ledger over JDBC: its tables, the research-graph nodes it writes, the dead-end checks. Not
 * API.
 */
package org.negativeknowledge.bank.consult.internal;
