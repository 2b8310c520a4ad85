package org.negativeknowledge.cli.consult;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.negativeknowledge.app.NkApp;
import org.negativeknowledge.app.protocol.RouteCheck;
import org.negativeknowledge.app.view.ProtocolViews;
import org.negativeknowledge.bank.consult.RouteMatch;
import org.negativeknowledge.bank.route.RouteMatcher;
import org.negativeknowledge.cli.support.BankOptions;
import org.negativeknowledge.cli.support.ExitCodes;
import org.negativeknowledge.cli.support.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nk check-route}: the ruled-out routes a proposed route matches. */
@Command(name = "check-route", mixinStandardHelpOptions = true,
    description = {
      "Lists the ruled-out routes (deep records), negative entries and discarded experiments that"
          + " match a proposed route, with scores and why. Exit status 1 when something matches, 0 when not."
    })
public final class CheckRouteCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin BankOptions bankOptions;
  @Mixin OutputFormat format;

  @Parameters(index = "0", paramLabel = "TEXT", description = "the route you are about to try") String route;

  @Option(names = "--task", paramLabel = "T", description = "only this task's discarded experiments")
  String task;

  @Option(names = "--domain", paramLabel = "D", description = "only entries of this domain")
  String domain;

  @Option(names = "--threshold", paramLabel = "X",
      description = "least match score (0..1: 1 the same change, 0.9 a setting pushed further, 0.85 the same"
          + " technique with other detail, 0.8 a setting pushed nearly as far); default: " + RouteMatcher.DEFAULT_THRESHOLD)
  Double threshold;

  @Override
  public Integer call() {
    RouteCheck check;
    try (NkApp app = bankOptions.app(false)) {
      check = threshold == null
          ? app.protocol().checkRoute(route, task, domain)
          : app.protocol().checkRoute(route, task, domain, threshold);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      OutputFormat.print(out, ProtocolViews.routeCheck(check));
    } else {
      if (!check.ruledOut()) {
        out.println("no ruled-out route matches");
      }
      for (RouteMatch m : check.matches()) {
        out.printf("%.2f  %-20s %s: %s%n      why: %s%n", m.score(), m.kind().wireName(), m.sourceId(), m.route(), m.why());
      }
      out.flush();
    }
    return check.ruledOut() ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
