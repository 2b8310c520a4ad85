package org.negativeknowledge.curator.anthropic.internal;

import com.anthropic.core.RequestOptions;
import com.anthropic.core.http.Headers;
import com.anthropic.core.http.HttpClient;
import com.anthropic.core.http.HttpRequest;
import com.anthropic.core.http.HttpResponse;
import com.anthropic.core.http.Interceptor;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;

/**
 * An HTTP client layer that stops reading an answer body at a byte limit: a body that declares or
 * turns out to be longer fails with {@link AnswerTooLargeException} (inside whatever the SDK wraps
 * it in) before it is held in memory.
 */
public final class BoundedAnswers implements HttpClient {

  /** The failure raised by a body over the limit. */
  public static final class AnswerTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long limitBytes;

    AnswerTooLargeException(String message, long limitBytes) {
      super(message);
      this.limitBytes = limitBytes;
    }

    /** The limit that was exceeded, in bytes. */
    public long limitBytes() {
      return limitBytes;
    }
  }

  private final HttpClient delegate;
  private final long limitBytes;

  private BoundedAnswers(HttpClient delegate, long limitBytes) {
    this.delegate = delegate;
    this.limitBytes = limitBytes;
  }

  /** An SDK interceptor bounding every answer body to {@code limitBytes}. */
  public static Interceptor interceptor(long limitBytes) {
    return delegate -> new BoundedAnswers(delegate, limitBytes);
  }

  @Override
  public HttpResponse execute(HttpRequest request, RequestOptions options) {
    return bounded(delegate.execute(request, options));
  }

  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request, RequestOptions options) {
    return delegate.executeAsync(request, options).thenApply(this::bounded);
  }

  @Override
  public void close() {
    delegate.close();
  }

  private HttpResponse bounded(HttpResponse r) {
    return new HttpResponse() {
      private InputStream body;

      @Override
      public int statusCode() {
        return r.statusCode();
      }

      @Override
      public Headers headers() {
        return r.headers();
      }

      @Override
      public synchronized InputStream body() {
        if (body == null) {
          body = new LimitedStream(r.body(), declaredLength(r.headers()));
        }
        return body;
      }

      @Override
      public void close() {
        r.close();
      }
    };
  }

  private static long declaredLength(Headers headers) {
    for (String v : headers.values("content-length")) {
      try {
        return Long.parseLong(v.trim());
      } catch (NumberFormatException ignored) {
        // a garbled length: count the bytes instead
      }
    }
    return -1;
  }

  private final class LimitedStream extends FilterInputStream {
    private final long declared;
    private long read;

    LimitedStream(InputStream in, long declared) {
      super(in);
      this.declared = declared;
    }

    private void check(long more) throws IOException {
      if (declared > limitBytes) {
        throw new AnswerTooLargeException("the answer declares " + declared + " bytes", limitBytes);
      }
      read += Math.max(0, more);
      if (read > limitBytes) {
        throw new AnswerTooLargeException("the answer is longer than " + limitBytes + " bytes", limitBytes);
      }
    }

    @Override
    public int read() throws IOException {
      check(0);
      int b = super.read();
      check(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      check(0);
      int n = super.read(buf, off, len);
      check(n);
      return n;
    }
  }
}
