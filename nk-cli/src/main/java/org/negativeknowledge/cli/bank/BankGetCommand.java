package org.negativeknowledge.cli.bank;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.entry.EntryNotFoundException;
import org.negativeknowledge.bank.io.EntryJson;
import org.negativeknowledge.record.NkJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nk bank get}: shows the current revision of one entry. */
@Command(name = "get", mixinStandardHelpOptions = true,
    description = "Shows the current revision of an entry: metadata and the original object.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:found", "2:no such entry or usage error"})
public final class BankGetCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    TEXT,
    JSON
  }

  @Spec CommandSpec spec;
  @Mixin BankOptions bankOptions;

  @Parameters(index = "0", paramLabel = "ID", description = "the entry id")
  String id;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "output format; default: ${DEFAULT-VALUE}")
  Format format;

  @Override
  public Integer call() {
    Optional<BankEntry> found;
    try (Bank bank = bankOptions.openExisting()) {
      found = bank.get(id);
    }
    BankEntry e = found.orElseThrow(() -> new EntryNotFoundException(id));
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      out.println(NkJson.pretty(EntryJson.full(e)));
    } else {
      out.println(e.id() + "  revision " + e.revision() + "  " + e.status().wireName());
      out.println("  shape " + e.shape().wireName() + ", depth " + e.depth() + ", "
          + e.polarity().name().toLowerCase(Locale.ROOT) + " (" + e.polarityRule() + ")");
      out.println("  domain " + orDash(e.domain()) + ", task " + orDash(e.taskId()));
      if (!e.facets().isEmpty()) {
        StringBuilder sb = new StringBuilder("  failure");
        e.facets().forEach((f, v) -> sb.append(' ').append(f.fieldName()).append('=').append(v));
        out.println(sb);
      }
      out.println("  from " + orDash(e.provenance().sourceFile()) + " by " + orDash(e.provenance().author())
          + " at " + e.provenance().createdAt());
      if (e.reason() != null) {
        out.println("  reason " + e.reason());
      }
      out.println(NkJson.pretty(e.original()));
    }
    out.flush();
    return 0;
  }

  static String orDash(String s) {
    return s == null ? "-" : s;
  }
}
