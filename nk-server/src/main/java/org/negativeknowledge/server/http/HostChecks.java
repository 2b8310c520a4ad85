package org.negativeknowledge.server.http;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the host of {@code Host} and {@code Origin} headers and tells loopback hosts apart, without
 * ever asking DNS: {@code localhost}, and IP literals in 127.0.0.0/8 or {@code ::1}.
 */
final class HostChecks {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private HostChecks() {}

  /** Whether {@code host} (a name or an IP literal, IPv6 with or without brackets) is loopback. */
  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT).trim();
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    if (h.equals("localhost")) {
      return true;
    }
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    if (!IPV4.matcher(h).matches() && !h.contains(":")) {
      return false;
    }
    try {
      return InetAddress.getByName(h).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** The host part of a {@code Host} header ({@code name:port}, {@code [v6]:port}). */
  static String hostOfHostHeader(String hostHeader) {
    String h = hostHeader.toLowerCase(Locale.ROOT).trim();
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end > 0 ? h.substring(0, end + 1) : h;
    }
    int colon = h.lastIndexOf(':');
    return colon > 0 ? h.substring(0, colon) : h;
  }

  /** The {@code host[:port]} of an {@code Origin} header, empty when it is not a URL with a host. */
  static Optional<String> authorityOfOrigin(String origin) {
    try {
      URI u = URI.create(origin.trim());
      if (u.getHost() == null) {
        return Optional.empty();
      }
      return Optional.of(u.getPort() < 0 ? u.getHost().toLowerCase(Locale.ROOT)
          : u.getHost().toLowerCase(Locale.ROOT) + ":" + u.getPort());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The host of an {@code Origin} header's URL, empty when it has none. */
  static Optional<String> hostOfOrigin(String origin) {
    return authorityOfOrigin(origin).map(HostChecks::hostOfHostHeader);
  }
}
