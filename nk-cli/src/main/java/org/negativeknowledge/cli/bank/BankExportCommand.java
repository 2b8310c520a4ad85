package org.negativeknowledge.cli.bank;

import org.negativeknowledge.cli.support.BankOptions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.negativeknowledge.app.NkApp;
import org.negativeknowledge.bank.io.ExportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nk bank export}: writes the bank as JSONL. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the bank as JSONL, in the order entries were first stored.",
      "Each line is the original object (export, import into an empty bank and export again gives"
          + " the same bytes), or with --with-meta {id, revision, status, polarity, polarity_rule,"
          + " domain, provenance, record}."
    })
public final class BankExportCommand implements Callable<Integer> {
  /** Which revisions to write. */
  enum Status {
    ACTIVE,
    ALL
  }

  @Spec CommandSpec spec;
  @Mixin BankOptions bankOptions;

  @Option(names = "--status", defaultValue = "active", paramLabel = "active|all",
      description = "active entries only, or every revision; default: ${DEFAULT-VALUE}")
  Status status;

  @Option(names = "--with-meta", description = "wrap each original with its metadata")
  boolean withMeta;

  @Option(names = {"-o", "--output"}, paramLabel = "F", description = "write to F instead of standard output")
  Path output;

  @Override
  public Integer call() throws IOException {
    ExportOptions options = new ExportOptions(status == Status.ALL, withMeta);
    try (NkApp app = bankOptions.app(false)) {
      if (output == null) {
        app.entries().export(spec.commandLine().getOut(), options);
      } else {
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        long n;
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
          n = app.entries().export(w, options);
        }
        spec.commandLine().getErr().println("exported " + n + " lines to " + output);
      }
    }
    return 0;
  }
}
