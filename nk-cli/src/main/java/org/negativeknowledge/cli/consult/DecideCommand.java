package org.negativeknowledge.cli.consult;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.negativeknowledge.app.NkApp;
import org.negativeknowledge.app.protocol.DecisionRequest;
import org.negativeknowledge.app.view.ProtocolViews;
import org.negativeknowledge.bank.consult.Decision;
import org.negativeknowledge.bank.consult.EntryDecision;
import org.negativeknowledge.cli.support.BankOptions;
import org.negativeknowledge.cli.support.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nk decide}: records (or changes, until the proposal) one decision. */
@Command(name = "decide", mixinStandardHelpOptions = true,
    description = "Records the decision on one entry a consultation showed: adopt or reject, with a one-line reason.")
public final class DecideCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin BankOptions bankOptions;
  @Mixin OutputFormat format;

  @Parameters(index = "0", paramLabel = "CONSULTATION") String consultation;
  @Parameters(index = "1", paramLabel = "ENTRY") String entry;
  @Parameters(index = "2", paramLabel = "adopt|reject") String decision;

  @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why (one line)")
  String reason;

  @Override
  public Integer call() {
    List<EntryDecision> inForce;
    try (NkApp app = bankOptions.app(false)) {
      inForce = app.protocol().decide(consultation,
          List.of(new DecisionRequest(entry, Decision.fromWireName(decision), reason)));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      OutputFormat.print(out, ProtocolViews.decisions(consultation, inForce));
      return 0;
    }
    EntryDecision d = inForce.stream().filter(x -> x.entryId().equals(entry)).findFirst().orElseThrow();
    out.println(consultation + ": " + d.decision().wireName() + " " + d.entryId() + " (revision " + d.seenRevision()
        + "): " + d.reason());
    out.flush();
    return 0;
  }
}
