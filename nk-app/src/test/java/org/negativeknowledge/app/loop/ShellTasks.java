package org.negativeknowledge.app.loop;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * Small tasks run by {@code /bin/sh} (no Python needed): the candidate writes {@code out.txt}; the
 * evaluator passes when it holds {@code ok}. And a solver of the test's own that answers from a
 * function of task and step, counting its calls.
 */
final class ShellTasks {
  private ShellTasks() {}

  /** Creates task {@code id} under {@code root}. */
  static Path create(Path root, String id) {
    Path dir = root.resolve(id);
    try {
      Files.createDirectories(dir.resolve("workspace"));
      Files.writeString(dir.resolve("workspace/hint.txt"), "write ok into out.txt\n");
      Files.writeString(dir.resolve("evaluate.sh"), """
          if [ "$(cat out.txt 2>/dev/null)" = ok ]; then
            echo '{"status": "pass", "score": 1, "message": "out.txt says ok"}'
          else
            echo '{"status": "fail", "score": 0, "message": "out.txt does not say ok"}'
          fi
          """);
      Files.writeString(dir.resolve("task.json"), "{\"id\": \"" + id + "\", \"instruction\": \"Write ok into out.txt.\","
          + " \"files\": [\"hint.txt\"], \"candidate\": \"candidate.sh\", \"run\": \"sh candidate.sh\","
          + " \"evaluate\": \"sh {task_dir}/evaluate.sh\", \"time_limit_sec\": 10, \"memory_limit_mb\": 256}");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  /** A candidate that passes. */
  static final String GOOD = "echo ok > out.txt\n";
  /** A candidate that fails. */
  static final String BAD = "echo no > out.txt\n";

  /** A solver answering {@code answer(task, step)}; a null answer throws, as a failing model would. */
  static final class Scripted implements Solver {
    final AtomicInteger calls = new AtomicInteger();
    final Map<String, Integer> callsByStep = new ConcurrentHashMap<>();
    private final BiFunction<String, String, String> answer;
    private final String name;

    Scripted(String name, BiFunction<String, String, String> answer) {
      this.name = name;
      this.answer = answer;
    }

    @Override
    public SolverAnswer solve(SolverRequest r) {
      calls.incrementAndGet();
      callsByStep.merge(r.task().id() + " " + r.step(), 1, Integer::sum);
      String code = answer.apply(r.task().id(), r.step());
      if (code == null) {
        throw new LoopException("the model API is down");
      }
      return new SolverAnswer(Map.of(r.task().candidate(), code), "write " + (code.equals(GOOD) ? "ok" : "no"),
          "notes", List.of(), TokenUse.of(100, 20), Duration.ofMillis(5), JsonNodeFactory.instance.objectNode());
    }

    @Override
    public String describe() {
      return name;
    }
  }
}
