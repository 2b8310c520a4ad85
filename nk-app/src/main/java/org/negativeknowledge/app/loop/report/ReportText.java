package org.negativeknowledge.app.loop.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.negativeknowledge.app.loop.ConditionSummary;
import org.negativeknowledge.app.loop.LoopReport;
import org.negativeknowledge.app.loop.RoundSummary;

/**
 * The report as a table, one row per condition, in the shape of the paper's Table 1: passes (and
 * the cumulative passes of the conditions so far) with percentages, then medians over the
 * condition's own attempts of the memory shown (bytes and cl100k_base tokens), solver tokens,
 * curator tokens and wall time.
 */
public final class ReportText {
  private static final String[] HEAD = {"condition", "rounds", "passed", "%", "cumulative", "%", "attempts",
      "memory B", "memory tok", "solver tok", "curator tok", "wall s"};

  private ReportText() {}

  public static String render(LoopReport r) {
    StringBuilder b = new StringBuilder();
    b.append("nk loop: ").append(r.tasks().size()).append(r.tasks().size() == 1 ? " task" : " tasks").append(" in ")
        .append(r.runDir()).append('\n');
    b.append("solver ").append(r.solver()).append("; executor ").append(r.executor()).append("; curator ")
        .append(r.curator()).append('\n');
    if (!r.protection().isBlank()) {
      b.append("protection: ").append(r.protection()).append('\n');
    }
    b.append('\n');
    List<String[]> rows = new ArrayList<>();
    rows.add(HEAD);
    for (ConditionSummary c : r.conditions()) {
      rows.add(new String[] {c.condition().wireName(), Integer.toString(c.rounds()), c.passed() + "/" + c.tasks(),
          Numbers.percent(c.passRate()), c.cumulativePassed() + "/" + c.tasks(), Numbers.percent(c.cumulativeRate()),
          Integer.toString(c.attempts()), Numbers.median(c.memoryBytes()), Numbers.median(c.memoryTokens()),
          Numbers.median(c.solverTokens()), Numbers.median(c.curatorTokens()), Numbers.seconds(c.wallMillis())});
    }
    table(b, rows);
    b.append("\npassed: tasks with a passing attempt in the condition's chain; cumulative: passed by it or a condition"
        + " above it.\nmedians over the condition's own attempts: memory shown (bytes, cl100k_base tokens), solver and"
        + " curator tokens (known, non-zero counts), wall time (solver, run, evaluation).\n");
    perRound(b, r);
    List<String> notRecorded = new ArrayList<>();
    for (ConditionSummary c : r.conditions()) {
      if (c.notRecorded() > 0) {
        notRecorded.add(c.condition().wireName() + " " + c.notRecorded());
      }
    }
    if (!notRecorded.isEmpty()) {
      b.append("attempts the recording does not have (their chains stop there): ").append(String.join(", ", notRecorded))
          .append('\n');
    }
    List<String> unmeasured = new ArrayList<>();
    for (ConditionSummary c : r.conditions()) {
      if (c.unmeasuredMemory() > 0) {
        unmeasured.add(c.condition().wireName() + " " + c.unmeasuredMemory());
      }
    }
    if (!unmeasured.isEmpty()) {
      b.append("attempts shown an incomplete memory (the recording lacks the code they were shown), not measured: ")
          .append(String.join(", ", unmeasured)).append('\n');
    }
    if (!r.incompleteTasks().isEmpty()) {
      b.append("incomplete tasks (interrupted; nk loop run --resume finishes them): ")
          .append(String.join(", ", r.incompleteTasks())).append('\n');
    }
    if (!r.problems().isEmpty()) {
      b.append(String.format(Locale.ROOT, "%d problem(s):%n", r.problems().size()));
      r.problems().forEach(p -> b.append("  ").append(p).append('\n'));
    }
    return b.toString();
  }

  /** Round by round, for the conditions whose own attempts span more than one round. */
  private static void perRound(StringBuilder b, LoopReport r) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"round", "attempts", "passed", "memory B", "memory tok", "solver tok"});
    for (ConditionSummary c : r.conditions()) {
      if (c.perRound().size() < 2) {
        continue;
      }
      for (RoundSummary s : c.perRound()) {
        rows.add(new String[] {s.step(), Integer.toString(s.attempts()), Integer.toString(s.passed()),
            Numbers.median(s.memoryBytes()), Numbers.median(s.memoryTokens()), Numbers.median(s.solverTokens())});
      }
    }
    if (rows.size() > 1) {
      b.append("\nround by round (own attempts; medians):\n");
      table(b, rows);
    }
  }

  private static void table(StringBuilder b, List<String[]> rows) {
    int[] width = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        String cell = row[i];
        String pad = " ".repeat(width[i] - cell.length());
        line.append(i == 0 ? cell + pad : pad + cell).append(i < row.length - 1 ? "  " : "");
      }
      b.append(line.toString().stripTrailing()).append('\n');
    }
  }
}
