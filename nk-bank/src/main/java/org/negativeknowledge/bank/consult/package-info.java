/**
 * The consultation protocol ({@link org.negativeknowledge.bank.consult.ConsultationLedger}):
 * consult, decide adopt or reject on every surfaced entry, propose, report the finding;
 * usefulness, dead-end checks, research graphs. Its exceptions carry the state (ids, conflict) a
 * front end needs to say what to do.
 */
package org.negativeknowledge.bank.consult;
