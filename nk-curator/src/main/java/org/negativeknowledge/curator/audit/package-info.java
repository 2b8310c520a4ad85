/** The audit record of a model curation: prompt, inputs with SHA-256, tool calls, attempts, output, usage. */
package org.negativeknowledge.curator.audit;
