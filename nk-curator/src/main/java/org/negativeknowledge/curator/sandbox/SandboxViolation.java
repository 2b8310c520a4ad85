package org.negativeknowledge.curator.sandbox;

import org.negativeknowledge.curator.CuratorException;

/**
 * A tool call the sandbox refused: a read outside the bundle, a write to another path, a second
 * write. The message is what the model is told (as a tool error) and what the audit records.
 */
public class SandboxViolation extends CuratorException {
  private static final long serialVersionUID = 1L;

  public SandboxViolation(String message) {
    super(message);
  }
}
