package org.negativeknowledge.server.http;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a request body with non-blocking I/O: a thread is taken only when bytes have arrived, so a
 * client trickling its body one byte at a time holds a connection, never a worker. The whole body
 * must arrive within the async timeout (else 408) and stay within the size limit (else 413); both
 * refusals close the connection without draining the rest. When the last byte is in, the request
 * is dispatched again with the body in memory ({@link BufferedBodyRequest}).
 */
final class BodyReader implements ReadListener, AsyncListener {
  private static final Logger LOG = LoggerFactory.getLogger(BodyReader.class);

  private final Request request;
  private final Response response;
  private final AsyncContext async;
  private final BufferedBodyRequest target;
  private final ServletInputStream in;
  private final long maxBytes;
  private final Duration timeout;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final byte[] buf = new byte[16 * 1024];
  private final AtomicBoolean settled = new AtomicBoolean();

  private BodyReader(Request request, Response response, AsyncContext async, BufferedBodyRequest target,
      ServletInputStream in, long maxBytes, Duration timeout) {
    this.request = request;
    this.response = response;
    this.async = async;
    this.target = target;
    this.in = in;
    this.maxBytes = maxBytes;
    this.timeout = timeout;
  }

  /** Starts reading {@code request}'s body in the background; the caller returns at once. */
  static void start(Request request, Response response, long maxBytes, Duration timeout) throws IOException {
    BufferedBodyRequest target = new BufferedBodyRequest(request.getRequest());
    request.setRequest(target);
    AsyncContext async = request.startAsync();
    async.setTimeout(timeout.toMillis());
    BodyReader reader = new BodyReader(request, response, async, target, request.getInputStream(), maxBytes, timeout);
    async.addListener(reader);
    reader.in.setReadListener(reader);
  }

  @Override
  public void onDataAvailable() throws IOException {
    while (!settled.get() && in.isReady()) {
      int n = in.read(buf);
      if (n < 0) {
        return;
      }
      if (bytes.size() + (long) n > maxBytes) {
        refuse(413, new BodyTooLargeException(maxBytes).getMessage());
        return;
      }
      bytes.write(buf, 0, n);
    }
  }

  @Override
  public void onAllDataRead() {
    if (settled.compareAndSet(false, true)) {
      target.body(bytes.toByteArray());
      async.dispatch();
    }
  }

  @Override
  public void onError(Throwable t) {
    LOG.debug("request body failed: {}", t.toString());
    refuse(400, "the request body could not be read (malformed chunked encoding, or the connection broke)");
  }

  @Override
  public void onTimeout(AsyncEvent event) {
    refuse(408, "the request body did not arrive within " + timeout.toSeconds()
        + " s; send it at once (the server does not wait for slow uploads)");
  }

  @Override
  public void onError(AsyncEvent event) {
    settled.set(true);
  }

  @Override
  public void onComplete(AsyncEvent event) {
    settled.set(true);
  }

  @Override
  public void onStartAsync(AsyncEvent event) {
    // the guard's own async cycle ends with the dispatch; later cycles belong to the servlets
  }

  private void refuse(int status, String message) {
    if (!settled.compareAndSet(false, true)) {
      return;
    }
    try {
      GuardValve.closeAfterResponse(request);
      JsonResponses.error(response, status, message);
    } catch (IOException | IllegalStateException e) {
      LOG.debug("cannot answer a refused body: {}", e.toString());
    } finally {
      async.complete();
    }
  }
}
