package org.negativeknowledge.app.repro.report;

import org.negativeknowledge.app.repro.ClaimResult;
import org.negativeknowledge.app.repro.CrossCheck;
import org.negativeknowledge.app.repro.Outcome;
import org.negativeknowledge.app.repro.RecomputedVerdict;
import org.negativeknowledge.app.repro.ReproReport;
import org.negativeknowledge.app.repro.StudyReport;

/**
 * A report for a terminal: per study a table (id, what it measures, the paper's value, the
 * computed value, the result, the first file it came from), the missing inputs under each claim
 * the data cannot decide, the cross-checks, the recomputed verdicts, and one summary line per
 * study at the end.
 */
public final class TextReport {
  private static final String ROW = "%-6s  %-46s  %-9s  %-9s  %-13s  %s%n";

  private TextReport() {}

  /** The report as text. */
  public static String render(ReproReport report) {
    StringBuilder sb = new StringBuilder();
    sb.append("nk repro: the paper's numbers re-derived from ").append(report.dataDir()).append("\n");
    for (StudyReport s : report.studies()) {
      sb.append("\n").append(s.study().label()).append(" (").append(s.study().title()).append(")\n");
      sb.append(String.format(ROW, "ID", "MEASURED", "PAPER", "COMPUTED", "RESULT", "FROM"));
      for (ClaimResult r : s.results()) {
        String from = r.sources().isEmpty() ? "" : r.sources().get(0)
            + (r.sources().size() > 1 ? " +" + (r.sources().size() - 1) : "");
        sb.append(String.format(ROW, r.claim().id(), Cells.fit(r.claim().measured(), 46),
            Cells.fit(r.claim().paper().display(), 9), Cells.fit(Cells.computed(r), 9),
            r.outcome().label(), Cells.fit(from, 60)));
        if (r.outcome() == Outcome.NOT_DECIDABLE) {
          sb.append("        missing: ").append(Cells.missing(r.missing(), 3)).append("\n");
        }
      }
    }
    if (!report.crossChecks().isEmpty()) {
      sb.append("\ncross-checks (aggregate files against the raw files they were made from)\n");
      for (CrossCheck c : report.crossChecks()) {
        sb.append(String.format("%-6s  %s: %s%n", c.id(), c.title(),
            c.compared() == 0 ? "nothing to compare" : c.agreeing() + " of " + c.compared() + " agree"));
        c.differences().forEach(d -> sb.append("        differs: ").append(d).append("\n"));
        c.notes().forEach(n -> sb.append("        ").append(n).append("\n"));
      }
    }
    if (report.verdictsRecomputed()) {
      appendVerdicts(sb, report);
    }
    sb.append("\n");
    report.studies().forEach(s -> sb.append(s.summaryLine()).append("\n"));
    if (report.verdictsRecomputed()) {
      sb.append(verdictSummary(report)).append("\n");
    }
    return sb.toString();
  }

  /** {@code verdicts: 28 of 28 recomputed from the .npy outputs agree with verified_results.json}. */
  public static String verdictSummary(ReproReport report) {
    long agree = report.verdicts().stream().filter(RecomputedVerdict::agrees).count();
    return "verdicts: " + agree + " of " + report.verdicts().size()
        + " recomputed from the .npy outputs agree with verified_results.json";
  }

  private static void appendVerdicts(StringBuilder sb, ReproReport report) {
    sb.append("\nverdicts recomputed from pred_results/*.npy\n");
    String row = "%-9s  %-5s  %-8s  %-6s  %-10s  %-6s  %s%n";
    sb.append(String.format(row, "STUDY", "TASK", "COND", "STORED", "RECOMPUTED", "AGREES", "DRIFT / MAX |u|"));
    for (RecomputedVerdict v : report.verdicts()) {
      String numbers = v.recomputedVerdict().map(c -> {
        Double drift = c.quantities().get("mass_drift_rel");
        Double u = c.quantities().getOrDefault("u_max", c.quantities().get("u_max_abs"));
        return (drift == null ? "-" : String.format("%.3g", drift)) + " / "
            + (u == null ? "-" : String.format("%.4g", u));
      }).orElse("-");
      sb.append(String.format(row, v.study().cliName(), v.task(), v.condition(), v.stored(),
          v.recomputedVerdict().map(c -> Boolean.toString(c.useful())).orElse("-"),
          v.agrees() ? "yes" : "NO", numbers));
      v.differences().forEach(d -> sb.append("           ").append(d).append("\n"));
    }
  }
}
