package org.negativeknowledge.app.repro;

import org.junit.jupiter.api.Test;
import org.negativeknowledge.app.repro.report.TextReport;
import org.negativeknowledge.testing.PaperData;

class ScratchDump {
  @Test
  void dump() {
    ReproReport r = Repro.run(PaperData.root(), Study.ALL, ReproOptions.defaults().withRecomputeVerdicts(true));
    System.out.println(TextReport.render(r));
  }
}
