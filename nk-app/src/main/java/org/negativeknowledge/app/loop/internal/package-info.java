/**
 * The loop's engine, not API: the run folder and its records, the chains of attempts, memory and
 * prompts, the derived files, and the seams to the application layer's services: {@link
 * org.negativeknowledge.app.loop.internal.LoopBank} (implemented over the consultation protocol and
 * the curation service's store step) and {@link
 * org.negativeknowledge.app.loop.internal.curate.DomainCurator} (over the curation service).
 */
package org.negativeknowledge.app.loop.internal;
