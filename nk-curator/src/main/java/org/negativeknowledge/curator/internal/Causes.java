package org.negativeknowledge.curator.internal;

import java.util.ArrayList;
import java.util.List;

/** Describes a failure together with everything underneath it, for error messages. */
public final class Causes {
  private Causes() {}

  /**
   * The messages of {@code t} and its causes, outermost first, joined by {@code ": "}; a cause
   * without a message is named by its class, and a message that repeats the one before it is
   * dropped; a file-system failure is prefixed with its class ({@code NoSuchFileException
   * /x/exec.log}), whose message is only the path. Line breaks become spaces. Example: {@code Request failed: unexpected end of stream on
   * http://127.0.0.1:8080/...: EOFException}.
   */
  public static String chain(Throwable t) {
    List<String> parts = new ArrayList<>();
    String previous = null;
    for (Throwable c = t; c != null && parts.size() < 8; c = c.getCause() == c ? null : c.getCause()) {
      String m = c.getMessage() == null || c.getMessage().isBlank()
          ? c.getClass().getSimpleName()
          : c.getMessage().replaceAll("\\s+", " ").strip();
      if (c instanceof java.nio.file.FileSystemException) {
        m = c.getClass().getSimpleName() + " " + m;
      }
      if (previous == null || !previous.contains(m)) {
        parts.add(m);
      }
      previous = m;
    }
    return String.join(": ", parts);
  }
}
