package org.negativeknowledge.cli.consult;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.negativeknowledge.app.NkApp;
import org.negativeknowledge.app.protocol.OpenedConsultation;
import org.negativeknowledge.app.protocol.Protocol;
import org.negativeknowledge.app.view.ProtocolViews;
import org.negativeknowledge.bank.consult.Consultation;
import org.negativeknowledge.cli.support.BankOptions;
import org.negativeknowledge.cli.support.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nk consult}: opens a consultation and prints the memory block the agent reads. */
@Command(name = "consult", mixinStandardHelpOptions = true,
    description = {
      "Opens a consultation: the relevant active entries, rendered within the token budget, with a"
          + " consultation id. Decide on every entry (nk decide) before proposing (nk propose)."
    })
public final class ConsultCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin BankOptions bankOptions;
  @Mixin OutputFormat format;

  @Option(names = "--task", required = true, paramLabel = "T", description = "the task id")
  String task;

  @Option(names = "--context", required = true, paramLabel = "TEXT", description = "what you are about to try")
  String context;

  @Option(names = "--domain", paramLabel = "D", description = "your domain (ranks its entries higher)")
  String domain;

  @Option(names = "--domain-only", description = "only entries of --domain (a filter instead of a preference)")
  boolean domainOnly;

  @Option(names = {"--token-budget", "--budget"}, defaultValue = "" + Protocol.DEFAULT_TOKEN_BUDGET, paramLabel = "TOKENS",
      description = "most tokens of the memory block (cl100k_base); default: ${DEFAULT-VALUE}")
  int budget;

  @Override
  public Integer call() {
    OpenedConsultation opened;
    Protocol.prepareConsultation(); // the model loads while the bank opens
    try (NkApp app = bankOptions.app(true)) {
      opened = app.protocol().consult(task, context, domain, domainOnly, budget);
    } catch (RuntimeException e) {
      Protocol.awaitPreparation(); // the process exits next: not while the model is loading
      throw e;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      OutputFormat.print(out, ProtocolViews.consultation(opened));
      return 0;
    }
    Consultation k = opened.consultation();
    out.println("consultation " + k.id() + ": " + k.surfaced().size() + " entries, " + k.memory().tokens() + " tokens");
    if (!k.surfaced().isEmpty()) {
      out.println("decide each: nk decide " + k.id() + " ENTRY adopt|reject --reason \"...\"");
    }
    out.println();
    out.print(k.memory().text());
    out.flush();
    return 0;
  }
}
