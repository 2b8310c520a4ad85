package org.negativeknowledge.app.repro;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs one study's computations against the paper's claims, and its cross-checks. */
public final class StudyRunner {
  private StudyRunner() {}

  /** The claims of {@code study} (a single study) computed from {@code files}. */
  public static StudyReport claims(DataFiles files, Study study) {
    return switch (study) {
      case SECTION3 -> judge(study, Section3Claims.computations(), Section3Context.of(files));
      case SECTION4 -> judge(study, Section4Claims.computations(), files);
      case APPENDIX -> judge(study, AppendixClaims.computations(), files);
      case ALL -> throw new IllegalArgumentException("run each study of ALL on its own");
    };
  }

  /** The cross-checks of {@code study}. */
  public static List<CrossCheck> crossChecks(DataFiles files, Study study) {
    return switch (study) {
      case SECTION3 -> Section3Derivations.run(Section3Context.of(files));
      case SECTION4 -> List.of(GraphAccounts.section4(files));
      case APPENDIX -> List.of(GraphAccounts.appendix(files));
      case ALL -> throw new IllegalArgumentException("run each study of ALL on its own");
    };
  }

  /** The ids of claims of {@code study} that have a computation, for completeness checks. */
  public static List<String> computedIds(Study study) {
    return switch (study) {
      case SECTION3 -> List.copyOf(Section3Claims.computations().keySet());
      case SECTION4 -> List.copyOf(Section4Claims.computations().keySet());
      case APPENDIX -> List.copyOf(AppendixClaims.computations().keySet());
      case ALL -> throw new IllegalArgumentException("ask for each study of ALL on its own");
    };
  }

  private static <A> StudyReport judge(
      Study study, Map<String, ClaimComputation<A>> computations, A artifacts) {
    List<ClaimResult> results = new ArrayList<>();
    for (Claim claim : PaperClaims.of(study)) {
      ClaimComputation<A> c = computations.get(claim.id());
      if (c == null) {
        throw new IllegalStateException("claim " + claim.id() + " has no computation");
      }
      Computed v = c.compute().apply(artifacts);
      results.add(ClaimResult.judge(
          claim, v.value(), c.method(), v.inputs().sources(), v.inputs().missing()));
    }
    return new StudyReport(study, results);
  }
}
