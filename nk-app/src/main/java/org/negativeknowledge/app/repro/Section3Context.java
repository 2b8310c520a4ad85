package org.negativeknowledge.app.repro;

/**
 * What section 3's computations read: the artifacts and the task sets made from them.
 *
 * @param artifacts the files
 * @param sets the task sets
 */
public record Section3Context(Section3Artifacts artifacts, Section3Sets sets) {

  /** Reads section 3 from {@code files}. */
  public static Section3Context of(DataFiles files) {
    Section3Artifacts a = new Section3Artifacts(files);
    return new Section3Context(a, Section3Sets.of(a));
  }
}
