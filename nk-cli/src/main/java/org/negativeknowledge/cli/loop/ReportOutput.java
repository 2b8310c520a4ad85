package org.negativeknowledge.cli.loop;

import java.io.PrintWriter;
import org.negativeknowledge.app.loop.LoopReport;
import org.negativeknowledge.app.loop.report.ReportChart;
import org.negativeknowledge.app.loop.report.ReportJson;
import org.negativeknowledge.app.loop.report.ReportText;
import org.negativeknowledge.record.NkJson;
import picocli.CommandLine.Option;

/** The report options shared by {@code nk loop run} and {@code nk loop report}, and the printing. */
final class ReportOutput {
  /** The formats. */
  enum Format { text, json }

  /** When to draw the chart. */
  enum Chart { auto, always, never }

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text or json; default: ${DEFAULT-VALUE}")
  Format format;

  @Option(names = "--chart", defaultValue = "auto", paramLabel = "WHEN",
      description = "bar charts after a text report: auto (on a terminal), always or never; default: ${DEFAULT-VALUE}")
  Chart chart;

  void print(LoopReport report, PrintWriter out) {
    if (format == Format.json) {
      out.println(NkJson.pretty(ReportJson.toJson(report)));
    } else {
      out.print(ReportText.render(report));
      if (chart == Chart.always || (chart == Chart.auto && System.console() != null)) {
        out.println();
        out.print(ReportChart.render(report, 40));
      }
    }
    out.flush();
  }

  /** 0 when every attempt completed without an error of the loop, 1 otherwise. */
  static int exitCode(LoopReport report) {
    return report.clean() ? 0 : 1;
  }
}
