package org.negativeknowledge.cli.consult;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.negativeknowledge.app.NkApp;
import org.negativeknowledge.app.curate.CurationOutcome;
import org.negativeknowledge.app.curate.CurationRequest;
import org.negativeknowledge.app.curate.CuratorChoice;
import org.negativeknowledge.app.curate.StorePolicy;
import org.negativeknowledge.app.view.CurationViews;
import org.negativeknowledge.app.view.ProtocolViews;
import org.negativeknowledge.bank.consult.EntryUsefulness;
import org.negativeknowledge.bank.consult.FindingResult;
import org.negativeknowledge.bank.consult.Outcome;
import org.negativeknowledge.cli.support.BankOptions;
import org.negativeknowledge.cli.support.OutputFormat;
import org.negativeknowledge.curator.FailureArtifacts;
import org.negativeknowledge.curator.TaskContext;
import org.negativeknowledge.curator.anthropic.AnthropicSettings;
import org.negativeknowledge.curator.anthropic.MissingApiKeyException;
import org.negativeknowledge.record.NkJson;
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
  @Mixin OutputFormat format;

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
    FindingResult f;
    CurationOutcome curation = null;
    try (NkApp app = bankOptions.app(false)) {
      CurationRequest request = null;
      if (curate) {
        // Curate before closing the experiment: when curation fails (no API key, unreadable
        // artifacts) the experiment stays open and the same command can be run again.
        ObjectNode exp = app.protocol().experiment(experiment);
        request = CurationRequest.of(new TaskContext(exp.path("task").asText(), exp.path("method").asText("")),
                List.of(FailureArtifacts.fromRoundDirectory(roundDir)))
            .withSource(roundDir.toString())
            .withDomain(exp.path("domain").asText(null))
            .withRecordExtras(JsonNodeFactory.instance.objectNode().put("experiment", experiment));
      }
      CurationOutcome curated = request == null ? null : curateFirst(app, request);
      f = app.protocol().finding(experiment, o, diag, note);
      curation = curated;
    }
    if (format.json()) {
      ObjectNode view = ProtocolViews.finding(f);
      if (curation != null) {
        view.set("curation", CurationViews.outcome(curation));
      }
      OutputFormat.print(out, view);
      return 0;
    }
    out.println("finding " + f.findingId() + ": experiment " + f.experimentId() + " " + o.wireName());
    for (EntryUsefulness u : f.usefulness()) {
      out.printf("  %s: adopted %d, then success %d, partial %d, failure %d%s%n", u.entryId(), u.adopted(),
          u.adoptedThenSuccess(), u.adoptedThenPartial(), u.adoptedThenFailure(), u.misleading() ? "  !! possibly misleading" : "");
    }
    for (String id : f.newlyMisleading()) {
      spec.commandLine().getErr().println("warning: " + id + " is now flagged possibly misleading");
    }
    if (curation != null) {
      out.println("curated " + roundDir + " into the bank: " + curation.stored().map(s -> s.report().summary())
          .orElse("not stored: " + curation.notStored().orElse("")));
    }
    out.flush();
    spec.commandLine().getErr().flush();
    return 0;
  }

  private CurationOutcome curateFirst(NkApp app, CurationRequest request) {
    TaxonomyProfile profile = TaxonomyProfile.exploration();
    CuratorChoice choice = offline ? CuratorChoice.offline(profile)
        : CuratorChoice.model(AnthropicSettings.fromEnv().withModel(model), profile);
    try {
      return app.curation().curate(request, choice, StorePolicy.VALID_ONLY);
    } catch (MissingApiKeyException e) {
      throw new IllegalArgumentException("ANTHROPIC_API_KEY is not set: --curate needs it for the model curator;"
          + " add --offline to curate without a model. Nothing was recorded: the experiment is still open", e);
    }
  }
}
