package org.negativeknowledge.app.repro;

import java.util.List;
import java.util.Locale;

/** The studies of the paper whose numbers {@link Repro} re-derives, or all of them. */
public enum Study {
  /** Section 3: the ScienceAgentBench retry study (Table 1, memory sizes, solver tokens). */
  SECTION3("section3", "section 3", "ScienceAgentBench retry study"),
  /** Section 4: the Burgers-swept-KdV memory-condition study. */
  SECTION4("section4", "section 4", "Burgers-swept-KdV memory-condition study"),
  /** The appendix: the Burgers-NLS cross-domain transfer study. */
  APPENDIX("appendix", "appendix", "Burgers-NLS cross-domain transfer study"),
  /** Every study, in paper order. */
  ALL("all", "all studies", "every study of the paper");

  private final String cliName;
  private final String label;
  private final String title;

  Study(String cliName, String label, String title) {
    this.cliName = cliName;
    this.label = label;
    this.title = title;
  }

  /** The name used on the command line and as the data folder name ({@code section3}, ...). */
  public String cliName() {
    return cliName;
  }

  /** How a report names the study ({@code section 3}). */
  public String label() {
    return label;
  }

  /** What the study is. */
  public String title() {
    return title;
  }

  /** The single studies this value stands for: itself, or all three for {@link #ALL}. */
  public List<Study> parts() {
    return this == ALL ? List.of(SECTION3, SECTION4, APPENDIX) : List.of(this);
  }

  /**
   * The study of a command-line name.
   *
   * @throws IllegalArgumentException naming the accepted values when {@code name} is none of them
   */
  public static Study fromCliName(String name) {
    for (Study s : values()) {
      if (s.cliName.equals(name.toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown study '" + name + "': use section3, section4, appendix or all");
  }
}
