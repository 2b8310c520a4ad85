package org.negativeknowledge.app.loop.internal;

import java.util.Locale;
import org.negativeknowledge.app.loop.AttemptStatus;

/**
 * {@code results.tsv} in the AutoResearch columns, so {@code nk import-results} reads a run back:
 * {@code commit} (the first 7 hex digits of the candidate's SHA-256), the score (the primary
 * metric), solver and memory tokens, the task, condition and round, then {@code status} ({@code
 * keep} for a pass, {@code discard} for a judged failure, {@code crash} for a crash, a stop or no
 * verdict) and {@code description} (the attempt, its plan, and after {@code " — "} the outcome). One
 * row per attempt that ran, task by task in the order they were made.
 */
final class ResultsTsv {
  static final String HEADER = "commit\tscore\tsolver_tokens\tmemory_tokens\ttask\tstep\tround\tstatus\tdescription";

  private ResultsTsv() {}

  static String text(RunRecords records) {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    for (String task : records.manifest().tasks()) {
      for (AttemptRecord a : records.attempts(task)) {
        if (a.status() != AttemptStatus.PASSED && a.status() != AttemptStatus.FAILED) {
          continue;
        }
        AttemptRecord.Run run = a.execution().orElseThrow();
        String commit = run.candidateSha256().length() >= 7 ? run.candidateSha256().substring(0, 7) : "0000000";
        String status = a.passed() ? "keep" : run.crashed() ? "crash" : "discard";
        b.append(commit).append('\t')
            .append(run.score().isPresent() ? number(run.score().getAsDouble()) : "0").append('\t')
            .append(a.solverTokens().total().isPresent() ? a.solverTokens().total().getAsLong() : 0).append('\t')
            .append(a.memoryTokens()).append('\t')
            .append(a.task()).append('\t').append(a.step()).append('\t').append(a.round()).append('\t')
            .append(status).append('\t').append(description(a)).append('\n');
      }
    }
    return b.toString();
  }

  private static String description(AttemptRecord a) {
    String plan = oneLine(a.plan());
    if (plan.length() > 160) {
      plan = plan.substring(0, 157) + "...";
    }
    String route = a.task() + " " + a.step() + (plan.isEmpty() ? "" : ": " + plan);
    String outcome = oneLine(a.message());
    if (outcome.length() > 200) {
      outcome = outcome.substring(0, 197) + "...";
    }
    return route + (outcome.isEmpty() ? "" : " — " + outcome);
  }

  private static String oneLine(String s) {
    return s.replace('\t', ' ').replaceAll("\\s+", " ").replace(" — ", " - ").strip();
  }

  private static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : String.format(Locale.ROOT, "%s", d);
  }
}
