package org.negativeknowledge.curator.anthropic;

import java.util.Locale;
import java.util.Map;

/**
 * Maps the short model names users type ({@code sonnet}, {@code haiku}, {@code opus}) to current
 * Anthropic model ids; any other name is taken as a full model id and passes through unchanged.
 */
public final class ModelAliases {

  /** The model used when none is given. */
  public static final String DEFAULT_ALIAS = "sonnet";

  private static final Map<String, String> ALIASES =
      Map.of(
          "sonnet", "claude-sonnet-4-6",
          "haiku", "claude-haiku-4-5",
          "opus", "claude-opus-4-6");

  private ModelAliases() {}

  /**
   * The model id for a name: an alias (case-insensitive) maps to its id; anything else is returned
   * as given (trimmed).
   *
   * @throws IllegalArgumentException when the name is blank
   */
  public static String resolve(String nameOrId) {
    if (nameOrId == null || nameOrId.isBlank()) {
      throw new IllegalArgumentException("model name is blank; use sonnet, haiku, opus or a full model id");
    }
    String key = nameOrId.trim();
    return ALIASES.getOrDefault(key.toLowerCase(Locale.ROOT), key);
  }

  /** The aliases and the ids they map to. */
  public static Map<String, String> aliases() {
    return ALIASES;
  }
}
