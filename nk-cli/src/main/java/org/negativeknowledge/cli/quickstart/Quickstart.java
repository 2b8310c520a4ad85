package org.negativeknowledge.cli.quickstart;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.negativeknowledge.app.NkApp;
import org.negativeknowledge.app.curate.Curation;
import org.negativeknowledge.app.curate.CurationOutcome;
import org.negativeknowledge.app.curate.CurationRequest;
import org.negativeknowledge.app.curate.CuratorChoice;
import org.negativeknowledge.app.curate.StorePolicy;
import org.negativeknowledge.app.curate.StoredCuration;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.consult.Consultation;
import org.negativeknowledge.bank.consult.SurfacedEntry;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.io.ImportReport;
import org.negativeknowledge.bank.store.BankLocation;
import org.negativeknowledge.bank.store.Dialect;
import org.negativeknowledge.curator.CuratorException;
import org.negativeknowledge.curator.FailureArtifacts;
import org.negativeknowledge.curator.RecordFiles;
import org.negativeknowledge.curator.TaskContext;
import org.negativeknowledge.curator.anthropic.AnthropicSettings;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.taxonomy.TaxonomyProfile;
import org.negativeknowledge.validation.ValidationIssue;
import org.negativeknowledge.validation.ValidationLevel;
import org.negativeknowledge.validation.ValidationReport;
import org.negativeknowledge.validation.Validator;


/**
 * The first run of the project, on a real (small) failure: curates the sample failed attempt,
 * validates the record, adds it to a bank, consults the bank as the next attempt would, and
 * prints the memory block that attempt reads and the commands to run next. Every step prints a
 * numbered heading to the given writer.
 *
 * <p>Offline by default (no model, no network). Running it again on the same bank counts another
 * occurrence of the same failure instead of storing a copy.
 */
public final class Quickstart {

  /** Where the sample failure lives in the repository (it also ships inside the jar). */
  public static final String EXAMPLE_DIR = "examples/quickstart";

  /** The memory block's token budget. */
  public static final int TOKEN_BUDGET = 1500;

  private static final String CONTEXT =
      "next attempt: monthly revenue per region from the order lines with pandas"
          + " (read_csv, quantity times price, groupby region and month)";

  private final QuickstartSettings settings;

