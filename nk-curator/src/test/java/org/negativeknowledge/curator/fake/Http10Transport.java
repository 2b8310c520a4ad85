package org.negativeknowledge.curator.fake;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A minimal HTTP server over a plain socket that answers every request with {@code HTTP/1.0} and
 * then closes the connection, without a {@code Connection: close} header: a client that pools the
 * connection finds it dead on its next request. Reads a Content-Length or chunked request body.
 */
final class Http10Transport implements AutoCloseable {

  /** Turns a request into the answer to write. */
  interface Handler {
    FakeMessagesServer.Answer answer(String path, Map<String, List<String>> headers, String body);
  }

  private final ServerSocket socket;
  private final Handler handler;

  private Http10Transport(ServerSocket socket, Handler handler) {
    this.socket = socket;
    this.handler = handler;
  }

  static Http10Transport start(Handler handler) {
    try {
      ServerSocket s = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      Http10Transport t = new Http10Transport(s, handler);
      Thread accept = new Thread(t::acceptLoop, "fake-messages-http10");
      accept.setDaemon(true);
      accept.start();
      return t;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the HTTP/1.0 fake", e);
    }
  }

  int port() {
    return socket.getLocalPort();
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try {
        Socket c = socket.accept();
        Thread t = new Thread(() -> serve(c), "fake-messages-http10-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket c) {
    try (c) {
      InputStream in = new BufferedInputStream(c.getInputStream());
      String requestLine = line(in);
      if (requestLine == null || requestLine.isEmpty()) {
        return;
      }
      String path = requestLine.split(" ")[1];
      Map<String, List<String>> headers = new LinkedHashMap<>();
      for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
        int colon = h.indexOf(':');
        headers.computeIfAbsent(h.substring(0, colon).trim(), k -> new ArrayList<>()).add(h.substring(colon + 1).trim());
      }
      String body = new String(body(in, headers), StandardCharsets.UTF_8);
      FakeMessagesServer.Answer a = handler.answer(path, headers, body);
      if (a.delayMillis() > 0) {
        Thread.sleep(a.delayMillis());
      }
      StringBuilder head = new StringBuilder("HTTP/1.0 ").append(a.status()).append(' ')
          .append(a.status() == 200 ? "OK" : "Error").append("\r\n");
      a.headers().forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
      head.append("Content-Length: ").append(a.body().length).append("\r\n\r\n");
      OutputStream out = c.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(a.body());
      out.flush();
    } catch (IOException | InterruptedException | RuntimeException e) {
      // the client went away; the connection closes either way
    }
  }

  private static byte[] body(InputStream in, Map<String, List<String>> headers) throws IOException {
    String length = header(headers, "content-length");
    if (length != null) {
      return in.readNBytes(Integer.parseInt(length));
    }
    if ("chunked".equalsIgnoreCase(header(headers, "transfer-encoding"))) {
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      for (int size = Integer.parseInt(line(in).trim(), 16); size > 0; size = Integer.parseInt(line(in).trim(), 16)) {
        all.write(in.readNBytes(size));
        line(in);
      }
      line(in);
      return all.toByteArray();
    }
    return new byte[0];
  }

  private static String header(Map<String, List<String>> headers, String name) {
    for (var e : headers.entrySet()) {
      if (e.getKey().toLowerCase(Locale.ROOT).equals(name)) {
        return e.getValue().get(0);
      }
    }
    return null;
  }

  /** One CRLF-terminated line, without the terminator; null at end of stream. */
  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) >= 0) {
      if (c == '\n') {
        String s = b.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
      }
      b.write(c);
    }
    return b.size() == 0 ? null : b.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
