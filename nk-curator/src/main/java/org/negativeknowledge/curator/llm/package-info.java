/**
 * The model curator: {@link org.negativeknowledge.curator.llm.LlmCurator} fills a prompt template,
 * talks to a {@link org.negativeknowledge.curator.model.ModelClient} in inline mode (one forced
 * {@code write_record} call) or tools mode (a sandboxed Read/Write loop), validates the record and
 * repairs it once with a short follow-up that holds the record, its issues and the bounds.
 */
package org.negativeknowledge.curator.llm;
