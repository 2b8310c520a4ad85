package org.negativeknowledge.app.loop;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.negativeknowledge.curator.anthropic.AnthropicSettings;
import org.negativeknowledge.taxonomy.TaxonomyProfile;

/**
 * Which curator turns failed attempts into records: the offline rules or a model (both built by
 * the application layer's {@link org.negativeknowledge.app.curate.CuratorChoice}), the paper's
 * recorded records, or a {@link LoopCurator} of the caller's. Parsed from {@code --curator} by
 * {@link #parse}.
 */
public sealed interface CuratorChoice {

  /** The curator's text form, recorded in the run folder. */
  String spec();

  /**
   * The offline or the model curator, as the application layer builds it.
   *
   * @param choice the curator and its settings
   */
  record Built(org.negativeknowledge.app.curate.CuratorChoice choice) implements CuratorChoice {
    public Built {
      Objects.requireNonNull(choice, "choice");
    }

    @Override
    public String spec() {
      return choice.usesModel() ? "model:" + choice.model().model() : "offline";
    }
  }

  /**
   * The paper's recorded records ({@code section3/nk_records} and {@code curator_audit}).
   *
   * @param dir the recording
   */
  record Replay(Path dir) implements CuratorChoice {
    public Replay {
      Objects.requireNonNull(dir, "dir");
    }

    @Override
    public String spec() {
      return "replay:" + dir;
    }
  }

  /**
   * A curator of the caller's; the loop closes it at the end.
   *
   * @param curator the curator
   */
  record Custom(LoopCurator curator) implements CuratorChoice {
    public Custom {
      Objects.requireNonNull(curator, "curator");
    }

    @Override
    public String spec() {
      return "custom:" + curator.describe();
    }
  }

  /** The offline curator (profile core): no model, no network. */
  static CuratorChoice offline() {
    return new Built(org.negativeknowledge.app.curate.CuratorChoice.offline(TaxonomyProfile.core()));
  }

  /**
   * The model curator (profile core).
   *
   * @param model an alias or a full model id
   * @param environment where {@code ANTHROPIC_API_KEY} and {@code ANTHROPIC_BASE_URL} are read
   */
  static CuratorChoice model(String model, Map<String, String> environment) {
    return new Built(org.negativeknowledge.app.curate.CuratorChoice.model(
        AnthropicSettings.fromEnv(environment).withModel(model), TaxonomyProfile.core()));
  }

  /**
   * Parses {@code offline}, {@code model} or {@code model:NAME} (default model {@code sonnet}), or
   * {@code replay:DIR}, with the process's environment.
   *
   * @throws IllegalArgumentException for anything else
   */
  static CuratorChoice parse(String text) {
    String t = text.strip();
    if (t.equals("offline")) {
      return offline();
    }
    if (t.equals("model")) {
      return model("sonnet", System.getenv());
    }
    if (t.startsWith("model:") && t.length() > "model:".length()) {
      return model(t.substring("model:".length()), System.getenv());
    }
    if (t.startsWith("replay:") && t.length() > "replay:".length()) {
      return new Replay(Path.of(t.substring("replay:".length())));
    }
    throw new IllegalArgumentException("--curator: '" + text + "': use offline, model, model:NAME or replay:DIR");
  }
}
