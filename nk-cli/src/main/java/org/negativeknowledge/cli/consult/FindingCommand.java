package org.negativeknowledge.cli.consult;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.io.ImportOptions;
import org.negativeknowledge.bank.io.ImportReport;
import org.negativeknowledge.bank.consult.EntryUsefulness;
import org.negativeknowledge.bank.consult.FindingResult;
import org.negativeknowledge.bank.consult.Outcome;
import org.negativeknowledge.cli.bank.BankOptions;
import org.negativeknowledge.curator.CurationResult;
import org.negativeknowledge.curator.Curator;
import org.negativeknowledge.curator.FailureArtifacts;
import org.negativeknowledge.curator.TaskContext;
import org.negativeknowledge.curator.anthropic.AnthropicModelClient;
import org.negativeknowledge.curator.anthropic.AnthropicSettings;
import org.negativeknowledge.curator.anthropic.MissingApiKeyException;
import org.negativeknowledge.curator.llm.LlmCurator;
import org.negativeknowledge.curator.offline.OfflineCurator;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.server.CuratedOrigins;
import org.negativeknowledge.taxonomy.TaxonomyProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nk finding}: closes an experiment; a failure can be curated straight into the bank. */
@Command(name = "finding", mixinStandardHelpOptions = true,
    description = {
      "Closes an experiment with its outcome and updates the usefulness of the entries it adopted."
          + " With --curate, a failed experiment's round directory (candidate.*, exec.log,"
          + " reasoning.md, eval.log) is curated into a depth-1 record and added to the bank."
    })
public final class FindingCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin BankOptions bankOptions;

  @Parameters(index = "0", paramLabel = "EXPERIMENT") String experiment;
  @Parameters(index = "1", paramLabel = "success|partial|failure") String outcome;

  @Option(names = "--diagnostics", paramLabel = "FILE", description = "measured values, a JSON object")
  Path diagnostics;

  @Option(names = "--note", paramLabel = "TEXT", description = "what the outcome means")
  String note;

  @Option(names = "--curate", description = "curate the failed experiment into the bank (needs --round-dir)")
  boolean curate;

  @Option(names = "--round-dir", paramLabel = "DIR", description = "the failed round's artifacts")
  Path roundDir;

  @Option(names = "--offline", description = "curate with the deterministic offline curator (no model, no key)")
  boolean offline;

  @Option(names = "--model", defaultValue = "sonnet", paramLabel = "M",
      description = "curator model: sonnet, haiku, opus or a model id; default: ${DEFAULT-VALUE}")
  String model;

  @Override
  public Integer call() throws Exception {
    Outcome o = Outcome.fromWireName(outcome);
    if (curate && (roundDir == null || o != Outcome.FAILURE)) {
      throw new IllegalArgumentException("--curate needs a failure outcome and --round-dir DIR");
    }
    ObjectNode diag = diagnostics == null ? null : NkJson.parseObject(Files.readString(diagnostics, StandardCharsets.UTF_8));
    PrintWriter out = spec.commandLine().getOut();
    try (Bank bank = bankOptions.open()) {
      CurationResult curation = null;
      ObjectNode exp = null;
      if (curate) {
        // Curate before closing the experiment: when curation fails (no API key, unreadable
        // artifacts) the experiment stays open and the same command can be run again.
        exp = bank.consultations().experiment(experiment)
            .orElseThrow(() -> new IllegalArgumentException("no experiment '" + experiment + "' in this bank"));
        curation = curateRound(exp);
      }
      FindingResult f = bank.consultations().finding(experiment, o, diag, note);
      out.println("finding " + f.findingId() + ": experiment " + f.experimentId() + " " + o.wireName());
      for (EntryUsefulness u : f.usefulness()) {
        out.printf("  %s: adopted %d, then success %d, partial %d, failure %d%s%n", u.entryId(), u.adopted(),
            u.adoptedThenSuccess(), u.adoptedThenPartial(), u.adoptedThenFailure(), u.misleading() ? "  !! possibly misleading" : "");
      }
      for (String id : f.newlyMisleading()) {
        spec.commandLine().getErr().println("warning: " + id + " is now flagged possibly misleading");
      }
      if (curation != null) {
        storeCuration(bank, exp, curation, out);
      }
    }
    out.flush();
    spec.commandLine().getErr().flush();
    return 0;
  }

  private CurationResult curateRound(ObjectNode exp) {
    TaskContext task = new TaskContext(exp.path("task").asText(), exp.path("method").asText(""));
    FailureArtifacts round = FailureArtifacts.fromRoundDirectory(roundDir);
    if (offline) {
      Curator c = new OfflineCurator(TaxonomyProfile.exploration());
      return c.curateDepth1(task, round);
    }
    try (AnthropicModelClient client = AnthropicModelClient.create(AnthropicSettings.fromEnv().withModel(model))) {
      return LlmCurator.builder(client).profile(TaxonomyProfile.exploration()).build().curateDepth1(task, round);
    } catch (MissingApiKeyException e) {
      throw new IllegalArgumentException("ANTHROPIC_API_KEY is not set: --curate needs it for the model curator;"
          + " add --offline to curate without a model. Nothing was recorded: the experiment is still open", e);
    }
  }

  private void storeCuration(Bank bank, ObjectNode exp, CurationResult r, PrintWriter out) {
    String author = offline ? "nk-curator:offline" : "nk-curator:" + model;
    FailureArtifacts round = FailureArtifacts.fromRoundDirectory(roundDir);
    ObjectNode record = r.record().deepCopy();
    if (!record.has("experiment")) {
      record.put("experiment", exp.path("id").asText());
    }
    ImportOptions importOptions = ImportOptions.defaults().withSource(roundDir.toString()).withAuthor(author)
        .withDomain(exp.path("domain").asText(null));
    String label = "finding:" + exp.path("id").asText();
    var origin = CuratedOrigins.of(r, List.of(round));
    ImportReport rep = origin.isPresent()
        ? bank.importCurated(List.of(record), label, importOptions, origin.get())
        : bank.importRecords(List.of(record), label, importOptions);
    out.println("curated " + roundDir + " into the bank: " + rep.summary()
        + (r.validation().valid() ? "" : " (record has " + r.validation().issues().size() + " validation issue(s))"));
  }
}
