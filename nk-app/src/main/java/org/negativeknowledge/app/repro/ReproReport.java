package org.negativeknowledge.app.repro;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The paper's claims re-derived from one data folder.
 *
 * @param dataDir the data folder read
 * @param study the study or studies asked for
 * @param studies one report per study, in paper order
 * @param crossChecks the aggregate files checked against the raw files they were made from
 * @param verdictsRecomputed whether verdicts were recomputed from the {@code .npy} outputs
 * @param verdicts the recomputed verdicts (empty unless asked for)
 */
public record ReproReport(
    Path dataDir,
    Study study,
    List<StudyReport> studies,
    List<CrossCheck> crossChecks,
    boolean verdictsRecomputed,
    List<RecomputedVerdict> verdicts) {

  public ReproReport {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(study, "study");
    studies = List.copyOf(studies);
    crossChecks = List.copyOf(crossChecks);
    verdicts = List.copyOf(verdicts);
  }

  /** Every claim result, in paper order. */
  public List<ClaimResult> results() {
    return studies.stream().flatMap(s -> s.results().stream()).toList();
  }

  /** The result of one claim. */
  public Optional<ClaimResult> result(String claimId) {
    return results().stream().filter(r -> r.claim().id().equals(claimId)).findFirst();
  }

  /**
   * True when every claim the data can decide matches, every cross-check agrees and every
   * recomputed verdict agrees: what {@code nk repro} turns into exit code 0.
   */
  public boolean reproduced() {
    return studies.stream().allMatch(StudyReport::decidableAllMatch)
        && crossChecks.stream().allMatch(CrossCheck::agrees)
        && verdicts.stream().allMatch(RecomputedVerdict::agrees);
  }
}
