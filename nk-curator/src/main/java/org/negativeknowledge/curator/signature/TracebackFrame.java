package org.negativeknowledge.curator.signature;

import java.util.Objects;
import java.util.Optional;

/**
 * One frame of a Python traceback.
 *
 * @param file the file as the log printed it (may be an absolute path of another machine)
 * @param line the 1-based line number
 * @param function the function name ({@code <module>} at top level), empty when not printed
 * @param sourceLine the source line printed under the frame, trimmed; empty when not printed
 */
public record TracebackFrame(String file, int line, String function, Optional<String> sourceLine) {

  public TracebackFrame {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(sourceLine, "sourceLine");
  }

  /** The last path element of {@link #file()}. */
  public String fileName() {
    int cut = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
    return cut < 0 ? file : file.substring(cut + 1);
  }

  /**
   * True when the frame lies in an installed library or the interpreter (site-packages,
   * dist-packages, lib/pythonX.Y, compiled Cython sources, frozen modules) rather than in the user's
   * own code.
   */
  public boolean inLibrary() {
    String f = file.replace('\\', '/');
    return f.contains("/site-packages/")
        || f.contains("/dist-packages/")
        || f.matches(".*/lib/python\\d[\\d.]*/.*")
        || f.endsWith(".pyx")
        || f.endsWith(".pxd")
        || f.startsWith("<");
  }

  /** {@code file:line} with the file name only. */
  public String location() {
    return fileName() + ":" + line;
  }
}
