package org.negativeknowledge.cli.curate;

import java.nio.file.Path;
import java.time.Duration;
import org.negativeknowledge.curator.Curator;
import org.negativeknowledge.curator.anthropic.AnthropicModelClient;
import org.negativeknowledge.curator.anthropic.AnthropicSettings;
import org.negativeknowledge.curator.llm.CurationMode;
import org.negativeknowledge.curator.llm.LlmCurator;
import org.negativeknowledge.curator.offline.OfflineCurator;
import org.negativeknowledge.curator.prompt.PromptTemplates;
import org.negativeknowledge.taxonomy.TaxonomyProfile;
import picocli.CommandLine.Option;

/** Options every {@code nk curate} subcommand shares: model, mode, prompts, bank, offline. */
final class CurateOptions {

  @Option(names = "--model", defaultValue = "sonnet", paramLabel = "M",
      description = "sonnet, haiku, opus or a full model id; default: ${DEFAULT-VALUE}")
  String model;

  @Option(names = "--mode", defaultValue = "inline", paramLabel = "MODE",
      description = "inline (one request, forced write_record call) or tools (Read/Write loop); default: ${DEFAULT-VALUE}")
  CurationMode mode;

  @Option(names = "--offline", description = "use the deterministic offline curator: no model, no API key")
  boolean offline;

  @Option(names = "--profile", defaultValue = "core", paramLabel = "PROFILE",
      description = "taxonomy profile: core, exploration or a profile JSON file; default: ${DEFAULT-VALUE}")
  String profile;

  @Option(names = "--prompts", paramLabel = "DIR",
      description = "directory whose depth1.md, deep.md, round2.md override the built-in prompt templates")
  Path prompts;

  @Option(names = "--timeout", defaultValue = "120", paramLabel = "SECONDS",
      description = "timeout of one model call in seconds; default: ${DEFAULT-VALUE}")
  int timeoutSeconds;

  @Option(names = "--retries", defaultValue = "4", paramLabel = "N",
      description = "retries on HTTP 429, 529 and 5xx; default: ${DEFAULT-VALUE}")
  int retries;

  @Option(names = "--max-turns", defaultValue = "0", paramLabel = "N",
      description = "tools mode: most model calls before giving up; 0 = input files + 6")
  int maxTurns;

  @Option(names = "--accept-issues",
      description = "write the record even when it still has validation issues after the repair turn (exit 1)")
  boolean acceptIssues;

  @Option(names = "--bank", paramLabel = "URL",
      description = "also add the record to this bank (file path, sqlite: or jdbc:postgresql: URL) with its provenance")
  String bank;

  /** A curator as the options say; the caller closes the returned handle. */
  CuratorHandle open(Path output) {
    TaxonomyProfile p = TaxonomyProfile.byName(profile);
    if (offline) {
      return new CuratorHandle(new OfflineCurator(p), null);
    }
    AnthropicSettings settings = AnthropicSettings.fromEnv()
        .withModel(model)
        .withTimeout(Duration.ofSeconds(timeoutSeconds))
        .withRetries(retries, Duration.ofMillis(500), Duration.ofSeconds(8));
    AnthropicModelClient client = AnthropicModelClient.create(settings);
    LlmCurator.Builder b = LlmCurator.builder(client).mode(mode).profile(p).outputPath(output);
    if (prompts != null) {
      b.templates(PromptTemplates.overriddenBy(prompts));
    }
    if (maxTurns > 0) {
      b.maxTurns(maxTurns);
    }
    return new CuratorHandle(b.build(), client);
  }

  /** A curator and the client to close after it. */
  record CuratorHandle(Curator curator, AnthropicModelClient client) implements AutoCloseable {
    @Override
    public void close() {
      if (client != null) {
        client.close();
      }
    }
  }
}
