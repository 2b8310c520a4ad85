package org.negativeknowledge.bank.route;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.negativeknowledge.bank.route.ChangeComparison.Cover;

/**
 * The dead-end check: whether a new route makes again what a ruled-out route changed. It serves
 * {@code nk check-route}, the warning of {@code nk propose} and {@code nk import-results --replay}.
 *
 * <p>Both descriptions are read into changes ({@link #read}): settings with their values and
 * direction, techniques and components added, removed or replaced, with names normalised by a
 * vocabulary kept as data ({@code route-vocabulary.tsv}). The new route repeats the ruled-out one when
 * <em>every</em> change of the ruled-out route is made again by some change of the new one (see
 * {@link ChangeComparison} for when one change makes another again): a ruled-out bundle {@code "A +
 * B"} is not repeated by {@code A} alone, since the bundle's failure does not rule out its parts,
 * while {@code A} tried again with something else is a repeat, reported with what differs. Words
 * shared by rows that change different things do not make a match.
 *
 * <p>The score is that of the least sure of the ruled-out route's changes: 1 for the same change,
 * 0.9 for a setting moved the same way at least as far, 0.85 for the same technique with other detail,
 * 0.8 for a setting moved nearly as far or past the end of the values tried.
 *
 * <p>With a {@link RouteEmbedding} (the embedding model, {@link #withEmbedding}), a ruled-out change
 * that no change is found to make again by its names may still be made again in other words: the
 * embedding is asked only about pairs that structure does not tell apart ({@link
 * ChangeComparison#alike}: the same action and component, the value made again, no setting or
 * technique of the table on one side that the other lacks), and the pair counts when the similarity
 * of their texts reaches the threshold; the score is then the lower of the two. Rows that name
 * nothing are compared by meaning as a whole. A match needs at least the threshold ({@value
 * #DEFAULT_THRESHOLD} by default, which every rule above passes). Immutable and thread-safe.
 */
public final class RouteMatcher {
  /** The default least score of a match: every parsed rule passes; an embedding must be this sure. */
  public static final double DEFAULT_THRESHOLD = 0.75;

  private static final RouteMatcher STANDARD =
      new RouteMatcher(Vocabulary.standard(), Set.of(), RouteEmbedding.none(), DEFAULT_THRESHOLD, false);

  private final Vocabulary vocabulary;
  private final Set<String> labels;
  private final ChangeExtractor extractor;
  private final ChangeComparison comparison;
  private final RouteEmbedding embedding;
  private final double threshold;
  private final boolean judgesMeaning;

  private RouteMatcher(Vocabulary vocabulary, Set<String> labels, RouteEmbedding embedding, double threshold,
      boolean judgesMeaning) {
    this.judgesMeaning = judgesMeaning;
    this.vocabulary = vocabulary;
    this.labels = Set.copyOf(labels);
    this.extractor = new ChangeExtractor(vocabulary, this.labels);
    this.comparison = new ChangeComparison(vocabulary);
    this.embedding = embedding;
    this.threshold = threshold;
  }

  /** The matcher with the built-in vocabulary, no embedding and the default threshold. */
  public static RouteMatcher standard() {
    return STANDARD;
  }

