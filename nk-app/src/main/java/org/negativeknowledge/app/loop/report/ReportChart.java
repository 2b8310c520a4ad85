package org.negativeknowledge.app.loop.report;

import java.util.Locale;
import org.negativeknowledge.app.loop.ConditionSummary;
import org.negativeknowledge.app.loop.LoopReport;

/**
 * Bar charts of the report for a terminal: the pass rate per condition (its own passes, and the
 * passes the conditions above it add to the cumulative rate) and the median memory shown, in
 * tokens.
 */
public final class ReportChart {
  private ReportChart() {}

  /** The charts, {@code width} characters for the longest bar. */
  public static String render(LoopReport r, int width) {
    if (width < 10) {
      throw new IllegalArgumentException("chart width must be at least 10, got " + width);
    }
    int label = r.conditions().stream().mapToInt(c -> c.condition().wireName().length()).max().orElse(4);
    StringBuilder b = new StringBuilder("pass rate (█ passed in the condition, ░ passed only by a condition above it)\n");
    for (ConditionSummary c : r.conditions()) {
      int own = bar(c.passed(), c.tasks(), width);
      int all = bar(c.cumulativePassed(), c.tasks(), width);
      b.append(String.format(Locale.ROOT, "%-" + label + "s ", c.condition().wireName()))
          .append("█".repeat(own)).append("░".repeat(Math.max(0, all - own))).append(" ".repeat(width - Math.max(own, all)))
          .append(String.format(Locale.ROOT, " %d/%d %s%%%n", c.passed(), c.tasks(), Numbers.percent(c.passRate())));
    }
    long max = r.conditions().stream().mapToLong(c -> c.memoryTokens().median().orElse(0)).max().orElse(0);
    if (max > 0) {
      b.append("\nmedian memory shown, cl100k_base tokens\n");
      for (ConditionSummary c : r.conditions()) {
        long t = c.memoryTokens().median().orElse(0);
        b.append(String.format(Locale.ROOT, "%-" + label + "s ", c.condition().wireName()))
            .append("▇".repeat((int) Math.round((double) t * width / max))).append(' ')
            .append(c.memoryTokens().median().isPresent() ? String.format(Locale.ROOT, "%,d", t) : "-").append('\n');
      }
    }
    return b.toString();
  }

  private static int bar(int count, int total, int width) {
    return total == 0 ? 0 : (int) Math.round((double) count * width / total);
  }
}
