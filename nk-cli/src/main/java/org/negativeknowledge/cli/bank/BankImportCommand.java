package org.negativeknowledge.cli.bank;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.ImportOptions;
import org.negativeknowledge.bank.ImportReport;
import org.negativeknowledge.bank.Rejection;
import org.negativeknowledge.taxonomy.TaxonomyProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nk bank import}: stores records from JSON / JSONL files and folders. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Imports NK records and knowledge entries into the bank.",
      "A .jsonl file holds one object per line (blank lines skipped); any other file holds one"
          + " object or an array of objects; a folder is searched recursively for .json and .jsonl.",
      "All-or-nothing: when any record is rejected nothing is stored, unless --skip-invalid.",
      "Content already in the bank is reported unchanged; an existing id with other content is"
          + " rejected (use nk bank revise)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:everything imported or unchanged", "1:some record rejected", "2:usage or I/O error"})
public final class BankImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin BankOptions bankOptions;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "files or folders to import")
  List<Path> inputs;

  @Option(names = "--skip-invalid", description = "import the valid records and list the rejected ones")
  boolean skipInvalid;

  @Option(names = "--domain", paramLabel = "D", description = "domain for records without a domain field")
  String domain;

  @Option(names = "--source", paramLabel = "S", description = "source tag stored in provenance (default: the file)")
  String source;

  @Option(names = "--author", paramLabel = "A", description = "author stored in provenance (default: $USER)")
  String author;

  @Option(
      names = "--profile",
      defaultValue = "exploration",
      paramLabel = "P",
      description = "taxonomy profile for the validation warnings stored with entries: core,"
          + " exploration or a profile JSON file; default: ${DEFAULT-VALUE}")
  String profile;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ImportOptions options =
        ImportOptions.defaults()
            .withProfile(TaxonomyProfile.byName(profile))
            .withSkipInvalid(skipInvalid)
            .withDomain(domain)
            .withSource(source)
            .withAuthor(author);
    boolean terminal = System.console() != null;
    if (terminal) {
      options =
          options.withProgress(
              (read, file) -> {
                err.print("\rimporting: " + read + " records read (" + file + ")   ");
                err.flush();
              });
    }
    ImportReport report;
    try (Bank bank = bankOptions.open()) {
      report = bank.importEntries(inputs, options);
    }
    if (terminal) {
      err.println();
    }
    out.println(report.summary());
    for (Rejection r : report.rejections()) {
      out.println("  rejected " + r);
    }
    for (String w : report.warnings()) {
      err.println("warning: " + w);
    }
    if (!report.committed()) {
      err.println("nothing was imported: fix the records above, or pass --skip-invalid");
    }
    out.flush();
    return report.rejected() > 0 ? 1 : 0;
  }
}
