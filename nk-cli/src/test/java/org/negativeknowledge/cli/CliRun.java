package org.negativeknowledge.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One in-process run of {@code nk} with captured output; the tests' one way to run a command. */
public record CliRun(int exit, String out, String err) {
  /** Runs {@code nk ARGS} in this JVM, with the command line {@code main} builds for them. */
  public static CliRun run(String... args) {
    CommandLine cl = Nk.commandLineFor(args);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new CliRun(exit, out.toString(), err.toString());
  }

  /** Runs with {@code stdin} as standard input (restored afterwards). */
  public static CliRun runWithStdin(byte[] stdin, String... args) {
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(stdin));
    try {
      return run(args);
    } finally {
      System.setIn(saved);
    }
  }

  /** Standard output split into lines. */
  public String[] outLines() {
    return out.isEmpty() ? new String[0] : out.split("\n");
  }
}
