package org.negativeknowledge.validation.stream;

/**
 * What a {@link RecordFileNormalizer} run did.
 *
 * @param records records read and written
 * @param changes aliases replaced, over all records
 */
public record NormalizationSummary(long records, long changes) {}
