package org.negativeknowledge.server.http;

import java.net.BindException;
import org.apache.catalina.connector.Connector;
import org.negativeknowledge.server.ServerSettings;

/**
 * The HTTP connector and its limits. Slow or greedy clients get bounded time and size per
 * connection: 10 s to send the request line and headers (per read), 8 KiB of headers (a longer
 * header or URL gets 400), 15 s idle between keep-alive requests, 100 requests per connection, no
 * draining of a refused body; bodies themselves are read without a thread within the settings' body
 * timeout ({@link BodyReader}). The {@code Server} header says {@code nk}, never Tomcat's version.
 */
final class ConnectorLimits {
  static final int HEADER_TIMEOUT_MS = 10_000;
  static final int KEEP_ALIVE_TIMEOUT_MS = 15_000;
  static final int MAX_HEADER_BYTES = 8 * 1024;
  static final int MAX_KEEP_ALIVE_REQUESTS = 100;

  private ConnectorLimits() {}

  /** A connector for {@code settings}; failing to bind throws from {@code start} instead of logging. */
  static Connector connector(ServerSettings settings) {
    Connector c = new Connector("HTTP/1.1");
    c.setThrowOnFailure(true);
    c.setPort(settings.port());
    c.setProperty("address", settings.host());
    c.setProperty("server", "nk");
    c.setXpoweredBy(false);
    c.setMaxPostSize((int) Math.min(Integer.MAX_VALUE, settings.maxBodyBytes()));
    c.setProperty("connectionTimeout", String.valueOf(HEADER_TIMEOUT_MS));
    c.setProperty("keepAliveTimeout", String.valueOf(KEEP_ALIVE_TIMEOUT_MS));
    c.setProperty("maxHttpHeaderSize", String.valueOf(MAX_HEADER_BYTES));
    c.setProperty("maxKeepAliveRequests", String.valueOf(MAX_KEEP_ALIVE_REQUESTS));
    c.setProperty("maxSwallowSize", "0");
    return c;
  }

  /** What stopped the connector from binding, in words (the cause's message, without a stack trace). */
  static String bindFailure(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof BindException b) {
        return b.getMessage() == null ? "the address cannot be bound" : b.getMessage().toLowerCase(java.util.Locale.ROOT);
      }
    }
    Throwable root = t;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
