package org.negativeknowledge.app.loop;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.negativeknowledge.app.loop.report.ReportText;
import org.negativeknowledge.testing.PaperData;

class ReplayDevTest {
  @Test
  void replay() {
    Path s3 = PaperData.resolve("section3");
    LoopSpec spec = LoopSpec.of(List.of(s3.resolve("tasks")), Path.of("/tmp/loopdev/replay" + System.nanoTime()))
        .withConditions(ConditionPlan.parseList("base,retry:2,nk1:3,selfdebug:3,nkdeep:4", 3))
        .withSolver(new SolverChoice.Replay(s3)).withExecutor(new ExecutorChoice.Replay(s3))
        .withCurator(new CuratorChoice.Replay(s3));
    long t = System.nanoTime();
    LoopReport r = Loop.run(spec);
    System.out.println(ReportText.render(r));
    System.out.println("took " + (System.nanoTime() - t) / 1_000_000 + " ms");
  }
}
