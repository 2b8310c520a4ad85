package org.negativeknowledge.server;

/** A server asked to listen beyond loopback without a token, or on an address that does not resolve. */
public final class InsecureBindException extends ServerException {
  private static final long serialVersionUID = 1L;

  public InsecureBindException(String message) {
    super(500, message, null);
  }
}
