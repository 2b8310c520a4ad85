package org.negativeknowledge.app.operation;

import java.util.Objects;
import org.negativeknowledge.NkException;

/**
 * An argument of an operation is missing or not what the operation accepts. Carries the argument's
 * name and what it should be; each front end says it its own way (a CLI option, an HTTP 400, a tool
 * error).
 */
public class ArgumentException extends NkException {
  private static final long serialVersionUID = 1L;

  private final String argument;
  private final String expected;
  private final String problem;

  /**
   * @param argument the argument's name (e.g. {@code depth}, or {@code decisions[2].reason})
   * @param expected what it should be (e.g. {@code an integer in 1..1000})
   * @param problem what is wrong with what was given (e.g. {@code got 'x'}; {@code missing})
   */
  public ArgumentException(String argument, String expected, String problem) {
    super("argument '" + argument + "' " + problem + ": it must be " + expected);
    this.argument = Objects.requireNonNull(argument, "argument");
    this.expected = Objects.requireNonNull(expected, "expected");
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /** The argument's name. */
  public String argument() {
    return argument;
  }

  /** What the argument should be. */
  public String expected() {
    return expected;
  }

  /** What is wrong with what was given. */
  public String problem() {
    return problem;
  }
}
