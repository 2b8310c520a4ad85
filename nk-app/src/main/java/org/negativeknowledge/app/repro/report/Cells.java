package org.negativeknowledge.app.repro.report;

import java.util.List;
import org.negativeknowledge.app.repro.ClaimResult;
import org.negativeknowledge.app.repro.MissingInput;
import org.negativeknowledge.app.repro.Outcome;

/** The words every format uses for a claim's cells. */
final class Cells {
  private Cells() {}

  static String computed(ClaimResult r) {
    return r.computedValue().map(v -> v.display()).orElse("-");
  }

  /** {@code match}, {@code differs}, or {@code not decidable: missing FILES}. */
  static String result(ClaimResult r, int maxFiles) {
    if (r.outcome() != Outcome.NOT_DECIDABLE) {
      return r.outcome().label();
    }
    return "not decidable: missing " + missing(r.missing(), maxFiles);
  }

  /** The missing inputs, at most {@code max} named, the rest counted. */
  static String missing(List<MissingInput> missing, int max) {
    StringBuilder sb = new StringBuilder();
    int shown = Math.min(max, missing.size());
    for (int i = 0; i < shown; i++) {
      sb.append(i == 0 ? "" : ", ").append(missing.get(i).file());
    }
    if (missing.size() > shown) {
      sb.append(" and ").append(missing.size() - shown).append(" more");
    }
    return sb.toString();
  }

  static String fit(String s, int width) {
    if (s.length() <= width) {
      return s;
    }
    return s.substring(0, Math.max(0, width - 1)) + "…";
  }
}
