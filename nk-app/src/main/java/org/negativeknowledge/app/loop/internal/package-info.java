/**
 * The loop's engine, not API: the run folder and its records, the chains of attempts, memory and
 * prompts, the bank and curator seams ({@link org.negativeknowledge.app.loop.internal.LoopBank},
 * {@link org.negativeknowledge.app.loop.internal.curate.DomainCurator}) where the application
 * layer's services plug in, and the derived files.
 */
package org.negativeknowledge.app.loop.internal;
