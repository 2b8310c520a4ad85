package org.negativeknowledge.server;

import java.util.Objects;
import java.util.Optional;
import org.negativeknowledge.curator.Curator;
import org.negativeknowledge.curator.anthropic.AnthropicModelClient;
import org.negativeknowledge.curator.anthropic.AnthropicSettings;
import org.negativeknowledge.curator.llm.LlmCurator;
import org.negativeknowledge.curator.offline.OfflineCurator;
import org.negativeknowledge.taxonomy.TaxonomyProfile;

/**
 * Which curator {@code nk_curate} uses: the model curator when an Anthropic API key is configured
 * (environment {@code ANTHROPIC_API_KEY}), else the deterministic offline curator.
 *
 * @param anthropic the model settings, empty when no key is configured
 * @param profile the taxonomy profile of curated records
 */
public record CurationSettings(Optional<AnthropicSettings> anthropic, TaxonomyProfile profile) {

  public CurationSettings {
    Objects.requireNonNull(anthropic, "anthropic");
    Objects.requireNonNull(profile, "profile");
  }

  /**
   * The model curator with {@code model} (alias or id) when the environment has an API key, else
   * the offline curator; profile {@code core}.
   */
  public static CurationSettings fromEnv(String model) {
    AnthropicSettings s = AnthropicSettings.fromEnv();
    Optional<AnthropicSettings> a =
        s.apiKey().isPresent() ? Optional.of(model == null ? s : s.withModel(model)) : Optional.empty();
    return new CurationSettings(a, TaxonomyProfile.core());
  }

  /** Always the offline curator. */
  public static CurationSettings offline(TaxonomyProfile profile) {
    return new CurationSettings(Optional.empty(), profile);
  }

  /** A copy with another profile. */
  public CurationSettings withProfile(TaxonomyProfile p) {
    return new CurationSettings(anthropic, p);
  }

  /** Whether a model is configured. */
  public boolean hasModel() {
    return anthropic.isPresent();
  }

  /**
   * Opens a curator; {@code forceOffline} picks the offline one even with a model. Close the
   * handle after the curation.
   */
  public Handle open(boolean forceOffline) {
    if (forceOffline || anthropic.isEmpty()) {
      return new Handle(new OfflineCurator(profile), "offline", null);
    }
    AnthropicModelClient client = AnthropicModelClient.create(anthropic.get());
    return new Handle(LlmCurator.builder(client).profile(profile).build(), "model:" + client.model(), client);
  }

  /** A curator, how it is described in results, and the client to close after it (or null). */
  public record Handle(Curator curator, String kind, AutoCloseable client) implements AutoCloseable {
    @Override
    public void close() {
      if (client != null) {
        try {
          client.close();
        } catch (Exception e) {
          throw new ServerException(500, "cannot close the model client: " + e.getMessage(), null);
        }
      }
    }
  }
}
