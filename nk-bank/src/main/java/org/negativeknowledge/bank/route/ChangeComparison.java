package org.negativeknowledge.bank.route;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Whether one change of a new route makes a change of a ruled-out route again, and how surely.
 *
 * <ul>
 *   <li>A setting ({@code "depth 12->14"}) is made again by a change of the same setting (the same
 *       specific names, heads that agree) to the same value ({@link #SAME}), or moved the same way
 *       from the base at least as far ({@link #FURTHER}) or to within the last {@value #NEAR_BAND} of
 *       the way ({@link #NEAR}). The base is the value the new route starts from, else the known
 *       configuration, else where the ruled-out route started, else 0 for a setting that is off
 *       unless set. A value between the base and the ruled-out one is a new route. When both routes
 *       say where they started and the starts differ, the moves are compared: the same way, at least
 *       nearly as far ({@link #FURTHER}, and the different base is said). With no base known, a
 *       value past a ruled-out one that lies at an end of the values tried (with values tried on its
 *       other side), or within {@value #NEAR_RELATIVE} (relative) of it (not another small count), is
 *       {@link #NEAR}. A setting named with a technique and without it ({@code "alpha-beta depth"},
 *       {@code "search depth"}) is one setting when the other side names no technique of its own.
 *   <li>A technique or component ({@code "SSIM loss"}) is used again by a change whose names hold
 *       all of its names ({@code "SSIM on x0_hat image space"}: {@link #DETAIL}, or {@link #SAME}
 *       when the names are the same) with heads that agree, the same action (removing is not
 *       adding), and applied to the component the ruled-out change named, if it named one (the same
 *       technique elsewhere, or everywhere, is another route). When the ruled-out change is named only by
 *       words the vocabulary does not know, its head ({@code loss}, {@code schedule}) must be named
 *       too: such words modify the head rather than name a technique.
 *   <li>A component named by a generic head counts ({@code "on the value head"}), unless the head
 *       means the whole model ({@code "in the network"}).
 *   <li>Changes that agree in all that structure checks but name things partly in other words are
 *       {@link #alike}: a measure of meaning decides ({@link RouteMatcher}).
 * </ul>
 */
public final class ChangeComparison {
  /** The same change. */
  public static final double SAME = 1.0;
  /** The same setting moved the same way at least as far. */
  public static final double FURTHER = 0.9;
  /** The same technique with more detail or another attribute value. */
  public static final double DETAIL = 0.85;
  /** The same setting moved the same way, nearly as far. */
  public static final double NEAR = 0.8;
  /** The share of the way from the base to a ruled-out value within which a value is near it. */
  public static final double NEAR_BAND = 0.25;
  /** With no base known, the relative difference within which two values are the same setting in effect. */
  public static final double NEAR_RELATIVE = 0.10;

  private final Vocabulary vocabulary;
  private final ValueComparison values;

  public ChangeComparison(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    this.values = new ValueComparison(vocabulary);
  }

  /**
   * How the new change {@code p} repeats the ruled-out change {@code r}.
   *
   * @param quality one of the constants of this class
   * @param reason why, in words
   * @param notes how they differ, where it may matter
   */
  public record Cover(double quality, String reason, List<String> notes) {}

  public Optional<Cover> cover(Change p, Change r, KnownSettings known) {
    if ((p.action() == ChangeAction.REMOVE) != (r.action() == ChangeAction.REMOVE)) {
      return Optional.empty();
    }
    if (!sameComponent(p, r)) {
      // The ruled-out route applied the change to one component: on another component, or
      // everywhere, it is another route.
      return Optional.empty();
    }
    return r.isSetting() ? coverSetting(p, r, known) : coverTechnique(p, r, known);
  }

  private Optional<Cover> coverSetting(Change p, Change r, KnownSettings known) {
    boolean sameName = r.names().isEmpty()
        ? p.names().isEmpty() && r.heads().stream().anyMatch(p.heads()::contains) // "larger model", "bigger model"
        : Set.copyOf(p.names()).equals(Set.copyOf(r.names())) && headsAgree(p.heads(), r.heads());
    String unsaid = sameName ? null : techniqueUnsaid(p, r);
    if (!sameName && unsaid == null) {
      return Optional.empty();
    }
    List<String> notes = new ArrayList<>(extraDetail(p, r));
    if (unsaid != null) {
      notes.add(unsaid);
    }
    if (r.to() == null) { // "larger batch": a direction without a value
      Direction pd = p.direction();
      if (pd == Direction.NONE || pd != r.direction()) {
        return Optional.empty();
      }
      return Optional.of(new Cover(DETAIL, "same setting `" + r.label() + "` " + pd.verb() + " again", notes));
    }
    if (p.to() == null) {
      if (p.action() == ChangeAction.SET && p.direction() != Direction.NONE && p.direction() == r.direction()) {
        notes.add("this route does not say the value (" + r.to() + " was ruled out)");
        return Optional.of(new Cover(DETAIL, "same setting `" + r.label() + "` " + p.direction().verb() + " again", notes));
      }
      return Optional.empty(); // the new route changes the setting another way (a schedule, adaptively)
    }
    return values.compare(p, r, known, notes);
  }

  /**
   * Whether {@code p} is applied to the component {@code r} was applied to, if {@code r} named one:
   * one of the specific words of {@code r}'s qualifier (or, when it has none, of its heads) is among
   * {@code p}'s words ({@code "value head"} and {@code "policy head"} differ in {@code value}).
   */
  private boolean sameComponent(Change p, Change r) {
    List<String> specific = r.qualifier().stream().filter(w -> !vocabulary.isRole(w)).toList();
    List<String> which = specific.isEmpty() ? r.qualifier() : specific;
    return which.isEmpty() || which.stream().anyMatch(w -> p.qualifier().contains(w) || p.names().contains(w)
        || p.detail().contains(w));
  }

  /** Whether {@code a} names a setting of the table that {@code b}, naming only words the table knows, does not. */
  private boolean settingApart(Change a, Change b) {
    boolean bAllKnown = b.names().stream().allMatch(vocabulary::isNamed);
    return bAllKnown && a.names().stream().anyMatch(w -> vocabulary.isNamed(w) && !vocabulary.isTerm(w) && !b.names().contains(w));
  }

  /**
   * Whether the two settings differ only in a technique one of them names ("search depth" and
   * "alpha-beta depth"): then the other, naming no technique of its own, means the same setting; how
   * it is said, or null when they differ otherwise ("SGD momentum" and "Muon momentum").
   */
  private String techniqueUnsaid(Change p, Change r) {
    if (!headsAgree(p.heads(), r.heads()) || p.names().isEmpty()) {
      return null;
    }
    Set<String> onlyP = new LinkedHashSet<>(p.names());
    r.names().forEach(onlyP::remove);
    Set<String> onlyR = new LinkedHashSet<>(r.names());
    p.names().forEach(onlyR::remove);
    boolean shared = p.names().stream().anyMatch(w -> r.names().contains(w) && !vocabulary.isTerm(w));
    if (!shared || !onlyP.isEmpty() && !onlyR.isEmpty()) {
      return null;
    }
    Set<String> extra = onlyP.isEmpty() ? onlyR : onlyP;
    if (!extra.stream().allMatch(vocabulary::isTerm)) {
      return null;
    }
    return "the ruled-out route said `" + r.label() + "`, this route `" + p.label() + "`";
  }

  private Optional<Cover> coverTechnique(Change p, Change r, KnownSettings known) {
    if (r.names().isEmpty()) {
      return Optional.empty();
    }
    Set<String> pWords = new LinkedHashSet<>(p.names());
    pWords.addAll(p.detail());
    if (!pWords.containsAll(r.names()) || !headsAgree(p.heads(), r.heads())) {
      return Optional.empty();
    }
    boolean selfNamed = r.names().stream().anyMatch(vocabulary::isNamed);
    if (!r.heads().isEmpty() && p.heads().isEmpty() && !selfNamed) {
      // "progressive loss annealing" is not "progressive growth": words the table does not know are
      // modifiers of the head ("loss annealing"), which the new route must name too.
      return Optional.empty();
    }
    List<String> notes = new ArrayList<>(extraDetail(p, r));
    double quality = Set.copyOf(p.names()).equals(Set.copyOf(r.names())) ? SAME : DETAIL;
    if (r.to() != null && p.to() != null && r.attribute() != null && r.attribute().equals(p.attribute())) {
      Optional<Cover> same = values.compare(p, r, known, notes);
      if (same.isEmpty()) {
        return Optional.empty(); // another value of the technique's own setting
      }
      quality = Math.min(quality, same.get().quality());
    } else if (p.to() != null && r.to() == null) {
      notes.add("now with " + (p.attribute() != null ? p.attribute() : "`" + p.label() + "`") + " = " + p.to());
    } else if (r.to() != null && p.to() == null) {
      notes.add("the ruled-out route had " + (r.attribute() != null ? r.attribute() : "`" + r.label() + "`") + " = " + r.to());
    }
    if (r.action() == ChangeAction.REPLACE && p.action() == ChangeAction.REPLACE && r.from() != null && p.from() != null
        && !r.from().sameAs(p.from())) {
      notes.add("the ruled-out route replaced `" + r.from() + "`, this one `" + p.from() + "`");
    }
    if (r.qualifier().isEmpty() && !p.qualifier().isEmpty()) {
      notes.add("this route applies it to `" + String.join(" ", p.qualifier()) + "`");
    }
    String what = switch (r.action()) {
      case REMOVE -> "same removal of `" + r.label() + "`";
      case REPLACE -> "same replacement: `" + r.label() + "`";
      default -> "same technique `" + r.label() + "`";
    };
    return Optional.of(new Cover(quality, what, notes));
  }

  /**
   * Whether {@code p} agrees with the ruled-out {@code r} in everything structure can check while
   * their names differ in words the vocabulary does not know, so that a measure of meaning may decide
   * whether they name the same thing ({@code "freeze 30%"} and {@code "freeze smooth 30%"}): the same
   * action (removing is not adding), {@code r}'s component if it named one, every name of {@code r}
   * the vocabulary knows and at least one word in common, and {@code r}'s value made again (the same
   * value, or moved the same way as far, as for a setting of the same name). The cover returned has
   * the quality of the value's match ({@link #DETAIL} without values) and says what was checked; the
   * matcher counts it only when the measure of meaning agrees, and as sure as the less sure of the two.
   */
  public Optional<Cover> alike(Change p, Change r, KnownSettings known) {
    if ((p.action() == ChangeAction.REMOVE) != (r.action() == ChangeAction.REMOVE) || r.names().isEmpty()) {
      return Optional.empty();
    }
    if (!sameComponent(p, r)) {
      return Optional.empty();
    }
    Set<String> pWords = new LinkedHashSet<>(p.names());
    pWords.addAll(p.detail());
    boolean rOwnKnown = r.names().stream().anyMatch(w -> vocabulary.isNamed(w) && !pWords.contains(w));
    boolean pOwnKnown = p.names().stream().anyMatch(w -> vocabulary.isNamed(w) && !r.names().contains(w) && !r.detail().contains(w));
    if (rOwnKnown && pOwnKnown || settingApart(p, r) || settingApart(r, p)) {
      // each names a technique of the table the other does not, or one names a setting of the table
      // that the other, in words the table all knows, does not ("learning rate warmup", "learning rate")
      return Optional.empty();
    }
    List<String> notes = new ArrayList<>(extraDetail(p, r));
    double quality = DETAIL;
    String taken = "`" + p.label() + "` taken for `" + r.label() + "`";
    boolean setting = r.isSetting();
    boolean valued = r.to() != null && p.to() != null && (setting ? p.isSetting() : Objects.equals(r.attribute(), p.attribute()));
    if (valued) {
      Optional<Cover> v = values.compare(p, r, known, notes);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      quality = Math.min(quality, v.get().quality());
      taken = v.get().reason() + ", " + taken;
    } else if (setting && (r.direction() == Direction.NONE || p.direction() != r.direction())) {
      return Optional.empty(); // a setting ruled out at a value or a direction this route does not make again
    } else if (!setting && r.to() != null && p.to() != null) {
      return Optional.empty(); // values of different attributes
    }
    return Optional.of(new Cover(quality, taken, notes));
  }

  /**
   * A technique change covered by several changes of the new route together.
   *
   * @param cover the judgement
   * @param used the indexes of the new route's changes that cover it
   */
  public record Joint(Cover cover, List<Integer> used) {}

  /**
   * Whether the ruled-out technique change {@code r} is made again by several changes of the new
   * route together: {@code "add car_age log_mileage"} by {@code "log_mileage + car_age"}. Each of
   * those changes must add (not remove), and together they must name all of {@code r}'s names.
   */
  public Optional<Joint> coverJointly(List<Change> proposed, Change r) {
    if (r.isSetting() || r.action() == ChangeAction.REMOVE || r.names().size() < 2) {
      return Optional.empty();
    }
    Set<String> remaining = new LinkedHashSet<>(r.names());
    List<Integer> used = new ArrayList<>();
    for (int j = 0; j < proposed.size(); j++) {
      Change p = proposed.get(j);
      if (p.action() == ChangeAction.REMOVE || p.isSetting()) {
        continue;
      }
      boolean inside = !p.names().isEmpty() && r.names().containsAll(p.names());
      if (inside && p.names().stream().anyMatch(remaining::contains)) {
        remaining.removeAll(p.names());
        used.add(j);
      }
    }
    if (!remaining.isEmpty() || used.size() < 2) {
      return Optional.empty();
    }
    String parts = used.stream().map(j -> "`" + proposed.get(j).label() + "`").reduce((a, b) -> a + " + " + b).orElse("");
    return Optional.of(new Joint(new Cover(DETAIL, "same technique `" + r.label() + "`, here as " + parts,
        extraDetailOf(proposed, used, r)), List.copyOf(used)));
  }

  private List<String> extraDetailOf(List<Change> proposed, List<Integer> used, Change r) {
    List<String> out = new ArrayList<>();
    for (int j : used) {
      out.addAll(extraDetail(proposed.get(j), r));
    }
    return out;
  }

  /**
   * Whether two lists of head words agree: one is empty (no head said) or they share one. Heads say
   * what kind of thing a change touches ({@code cosine weight} and {@code cosine schedule} differ).
   */
  static boolean headsAgree(List<String> a, List<String> b) {
    return a.isEmpty() || b.isEmpty() || a.stream().anyMatch(b::contains);
  }

  private List<String> extraDetail(Change p, Change r) {
    List<String> extra = new ArrayList<>();
    for (String w : p.detail()) {
      if (!r.names().contains(w) && !r.detail().contains(w)) {
        extra.add(w);
      }
    }
    return extra.isEmpty() ? List.of() : List.of("this time with `" + asWritten(p, extra) + "`");
  }

  /** Normalised words of {@code c} as its text writes them ({@code symmetr} is "symmetric"). */
  private String asWritten(Change c, List<String> norms) {
    List<Token> tokens = vocabulary.tokens(c.text());
    List<String> out = new ArrayList<>();
    for (String w : norms) {
      out.add(tokens.stream().filter(t -> t.isWord() && t.norm().equals(w)).map(Token::raw).findFirst().orElse(w));
    }
    return String.join(" ", out);
  }
}
