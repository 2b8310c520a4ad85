/**
 * The consultation protocol as use cases ({@link org.negativeknowledge.app.protocol.Protocol}):
 * consult, decide, propose, finding, check-route, and the ledger's history.
 */
package org.negativeknowledge.app.protocol;
