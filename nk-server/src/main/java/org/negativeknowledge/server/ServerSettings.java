package org.negativeknowledge.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.negativeknowledge.app.files.FileAccess;

/**
 * How {@code nk serve} listens. Immutable; start from {@link #loopback(int)}.
 *
 * @param host the address to bind (default {@code 127.0.0.1})
 * @param port the TCP port; 0 picks a free one
 * @param token the bearer token every request must carry; required when {@code host} is not a
 *     loopback address, optional (but then enforced) on loopback
 * @param maxBodyBytes the largest request body accepted; larger bodies get HTTP 413
 * @param allowedDirs the folders whose regular files {@code /api/curate} and {@code nk_curate} may
 *     read by path (see {@link FileAccess#within}); empty: artifacts must be sent inline
 * @param bodyTimeout how long a client may take to send a whole request body; a slower one gets
 *     HTTP 408 (bodies are read without holding a thread, so slow clients do not starve others)
 */
public record ServerSettings(
    String host, int port, Optional<String> token, long maxBodyBytes, List<Path> allowedDirs, Duration bodyTimeout) {

  /** The default request body limit: 1 MiB. */
  public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
  /** The default time a client has to send a request body: 30 s. */
  public static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofSeconds(30);

  public ServerSettings {
    Objects.requireNonNull(host, "host");
    token = token == null ? Optional.empty() : token.filter(t -> !t.isBlank());
    allowedDirs = List.copyOf(allowedDirs);
    Objects.requireNonNull(bodyTimeout, "bodyTimeout");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, got " + port);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be >= 1, got " + maxBodyBytes);
    }
    if (bodyTimeout.toMillis() < 1) {
      throw new IllegalArgumentException("bodyTimeout must be at least 1 ms, got " + bodyTimeout);
    }
  }

  /** Loopback ({@code 127.0.0.1}) on {@code port}, no token, 1 MiB body limit, no folders, 30 s bodies. */
  public static ServerSettings loopback(int port) {
    return new ServerSettings("127.0.0.1", port, Optional.empty(), DEFAULT_MAX_BODY_BYTES, List.of(), DEFAULT_BODY_TIMEOUT);
  }

  public ServerSettings withHost(String value) {
    return new ServerSettings(value, port, token, maxBodyBytes, allowedDirs, bodyTimeout);
  }

  public ServerSettings withPort(int value) {
    return new ServerSettings(host, value, token, maxBodyBytes, allowedDirs, bodyTimeout);
  }

  /** A copy requiring {@code value} as bearer token; null or blank means none. */
  public ServerSettings withToken(String value) {
    return new ServerSettings(host, port, Optional.ofNullable(value), maxBodyBytes, allowedDirs, bodyTimeout);
  }

  public ServerSettings withMaxBodyBytes(long value) {
    return new ServerSettings(host, port, token, value, allowedDirs, bodyTimeout);
  }

  /** A copy whose curations may read the regular files inside {@code dirs}. */
  public ServerSettings withAllowedDirs(List<Path> dirs) {
    return new ServerSettings(host, port, token, maxBodyBytes, dirs, bodyTimeout);
  }

  public ServerSettings withBodyTimeout(Duration value) {
    return new ServerSettings(host, port, token, maxBodyBytes, allowedDirs, value);
  }

  /** What curations may read by path: the regular files of {@link #allowedDirs()}, or nothing. */
  public FileAccess fileAccess() {
    return FileAccess.within(allowedDirs);
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
        + ", maxBodyBytes=" + maxBodyBytes + ", allowedDirs=" + allowedDirs + ", bodyTimeout=" + bodyTimeout + "]";
  }
}
