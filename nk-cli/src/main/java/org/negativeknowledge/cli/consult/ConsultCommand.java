package org.negativeknowledge.cli.consult;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.consult.Consultation;
import org.negativeknowledge.bank.consult.SurfacedEntry;
import org.negativeknowledge.cli.bank.BankOptions;
import org.negativeknowledge.record.NkJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nk consult}: opens a consultation and prints the memory block with its id. */
@Command(name = "consult", mixinStandardHelpOptions = true,
    description = {
      "Opens a consultation: the relevant active entries, rendered within the token budget, with a"
          + " consultation id. Decide on every entry (nk decide) before proposing (nk propose)."
    })
public final class ConsultCommand implements Callable<Integer> {
  enum Format { TEXT, JSON }

  @Spec CommandSpec spec;
  @Mixin BankOptions bankOptions;

  @Option(names = "--task", required = true, paramLabel = "T", description = "the task id")
  String task;

  @Option(names = "--context", required = true, paramLabel = "TEXT", description = "what you are about to try")
  String context;

  @Option(names = "--domain", paramLabel = "D", description = "your domain (ranks its entries higher)")
  String domain;

  @Option(names = "--domain-only", description = "only entries of --domain (a filter instead of a preference)")
  boolean domainOnly;

  @Option(names = "--budget", defaultValue = "2000", paramLabel = "TOKENS",
      description = "most tokens of the memory block (cl100k_base); default: ${DEFAULT-VALUE}")
  int budget;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "output format; default: ${DEFAULT-VALUE}")
  Format format;

  @Override
  public Integer call() {
    Consultation k;
    try (Bank bank = bankOptions.open()) {
      k = bank.consultations().open(task, context, domain, domainOnly, budget);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      out.println(NkJson.pretty(toJson(k)));
    } else {
      out.println("consultation " + k.id() + ": " + k.surfaced().size() + " entries, " + k.memory().tokens() + " tokens");
      if (!k.surfaced().isEmpty()) {
        out.println("decide each: nk decide " + k.id() + " ENTRY adopt|reject --reason \"...\"");
      }
      out.println();
      out.print(k.memory().text());
    }
    out.flush();
    return 0;
  }

  static ObjectNode toJson(Consultation k) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("consultation", k.id());
    o.put("task", k.task());
    if (k.domain() != null) {
      o.put("domain", k.domain());
    }
    var entries = o.putArray("surfaced");
    for (SurfacedEntry s : k.surfaced()) {
      ObjectNode e = entries.addObject();
      e.put("entry", s.entryId());
      e.put("seen_revision", s.seenRevision());
      e.put("rank", s.rank());
      if (s.form() != null) {
        e.put("form", s.form().wireName());
      }
      e.put("score", Math.round(s.score() * 1000) / 1000.0);
      s.flags().forEach(e.putArray("flags")::add);
    }
    o.put("memory", k.memory().text());
    o.put("tokens", k.memory().tokens());
    o.put("omitted", k.memory().omitted());
    return o;
  }
}
