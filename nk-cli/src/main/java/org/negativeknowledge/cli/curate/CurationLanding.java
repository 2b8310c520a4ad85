package org.negativeknowledge.cli.curate;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.io.ImportOptions;
import org.negativeknowledge.bank.io.ImportReport;
import org.negativeknowledge.curator.CurationResult;
import org.negativeknowledge.curator.FailureArtifacts;
import org.negativeknowledge.curator.RecordFiles;
import org.negativeknowledge.server.CuratedOrigins;
import org.negativeknowledge.validation.ValidationIssue;

/** Lands a curation: the record (atomically, only when valid or accepted), the audit, the bank entry. */
final class CurationLanding {
  private CurationLanding() {}

  /** Returns the exit code: 0 valid and written, 1 issues (written only with acceptIssues). */
  static int land(CurationResult r, Path output, Path audit, String bankUrl, boolean acceptIssues, PrintWriter err) {
    return land(r, output, audit, bankUrl, acceptIssues, err, List.of());
  }

  /**
   * As {@link #land(CurationResult, Path, Path, String, boolean, PrintWriter)}; the bank entry is
   * deduplicated by the failure signature of {@code rounds} (see {@link CuratedOrigins}).
   */
  static int land(CurationResult r, Path output, Path audit, String bankUrl, boolean acceptIssues, PrintWriter err,
      List<FailureArtifacts> rounds) {
    if (audit != null) {
      RecordFiles.writeAtomically(audit, r.audit());
    }
    boolean valid = r.validation().valid();
    for (ValidationIssue i : r.validation().issues()) {
      err.println(output + ": " + i.path() + ": " + i.code() + ": " + i.message());
    }
    if (!valid && !acceptIssues) {
      err.println(output + ": not written: the record still has " + r.validation().issues().size()
          + " issue(s) after the repair turn (--accept-issues writes it anyway"
          + (audit != null ? "; the audit holds both attempts" : "") + ")");
      return 1;
    }
    RecordFiles.writeAtomically(output, r.record());
    if (bankUrl != null) {
      addToBank(r, output, bankUrl, err, rounds);
    }
    return valid ? 0 : 1;
  }

  private static void addToBank(CurationResult r, Path output, String bankUrl, PrintWriter err,
      List<FailureArtifacts> rounds) {
    Map<String, String> hashes = new LinkedHashMap<>();
    r.audit().path("inputs").properties().forEach(e -> {
      if (e.getValue().has("sha256")) {
        hashes.put(e.getKey(), e.getValue().path("sha256").asText());
      }
    });
    String author = "nk-curator:" + r.audit().path("mode").asText() + ":" + r.audit().path("model").asText();
    ImportOptions options = ImportOptions.defaults()
        .withSource(output.toString())
        .withAuthor(author)
        .withInputHashes(hashes);
    try (Bank bank = Bank.open(bankUrl)) {
      var origin = CuratedOrigins.of(r, rounds);
      ImportReport report = origin.isPresent()
          ? bank.importCurated(List.of(r.record().deepCopy()), output.toString(), options, origin.get())
          : bank.importRecords(List.of(r.record().deepCopy()), output.toString(), options);
      err.println(output + ": added to bank " + bank.location() + ": " + report.summary());
    }
  }

  /** A one-line usage account. */
  static String usageLine(CurationResult r) {
    var u = r.usage();
    return "tokens in " + u.inputTokens() + ", out " + u.outputTokens() + "; model calls " + u.modelCalls()
        + ", tool calls " + u.toolCalls() + "; " + u.duration().toMillis() + " ms; stop " + u.stopReason();
  }
}
