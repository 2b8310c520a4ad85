package org.negativeknowledge.curator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.negativeknowledge.validation.ValidationReport;

/**
 * One record the model produced (first answer or repair turn) and how it validated.
 *
 * @param record the record, or null when the answer was not a JSON object
 * @param validation the validation of that record (an issue at path {@code $} when record is null)
 */
public record CurationAttempt(ObjectNode record, ValidationReport validation) {}
