package org.negativeknowledge.app.repro;

import java.util.List;
import java.util.Objects;

/**
 * A consistency check between a file the verifiers read (an aggregate such as {@code
 * memory_tokens.json}, or a verdict list) and the raw files it was made from. A check that finds
 * differences means the aggregate no longer describes the raw artifacts.
 *
 * @param id a stable id ({@code S3-X1}, ...)
 * @param study the study
 * @param title what is compared
 * @param compared how many items were compared
 * @param agreeing how many of them agree
 * @param differences one line per item that disagrees, saying both values
 * @param notes what could not be compared and why, and figures worth knowing (raw medians)
 * @param sources the files read, relative to the data folder
 */
public record CrossCheck(
    String id,
    Study study,
    String title,
    int compared,
    int agreeing,
    List<String> differences,
    List<String> notes,
    List<String> sources) {

  public CrossCheck {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(study, "study");
    Objects.requireNonNull(title, "title");
    differences = List.copyOf(differences);
    notes = List.copyOf(notes);
    sources = List.copyOf(sources);
  }

  /** True when nothing compared disagrees. */
  public boolean agrees() {
    return differences.isEmpty();
  }
}
