package org.negativeknowledge.curator.anthropic;

import org.negativeknowledge.curator.model.ModelCallException;

/** A live model call was about to be made without {@code ANTHROPIC_API_KEY}. */
public class MissingApiKeyException extends ModelCallException {
  private static final long serialVersionUID = 1L;

  public MissingApiKeyException() {
    super(
        "ANTHROPIC_API_KEY is not set: a live curator call needs an Anthropic API key. Export"
            + " ANTHROPIC_API_KEY (and ANTHROPIC_BASE_URL for a proxy), or curate without a model"
            + " (nk curate ... --offline)",
        0,
        null);
  }
}
