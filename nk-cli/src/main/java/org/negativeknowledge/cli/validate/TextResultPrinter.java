package org.negativeknowledge.cli.validate;

import java.io.IOException;
import java.io.Writer;
import org.negativeknowledge.validation.ValidationIssue;
import org.negativeknowledge.validation.stream.RecordResult;
import org.negativeknowledge.validation.stream.SourceSummary;

/**
 * One line per issue, {@code source: path: message [code]}, then {@code N records, M valid, K
 * invalid}. Valid records print nothing.
 */
final class TextResultPrinter implements ResultPrinter {
  private final Writer out;

  TextResultPrinter(Writer bufferedOut) {
    this.out = bufferedOut;
  }

  @Override
  public void print(RecordResult result) throws IOException {
    for (ValidationIssue issue : result.report().issues()) {
      out.write(result.source());
      out.write(": ");
      out.write(issue.toString());
      out.write('\n');
    }
  }

  @Override
  public void finish(SourceSummary summary) throws IOException {
    out.write(summary.toString());
    out.write('\n');
    out.flush();
  }
}
