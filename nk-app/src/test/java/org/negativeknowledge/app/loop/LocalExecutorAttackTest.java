package org.negativeknowledge.app.loop;

import org.negativeknowledge.app.loop.run.LoopTasks;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.app.loop.internal.exec.LocalExecutor;

/**
 * The local executor under attack: each candidate is stopped or contained, and exec.log says so.
 * Runs without a sandbox (detection) always, and with bubblewrap where it works.
 */
@Tag("security")
class LocalExecutorAttackTest {
  @TempDir Path tmp;
  private LoopTask task;
  private Path runTaskDir;

  @BeforeEach
  void task() throws Exception {
    Python.assumePresent();
    Path dir = tmp.resolve("tasks/attack");
    Files.createDirectories(dir.resolve("workspace"));
    Files.writeString(dir.resolve("workspace/input.txt"), "hello\n");
    Files.writeString(dir.resolve("evaluate.py"), "import json\nprint(json.dumps({'status': 'pass', 'score': 1}))\n");
    Files.writeString(dir.resolve("task.json"), """
        {"id": "attack", "instruction": "do nothing harmful", "files": ["input.txt"],
         "run": "python3 candidate.py", "evaluate": "python3 {task_dir}/evaluate.py",
         "time_limit_sec": 3, "memory_limit_mb": 256}
        """);
    task = LoopTasks.read(dir.resolve("task.json"));
    runTaskDir = tmp.resolve("run/tasks/attack");
  }

  private Execution run(LocalSettings.Sandbox sandbox, String code) {
    return run(LocalSettings.defaults().withSandbox(sandbox).withEnvironment(env()), code);
  }

  private Execution run(LocalSettings settings, String code) {
    Path attempt = runTaskDir.resolve("base/round1");
    try (LocalExecutor ex = LocalExecutor.create(settings)) {
      return ex.execute(new ExecutionRequest(task, "base/round1", attempt, Map.of("candidate.py", code),
          List.of(task.taskDir(), runTaskDir)));
    }
  }

  private String execLog() throws Exception {
    return Files.readString(runTaskDir.resolve("base/round1/exec.log"));
  }

  private static Map<String, String> env() {
    return Map.of("PATH", System.getenv("PATH"), "ANTHROPIC_API_KEY", "sk-ant-test-secret-123",
        "GITHUB_TOKEN", "ghp_secret456", "LANG", "C.UTF-8");
  }

  @Test
  void aCleanCandidatePasses() {
    Execution e = run(LocalSettings.Sandbox.NONE, "print(open('input.txt').read().strip())\n");
    assertThat(e.passed()).isTrue();
    assertThat(e.verdict().status()).isEqualTo(Verdict.Status.PASS);
  }

