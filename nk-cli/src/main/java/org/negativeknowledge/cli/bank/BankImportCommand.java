package org.negativeknowledge.cli.bank;

import org.negativeknowledge.cli.support.BankOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.negativeknowledge.app.NkApp;
import org.negativeknowledge.app.view.EntryViews;
import org.negativeknowledge.cli.support.OutputFormat;
import org.negativeknowledge.bank.io.ImportOptions;
import org.negativeknowledge.bank.io.ImportReport;
import org.negativeknowledge.bank.io.Rejection;
import org.negativeknowledge.taxonomy.TaxonomyProfile;
import org.negativeknowledge.validation.stream.RecordSourceException;
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
      "Files are read exactly as nk validate reads them: a .json file is one record (a JSON"
          + " object), a .jsonl or .ndjson file one record per line (blank lines skipped), a folder"
          + " is searched recursively for both, skipping names that start with a dot.",
      "All-or-nothing: when any record is rejected nothing is stored, unless --skip-invalid.",
      "Content already in the bank is reported unchanged; an existing id with other content is"
          + " rejected (use nk bank revise).",
      "Each rejection is listed as FILE:LINE: reason [code], the first "
          + ImportReport.LISTED_REJECTIONS + " of them, then counted by code."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:everything imported or unchanged",
      "1:some record rejected",
      "2:usage or I/O error, a missing path (nothing is imported then)"
    })
public final class BankImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin BankOptions bankOptions;
  @Mixin OutputFormat format;

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
  public Integer call() {
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
    try (NkApp app = bankOptions.app(true)) {
      report = app.entries().importFiles(inputs, options);
    } catch (RecordSourceException e) {
      if (terminal) {
        err.println(); // end the progress line; the error handler prints "nk bank import: ..."
      }
      throw e;
    }
    if (terminal) {
      err.println();
    }
    if (format.json()) {
      OutputFormat.print(out, EntryViews.importReport(report));
      return report.rejected() > 0 ? 1 : 0;
    }
    out.println(report.summary());
    for (Rejection r : report.rejections()) {
      out.println("  rejected " + r);
    }
    if (report.rejectionsNotListed() > 0) {
      out.println("  ... and " + report.rejectionsNotListed() + " more rejections not listed");
    }
    if (report.rejected() > 0) {
      StringBuilder byCode = new StringBuilder("rejections by reason: ");
      report.rejectionCounts().forEach((code, n) -> byCode.append(code).append(' ').append(n).append(", "));
      out.println(byCode.substring(0, byCode.length() - 2));
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
