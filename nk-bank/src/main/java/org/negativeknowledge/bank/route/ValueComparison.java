package org.negativeknowledge.bank.route;

import java.util.List;
import java.util.Optional;
import org.negativeknowledge.bank.route.ChangeComparison.Cover;

/**
 * Whether a new value of a setting makes a ruled-out value of the same setting again (see {@link
 * ChangeComparison} for the rules), and how surely.
 */
final class ValueComparison {
  /**
   * Whole numbers below this are counts set one by one (a depth of 9 is not a depth of 10): with no
   * base known, no other count is close to a ruled-out one.
   */
  static final double SMALL_COUNT = 100;

  private final Vocabulary vocabulary;

  ValueComparison(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /**
   * How the value of {@code p} repeats that of {@code r}, both values set; empty when it is another
   * value (between the base and the ruled-out one, the other way, or too far with no base known).
   *
   * @param notes where to add how they differ
   */
  Optional<Cover> compare(Change p, Change r, KnownSettings known, List<String> notes) {
    SettingValue pv = p.to();
    SettingValue rv = r.to();
    SettingValue base = base(p, r, known);
    if (r.from() != null && base != null && r.from().isNumber() && !r.from().sameAs(base)) {
      notes.add("the base differs: `" + r.label() + "` started from " + r.from() + " then, from " + base + " now");
    }
    String name = "`" + r.label() + "`" + (r.attribute() != null ? " " + r.attribute() : "");
    if (pv.sameAs(rv)) {
      return Optional.of(new Cover(ChangeComparison.SAME, "same setting " + name + " = " + rv + fromText(r), notes));
    }
    if (!pv.isNumber() || !rv.isNumber()) {
      return Optional.empty();
    }
    if (r.from() != null && r.from().isNumber() && base != null && base.isNumber() && !r.from().sameAs(base)) {
      // Both starting points known and different: the ruled-out idea was the move itself.
      double stepR = rv.number() - r.from().number();
      double stepP = pv.number() - base.number();
      boolean sameMove = stepR != 0 && Math.signum(stepR) == Math.signum(stepP)
          && Math.abs(stepP) >= (1 - ChangeComparison.NEAR_BAND) * Math.abs(stepR);
      return sameMove
          ? Optional.of(new Cover(ChangeComparison.FURTHER, "same setting " + name + " " + Direction.between(0, stepR).verb()
              + " again (" + base + "->" + pv + "; " + r.from() + "->" + rv + " was ruled out)", notes))
          : Optional.empty();
    }
    if (base == null || !base.isNumber()) {
      return withoutBase(p, r, known, notes, name);
    }
    double k = base.number();
    double dr = rv.number() - k;
    double dp = pv.number() - k;
    if (dr == 0 || Math.signum(dr) != Math.signum(dp)) {
      return Optional.empty();
    }
    double ratio = Math.abs(dp) / Math.abs(dr);
    String verb = Direction.between(k, rv.number()).verb();
    if (ratio >= 1) {
      return Optional.of(new Cover(ChangeComparison.FURTHER, "same setting " + name + " " + verb + " again from " + base
          + ", to " + pv + " (" + base + "->" + rv + " was ruled out)", notes));
    }
    if (ratio >= 1 - ChangeComparison.NEAR_BAND) {
      return Optional.of(new Cover(ChangeComparison.NEAR, "same setting " + name + " " + verb + " from " + base + " to " + pv
          + ", close to the ruled-out " + rv, notes));
    }
    return Optional.empty();
  }

  /**
   * With no base known: the same stated direction at least as far; a value past a ruled-out one that
   * lies at an end of the values tried, with values tried on its other side (the base lies among
   * them, so the new value moves the same way, further); or a value close to the ruled-out one (not
   * another small count: {@link #SMALL_COUNT}).
   */
  private static Optional<Cover> withoutBase(Change p, Change r, KnownSettings known, List<String> notes, String name) {
    double pv = p.to().number();
    double rv = r.to().number();
    boolean sameWay = r.direction() != Direction.NONE && r.direction() == p.direction()
        && (r.direction() == Direction.UP ? pv >= rv : pv <= rv);
    if (sameWay) {
      return Optional.of(new Cover(ChangeComparison.FURTHER, "same setting " + name + " " + r.direction().verb()
          + " again, to " + p.to() + " (" + r.to() + " was ruled out)", notes));
    }
    List<Double> tried = known.triedValues(r);
    boolean up = pv > rv;
    boolean rAtEnd = tried.stream().noneMatch(t -> up ? t > rv : t < rv);
    boolean otherSide = tried.stream().anyMatch(t -> up ? t < rv : t > rv);
    if (rAtEnd && otherSide) {
      notes.add("the base is not known; " + r.to() + " was the " + (up ? "largest" : "smallest") + " value tried");
      return Optional.of(new Cover(ChangeComparison.NEAR, "same setting " + name + " " + (up ? "raised" : "lowered")
          + " past the ruled-out " + r.to() + ", to " + p.to(), notes));
    }
    boolean smallCounts = pv == Math.rint(pv) && rv == Math.rint(rv) && Math.max(Math.abs(pv), Math.abs(rv)) < SMALL_COUNT;
    boolean close = !smallCounts && Math.abs(pv - rv) <= ChangeComparison.NEAR_RELATIVE * Math.abs(rv);
    if (close) {
      notes.add("the base is not known, so whether " + p.to() + " lies on the ruled-out side cannot be told");
      return Optional.of(new Cover(ChangeComparison.NEAR, "same setting " + name + " = " + p.to() + ", within "
          + Math.round(ChangeComparison.NEAR_RELATIVE * 100) + "% of the ruled-out " + r.to(), notes));
    }
    return Optional.empty();
  }

  private SettingValue base(Change p, Change r, KnownSettings known) {
    if (p.from() != null && p.from().isNumber()) {
      return p.from();
    }
    Optional<SettingValue> k = known.valueOf(p);
    if (k.isPresent()) {
      return k.get();
    }
    if (r.from() != null && r.from().isNumber()) {
      return r.from();
    }
    boolean off = p.names().stream().anyMatch(vocabulary::offByDefault);
    return off ? new SettingValue("0 (off)", 0.0) : null;
  }

  private static String fromText(Change r) {
    return r.from() != null && r.from().isNumber() ? " (from " + r.from() + ")" : "";
  }
}
