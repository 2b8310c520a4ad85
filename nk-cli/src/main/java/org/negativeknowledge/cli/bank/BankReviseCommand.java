package org.negativeknowledge.cli.bank;

import org.negativeknowledge.cli.support.BankOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.negativeknowledge.app.NkApp;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.record.MalformedJsonException;
import org.negativeknowledge.record.NkJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nk bank revise}: stores a corrected record as a new revision. */
@Command(name = "revise", mixinStandardHelpOptions = true,
    description = {
      "Stores the corrected record in FILE (one JSON object) as a new revision of entry ID and"
          + " marks the current revision superseded; history keeps both with the reason."
    })
public final class BankReviseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin BankOptions bankOptions;

  @Parameters(index = "0", paramLabel = "ID", description = "the entry to correct")
  String id;

  @Parameters(index = "1", paramLabel = "FILE", description = "the corrected record (a .json file)")
  Path file;

  @Option(names = "--reason", required = true, paramLabel = "R", description = "why the correction is made")
  String reason;

  @Option(names = "--author", paramLabel = "A", description = "who corrects it (default: $USER)")
  String author;

  @Option(names = "--expected-revision", paramLabel = "N",
      description = "the revision the correction is based on (nk bank get shows it); refused when someone"
          + " has revised the entry since, instead of overwriting their change")
  Integer expectedRevision;

  @Override
  public Integer call() throws IOException {
    var corrected = parse(file);
    BankEntry e;
    try (NkApp app = bankOptions.app(false)) {
      e = app.entries().revise(id, corrected, reason, author, expectedRevision);
    }
    spec.commandLine().getOut().println("revised " + e.id() + ": revision " + e.revision() + " is active");
    return 0;
  }

  private static com.fasterxml.jackson.databind.node.ObjectNode parse(Path file) throws IOException {
    try {
      return NkJson.parseObject(Files.readString(file, StandardCharsets.UTF_8));
    } catch (MalformedJsonException ex) {
      throw new IllegalArgumentException(
          file + ":" + ex.line() + ":" + ex.column() + ": " + ex.getMessage(), ex);
    }
  }
}
