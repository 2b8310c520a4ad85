package org.negativeknowledge.app.repro.report;

import java.time.LocalDate;
import org.negativeknowledge.app.repro.ClaimResult;
import org.negativeknowledge.app.repro.CrossCheck;
import org.negativeknowledge.app.repro.MissingInput;
import org.negativeknowledge.app.repro.RecomputedVerdict;
import org.negativeknowledge.app.repro.ReproReport;
import org.negativeknowledge.app.repro.StudyReport;

/**
 * A claims report in markdown: the summary per study, then per study a table of every claim
 * (id, what it measures, the paper's value, the computed value, the result, the files), the
 * method of each claim, the missing inputs, the cross-checks and the recomputed verdicts.
 */
public final class MarkdownReport {
  private MarkdownReport() {}

  /** The report as markdown; {@code date} is written in the heading. */
  public static String render(ReproReport report, LocalDate date) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Claims report: the paper's numbers re-derived by `nk repro`\n\n");
    sb.append("Data: `").append(report.dataDir()).append("`, ").append(date).append(".\n\n");
    sb.append("Every value in the *computed* column is read from the data files; the *paper* column"
        + " is the paper's value. A claim is *not decidable* when it differs and the data lacks"
        + " inputs it needs; it does not count as a mismatch.\n\n");
    sb.append("## Summary\n\n");
    report.studies().forEach(s -> sb.append("- ").append(esc(s.summaryLine())).append('\n'));
    if (report.verdictsRecomputed()) {
      sb.append("- ").append(TextReport.verdictSummary(report)).append('\n');
    }
    sb.append("- Overall: ").append(report.reproduced()
        ? "every claim the data can decide matches." : "**some claims or checks do not match.**")
        .append("\n");
    for (StudyReport s : report.studies()) {
      sb.append("\n## ").append(cap(s.study().label())).append(": ").append(s.study().title())
          .append("\n\n");
      sb.append("| id | measured | paper | computed | result | from |\n");
      sb.append("|---|---|---|---|---|---|\n");
      for (ClaimResult r : s.results()) {
        sb.append("| ").append(r.claim().id()).append(" | ").append(esc(r.claim().measured()))
            .append(" | `").append(r.claim().paper().display()).append("` | `")
            .append(Cells.computed(r)).append("` | ").append(result(r)).append(" | ")
            .append(esc(String.join("; ", r.sources()))).append(" |\n");
      }
      sb.append("\n<details><summary>How each value is computed</summary>\n\n");
      for (ClaimResult r : s.results()) {
        sb.append("- **").append(r.claim().id()).append("**: ").append(esc(r.method())).append('\n');
      }
      sb.append("\n</details>\n");
      appendMissing(sb, s);
    }
    appendChecks(sb, report);
    if (report.verdictsRecomputed()) {
      appendVerdicts(sb, report);
    }
    return sb.toString();
  }

  private static void appendMissing(StringBuilder sb, StudyReport s) {
    if (s.undecidable().isEmpty()) {
      return;
    }
    sb.append("\n### Inputs missing from this data\n\n");
    for (ClaimResult r : s.undecidable()) {
      sb.append("- ").append(r.claim().id()).append(": ");
      for (int i = 0; i < r.missing().size(); i++) {
        MissingInput m = r.missing().get(i);
        sb.append(i == 0 ? "" : "; ").append('`').append(m.file()).append("` (")
            .append(esc(m.evidence())).append(')');
      }
      sb.append('\n');
    }
  }

  private static void appendChecks(StringBuilder sb, ReproReport report) {
    if (report.crossChecks().isEmpty()) {
      return;
    }
    sb.append("\n## Cross-checks: aggregate files against the raw files\n\n");
    sb.append("| id | what | compared | agree |\n|---|---|---|---|\n");
    for (CrossCheck c : report.crossChecks()) {
      sb.append("| ").append(c.id()).append(" | ").append(esc(c.title())).append(" | ")
          .append(c.compared()).append(" | ").append(c.agreeing()).append(" |\n");
    }
    for (CrossCheck c : report.crossChecks()) {
      if (c.differences().isEmpty() && c.notes().isEmpty()) {
        continue;
      }
      sb.append("\n**").append(c.id()).append("**\n\n");
      c.differences().forEach(d -> sb.append("- differs: ").append(esc(d)).append('\n'));
      c.notes().forEach(n -> sb.append("- ").append(esc(n)).append('\n'));
    }
  }

  private static void appendVerdicts(StringBuilder sb, ReproReport report) {
    sb.append("\n## Verdicts recomputed from `pred_results/*.npy`\n\n");
    sb.append("| study | task | condition | stored | recomputed | agrees | reason |\n");
    sb.append("|---|---|---|---|---|---|---|\n");
    for (RecomputedVerdict v : report.verdicts()) {
      sb.append("| ").append(v.study().cliName()).append(" | ").append(v.task()).append(" | ")
          .append(v.condition()).append(" | ").append(v.stored()).append(" | ")
          .append(v.recomputedVerdict().map(c -> Boolean.toString(c.useful())).orElse("-"))
          .append(" | ").append(v.agrees() ? "yes" : "**no**").append(" | ")
          .append(esc(v.recomputedVerdict().map(c -> c.reason()).orElse(String.join("; ", v.differences()))))
          .append(" |\n");
    }
  }

  private static String result(ClaimResult r) {
    return switch (r.outcome()) {
      case MATCH -> "match";
      case MISMATCH -> "**differs**";
      case NOT_DECIDABLE -> "not decidable: missing " + esc(Cells.missing(r.missing(), 2));
    };
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String esc(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }

}
