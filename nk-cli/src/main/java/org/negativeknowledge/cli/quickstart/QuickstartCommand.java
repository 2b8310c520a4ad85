package org.negativeknowledge.cli.quickstart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.negativeknowledge.curator.anthropic.AnthropicSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nk quickstart}: the first run, on the project's own sample failure (see {@link Quickstart}). */
@Command(name = "quickstart", mixinStandardHelpOptions = true,
    description = {
      "Walks through the whole loop on a small sample failure shipped with nk (" + Quickstart.EXAMPLE_DIR + "):"
          + " curate it (offline), validate the record, add it to a bank, consult the bank for the next"
          + " attempt, and print the memory block that attempt reads and the commands to run next.",
      "Without --bank it uses a throwaway bank in a temporary folder, deleted at the end unless --keep."
          + " Run it twice on one bank to see the same failure counted as another occurrence instead of"
          + " stored twice."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every step ran", "2:usage or I/O error, sample not found, or the live curator failed"})
public final class QuickstartCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--bank", paramLabel = "URL",
      description = "the bank to add to (file path, sqlite: or jdbc:postgresql: URL); default: a throwaway bank")
  String bank;

  @Option(names = "--example", paramLabel = "DIR",
      description = "a sample failure of your own (task.md and round1/); default: the one shipped with nk")
  Path example;

  @Option(names = "--keep", description = "keep the temporary folder (record file, throwaway bank) after the run")
  boolean keep;

  @Option(names = "--live", description = "curate with the model curator (needs ANTHROPIC_API_KEY) instead of offline")
  boolean live;

  @Option(names = "--model", defaultValue = "sonnet", paramLabel = "M",
      description = "model for --live: sonnet, haiku, opus or a model id; default: ${DEFAULT-VALUE}")
  String model;

  @Override
  public Integer call() throws Exception {
    if (example != null && !Files.isRegularFile(example.resolve("task.md"))) {
      throw new IllegalArgumentException("no sample failure in " + example
          + ": --example needs a folder with task.md and round1/ (candidate.py, exec.log, reasoning.md)");
    }
    String key = System.getenv(AnthropicSettings.API_KEY_ENV);
    QuickstartSettings settings = QuickstartSettings.defaults()
        .withExample(example)
        .withKeep(keep)
        .withBank(bank)
        .withLive(live, model)
        .withApiKeyPresent(key != null && !key.isBlank());
    Quickstart.of(settings).run(spec.commandLine().getOut());
    return 0;
  }
}
