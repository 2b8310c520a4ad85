package org.negativeknowledge.cli.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.negativeknowledge.NkException;
import org.negativeknowledge.app.error.Failure;
import org.negativeknowledge.app.error.FailureKind;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure into one clear line on stderr, the library's description of the state followed
 * by the command line's own remedy ({@link CliRemedies}), and the exit code {@link ExitCodes} gives.
 * Unexpected exceptions keep their stack trace: they are bugs.
 */
public final class NkExceptionHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    String name = cmd.getCommandSpec().qualifiedName(" ");
    Throwable io = ex instanceof UncheckedIOException u ? u.getCause() : ex;
    if (io instanceof NoSuchFileException missing) {
      cmd.getErr().println(name + ": no such file: " + missing.getFile());
      return ExitCodes.USAGE;
    }
    if (io instanceof AccessDeniedException denied) {
      cmd.getErr().println(name + ": permission denied: " + denied.getFile());
      return ExitCodes.USAGE;
    }
    if (io instanceof IOException) {
      cmd.getErr().println(name + ": " + io.getMessage());
      return ExitCodes.USAGE;
    }
    Failure f = Failure.of(ex);
    if (f.kind() == FailureKind.INTERNAL && !(ex instanceof NkException)) {
      cmd.getErr().println(name + ": unexpected error");
      ex.printStackTrace(cmd.getErr());
      return ExitCodes.USAGE;
    }
    cmd.getErr().println(name + ": " + f.message() + CliRemedies.of(f).map(r -> " (" + r + ")").orElse(""));
    f.details().path("issues").forEach(i -> cmd.getErr().println(
        "  " + i.path("path").asText() + ": " + i.path("code").asText() + ": " + i.path("message").asText()));
    cmd.getErr().flush();
    return ExitCodes.of(f);
  }
}
