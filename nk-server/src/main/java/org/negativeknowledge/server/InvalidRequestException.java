package org.negativeknowledge.server;

import com.fasterxml.jackson.databind.JsonNode;

/** A request the server cannot act on: malformed JSON, a missing or mistyped argument (HTTP 400). */
public final class InvalidRequestException extends ServerException {
  private static final long serialVersionUID = 1L;

  public InvalidRequestException(String message) {
    super(400, message, null);
  }

  public InvalidRequestException(String message, JsonNode details) {
    super(400, message, details);
  }
}
