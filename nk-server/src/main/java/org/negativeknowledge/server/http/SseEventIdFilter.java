package org.negativeknowledge.server.http;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * An event-stream writer that drops the SSE {@code id} field of every event and passes everything
 * else through. The MCP server keeps no event history, so it cannot resume a stream; an {@code id}
 * would still invite clients to try ({@code Last-Event-ID}), which the TypeScript SDK client did
 * after every error reply. The MCP SDK writes each field as a whole line, so the filter works line
 * by line; a write error of the underlying writer surfaces at {@link #flush()} as an
 * {@link IOException}, so that {@link PrintWriter#checkError()} over this writer still reports a
 * client that went away.
 *
 * <p>It can also send an SSE comment between two lines ({@link #comment}), which clients ignore;
 * {@link EventStreamKeepAlive} uses it to keep idle streams open. Writes are serialised on this
 * object, and once {@link #end()} is called nothing more is written.
 */
final class SseEventIdFilter extends Writer {
  private final PrintWriter out;
  private final StringBuilder line = new StringBuilder();
  private boolean ended;

  SseEventIdFilter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public synchronized void write(char[] cbuf, int off, int len) {
    for (int i = off; i < off + len; i++) {
      char c = cbuf[i];
      line.append(c);
      if (c == '\n') {
        if (!isIdField(line)) {
          out.append(line);
        }
        line.setLength(0);
      }
    }
  }

  @Override
  public synchronized void flush() throws IOException {
    if (line.length() > 0 && !mayBecomeIdField(line)) {
      out.append(line);
      line.setLength(0);
    }
    out.flush();
    if (out.checkError()) {
      throw new IOException("the client closed the event stream");
    }
  }

  @Override
  public synchronized void close() throws IOException {
    flush();
    out.close();
  }

  /**
   * Writes the SSE comment {@code ": text"} as a line of its own and flushes it, unless a line is
   * half written or the stream has {@link #end()}ed. Returns whether the stream is still usable
   * (false once ended or when the client has gone).
   */
  synchronized boolean comment(String text) {
    if (ended) {
      return false;
    }
    if (line.length() > 0) {
      return true;
    }
    out.append(": ").append(text).append('\n');
    out.flush();
    return !out.checkError();
  }

  /** Marks the stream as finished: {@link #comment} writes nothing from now on. */
  synchronized void end() {
    ended = true;
  }

  /** Whether a complete line (with its line end) is the {@code id} field: "id" alone or "id:...". */
  private static boolean isIdField(CharSequence l) {
    String s = l.toString().stripTrailing();
    return s.equals("id") || s.startsWith("id:");
  }

  /** Whether an unfinished line could still turn out to be the {@code id} field. */
  private static boolean mayBecomeIdField(CharSequence l) {
    String s = l.toString();
    return "id".startsWith(s) || s.startsWith("id:");
  }
}
