package org.negativeknowledge.bank.internal;

/** One row as export reads it: the stored original text and the metadata a meta line shows. */
record ExportRow(
    long ordinal,
    int revision,
    String original,
    String id,
    String status,
    String polarity,
    String polarityRule,
    String domain,
    String source,
    String author,
    String createdAt,
    String inputHashes,
    String reason) {}
