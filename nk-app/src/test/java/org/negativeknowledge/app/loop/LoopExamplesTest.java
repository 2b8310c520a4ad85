package org.negativeknowledge.app.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.app.loop.report.ReportChart;
import org.negativeknowledge.app.loop.report.ReportText;

/** The example tasks with the scripted command solver, the offline curator and the local executor. */
class LoopExamplesTest {
  @TempDir Path tmp;

  @Test
  void scriptedSolverLearnsFromTheRecords() {
    Python.assumePresent();
    LoopSpec spec = LoopSpec.of(List.of(Examples.dir()), Path.of("/tmp/loopdev/run" + System.nanoTime()))
        .withConditions(ConditionPlan.parseList("base,retry,nk1,selfdebug,nkdeep,bank", 3))
        .withSolver(SolverChoice.parse("command:" + Examples.scriptedSolver()))
        .withExecutor(new ExecutorChoice.Local(LocalSettings.defaults()))
        .withCurator(new CuratorChoice.Offline());
    LoopReport r = Loop.run(spec);
    System.out.println(ReportText.render(r));
    System.out.println(ReportChart.render(r, 40));
    assertThat(r.problems()).isEmpty();
  }
}
