package org.negativeknowledge.app.loop;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Which curator turns failed attempts into records: the offline rules, a model, recorded records,
 * or a {@link LoopCurator} of the caller's. Parsed from {@code --curator} by {@link #parse}.
 */
public sealed interface CuratorChoice {

  /** The curator's text form, recorded in the run folder. */
  String spec();

  /** The deterministic offline curator: no model, no network. */
  record Offline() implements CuratorChoice {
    @Override
    public String spec() {
      return "offline";
    }
  }

  /**
   * A model curator (one forced {@code write_record} call per record).
   *
   * @param model an alias or a full model id
   * @param environment where {@code ANTHROPIC_API_KEY} and {@code ANTHROPIC_BASE_URL} are read
   */
  record Model(String model, Map<String, String> environment) implements CuratorChoice {
    public Model {
      Objects.requireNonNull(model, "model");
      environment = Map.copyOf(environment);
    }

    @Override
    public String spec() {
      return "model:" + model;
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

  /**
   * Parses {@code offline}, {@code model} or {@code model:NAME} (default model {@code sonnet}), or
   * {@code replay:DIR}.
   *
   * @throws IllegalArgumentException for anything else
   */
  static CuratorChoice parse(String text) {
    String t = text.strip();
    if (t.equals("offline")) {
      return new Offline();
    }
    if (t.equals("model")) {
      return new Model("sonnet", System.getenv());
    }
    if (t.startsWith("model:") && t.length() > "model:".length()) {
      return new Model(t.substring("model:".length()), System.getenv());
    }
    if (t.startsWith("replay:") && t.length() > "replay:".length()) {
      return new Replay(Path.of(t.substring("replay:".length())));
    }
    throw new IllegalArgumentException("--curator: '" + text + "': use offline, model, model:NAME or replay:DIR");
  }
}
