package org.negativeknowledge.app.loop.run;

import org.negativeknowledge.app.loop.LoopTask;
import org.negativeknowledge.app.loop.TaskFormatException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.negativeknowledge.app.loop.internal.SabTaskReader;
import org.negativeknowledge.app.loop.internal.TaskJsonReader;

/**
 * Reads the tasks of a loop. A source is a task folder (holding {@code task.json}), a {@code
 * task.json} file, a ScienceAgentBench task file ({@code task_NNN.json}, with {@code task_inst}),
 * or a folder of any of these (its sub-folders holding a {@code task.json} and its ScienceAgentBench
 * files, in name order).
 */
public final class LoopTasks {
  /** The name of a task's description file. */
  public static final String TASK_FILE = "task.json";

  private LoopTasks() {}

  /**
   * The tasks of every source, in order.
   *
   * @throws TaskFormatException when a source holds no task, a task cannot be read, or two tasks
   *     have the same id (the message names both files)
   */
  public static List<LoopTask> load(List<Path> sources) {
    Map<String, LoopTask> byId = new LinkedHashMap<>();
    for (Path source : sources) {
      for (LoopTask t : loadOne(source)) {
        LoopTask before = byId.putIfAbsent(t.id(), t);
        if (before != null) {
          throw new TaskFormatException(t.source() + ": task id '" + t.id() + "' is already used by "
              + before.source() + "; every task of a run needs its own id");
        }
      }
    }
    return List.copyOf(byId.values());
  }

  /**
   * Reads one {@code task.json}, or a ScienceAgentBench task file.
   *
   * @throws TaskFormatException naming the file and the field when it cannot be used
   */
  public static LoopTask read(Path file) {
    if (SabTaskReader.isSabFile(file)) {
      return SabTaskReader.read(file);
    }
    return TaskJsonReader.read(file);
  }

  private static List<LoopTask> loadOne(Path source) {
    if (Files.isRegularFile(source)) {
      return List.of(read(source));
    }
    if (!Files.isDirectory(source)) {
      throw new TaskFormatException(source + ": no such task file or folder");
    }
    if (Files.isRegularFile(source.resolve(TASK_FILE))) {
      return List.of(TaskJsonReader.read(source.resolve(TASK_FILE)));
    }
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(source)) {
      ds.forEach(children::add);
    } catch (IOException e) {
      throw new TaskFormatException(source + ": cannot list the task folder: " + e.getMessage(), e);
    }
    children.sort(null);
    List<LoopTask> tasks = new ArrayList<>();
    for (Path child : children) {
      if (Files.isDirectory(child) && Files.isRegularFile(child.resolve(TASK_FILE))) {
        tasks.add(TaskJsonReader.read(child.resolve(TASK_FILE)));
      } else if (Files.isRegularFile(child) && SabTaskReader.isSabFile(child)) {
        tasks.add(SabTaskReader.read(child));
      }
    }
    if (tasks.isEmpty()) {
      throw new TaskFormatException(source + ": no task here: a task is a folder with " + TASK_FILE
          + " (see nk schema --shape task) or a ScienceAgentBench task_NNN.json");
    }
    return tasks;
  }
}
