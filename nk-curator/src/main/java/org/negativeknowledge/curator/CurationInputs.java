package org.negativeknowledge.curator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The names under which a curation records its inputs, the same for every curator: {@code
 * round1_} (depth-1), {@code round2_} (round 2) or {@code r1_}, {@code r2_}, ... (deep) followed by
 * {@code candidate}, {@code exec_log}, {@code eval_log}, {@code reasoning} and {@code extra_1},
 * {@code extra_2}, ...; a round-1 record given to a round-2 curation is {@code round1_nk}.
 */
public final class CurationInputs {

  /** The name of the round-1 record given to a round-2 curation. */
  public static final String PRIOR_RECORD = "round1_nk";

  /**
   * One named file of a curation.
   *
   * @param name the input's name
   * @param role what the file is: {@code candidate}, {@code exec_log}, {@code eval_log}, {@code
   *     reasoning} or {@code extra_N}
   * @param location the file; for an absent eval log, where it would have been
   * @param present false only for an absent eval log
   */
  public record Named(String name, String role, Path location, boolean present) {
    public Named {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(location, "location");
    }
  }

  private CurationInputs() {}

  /** The prefix of round {@code index} (0-based) of a curation of this kind ({@code depth1}, {@code round2}, {@code deep}). */
  public static String prefix(String kind, int index) {
    return switch (kind) {
      case "deep" -> "r" + (index + 1) + "_";
      case "round2" -> "round2_";
      case "depth1" -> "round1_";
      default -> throw new IllegalArgumentException("unknown curation kind " + kind + "; use depth1, round2 or deep");
    };
  }

  /** The named files of one round, in the order code, exec log, eval log, reasoning, extras. */
  public static List<Named> of(String prefix, FailureArtifacts round) {
    List<Named> list = new ArrayList<>();
    list.add(new Named(prefix + "candidate", "candidate", round.code(), true));
    list.add(new Named(prefix + "exec_log", "exec_log", round.execLog(), true));
    list.add(new Named(prefix + "eval_log", "eval_log",
        round.evalLog().orElse(round.execLog().resolveSibling(FailureArtifacts.EVAL_LOG)), round.evalLog().isPresent()));
    list.add(new Named(prefix + "reasoning", "reasoning", round.reasoning(), true));
    int k = 1;
    for (Path extra : round.extraFiles()) {
      list.add(new Named(prefix + "extra_" + k, "extra_" + k, extra, true));
      k++;
    }
    return list;
  }

  /**
   * Hashes every present file of a curation's rounds ({@link InputHash#ofFile}); each must be a
   * regular file inside its folder.
   *
   * @throws ArtifactRefusedException when one is not
   */
  public static List<InputHash> hash(String kind, List<FailureArtifacts> rounds) {
    List<InputHash> out = new ArrayList<>();
    for (int i = 0; i < rounds.size(); i++) {
      for (Named n : of(prefix(kind, i), rounds.get(i))) {
        if (n.present()) {
          out.add(InputHash.ofFile(n.name(), n.location()));
        }
      }
    }
    return List.copyOf(out);
  }
}
