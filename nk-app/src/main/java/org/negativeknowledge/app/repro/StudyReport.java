package org.negativeknowledge.app.repro;

import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The claims of one study re-derived from the data.
 *
 * @param study the study
 * @param results one result per claim, in the paper's order
 */
public record StudyReport(Study study, List<ClaimResult> results) {
  public StudyReport {
    Objects.requireNonNull(study, "study");
    results = List.copyOf(results);
  }

  /** Claims whose computed value equals the paper's. */
  public long matching() {
    return count(Outcome.MATCH);
  }

  /** Claims that differ although all their inputs are present. */
  public List<ClaimResult> mismatches() {
    return results.stream().filter(r -> r.outcome() == Outcome.MISMATCH).toList();
  }

  /** Claims the data cannot decide because inputs are missing. */
  public List<ClaimResult> undecidable() {
    return results.stream().filter(r -> r.outcome() == Outcome.NOT_DECIDABLE).toList();
  }

  /** True when every claim the data can decide matches. */
  public boolean decidableAllMatch() {
    return mismatches().isEmpty();
  }

  /**
   * One line: {@code section 3: 25 of 39 match; 14 differ because tasks are missing from this
   * data: 004, 011; ...}.
   */
  public String summaryLine() {
    StringBuilder sb = new StringBuilder();
    sb.append(study.label()).append(": ").append(matching()).append(" of ").append(results.size())
        .append(" match");
    List<ClaimResult> undecided = undecidable();
    if (!undecided.isEmpty()) {
      SortedSet<String> tasks = new TreeSet<>();
      SortedSet<String> files = new TreeSet<>();
      for (ClaimResult r : undecided) {
        for (MissingInput m : r.missing()) {
          if (m.task() != null) {
            tasks.add(m.task());
          } else {
            files.add(m.file());
          }
        }
      }
      sb.append("; ").append(undecided.size()).append(" differ because ");
      if (!tasks.isEmpty()) {
        sb.append("tasks are missing from this data: ").append(String.join(", ", tasks));
      }
      if (!files.isEmpty()) {
        sb.append(tasks.isEmpty() ? "" : ", and ").append("files are missing from this data: ")
            .append(String.join(", ", files));
      }
      sb.append(" (not decidable: ").append(ids(undecided)).append(')');
    }
    List<ClaimResult> wrong = mismatches();
    if (!wrong.isEmpty()) {
      sb.append("; ").append(wrong.size()).append(" do not match: ").append(ids(wrong));
    }
    return sb.toString();
  }

  private long count(Outcome o) {
    return results.stream().filter(r -> r.outcome() == o).count();
  }

  private static String ids(List<ClaimResult> rs) {
    return rs.stream().map(r -> r.claim().id()).collect(Collectors.joining(", "));
  }
}
