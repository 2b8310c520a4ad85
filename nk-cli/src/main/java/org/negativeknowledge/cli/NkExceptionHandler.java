package org.negativeknowledge.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.negativeknowledge.NkException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns the project's exceptions into one clear line on stderr and exit code 2, instead of a
 * stack trace. Unexpected exceptions keep their stack trace: they are bugs.
 */
final class NkExceptionHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    if (ex instanceof NkException
        || ex instanceof IOException
        || ex instanceof UncheckedIOException
        || ex instanceof IllegalArgumentException) {
      cmd.getErr().println("nk " + cmd.getCommandName() + ": " + ex.getMessage());
      return Nk.EXIT_USAGE;
    }
    cmd.getErr().println("nk " + cmd.getCommandName() + ": unexpected error");
    ex.printStackTrace(cmd.getErr());
    return Nk.EXIT_USAGE;
  }
}
