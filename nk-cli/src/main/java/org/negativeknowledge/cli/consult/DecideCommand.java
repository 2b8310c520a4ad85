package org.negativeknowledge.cli.consult;

import java.util.concurrent.Callable;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.consult.Decision;
import org.negativeknowledge.bank.consult.EntryDecision;
import org.negativeknowledge.cli.bank.BankOptions;
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

  @Parameters(index = "0", paramLabel = "CONSULTATION") String consultation;
  @Parameters(index = "1", paramLabel = "ENTRY") String entry;
  @Parameters(index = "2", paramLabel = "adopt|reject") String decision;

  @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why (one line)")
  String reason;

  @Override
  public Integer call() {
    EntryDecision d;
    try (Bank bank = bankOptions.open()) {
      d = bank.consultations().decide(consultation, entry, Decision.fromWireName(decision), reason);
    }
    spec.commandLine().getOut().println(
        consultation + ": " + d.decision().wireName() + " " + d.entryId() + " (revision " + d.seenRevision() + "): " + d.reason());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
