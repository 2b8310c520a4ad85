package org.negativeknowledge.bank.results;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Offline curation of one results-log row into a knowledge entry: discarded and crashed rows
 * become negative entries (what was tried, the metric against the last kept row, facets from the
 * status), kept rows positive ones. Deterministic: the same row gives the same entry, so a
 * re-import stores nothing twice.
 *
 * <p>Facets: a discard ran and was not kept, so the method did not pay off here ({@code
 * method_failure}, {@code local_failure}, {@code contradicted}, {@code change_method}); a crash
 * never produced a result ({@code implementation_failure}, {@code local_failure}, {@code
 * inconclusive}, {@code retry}). Both are {@code low_risk_omission}: the log itself already
 * records them.
 */
public final class ResultsCuration {
  private ResultsCuration() {}

  /** The entry id of a row: {@code results-<file stem>-L<line>-<commit>}. */
  public static String entryId(ResultsLog log, ResultsRow row) {
    return "results-" + log.stem() + "-L" + row.line() + "-" + row.commit();
  }

  /**
   * The entry for {@code row}.
   *
   * @param lastKept the last kept row before it (the baseline it was measured against), or null
   * @param domain the entry's domain
   * @param diff the code artifact (the commit's patch), when known
   * @return empty for a row whose status is neither keep, discard nor crash
   */
  public static Optional<ObjectNode> entry(
      ResultsLog log, ResultsRow row, ResultsRow lastKept, String domain, Optional<String> diff) {
    if (!row.kept() && !row.ruledOut()) {
      return Optional.empty();
    }
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("id", entryId(log, row));
    o.put("kind", row.kept() ? "positive" : "negative");
    o.put("domain", domain);
    String metric = metricSentence(log, row, lastKept);
    if (row.kept()) {
      o.put("claim", row.route());
      o.put("method", row.route());
      o.put("observation", "kept: " + metric + comment(row));
    } else {
      o.put("attempted_route", row.route());
      o.put("observation", row.status() + ": " + metric + comment(row));
      ObjectNode f = o.putObject("failure");
      boolean crash = row.status().equals("crash");
      f.put("layer", crash ? "implementation_failure" : "method_failure");
      f.put("scope", "local_failure");
      f.put("degree", crash ? "inconclusive" : "contradicted");
      f.put("recommended_action", crash ? "retry" : "change_method");
      f.put("risk", "low_risk_omission");
      o.put("rationale", crash
          ? "The attempt crashed before producing a result; the route is untested rather than refuted."
          : "The change was tried on top of the last kept state and the results log did not keep it.");
    }
    ObjectNode src = o.putObject("results_log");
    src.put("file", log.name());
    src.put("line", row.line());
    src.put("commit", row.commit());
    src.put("status", row.status());
    ObjectNode cols = src.putObject("columns");
    row.columns().forEach((k, v) -> {
      if (!ResultsLog.REQUIRED.contains(k)) {
        cols.put(k, v);
      }
    });
    if (lastKept != null) {
      src.put("baseline_line", lastKept.line());
      src.put("baseline_commit", lastKept.commit());
    }
    o.putArray("evidence").addObject()
        .put("file", log.name() + ":" + row.line())
        .put("summary", row.status() + " " + row.commit() + ": " + row.description());
    diff.ifPresent(d -> o.put("code_diff", d));
    return Optional.of(o);
  }

  private static String comment(ResultsRow row) {
    String c = row.comment();
    return c.isBlank() ? "" : " (" + c + ")";
  }

  static String metricSentence(ResultsLog log, ResultsRow row, ResultsRow lastKept) {
    Optional<String> metric = log.primaryMetric();
    if (metric.isEmpty()) {
      return "no numeric metric column";
    }
    String m = metric.get();
    Optional<BigDecimal> v = ResultsLog.number(row.columns().get(m));
    if (v.isEmpty()) {
      return m + " missing";
    }
    if (lastKept == null || lastKept == row) {
      return m + " " + v.get().toPlainString() + " (no earlier kept row)";
    }
    BigDecimal base = ResultsLog.number(lastKept.columns().get(m)).orElse(null);
    if (base == null) {
      return m + " " + v.get().toPlainString();
    }
    BigDecimal delta = v.get().subtract(base);
    String pct = base.signum() == 0
        ? ""
        : ", " + signed(delta.multiply(BigDecimal.valueOf(100)).divide(base.abs(), new MathContext(6))
            .setScale(1, RoundingMode.HALF_UP)) + "%";
    return m + " " + v.get().toPlainString() + " against " + base.toPlainString() + " at the last kept row (line "
        + lastKept.line() + ", " + lastKept.commit() + "): " + signed(delta) + pct;
  }

  private static String signed(BigDecimal d) {
    return (d.signum() > 0 ? "+" : "") + d.stripTrailingZeros().toPlainString();
  }
}
