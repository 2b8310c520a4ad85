package org.negativeknowledge.cli.quickstart;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How {@link Quickstart} runs. Immutable; start from {@link #defaults(Path)}.
 *
 * @param exampleDir the sample failure: {@code task.md} and a {@code round1/} round directory
 * @param bankUrl the bank to add to (file path, {@code sqlite:} or {@code jdbc:postgresql:} URL);
 *     null means a new throwaway SQLite bank in a temporary folder
 * @param live curate with the model curator ({@code LlmCurator}) instead of the offline one
 * @param model the model alias or id for {@code live}
 * @param apiKeyPresent whether {@code ANTHROPIC_API_KEY} is set (only used to say that the live
 *     curator is available)
 */
public record QuickstartSettings(Path exampleDir, String bankUrl, boolean live, String model, boolean apiKeyPresent) {

  /** The task id the sample failure is filed under. */
  public static final String TASK_ID = "quickstart-monthly-revenue";

  public QuickstartSettings {
    Objects.requireNonNull(exampleDir, "exampleDir");
    Objects.requireNonNull(model, "model");
  }

  /** Offline curation of {@code exampleDir} into a throwaway bank. */
  public static QuickstartSettings defaults(Path exampleDir) {
    return new QuickstartSettings(exampleDir, null, false, "sonnet", false);
  }

  public QuickstartSettings withBank(String url) {
    return new QuickstartSettings(exampleDir, url, live, model, apiKeyPresent);
  }

  public QuickstartSettings withLive(boolean on, String modelName) {
    return new QuickstartSettings(exampleDir, bankUrl, on, modelName, apiKeyPresent);
  }

  public QuickstartSettings withApiKeyPresent(boolean present) {
    return new QuickstartSettings(exampleDir, bankUrl, live, model, present);
  }
}
