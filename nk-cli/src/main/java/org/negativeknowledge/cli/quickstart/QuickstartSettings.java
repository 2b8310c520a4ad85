package org.negativeknowledge.cli.quickstart;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How {@link Quickstart} runs. Immutable; start from {@link #defaults(Path)}.
 *
 * @param exampleDir a sample failure: {@code task.md} and a {@code round1/} round directory; null
 *     means the sample shipped inside nk ({@link SampleFailure})
 * @param bankUrl the bank to add to (file path, {@code sqlite:} or {@code jdbc:postgresql:} URL);
 *     null means a new throwaway SQLite bank in a temporary folder
 * @param live curate with the model curator ({@code LlmCurator}) instead of the offline one
 * @param model the model alias or id for {@code live}
 * @param apiKeyPresent whether {@code ANTHROPIC_API_KEY} is set (only used to say that the live
 *     curator is available)
 * @param keep keep the temporary folder (the record file, and the throwaway bank when no {@code
 *     bankUrl} is given) after the run; otherwise it is deleted
 */
public record QuickstartSettings(
    Path exampleDir, String bankUrl, boolean live, String model, boolean apiKeyPresent, boolean keep) {

  /** The task id the sample failure is filed under. */
  public static final String TASK_ID = "quickstart-monthly-revenue";

  public QuickstartSettings {
    Objects.requireNonNull(model, "model");
  }

  /** Offline curation of the bundled sample into a throwaway bank, deleted afterwards. */
  public static QuickstartSettings defaults() {
    return new QuickstartSettings(null, null, false, "sonnet", false, false);
  }

  /** These settings with another sample folder (null: the bundled sample). */
  public QuickstartSettings withExample(Path dir) {
    return new QuickstartSettings(dir, bankUrl, live, model, apiKeyPresent, keep);
  }

  /** These settings with a bank to add to (null: a throwaway bank). */
  public QuickstartSettings withBank(String url) {
    return new QuickstartSettings(exampleDir, url, live, model, apiKeyPresent, keep);
  }

  /** These settings with the model curator on or off. */
  public QuickstartSettings withLive(boolean on, String modelName) {
    return new QuickstartSettings(exampleDir, bankUrl, on, modelName, apiKeyPresent, keep);
  }

  /** These settings saying whether an API key is present. */
  public QuickstartSettings withApiKeyPresent(boolean present) {
    return new QuickstartSettings(exampleDir, bankUrl, live, model, present, keep);
  }

  /** These settings keeping (or deleting) the temporary folder after the run. */
  public QuickstartSettings withKeep(boolean on) {
    return new QuickstartSettings(exampleDir, bankUrl, live, model, apiKeyPresent, on);
  }
}
