package org.negativeknowledge.cli.consult;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.negativeknowledge.app.NkApp;
import org.negativeknowledge.app.protocol.Protocol;
import org.negativeknowledge.bank.graph.BankUseCounts;
import org.negativeknowledge.bank.graph.ResearchGraph;
import org.negativeknowledge.cli.support.BankOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nk graph import}: stores research graphs and prints per-entry citation and rejection counts. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {
      "Imports research_state.jsonl files (kept losslessly) and prints, over every imported session,"
          + " how often each bank entry was cited and rejected. A file's session is its last three"
          + " folders (e.g. stage2/T_A/PosNeg) and its task the folder above the condition, unless given."
    })
public final class GraphImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin BankOptions bankOptions;

  @Parameters(arity = "1..*", paramLabel = "FILE") List<Path> files;

  @Option(names = "--session", paramLabel = "S", description = "session name (one file only)")
  String session;

  @Option(names = "--task", paramLabel = "T", description = "the task the sessions worked on")
  String task;

  @Override
  public Integer call() throws IOException {
    if (session != null && files.size() > 1) {
      throw new IllegalArgumentException("--session names one file's session; give one FILE with it");
    }
    PrintWriter out = spec.commandLine().getOut();
    BankUseCounts counts;
    try (NkApp app = bankOptions.app(true)) {
      Protocol ledger = app.protocol();
      for (Path f : files) {
        ResearchGraph g = ResearchGraph.read(f);
        String s = session != null ? session : defaultSession(f);
        Path dir = f.toAbsolutePath().getParent();
        String t = task != null ? task
            : dir != null && dir.getParent() != null ? dir.getParent().getFileName().toString() : null;
        ledger.importGraph(s, t, g);
        out.println(s + ": " + g.nodes().size() + " nodes");
      }
      counts = ledger.importedBankUse();
    }
    out.printf("%nbank use over all imported sessions: %d citations of %d entries, %d rejections of %d entries%n",
        counts.totalCitations(), counts.cited().size(), counts.totalRejections(), counts.rejected().size());
    out.printf("%6s %8s  %s%n", "cited", "rejected", "entry");
    for (String id : counts.entries()) {
      out.printf("%6d %8d  %s%n", counts.citedCount(id), counts.rejectedCount(id), id);
    }
    out.flush();
    return 0;
  }

  private static String defaultSession(Path f) {
    Path abs = f.toAbsolutePath().normalize();
    int n = abs.getNameCount();
    return n >= 4 ? abs.subpath(n - 4, n - 1).toString().replace('\\', '/') : abs.toString();
  }
}
