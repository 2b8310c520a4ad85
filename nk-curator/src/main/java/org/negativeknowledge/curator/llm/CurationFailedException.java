package org.negativeknowledge.curator.llm;

import org.negativeknowledge.curator.CuratorException;

/**
 * The model's conversation ended without a usable record: it never wrote one before the loop
 * limit, wrote invalid JSON after its repair turn, or never called {@code write_record}.
 */
public class CurationFailedException extends CuratorException {
  private static final long serialVersionUID = 1L;

  public CurationFailedException(String message) {
    super(message);
  }
}
