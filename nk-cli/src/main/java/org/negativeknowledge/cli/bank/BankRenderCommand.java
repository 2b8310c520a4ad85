package org.negativeknowledge.cli.bank;

import org.negativeknowledge.cli.support.BankOptions;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.negativeknowledge.app.NkApp;
import org.negativeknowledge.bank.render.RenderedMemory;
import org.negativeknowledge.bank.search.SearchQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nk bank render}: the entries a search finds, as a memory block for an agent's prompt. */
@Command(name = "render", mixinStandardHelpOptions = true,
    description = {
      "Renders the entries a search finds (most relevant first; without --query the newest"
          + " first) as a compact memory block for an agent's prompt.",
      "Stops adding entries at the token budget (cl100k_base) and ends with a line saying how"
          + " many were left out. The block goes to standard output, a one-line account to standard error."
    },
    modelTransformer = SearchFilterOptions.class)
public final class BankRenderCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin BankOptions bankOptions;

  @Option(names = {"-q", "--query"}, paramLabel = "Q", description = "words to rank the entries by; default: all entries passing the filters")
  String query;

  @Option(names = "--budget", paramLabel = "TOKENS", defaultValue = "2000", description = "the block's token budget; default: ${DEFAULT-VALUE}")
  int budget;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "consider at most N entries; default: ${DEFAULT-VALUE}")
  int limit;

  @Override
  public Integer call() {
    if (budget < 1) {
      throw new IllegalArgumentException("--budget must be at least 1 token, got " + budget);
    }
    SearchQuery q = new SearchQuery(query, SearchFilterOptions.filters(spec), limit);
    RenderedMemory memory;
    try (NkApp app = bankOptions.app(false)) {
      memory = app.entries().render(q, budget);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(memory.text());
    out.flush();
    PrintWriter err = spec.commandLine().getErr();
    err.println("rendered " + memory.included() + " entries in " + memory.tokens() + " of " + budget
        + " tokens; " + memory.omitted() + " left out");
    err.flush();
    return 0;
  }
}
