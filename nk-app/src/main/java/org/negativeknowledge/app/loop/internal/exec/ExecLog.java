package org.negativeknowledge.app.loop.internal.exec;

import java.util.List;
import java.util.Locale;

/**
 * The text of {@code exec.log} and {@code eval.log}, in the layout the curator reads: {@code
 * exit_code=N}, {@code duration_sec=S}, the output sections, then what the loop adds (the command,
 * limits, protection, environment, stops and outside writes; the evaluator's verdict).
 */
final class ExecLog {
  private ExecLog() {}

  static String text(ProcessRun.Result r, List<String> loopLines) {
    StringBuilder b = new StringBuilder();
    b.append("exit_code=").append(r.exitCode()).append('\n');
    b.append("duration_sec=").append(String.format(Locale.ROOT, "%.3f", r.duration().toMillis() / 1000.0)).append('\n');
    b.append("--- stdout ---\n").append(endLine(r.stdout()));
    b.append("--- stderr ---\n").append(endLine(r.stderr()));
    b.append("--- nk loop ---\n");
    for (String l : loopLines) {
      b.append(l).append('\n');
    }
    return b.toString();
  }

  /**
   * The evaluator's log: its output, with nk loop's reading of the verdict as the last line of the
   * stdout section in the form {@code (score, 'nk loop verdict: ...')} (the line form the curator's
   * log reader and {@code nk curate batch} recognise), then its stderr and the loop's notes.
   */
  static String evalText(ProcessRun.Result r, org.negativeknowledge.app.loop.Verdict v, List<String> loopLines) {
    StringBuilder b = new StringBuilder();
    b.append("exit_code=").append(r.exitCode()).append('\n');
    b.append("duration_sec=").append(String.format(Locale.ROOT, "%.3f", r.duration().toMillis() / 1000.0)).append('\n');
    b.append("--- stdout ---\n").append(endLine(r.stdout()));
    b.append(VerdictLine.tuple(v)).append('\n');
    b.append("--- stderr ---\n").append(endLine(r.stderr()));
    b.append("--- nk loop ---\n");
    for (String l : loopLines) {
      b.append(l).append('\n');
    }
    return b.toString();
  }

  private static String endLine(String s) {
    return s.isEmpty() || s.endsWith("\n") ? s : s + "\n";
  }
}
