package org.negativeknowledge.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@code nk serve} listens. Immutable; start from {@link #loopback(int)}.
 *
 * @param host the address to bind (default {@code 127.0.0.1})
 * @param port the TCP port; 0 picks a free one
 * @param token the bearer token every request must carry; required when {@code host} is not a
 *     loopback address, optional (but then enforced) on loopback
 * @param maxBodyBytes the largest request body accepted; larger bodies get HTTP 413
 */
public record ServerSettings(String host, int port, Optional<String> token, long maxBodyBytes) {

  /** The default request body limit: 1 MiB. */
  public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

  public ServerSettings {
    Objects.requireNonNull(host, "host");
    token = token == null ? Optional.empty() : token.filter(t -> !t.isBlank());
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, got " + port);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be >= 1, got " + maxBodyBytes);
    }
  }

  /** Loopback ({@code 127.0.0.1}) on {@code port}, no token, 1 MiB body limit. */
  public static ServerSettings loopback(int port) {
    return new ServerSettings("127.0.0.1", port, Optional.empty(), DEFAULT_MAX_BODY_BYTES);
  }

  public ServerSettings withHost(String value) {
    return new ServerSettings(value, port, token, maxBodyBytes);
  }

  public ServerSettings withPort(int value) {
    return new ServerSettings(host, value, token, maxBodyBytes);
  }

  /** A copy requiring {@code value} as bearer token; null or blank means none. */
  public ServerSettings withToken(String value) {
    return new ServerSettings(host, port, Optional.ofNullable(value), maxBodyBytes);
  }

  public ServerSettings withMaxBodyBytes(long value) {
    return new ServerSettings(host, port, token, value);
  }

  /**
   * Whether {@code host} resolves to a loopback address only (127.0.0.0/8, ::1, localhost).
   *
   * @throws InsecureBindException when the host cannot be resolved
   */
  public boolean bindsLoopbackOnly() {
    try {
      for (InetAddress a : InetAddress.getAllByName(host)) {
        if (!a.isLoopbackAddress()) {
          return false;
        }
      }
      return true;
    } catch (UnknownHostException e) {
      throw new InsecureBindException("cannot resolve --host '" + host + "': " + e.getMessage());
    }
  }

  /**
   * Checks that a non-loopback bind has a token.
   *
   * @throws InsecureBindException naming the fix when it does not
   */
  public void requireSafeBind() {
    if (token.isEmpty() && !bindsLoopbackOnly()) {
      throw new InsecureBindException(
          "refusing to listen on " + host + " without a token: anyone who can reach this address"
              + " could read and write the bank. Pass --token T (clients then send"
              + " 'Authorization: Bearer T'), or bind --host 127.0.0.1");
    }
  }

  /** Settings without the token's value, for logs. */
  @Override
  public String toString() {
    return "ServerSettings[host=" + host + ", port=" + port + ", token=" + (token.isPresent() ? "***" : "none")
        + ", maxBodyBytes=" + maxBodyBytes + "]";
  }
}
