package org.negativeknowledge.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.negativeknowledge.NkException;

/**
 * Base of the server's failures. Each carries the HTTP status it maps to and optional structured
 * details (for example validation issues), so the MCP tools and the HTTP API report the same
 * failure the same way.
 */
public class ServerException extends NkException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient JsonNode details;

  /**
   * @param status the HTTP status this failure maps to (4xx for the caller's mistakes)
   * @param message what went wrong and how to fix it
   * @param details structured details, or null
   */
  public ServerException(int status, String message, JsonNode details) {
    super(message);
    this.status = status;
    this.details = details;
  }

  /** The HTTP status this failure maps to. */
  public int status() {
    return status;
  }

  /** Structured details (e.g. {@code {"issues": [...]}}), or null. */
  public JsonNode details() {
    return details;
  }
}