  /**
   * The same matcher with another threshold.
   *
   * @param threshold the least score of a match, in (0, 1]
   */
  public RouteMatcher withThreshold(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
    }
    return threshold == this.threshold ? this : new RouteMatcher(vocabulary, labels, embedding, threshold, judgesMeaning);
  }

  /** The same matcher, asking {@code embedding} about changes that structure does not tell apart but no name matches. */
  public RouteMatcher withEmbedding(RouteEmbedding embedding) {
    return new RouteMatcher(vocabulary, labels, Objects.requireNonNull(embedding, "embedding"), threshold, true);
  }

  /**
   * The same matcher, also reading the experiment labels that the descriptions of one log use as
   * labels: short unknown words that lead several rows followed by different words ({@code "pq
   * learned gate"}, {@code "pq token mixing"}). Codes with digits ({@code "b12 ..."}) are always read
   * as labels.
   */
  public RouteMatcher withLabelsOf(List<String> descriptions) {
    return new RouteMatcher(vocabulary, RowLabels.learn(descriptions, vocabulary), embedding, threshold, judgesMeaning);
  }

  /** The words read as experiment labels beyond codes with digits (see {@link #withLabelsOf}). */
  public Set<String> labels() {
    return labels;
  }

  /** Whether a measure of meaning judges the changes structure does not tell apart ({@link #withEmbedding}). */
  public boolean judgesMeaning() {
    return judgesMeaning;
  }

  /** The least score of a match. */
  public double threshold() {
    return threshold;
  }

  /** What a route description changes. */
  public RouteChange read(String description) {
    return extractor.read(description);
  }

  /** Whether {@code proposed} repeats {@code ruledOut}, knowing nothing of the configuration. */
  public Optional<RouteVerdict> match(String proposed, String ruledOut) {
    return match(read(proposed), read(ruledOut), KnownSettings.none());
  }

  /**
   * Whether {@code proposed} repeats {@code ruledOut}.
   *
   * @param known the configuration's known values, the base a moved setting is compared from
   */
  public Optional<RouteVerdict> match(RouteChange proposed, RouteChange ruledOut, KnownSettings known) {
    List<Change> pc = proposed.changes();
    List<Change> rc = ruledOut.changes();
    if (pc.isEmpty() || rc.isEmpty()) {
      return byMeaning(proposed.focus(), ruledOut.focus());
    }
    List<String> reasons = new ArrayList<>();
    List<String> differences = new ArrayList<>();
    boolean[] used = new boolean[pc.size()];
    double score = 1;
    for (Change r : rc) {
      Cover best = null;
      int bestAt = -1;
      for (int j = 0; j < pc.size(); j++) {
        Optional<Cover> c = comparison.cover(pc.get(j), r, known);
        if (c.isPresent() && (best == null || c.get().quality() > best.quality())) {
          best = c.get();
          bestAt = j;
        }
      }
      List<Integer> joint = List.of();
      if (best == null) {
        Optional<ChangeComparison.Joint> j = comparison.coverJointly(pc, r);
        if (j.isPresent()) {
          best = j.get().cover();
          joint = j.get().used();
        }
      }
      if (best == null) {
        for (int j = 0; j < pc.size(); j++) {
          Optional<Cover> c = comparison.alike(pc.get(j), r, known);
          if (c.isEmpty()) {
            continue;
          }
          OptionalDouble s = embedding.similarity(plain(pc.get(j).text()), plain(r.text()));
          double q = s.isPresent() ? Math.min(c.get().quality(), s.getAsDouble()) : 0;
          if (q >= threshold && (best == null || q > best.quality())) {
            best = new Cover(q, c.get().reason() + String.format(Locale.ROOT, ", alike in meaning (%.2f)",
                s.getAsDouble()), c.get().notes());
            bestAt = j;
          }
        }
      }
      if (best == null) {
        return Optional.empty();
      }
      if (bestAt >= 0) {
        used[bestAt] = true;
      }
      joint.forEach(j -> used[j] = true);
      reasons.add(best.reason());
      best.notes().stream().filter(n -> !differences.contains(n)).forEach(differences::add);
      score = Math.min(score, best.quality());
    }
    for (int j = 0; j < pc.size(); j++) {
      if (!used[j]) {
        differences.add("this route also changes: " + pc.get(j).describe());
      }
    }
    return score >= threshold
        ? Optional.of(new RouteVerdict(score, new RouteExplanation(reasons, differences)))
        : Optional.empty();
  }

  private boolean namesSomething(String focus) {
    return vocabulary.tokens(focus).stream().anyMatch(t -> t.isWord() && t.kind().names());
  }

  /** A change's words as the embedding reads them: identifiers split at {@code _}. */
  private static String plain(String text) {
    return text.replace('_', ' ');
  }

  private Optional<RouteVerdict> byMeaning(String proposed, String ruledOut) {
    if (!namesSomething(proposed) || !namesSomething(ruledOut)) {
      return Optional.empty(); // "baseline", "verify (reproducibility check)": no idea to repeat
    }
    OptionalDouble s = embedding.similarity(proposed, ruledOut);
    if (s.isEmpty() || s.getAsDouble() < threshold) {
      return Optional.empty();
    }
    String why = String.format("alike in meaning (%.2f); no change could be read from the words", s.getAsDouble());
    return Optional.of(new RouteVerdict(Math.min(1, s.getAsDouble()), new RouteExplanation(List.of(why), List.of())));
  }
}
