package org.negativeknowledge.app.loop.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.negativeknowledge.app.loop.Distribution;

/** Number formats shared by the renderers. */
final class Numbers {
  private Numbers() {}

  /** A percentage with one decimal, rounded half-even on the exact double (as the paper's report). */
  static String percent(double p) {
    return new BigDecimal(p).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** A median with thousands separators, or {@code -}. */
  static String median(Distribution d) {
    return d.median().isPresent() ? String.format(Locale.ROOT, "%,d", d.median().getAsLong()) : "-";
  }

  /** A median of milliseconds as seconds with one decimal, or {@code -}. */
  static String seconds(Distribution millis) {
    return millis.median().isPresent() ? String.format(Locale.ROOT, "%.1f", millis.median().getAsLong() / 1000.0) : "-";
  }
}
