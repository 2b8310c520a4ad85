package org.negativeknowledge.server.http;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body the guard has already read in full (without holding a thread); the
 * servlets read it from memory. Each {@link #getInputStream()} / {@link #getReader()} starts at the
 * first byte again, so a check in front of a servlet can read the body and the servlet still gets
 * it. The body is set once, when the last byte has arrived, before the request is dispatched.
 */
final class BufferedBodyRequest extends HttpServletRequestWrapper {
  private volatile byte[] body = new byte[0];

  BufferedBodyRequest(HttpServletRequest request) {
    super(request);
  }

  void body(byte[] bytes) {
    body = bytes.clone();
  }

  /** The body's bytes. */
  byte[] body() {
    return body.clone();
  }

  @Override
  public long getContentLengthLong() {
    return body.length;
  }

  @Override
  public int getContentLength() {
    return body.length;
  }

  @Override
  public ServletInputStream getInputStream() {
    ByteArrayInputStream in = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override
      public int read() {
        return in.read();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        return in.read(b, off, len);
      }

      @Override
      public boolean isFinished() {
        return in.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        try {
          listener.onAllDataRead();
        } catch (IOException e) {
          listener.onError(e);
        }
      }
    };
  }

  /** The body as UTF-8 text (the guard accepts JSON bodies in UTF-8 only). */
  @Override
  public BufferedReader getReader() {
    return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
  }
}