  @Test
  void sleepingPastTheLimitIsStopped() throws Exception {
    Instant start = Instant.now();
    Execution e = run(LocalSettings.Sandbox.NONE, "import time\nprint('sleeping', flush=True)\ntime.sleep(60)\n");
    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(15));
    assertThat(e.stops()).containsExactly("time limit 3 s");
    assertThat(e.passed()).isFalse();
    assertThat(e.verdict().status()).isEqualTo(Verdict.Status.NOT_RUN);
    assertThat(execLog()).contains("stopped: TIMEOUT: the time limit of 3 s was reached").contains("sleeping");
  }

  @Test
  void leftoverChildrenAreKilled() throws Exception {
    String code = """
        import os, subprocess, time
        kids = [subprocess.Popen(['sleep', '300']) for _ in range(5)]
        if os.fork() == 0:
            os.setsid()
            if os.fork() == 0:
                time.sleep(2)
                open('daemon-alive.txt', 'w').write('still here')
                os._exit(0)
            os._exit(0)
        open('pids.txt', 'w').write(' '.join(str(k.pid) for k in kids))
        print('parent leaves')
        """;
    Execution e = run(LocalSettings.Sandbox.NONE, code);
    assertThat(e.leftoverProcesses()).isGreaterThanOrEqualTo(6);
    assertThat(execLog()).contains("leftover processes: ");
    Path ws = runTaskDir.resolve("base/round1/workspace");
    for (String pid : Files.readString(ws.resolve("pids.txt")).split(" ")) {
      assertThat(running(Long.parseLong(pid))).as("pid " + pid).isFalse();
    }
    Thread.sleep(3000);
    assertThat(ws.resolve("daemon-alive.txt")).doesNotExist();
  }

  @Test
  void aGigabyteOfOutputIsCutOff() throws Exception {
    String code = "import sys\nblock = b'x' * (1 << 20)\nfor _ in range(1024):\n    sys.stdout.buffer.write(block)\n";
    Execution e = run(LocalSettings.Sandbox.NONE, code);
    assertThat(e.stops()).containsExactly("output limit 64 MiB");
    assertThat(execLog()).contains("stopped: output limit: more than 64 MiB written to stdout").contains("bytes of stdout left out");
    assertThat(Files.size(runTaskDir.resolve("base/round1/exec.log"))).isLessThan(200_000);
  }

  @Test
  void allocatingPastTheMemoryLimitFails() throws Exception {
    String code = "chunks = []\nfor _ in range(100):\n    chunks.append(b'x' * (20 << 20))\nprint('allocated', len(chunks))\n";
    Execution e = run(LocalSettings.Sandbox.NONE, code);
    assertThat(e.passed()).isFalse();
    assertThat(e.exitCode().getAsInt()).isNotZero();
    assertThat(execLog()).containsAnyOf("MemoryError", "out of memory");
  }

  @Test
  void aProcessTreeOverTheMemoryLimitIsKilled() throws Exception {
    String code = """
        import os, time
        for _ in range(4):
            if os.fork() == 0:
                data = b'x' * (120 << 20)
                time.sleep(30)
                os._exit(0)
        time.sleep(30)
        """;
    Execution e = run(LocalSettings.Sandbox.NONE, code);
    assertThat(e.stops()).containsExactly("memory limit 256 MiB");
    assertThat(execLog()).contains("stopped: out of memory: the process tree held");
  }

  @Test
  void tooManyProcessesAreStopped() throws Exception {
    String code = "import subprocess, time\nkids = []\nfor _ in range(40):\n    kids.append(subprocess.Popen(['sleep', '60']))\n    time.sleep(0.05)\ntime.sleep(30)\n";
    Execution e = run(LocalSettings.defaults().withSandbox(LocalSettings.Sandbox.NONE).withEnvironment(env()).withMaxProcesses(16), code);
    assertThat(e.stops()).containsExactly("process limit 16");
    assertThat(execLog()).contains("stopped: process limit: the process tree grew to");
  }

  @Test
  void secretsAreNotPassed() throws Exception {
    String code = "import os\nprint('key=' + str(os.environ.get('ANTHROPIC_API_KEY')))\nprint(sorted(os.environ))\n";
    Execution e = run(LocalSettings.Sandbox.NONE, code);
    assertThat(e.passed()).isTrue();
    String log = execLog();
    assertThat(log).contains("key=None").doesNotContain("sk-ant-test-secret-123").doesNotContain("ghp_secret456");
    assertThat(log).contains("that look like secrets: ANTHROPIC_API_KEY, GITHUB_TOKEN");
  }

  @Test
  void writesOutsideTheWorkspaceAreDetectedWithoutASandbox() throws Exception {
    Path evaluator = task.taskDir().resolve("evaluate.py");
    String code = "open(" + pyString(evaluator.toString()) + ", 'w').write('print(1)')\n"
        + "open('../../../escaped.txt', 'w').write('out')\n";
    Execution e = run(LocalSettings.Sandbox.NONE, code);
    assertThat(e.outsideWrites()).anySatisfy(w -> assertThat(w).startsWith("modified: ").endsWith("evaluate.py"));
    assertThat(e.outsideWrites()).anySatisfy(w -> assertThat(w).startsWith("created: ").endsWith("escaped.txt"));
    assertThat(e.passed()).isFalse();
    assertThat(e.verdict().message()).contains("wrote outside its workspace");
    assertThat(execLog()).contains("outside writes: 2 change(s) outside the workspace").contains("detection only");
  }

  @Test
  void writesOutsideTheWorkspaceAreRefusedUnderBubblewrap() throws Exception {
    assumeBubblewrap();
    Path evaluator = task.taskDir().resolve("evaluate.py");
    String before = Files.readString(evaluator);
    String code = "import sys\nfor target in [" + pyString(evaluator.toString()) + ", '../../../escaped.txt',"
        + pyString(tmp.resolve("escaped-abs.txt").toString()) + "]:\n"
        + "    try:\n        open(target, 'w').write('print(1)')\n        print('wrote', target)\n"
        + "    except OSError as e:\n        print('refused', target, e)\n";
    Execution e = run(LocalSettings.Sandbox.BUBBLEWRAP, code);
    assertThat(Files.readString(evaluator)).isEqualTo(before);
    assertThat(runTaskDir.resolve("escaped.txt")).doesNotExist();
    assertThat(tmp.resolve("escaped-abs.txt")).doesNotExist();
    assertThat(e.outsideWrites()).isEmpty();
    assertThat(e.protection()).startsWith("bubblewrap");
    assertThat(execLog()).contains("protection: bubblewrap");
  }

  @Test
  void leftoverChildrenDieWithTheSandbox() throws Exception {
    assumeBubblewrap();
    String code = """
        import os, time
        if os.fork() == 0:
            os.setsid()
            if os.fork() == 0:
                time.sleep(2)
                open('daemon-alive.txt', 'w').write('still here')
                os._exit(0)
            os._exit(0)
        print('parent leaves')
        """;
    Execution e = run(LocalSettings.Sandbox.BUBBLEWRAP, code);
    assertThat(e.passed()).isTrue();
    Thread.sleep(3000);
    assertThat(runTaskDir.resolve("base/round1/workspace/daemon-alive.txt")).doesNotExist();
  }

  private static void assumeBubblewrap() {
    try (LocalExecutor ex = LocalExecutor.create(LocalSettings.defaults())) {
      Assumptions.assumeTrue(ex.sandboxed(), "skipped: bubblewrap is not installed or does not work here ("
          + ex.describe() + "); the detection tests cover this machine");
    }
  }

  /** Alive and not a zombie (a killed child of init may wait a while to be reaped in a container). */
  private static boolean running(long pid) throws Exception {
    Path stat = Path.of("/proc", Long.toString(pid), "stat");
    if (!Files.exists(stat)) {
      return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
    String s = Files.readString(stat);
    return s.charAt(s.lastIndexOf(')') + 2) != 'Z';
  }

  private static String pyString(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
