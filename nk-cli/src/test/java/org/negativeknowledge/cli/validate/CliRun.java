package org.negativeknowledge.cli.validate;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.negativeknowledge.cli.Nk;
import picocli.CommandLine;

/** One in-process run of {@code nk} with captured output. */
record CliRun(int exit, String out, String err) {
  static CliRun run(String... args) {
    CommandLine cl = Nk.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new CliRun(exit, out.toString(), err.toString());
  }

  /** Runs with {@code stdin} as standard input (restored afterwards). */
  static CliRun runWithStdin(byte[] stdin, String... args) {
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(stdin));
    try {
      return run(args);
    } finally {
      System.setIn(saved);
    }
  }

  String[] outLines() {
    return out.isEmpty() ? new String[0] : out.split("\n");
  }
}
