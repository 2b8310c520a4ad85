package org.negativeknowledge.cli.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.negativeknowledge.app.error.Failure;
import org.negativeknowledge.app.error.FailureKind;
import picocli.CommandLine.IExitCodeExceptionMapper;

/**
 * The one place that maps outcomes to exit codes: 0 success, 1 findings (invalid records, no hit,
 * a matching route, a rejected import), 2 usage or I/O error, 3 refused by the consultation
 * protocol (undecided entries, a second proposal, a decision after the proposal, a second finding,
 * a dead end under {@code --strict}).
 */
public final class ExitCodes implements IExitCodeExceptionMapper {
  /** Success. */
  public static final int OK = 0;
  /** The command ran and found something wrong (invalid records, no hit, a matching route). */
  public static final int FINDINGS = 1;
  /** A usage or I/O error, or an operation that failed. */
  public static final int USAGE = 2;
  /** Refused by the consultation protocol. */
  public static final int REFUSED = 3;

  /** The exit codes as {@code --help} lists them. */
  public static Map<String, String> described() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(" " + OK, "success");
    m.put(" " + FINDINGS, "findings: invalid records, no hit, a ruled-out route, a rejected import");
    m.put(" " + USAGE, "usage or I/O error, or the operation failed");
    m.put(" " + REFUSED, "refused by the consultation protocol");
    return m;
  }

  /** The exit code of a failure. */
  public static int of(Failure f) {
    return f.kind() == FailureKind.REFUSED ? REFUSED : USAGE;
  }

  @Override
  public int getExitCode(Throwable exception) {
    return of(Failure.of(exception));
  }
}
