package org.negativeknowledge.app.loop.internal.exec;

import java.nio.file.Path;
import org.negativeknowledge.app.loop.LoopTask;

/**
 * Fills {@code {task_dir}}, {@code {workspace}} and {@code {candidate}} into a task's command,
 * each quoted for {@code /bin/sh}.
 */
final class Placeholders {
  private Placeholders() {}

  static String fill(String command, LoopTask task, Path workspace) {
    return command.replace("{task_dir}", quote(task.taskDir().toString()))
        .replace("{workspace}", quote(workspace.toString()))
        .replace("{candidate}", quote(task.candidate()));
  }

  static String quote(String s) {
    return s.matches("[A-Za-z0-9_./:=@+-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
  }
}
