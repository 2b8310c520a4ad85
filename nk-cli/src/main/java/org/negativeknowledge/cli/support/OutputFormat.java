package org.negativeknowledge.cli.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.negativeknowledge.record.NkJson;
import picocli.CommandLine.Option;

/**
 * The {@code --format text|json} option of every command that prints a result (a picocli {@code
 * @Mixin}). JSON output is the same view of the result the HTTP API and MCP return.
 */
public final class OutputFormat {
  /** The formats. */
  public enum Format {
    TEXT,
    JSON
  }

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "output format: text for people, json (the same keys as the HTTP API and MCP); default: ${DEFAULT-VALUE}")
  Format format = Format.TEXT;

  /** Whether JSON was asked for. */
  public boolean json() {
    return format == Format.JSON;
  }

  /** Prints {@code view} as pretty JSON on one document. */
  public static void print(PrintWriter out, ObjectNode view) {
    out.println(NkJson.pretty(view));
    out.flush();
  }
}
