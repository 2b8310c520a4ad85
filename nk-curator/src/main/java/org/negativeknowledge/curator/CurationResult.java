package org.negativeknowledge.curator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import org.negativeknowledge.validation.ValidationReport;

/**
 * The outcome of one curation.
 *
 * @param record exactly the record the curator produced (after the repair turn if there was one);
 *     provenance lives in the audit, not in the record
 * @param validation the validation of {@code record} (may have issues when the repair turn did not
 *     fix them)
 * @param usage tokens, calls and time spent
 * @param audit the audit record (prompt, inputs with SHA-256, tool calls, output, usage); never
 *     contains secrets
 * @param attempts every record produced, in order: one, or two when a repair turn ran
 * @param provenance who curated the record from which inputs, typed (the same facts the audit
 *     holds, for storing without reading the audit back)
 */
public record CurationResult(
    ObjectNode record,
    ValidationReport validation,
    UsageAccount usage,
    ObjectNode audit,
    List<CurationAttempt> attempts,
    CurationProvenance provenance) {

  public CurationResult {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(validation, "validation");
    Objects.requireNonNull(usage, "usage");
    Objects.requireNonNull(audit, "audit");
    attempts = List.copyOf(attempts);
    Objects.requireNonNull(provenance, "provenance");
  }
}
