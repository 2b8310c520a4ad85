package org.negativeknowledge.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
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
    String name = cmd.getCommandSpec().qualifiedName(" ");
    Throwable io = ex instanceof UncheckedIOException u ? u.getCause() : ex;
    if (io instanceof NoSuchFileException missing) {
      cmd.getErr().println(name + ": no such file: " + missing.getFile());
      return Nk.EXIT_USAGE;
    }
    if (io instanceof AccessDeniedException denied) {
      cmd.getErr().println(name + ": permission denied: " + denied.getFile());
      return Nk.EXIT_USAGE;
    }
    if (ex instanceof NkException
        || ex instanceof IOException
        || ex instanceof UncheckedIOException
        || ex instanceof IllegalArgumentException) {
      cmd.getErr().println(name + ": " + ex.getMessage());
      return Nk.EXIT_USAGE;
    }
    cmd.getErr().println(name + ": unexpected error");
    ex.printStackTrace(cmd.getErr());
    return Nk.EXIT_USAGE;
  }
}
