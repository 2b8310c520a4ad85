package org.negativeknowledge.cli.curate;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.negativeknowledge.app.curate.CurationOutcome;
import org.negativeknowledge.app.curate.StorePolicy;
import org.negativeknowledge.cli.support.ExitCodes;
import org.negativeknowledge.curator.CurationResult;
import org.negativeknowledge.curator.RecordFiles;
import org.negativeknowledge.validation.ValidationIssue;

/**
 * Writes what a curation produced to files: the audit always, the record (atomically) when it is
 * valid or its issues were accepted: the same rule that decides whether the bank stores it.
 */
final class CurationLanding {
  private CurationLanding() {}

  /**
   * Writes the audit and the record as the policy allows and reports on {@code err}; returns the
   * exit code: 0 valid, 1 the record has issues (written only when accepted).
   */
  static int land(CurationOutcome o, Path output, Path audit, StorePolicy policy, PrintWriter err) {
    CurationResult r = o.result();
    if (audit != null) {
      RecordFiles.writeAtomically(audit, r.audit());
    }
    boolean valid = r.validation().valid();
    for (ValidationIssue i : r.validation().issues()) {
      err.println(output + ": " + i.path() + ": " + i.code() + ": " + i.message());
    }
    if (!valid && policy != StorePolicy.ACCEPT_ISSUES) {
      err.println(output + ": not written: the record still has " + r.validation().issues().size()
          + " issue(s) after the repair turn (--accept-issues writes it anyway"
          + (audit != null ? "; the audit holds both attempts" : "") + ")");
      return ExitCodes.FINDINGS;
    }
    RecordFiles.writeAtomically(output, r.record());
    o.stored().ifPresent(s -> err.println(output + ": added to bank: " + s.report().summary()
        + (s.signatureKey() == null ? "" : " (signature " + s.signatureKey() + ", seen " + s.entry().occurrences()
            + (s.entry().occurrences() == 1 ? " time)" : " times)"))));
    return valid ? ExitCodes.OK : ExitCodes.FINDINGS;
  }

  /** A one-line usage account. */
  static String usageLine(CurationResult r) {
    var u = r.usage();
    return "tokens in " + u.inputTokens() + ", out " + u.outputTokens() + "; model calls " + u.modelCalls()
        + ", tool calls " + u.toolCalls() + "; " + u.duration().toMillis() + " ms; stop " + u.stopReason();
  }
}
