package org.negativeknowledge.cli.consult;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.negativeknowledge.app.NkApp;
import org.negativeknowledge.app.results.ResultLogs;
import org.negativeknowledge.app.view.ResultsViews;
import org.negativeknowledge.cli.support.ExitCodes;
import org.negativeknowledge.cli.support.OutputFormat;
import org.negativeknowledge.bank.results.GitDiffs;
import org.negativeknowledge.bank.results.ResultsImport;
import org.negativeknowledge.bank.results.ResultsLog;
import org.negativeknowledge.bank.results.RouteRepeat;
import org.negativeknowledge.bank.route.RouteMatcher;
import org.negativeknowledge.cli.support.BankOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nk import-results}: an AutoResearch results log into the bank, or a replay of it. */
@Command(name = "import-results", mixinStandardHelpOptions = true,
    description = {
      "Imports an autoresearch results log (tab-separated; commit, status, description columns):"
          + " discard and crash rows become negative entries, keep rows positive ones; a re-import adds"
          + " nothing twice. With --replay, nothing is imported: each row whose route an earlier"
          + " discarded or crashed row had ruled out is reported with that row (exit 1 when any)."
    })
public final class ImportResultsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputFormat format;
  @Mixin BankOptions bankOptions;

  @Parameters(index = "0", paramLabel = "results.tsv") Path file;

  @Option(names = "--git-repo", paramLabel = "DIR", description = "repository whose commit diffs become the code artifact")
  Path gitRepo;

  @Option(names = "--domain", paramLabel = "D", description = "the entries' domain; default: the file name without extension")
  String domain;

  @Option(names = "--replay", description = "report the repeats a bank would have prevented; import nothing")
  boolean replay;

  @Option(names = "--threshold", paramLabel = "X",
      description = "replay: least match score that counts as the same route (see check-route); default: "
          + RouteMatcher.DEFAULT_THRESHOLD)
  double threshold = RouteMatcher.DEFAULT_THRESHOLD;

  @Override
  public Integer call() throws IOException {
    ResultsLog log = ResultsLog.read(file);
    PrintWriter out = spec.commandLine().getOut();
    if (replay) {
      List<RouteRepeat> repeats = ResultLogs.replay(log, threshold);
      if (format.json()) {
        OutputFormat.print(out, ResultsViews.repeats(log, repeats, threshold));
        return repeats.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
      }
      for (RouteRepeat r : repeats) {
        out.printf("line %d (%s) %s%n    already ruled out at line %d (%s) %s  [score %.2f]%n    why: %s%n", r.row().line(),
            r.row().status(), r.row().route(), r.earlier().line(), r.earlier().status(), r.earlier().route(), r.score(),
            r.why());
      }
      out.printf("%s: %d of %d rows repeat a route an earlier discarded or crashed row had ruled out (threshold %.2f)%n",
          log.name(), repeats.size(), log.rows().size(), threshold);
      out.flush();
      return repeats.isEmpty() ? 0 : 1;
    }
    GitDiffs git = gitRepo == null ? null : GitDiffs.of(gitRepo); // checked before the bank is touched
    ResultsImport.Summary s;
    try (NkApp app = bankOptions.app(true)) {
      s = new ResultLogs(app.bank()).importLog(log, domain, git);
    }
    if (format.json()) {
      OutputFormat.print(out, ResultsViews.imported(log, s));
      return s.report().committed() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
    out.println(log.name() + ": " + s.report().summary() + " (" + s.negative() + " negative, " + s.positive()
        + " positive, " + s.skipped() + " rows of other statuses skipped"
        + (gitRepo != null ? ", " + s.diffs() + " diffs attached" : "") + ")");
    s.report().rejections().forEach(r -> spec.commandLine().getErr().println(r));
    out.flush();
    spec.commandLine().getErr().flush();
    return s.report().committed() ? 0 : 1;
  }
}
