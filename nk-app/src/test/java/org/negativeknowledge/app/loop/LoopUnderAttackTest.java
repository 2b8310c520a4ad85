package org.negativeknowledge.app.loop;

import org.negativeknowledge.app.loop.run.Loop;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A loop whose solver writes hostile candidates, one per task, beside one honest task: every hostile
 * run is stopped or contained and ends as a failed attempt (its record curated into the bank), and
 * the loop goes on to the honest task, which passes.
 */
@Tag("security")
class LoopUnderAttackTest {
  @TempDir Path tmp;

  static final Map<String, String> ATTACKS = new LinkedHashMap<>();

  static {
    ATTACKS.put("sleeper", "import time\ntime.sleep(120)\n");
    ATTACKS.put("forker", "import subprocess\nfor _ in range(8):\n    subprocess.Popen(['sleep', '300'])\nprint('left')\n");
    ATTACKS.put("flooder", "import sys\nb = b'y' * (1 << 20)\nfor _ in range(1024):\n    sys.stdout.buffer.write(b)\n");
    ATTACKS.put("hog", "keep = []\nfor _ in range(200):\n    keep.append(b'z' * (20 << 20))\n");
    ATTACKS.put("snoop", "import os\nprint('key:', os.environ.get('ANTHROPIC_API_KEY'))\nopen('output.txt', 'w').write('x')\n");
    ATTACKS.put("escaper", "open('../../../escaped.txt', 'w').write('out')\nopen('output.txt', 'w').write('x')\n");
    ATTACKS.put("honest", "open('output.txt', 'w').write('x')\n");
  }

  @ParameterizedTest
  @EnumSource(value = LocalSettings.Sandbox.class, names = {"NONE", "BUBBLEWRAP"})
  void everyAttackIsStoppedOrContainedAndTheLoopGoesOn(LocalSettings.Sandbox sandbox) throws Exception {
    Python.assumePresent();
    if (sandbox == LocalSettings.Sandbox.BUBBLEWRAP) {
      try (var probe = org.negativeknowledge.app.loop.internal.exec.LocalExecutor.create(LocalSettings.defaults())) {
        org.junit.jupiter.api.Assumptions.assumeTrue(probe.sandboxed(),
            "skipped: bubblewrap is not installed or does not work here; the detection run covers this machine");
      }
    }
    Path tasks = tmp.resolve("tasks");
    for (String id : ATTACKS.keySet()) {
      Path dir = tasks.resolve(id);
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("evaluate.py"), "import json, os\nok = os.path.exists('output.txt')\n"
          + "print(json.dumps({'status': 'pass' if ok else 'fail', 'score': int(ok), 'message': 'output.txt ' + ('written' if ok else 'missing')}))\n");
      Files.writeString(dir.resolve("task.json"), "{\"id\": \"" + id + "\", \"instruction\": \"write output.txt\","
          + " \"run\": \"python3 candidate.py\", \"evaluate\": \"python3 {task_dir}/evaluate.py\","
          + " \"time_limit_sec\": 3, \"memory_limit_mb\": 256}");
    }
    Solver hostile = new Solver() {
      @Override
      public SolverAnswer solve(SolverRequest r) {
        return new SolverAnswer(Map.of("candidate.py", ATTACKS.get(r.task().id())), "attack", "", List.of(),
            TokenUse.unknown(), Duration.ZERO, JsonNodeFactory.instance.objectNode());
      }

      @Override
      public String describe() {
        return "hostile";
      }
    };
    Map<String, String> env = Map.of("PATH", System.getenv("PATH"), "ANTHROPIC_API_KEY", "sk-ant-secret-999");
    Path run = tmp.resolve("run");
    LoopReport report = Loop.run(LoopSpec.of(List.of(tasks), run).withConditions(ConditionPlan.parseList("base", 1))
        .withSolver(new SolverChoice.Custom(hostile)).withCurator(CuratorChoice.offline())
        .withExecutor(new ExecutorChoice.Local(LocalSettings.defaults().withEnvironment(env).withSandbox(sandbox))));
    assertThat(report.problems()).isEmpty();
    assertThat(report.condition(Condition.BASE).orElseThrow().passed()).isEqualTo(2);
    assertThat(status(run, "honest")).isEqualTo("passed");
    assertThat(status(run, "snoop")).isEqualTo("passed");
    assertThat(execLog(run, "snoop")).contains("key: None").doesNotContain("sk-ant-secret-999")
        .contains("look like secrets: ANTHROPIC_API_KEY");
    assertThat(execLog(run, "sleeper")).contains("stopped: TIMEOUT");
    assertThat(execLog(run, "forker")).contains(sandbox == LocalSettings.Sandbox.NONE
        ? "leftover processes: 8 still running after the candidate exited, killed" : "leftover processes: ");
    assertThat(survivors()).as("processes of the run still alive").isEmpty();
    assertThat(execLog(run, "flooder")).contains("stopped: output limit");
    assertThat(execLog(run, "hog")).containsAnyOf("MemoryError", "out of memory");
    for (String id : List.of("sleeper", "flooder", "hog")) {
      assertThat(status(run, id)).as(id).isEqualTo("failed");
      assertThat(run.resolve("tasks/" + id + "/base/round1/nk_record.json")).as(id + " curated").isRegularFile();
    }
    assertThat(status(run, "escaper")).isEqualTo("failed");
    if (report.protection().startsWith("bubblewrap")) {
      assertThat(run.resolve("tasks/escaper/escaped.txt")).doesNotExist();
      assertThat(execLog(run, "escaper")).contains("Read-only file system");
    } else {
      assertThat(execLog(run, "escaper")).contains("outside writes: 1 change(s) outside the workspace: created: "
          + run.resolve("tasks/escaper/escaped.txt"));
    }
  }

  /** Processes still running {@code sleep 300} with a loop run's marker in their environment. */
  private static List<Long> survivors() {
    return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").endsWith("sleep 300"))
        .filter(p -> {
          try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(p.pid()), "environ"))).contains("NK_LOOP_RUN=");
          } catch (java.io.IOException gone) {
            return false;
          }
        }).map(ProcessHandle::pid).toList();
  }

  private static String status(Path run, String task) {
    return Section3Recording.read(run.resolve("tasks/" + task + "/base/round1/attempt.json")).path("status").asText();
  }

  private static String execLog(Path run, String task) throws Exception {
    return Files.readString(run.resolve("tasks/" + task + "/base/round1/exec.log"));
  }
}
