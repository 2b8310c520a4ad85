package org.negativeknowledge.cli.validate;

import java.io.IOException;
import org.negativeknowledge.validation.stream.RecordResult;
import org.negativeknowledge.validation.stream.SourceSummary;

/** Writes validation results in one output format; buffered, flushed by {@link #finish}. */
interface ResultPrinter {
  /** Writes one record's result. */
  void print(RecordResult result) throws IOException;

  /** Writes what follows the last result (if anything) and flushes. */
  void finish(SourceSummary summary) throws IOException;
}
