package org.negativeknowledge.cli.consult;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.negativeknowledge.app.NkApp;
import org.negativeknowledge.bank.graph.ResearchGraph;
import org.negativeknowledge.cli.support.BankOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nk graph export}: a task's research graph, or an imported session, as JSONL. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Writes the research graph of a task (consultations, decisions, experiments, findings)"
        + " or of an imported session as JSONL (the paper's research_state.jsonl), to stdout unless -o is given.")
public final class GraphExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin BankOptions bankOptions;

  @Option(names = "--task", paramLabel = "T", description = "the task whose ledger graph to write")
  String task;

  @Option(names = "--session", paramLabel = "S", description = "an imported session to write back as it was")
  String session;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "write to FILE (refused when it exists, unless --force); default: stdout")
  Path output;

  @Option(names = "--force", description = "overwrite the -o file when it exists")
  boolean force;

  @Override
  public Integer call() throws IOException {
    if ((task == null) == (session == null)) {
      throw new IllegalArgumentException("give exactly one of --task T or --session S");
    }
    if (output != null && Files.exists(output) && !force) {
      throw new IllegalArgumentException(output + " exists: choose another -o FILE, or add --force to overwrite it");
    }
    ResearchGraph g;
    try (NkApp app = bankOptions.app(false)) {
      g = task != null
          ? app.protocol().graph(task)
          : app.protocol().importedGraph(session)
              .orElseThrow(() -> new IllegalArgumentException("no imported session '" + session + "' (see nk graph import)"));
    }
    int n;
    if (output == null) {
      g.writeJsonl(spec.commandLine().getOut());
      spec.commandLine().getOut().flush();
    } else {
      try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
        n = g.writeJsonl(w);
      }
      spec.commandLine().getErr().println(output + ": " + n + " nodes");
      spec.commandLine().getErr().flush();
    }
    return 0;
  }
}
