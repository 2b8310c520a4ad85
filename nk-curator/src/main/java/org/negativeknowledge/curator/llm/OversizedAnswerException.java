package org.negativeknowledge.curator.llm;

/**
 * The model answered with a tool input larger than {@link LlmCurator#MAX_TOOL_INPUT_CHARS}; the
 * curation was stopped and nothing was written. The audit records the call without its input.
 */
public class OversizedAnswerException extends CurationFailedException {
  private static final long serialVersionUID = 1L;

  public OversizedAnswerException(String message) {
    super(message);
  }
}
