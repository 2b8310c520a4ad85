package org.negativeknowledge.cli.curate;

import org.negativeknowledge.app.curate.CuratorChoice;
import org.negativeknowledge.app.curate.StorePolicy;
import org.negativeknowledge.bank.Bank;
import java.nio.file.Path;
import java.time.Duration;
import org.negativeknowledge.curator.anthropic.AnthropicSettings;
import org.negativeknowledge.curator.llm.CurationMode;
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

  /** The curator these options choose (built by the application layer, in one place). */
  CuratorChoice choice() {
    TaxonomyProfile p = TaxonomyProfile.byName(profile);
    if (offline) {
      return CuratorChoice.offline(p);
    }
    AnthropicSettings settings = AnthropicSettings.fromEnv()
        .withModel(model)
        .withTimeout(Duration.ofSeconds(timeoutSeconds))
        .withRetries(retries, Duration.ofMillis(500), Duration.ofSeconds(8));
    return CuratorChoice.model(settings, p).withMode(mode).withPrompts(prompts).withMaxTurns(maxTurns);
  }

  /** Whether a record with issues is still written and stored. */
  StorePolicy policy() {
    return acceptIssues ? StorePolicy.ACCEPT_ISSUES : StorePolicy.VALID_ONLY;
  }

  /** The bank to add records to, or null (curate only); created on first use. */
  Bank openBank() {
    return bank == null ? null : Bank.open(bank);
  }
}