  private Quickstart(QuickstartSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** A quickstart with {@code settings}. */
  public static Quickstart of(QuickstartSettings settings) {
    return new Quickstart(settings);
  }

  /**
   * Runs every step, printing to {@code out}. Works in a new temporary folder, deleted at the end
   * unless {@link QuickstartSettings#keep()}.
   *
   * @throws CuratorException when the sample cannot be read or the live curator fails
   * @throws IOException when the temporary folder or the record file cannot be written
   */
  public QuickstartResult run(PrintWriter out) throws IOException {
    Path work = Files.createTempDirectory("nk-quickstart-");
    try {
      return run(out, work);
    } finally {
      if (!settings.keep()) {
        TemporaryFolder.delete(work);
      }
    }
  }

  private QuickstartResult run(PrintWriter out, Path work) throws IOException {
    Path example = settings.exampleDir() != null ? settings.exampleDir() : SampleFailure.extractTo(work.resolve("sample"));
    String where = settings.exampleDir() != null ? example.toString() : "the sample shipped with nk, " + EXAMPLE_DIR;
    String bankUrl = settings.bankUrl() != null ? settings.bankUrl() : work.resolve("bank.db").toString();
    Path roundDir = example.resolve("round1");
    TaskContext task = TaskContext.fromInstructionFile(QuickstartSettings.TASK_ID, example.resolve("task.md"));
    FailureArtifacts round = FailureArtifacts.fromRoundDirectory(roundDir);

    heading(out, 1, "Curate the failed attempt (" + (settings.live() ? "live model curator, " + settings.model() : "offline curator, no model") + ")");
    out.println("   task:  " + QuickstartSettings.TASK_ID + " (" + where + ")");
    out.println("   round: round1 (candidate.py, exec.log, reasoning.md; no eval.log: it crashed first)");
    Path recordFile = work.resolve("nk_record.json");
    CurationRequest request = CurationRequest.of(task, List.of(round))
        .withOutputPath(recordFile).withSource(recordFile.toString());
    CurationOutcome curated = new Curation(null).curate(request, curatorChoice(), StorePolicy.NONE);
    ObjectNode record = curated.result().record();
    RecordFiles.writeAtomically(recordFile, record);
    out.println("   curator: " + curated.curator());
    out.println("   record" + (settings.keep() ? " written to " + recordFile : "") + ":");
    NkJson.pretty(record).lines().forEach(l -> out.println("     " + l));

    heading(out, 2, "Validate the record (strict, profile core)");
    ValidationReport validation = Validator.of(TaxonomyProfile.core(), ValidationLevel.STRICT).validate(record);
    if (validation.valid()) {
      out.println("   valid: every field present, within its length bound, facets in the core taxonomy");
    } else {
      for (ValidationIssue i : validation.issues()) {
        out.println("   " + i.path() + ": " + i.code() + ": " + i.message());
      }
      out.println("   " + validation.issues().size() + " issue(s); the record is still added so the walk-through continues");
    }

    heading(out, 3, "Add it to the bank");
    Path bankFile = sqliteFile(bankUrl);
    ImportReport report;
    BankEntry entry;
    Consultation consultation;
    String location;
    StoredCuration stored;
    try (NkApp app = NkApp.over(Bank.open(bankUrl), TaxonomyProfile.core(), curatorChoice())) {
      Bank bank = app.bank();
      location = bank.location();
      // The walk-through adds the record even with issues (it says so above), like --accept-issues.
      CurationOutcome outcome = app.curation().store(request, curated.result(), curated.curator(), StorePolicy.ACCEPT_ISSUES);
      stored = outcome.stored().orElseThrow(() -> new CuratorException(
          "the sample's record was not stored: " + outcome.notStored().orElse("")));
      report = stored.report();
      entry = stored.entry();
      out.println("   bank: " + location + (settings.bankUrl() == null ? " (a throwaway bank; pass --bank or --keep to keep one)" : ""));
      out.println("   failure signature: " + stored.signatureKey());
      out.println("   " + report.summary());
      out.println("   entry " + entry.id() + ": seen " + entry.occurrences() + (entry.occurrences() == 1 ? " time" : " times")
          + (report.deduplicated() > 0 ? " (the same failure again: counted, not copied)" : "")
          + "; the bank holds " + bank.size() + " active entr" + (bank.size() == 1 ? "y" : "ies"));

      heading(out, 4, "Consult the bank before the next attempt");
      out.println("   context: " + CONTEXT);
      consultation = app.protocol().consult(QuickstartSettings.TASK_ID, CONTEXT, null, TOKEN_BUDGET).consultation();
      out.println("   consultation " + consultation.id() + " surfaced " + consultation.surfaced().size() + " entr"
          + (consultation.surfaced().size() == 1 ? "y" : "ies") + ":");
      for (SurfacedEntry s : consultation.surfaced()) {
        out.printf(Locale.ROOT, "   %d. %s (revision %d, score %.2f)%s%n", s.rank(), s.entryId(), s.seenRevision(),
            s.score(), s.flags().isEmpty() ? "" : " " + s.flags());
      }
    }

    heading(out, 5, "The memory block the next agent reads (" + consultation.memory().tokens() + " tokens)");
    consultation.memory().text().lines().forEach(l -> out.println("   | " + l));

    List<String> next = nextCommands(bankUrl, consultation, entry, stored.signatureKey());
    heading(out, 6, "What to run next");
    out.println("   The agent decides on every surfaced entry, then proposes its experiment:");
    for (String c : next) {
      out.println("   " + c);
    }
    if (settings.bankUrl() == null && !settings.keep()) {
      out.println("   The throwaway bank is deleted when this run ends: to try these commands, run nk quickstart --keep"
          + " (keeps " + work + ") or nk quickstart --bank FILE.");
    } else if (bankFile != null) {
      out.println("   The bank file is " + bankFile + (settings.bankUrl() == null ? " (temporary, kept)" : "") + ".");
    }
    if (!settings.live()) {
      if (settings.apiKeyPresent()) {
        out.println("   ANTHROPIC_API_KEY is set: the live curator is available. Run nk quickstart --live (add --model haiku|sonnet|opus)"
            + " to curate with a model; its record supersedes this offline one in the same bank.");
      } else {
        out.println("   With ANTHROPIC_API_KEY set, nk quickstart --live curates with a model instead of the offline rules.");
      }
    }
    out.flush();
    return new QuickstartResult(record, recordFile, stored.signatureKey(), validation, location, bankFile, entry.id(),
        entry.occurrences(), report, consultation, next);
  }

  private CuratorChoice curatorChoice() {
    return settings.live()
        ? CuratorChoice.model(AnthropicSettings.fromEnv().withModel(settings.model()), TaxonomyProfile.core())
        : CuratorChoice.offline(TaxonomyProfile.core());
  }

  private static List<String> nextCommands(String bankUrl, Consultation c, BankEntry entry, String signatureKey) {
    String bank = "--bank " + quote(bankUrl);
    List<String> cmds = new ArrayList<>();
    cmds.add("./nk decide " + bank + " " + c.id() + " " + entry.id()
        + " adopt --reason \"read the CSV header first; the price column is unit_price\"");
    cmds.add("./nk propose " + bank + " " + c.id()
        + " --method \"pandas groupby region and month on quantity * unit_price, columns checked first\"");
    cmds.add("./nk bank search " + bank + " --signature " + quote(signatureKey) + " price");
    return cmds;
  }

  private static String quote(String s) {
    return s.matches("[A-Za-z0-9_./:=@+-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
  }

  private static Path sqliteFile(String url) {
    BankLocation loc = BankLocation.parse(url);
    return loc.dialect() == Dialect.SQLITE ? loc.sqliteFile() : null;
  }

  private static void heading(PrintWriter out, int n, String title) {
    out.println();
    out.println(n + ". " + title);
  }
}
