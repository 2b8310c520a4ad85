package org.negativeknowledge.app.loop.internal.exec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Drains one output stream of a child in a thread of its own, keeping its first and last {@code
 * keep} bytes and counting the rest, so a child can write any amount without filling memory or
 * disk. Thread-safe.
 */
final class StreamCapture {
  private final String name;
  private final byte[] head;
  private final byte[] tail;
  private int headLength;
  private long tailWritten;
  private long total;
  private final Thread thread;

  private StreamCapture(String name, InputStream in, int keep) {
    this.name = name;
    this.head = new byte[keep];
    this.tail = new byte[keep];
    this.thread = new Thread(() -> drain(in), "nk-loop-" + name);
    this.thread.setDaemon(true);
  }

  /** Starts draining {@code in}. */
  static StreamCapture start(String name, InputStream in, int keep) {
    StreamCapture c = new StreamCapture(name, in, keep);
    c.thread.start();
    return c;
  }

  private void drain(InputStream in) {
    byte[] buf = new byte[64 * 1024];
    try (in) {
      int n;
      while ((n = in.read(buf)) >= 0) {
        accept(buf, n);
      }
    } catch (IOException closed) {
      // the process was killed and the pipe closed: what was read so far is kept
    }
  }

  private synchronized void accept(byte[] buf, int n) {
    int off = 0;
    if (headLength < head.length) {
      int h = Math.min(n, head.length - headLength);
      System.arraycopy(buf, 0, head, headLength, h);
      headLength += h;
      off = h;
    }
    for (int i = off; i < n; i++) {
      tail[(int) (tailWritten % tail.length)] = buf[i];
      tailWritten++;
    }
    total += n;
  }

  /** Bytes read so far. */
  synchronized long total() {
    return total;
  }

  /** Waits until the stream is closed, at most {@code millis}. */
  void await(long millis) {
    try {
      thread.join(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The stream's name ({@code stdout}). */
  String name() {
    return name;
  }

  /** The kept text: the head, a line saying how much was left out, the tail. */
  synchronized String text() {
    StringBuilder b = new StringBuilder(new String(head, 0, headLength, StandardCharsets.UTF_8));
    if (tailWritten == 0) {
      return b.toString();
    }
    int kept = (int) Math.min(tailWritten, tail.length);
    long skipped = tailWritten - kept;
    byte[] t = new byte[kept];
    long start = tailWritten - kept;
    for (int i = 0; i < kept; i++) {
      t[i] = tail[(int) ((start + i) % tail.length)];
    }
    if (skipped > 0) {
      b.append("\n[... ").append(String.format(java.util.Locale.ROOT, "%,d", skipped))
          .append(" bytes of ").append(name).append(" left out ...]\n");
    }
    return b.append(new String(t, StandardCharsets.UTF_8)).toString();
  }
}
