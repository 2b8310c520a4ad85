package org.negativeknowledge.app.curate;

import java.nio.file.Path;
import java.util.Objects;
import org.negativeknowledge.curator.anthropic.AnthropicModelClient;
import org.negativeknowledge.curator.anthropic.AnthropicSettings;
import org.negativeknowledge.curator.llm.CurationMode;
import org.negativeknowledge.curator.llm.LlmCurator;
import org.negativeknowledge.curator.offline.OfflineCurator;
import org.negativeknowledge.curator.prompt.PromptTemplates;
import org.negativeknowledge.taxonomy.TaxonomyProfile;

/**
 * Which curator to use and how it is configured: the one place where curators are built, for the
 * command line, the HTTP API, MCP and the loop alike. Immutable; start from {@link #offline}, {@link
 * #model} or {@link #auto}.
 *
 * @param model the model settings, or null for the offline curator
 * @param mode inline (one forced {@code write_record} call) or tools (the Read/Write loop)
 * @param profile the taxonomy profile of curated records
 * @param prompts a folder whose templates override the built-in prompts, or null
 * @param maxTurns tools mode: the most model calls, 0 for the default
 */
public record CuratorChoice(
    AnthropicSettings model, CurationMode mode, TaxonomyProfile profile, Path prompts, int maxTurns) {

  public CuratorChoice {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(profile, "profile");
    if (maxTurns < 0) {
      throw new IllegalArgumentException("maxTurns must be 0 (default) or more, got " + maxTurns);
    }
  }

  /** The offline curator: rules over the failure signature, no model, no key. */
  public static CuratorChoice offline(TaxonomyProfile profile) {
    return new CuratorChoice(null, CurationMode.INLINE, profile, null, 0);
  }

  /** The model curator with {@code settings} (a missing API key fails at the first call). */
  public static CuratorChoice model(AnthropicSettings settings, TaxonomyProfile profile) {
    return new CuratorChoice(Objects.requireNonNull(settings, "settings"), CurationMode.INLINE, profile, null, 0);
  }

  /** The model curator when {@code settings} carry an API key, else the offline curator. */
  public static CuratorChoice auto(AnthropicSettings settings, TaxonomyProfile profile) {
    return settings.apiKey().isPresent() ? model(settings, profile) : offline(profile);
  }

  /** Whether this choice calls a model. */
  public boolean usesModel() {
    return model != null;
  }

  /** This choice with the offline curator, whatever it was. */
  public CuratorChoice offlineInstead() {
    return new CuratorChoice(null, mode, profile, prompts, maxTurns);
  }

  /** This choice in another mode. */
  public CuratorChoice withMode(CurationMode value) {
    return new CuratorChoice(model, value, profile, prompts, maxTurns);
  }

  /** This choice with another taxonomy profile. */
  public CuratorChoice withProfile(TaxonomyProfile value) {
    return new CuratorChoice(model, mode, value, prompts, maxTurns);
  }

  /** This choice with prompt templates from {@code dir}. */
  public CuratorChoice withPrompts(Path dir) {
    return new CuratorChoice(model, mode, profile, dir, maxTurns);
  }

  /** This choice with at most {@code n} model calls in tools mode (0: the default). */
  public CuratorChoice withMaxTurns(int n) {
    return new CuratorChoice(model, mode, profile, prompts, n);
  }

  /**
   * Builds the curator; close the result after the curation.
   *
   * @param outputPath where a tools-mode curator writes its record, or null for the default
   */
  public OpenCurator open(Path outputPath) {
    if (model == null) {
      return new OpenCurator(new OfflineCurator(profile), "offline", null);
    }
    AnthropicModelClient client = AnthropicModelClient.create(model);
    LlmCurator.Builder b = LlmCurator.builder(client).mode(mode).profile(profile);
    if (outputPath != null) {
      b.outputPath(outputPath);
    }
    if (prompts != null) {
      b.templates(PromptTemplates.overriddenBy(prompts));
    }
    if (maxTurns > 0) {
      b.maxTurns(maxTurns);
    }
    return new OpenCurator(b.build(), "model:" + client.model(), client);
  }
}
