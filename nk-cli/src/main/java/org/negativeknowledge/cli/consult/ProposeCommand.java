package org.negativeknowledge.cli.consult;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.negativeknowledge.app.NkApp;
import org.negativeknowledge.app.view.ProtocolViews;
import org.negativeknowledge.bank.consult.Proposal;
import org.negativeknowledge.bank.consult.RouteMatch;
import org.negativeknowledge.cli.support.BankOptions;
import org.negativeknowledge.cli.support.OutputFormat;
import org.negativeknowledge.record.NkJson;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nk propose}: records the experiment a consultation led to. */
@Command(name = "propose", mixinStandardHelpOptions = true,
    description = {
      "Records the experiment of a consultation; it cites the adopted entries and lists the rejected"
          + " ones. Refused (exit status 3, the undecided entry ids on stderr) until every surfaced"
          + " entry has a decision; with --strict also refused when the route matches a ruled-out"
          + " route you did not reject."
    })
public final class ProposeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin BankOptions bankOptions;
  @Mixin OutputFormat format;

  @Parameters(index = "0", paramLabel = "CONSULTATION") String consultation;

  @ArgGroup(exclusive = true, multiplicity = "1") What what;

  static final class What {
    @Option(names = "--experiment", paramLabel = "FILE",
        description = "the experiment as a JSON object (ic, method, params, T, bank_use_rationale, ...)")
    Path experiment;

    @Option(names = "--method", paramLabel = "TEXT", description = "the experiment's method as text")
    String method;
  }

  @Option(names = "--strict", description = "refuse (exit 3) instead of warning when the route matches a dead end")
  boolean strict;

  @Override
  public Integer call() throws IOException {
    ObjectNode experiment =
        what.experiment != null ? NkJson.parseObject(Files.readString(what.experiment, StandardCharsets.UTF_8)) : null;
    Proposal p;
    try (NkApp app = bankOptions.app(false)) {
      p = app.protocol().propose(consultation, experiment, what.method, strict);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      OutputFormat.print(out, ProtocolViews.proposal(p));
      return 0;
    }
    PrintWriter err = spec.commandLine().getErr();
    for (RouteMatch m : p.deadEndWarnings()) {
      err.printf("warning: the route matches %s %s (score %.2f): %s%n    why: %s%n", m.kind().wireName(), m.sourceId(),
          m.score(), m.route(), m.why());
    }
    for (String id : p.revisedSinceSeen()) {
      err.println("note: " + id + " was revised after the consultation; your decision refers to the revision you saw");
    }
    out.println("experiment " + p.experimentId());
    out.println(NkJson.pretty(p.experiment()));
    out.flush();
    err.flush();
    return 0;
  }
}
