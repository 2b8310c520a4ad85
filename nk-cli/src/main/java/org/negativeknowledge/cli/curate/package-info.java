/**
 * {@code nk curate depth1|deep|round2|batch}: curate failed rounds into records, with the offline
 * or the model curator, optionally into a bank.
 */
package org.negativeknowledge.cli.curate;
