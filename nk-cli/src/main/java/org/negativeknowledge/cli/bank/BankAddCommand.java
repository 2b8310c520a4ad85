package org.negativeknowledge.cli.bank;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.negativeknowledge.app.NkApp;
import org.negativeknowledge.app.entries.AddResult;
import org.negativeknowledge.app.view.EntryViews;
import org.negativeknowledge.bank.io.ImportOptions;
import org.negativeknowledge.cli.support.BankOptions;
import org.negativeknowledge.cli.support.OutputFormat;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.validation.ValidationLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nk bank add}: validates one record and stores it, as {@code nk_add} and {@code POST /api/entries} do. */
@Command(name = "add", mixinStandardHelpOptions = true,
    description = "Validates one record (a .json file: depth-1, deep or knowledge entry) and adds it to the bank;"
        + " an invalid record is refused with every issue. Bulk loading is nk bank import.")
public final class BankAddCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin BankOptions bankOptions;
  @Mixin OutputFormat format;

  @Parameters(index = "0", paramLabel = "FILE", description = "the record, one JSON object")
  Path file;

  @Option(names = "--level", defaultValue = "strict", paramLabel = "strict|reference",
      description = "validation level; default: ${DEFAULT-VALUE}")
  String level;

  @Option(names = "--domain", paramLabel = "D", description = "domain for a record without one")
  String domain;

  @Option(names = "--author", paramLabel = "A", description = "who wrote it (default: $USER)")
  String author;

  @Option(names = "--source", paramLabel = "S", description = "provenance tag (default: the file)")
  String source;

  @Override
  public Integer call() throws Exception {
    var record = NkJson.parseObject(Files.readString(file, StandardCharsets.UTF_8));
    ValidationLevel l = ValidationLevel.valueOf(level.toUpperCase(Locale.ROOT));
    ImportOptions options = ImportOptions.defaults().withDomain(domain).withAuthor(author)
        .withSource(source != null ? source : file.toString());
    AddResult r;
    try (NkApp app = bankOptions.app(true)) {
      r = app.entries().add(record, l, options);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      OutputFormat.print(out, EntryViews.added(r));
    } else {
      out.println(r.status() + " " + r.entry().id() + " (revision " + r.entry().revision() + ")");
      r.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
      out.flush();
    }
    return 0;
  }
}
