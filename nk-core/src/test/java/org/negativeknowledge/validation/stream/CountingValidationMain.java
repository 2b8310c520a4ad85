package org.negativeknowledge.validation.stream;

import java.nio.file.Path;
import org.negativeknowledge.taxonomy.TaxonomyProfile;
import org.negativeknowledge.validation.ValidationLevel;
import org.negativeknowledge.validation.Validator;

/**
 * Validates one path at the strict level and prints the summary: the process a memory-bound test
 * runs under a small heap. Results are only counted, as a streaming consumer would.
 */
public final class CountingValidationMain {
  private CountingValidationMain() {}

  public static void main(String[] args) {
    RecordSourceValidator sources =
        RecordSourceValidator.of(Validator.of(TaxonomyProfile.core(), ValidationLevel.STRICT));
    long[] issues = new long[1];
    SourceSummary s = sources.validatePath(Path.of(args[0]), r -> issues[0] += r.report().issues().size());
    System.out.println(s + ", " + issues[0] + " issues, " + s.unreadable().size() + " unreadable");
  }
}
