package org.negativeknowledge.validation.stream;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into records: lines ending in {@code '\n'} (JSONL), or the whole stream as
 * one record. A record longer than the bound is not kept: it is flagged {@link #tooLong()} and
 * skipped up to its end, so memory stays bounded whatever the input. Bytes are not decoded here.
 * Not thread-safe; the returned array is reused by the next call.
 */
final class BoundedLineReader {
  private static final int CHUNK = 1 << 16;
  private static final int INITIAL_LINE = 1 << 13;

  private final InputStream in;
  private final int maxBytes;
  private final boolean splitLines;
  private final byte[] buf = new byte[CHUNK];
  private int pos;
  private int limit;
  private boolean eof;

  private byte[] line = new byte[INITIAL_LINE];
  private int length;
  private long totalLength;
  private boolean tooLong;
  private long lineNumber;

  /**
   * @param in the stream, read in chunks (the caller closes it)
   * @param maxBytes longest record kept, in bytes
   * @param splitLines true for JSONL (one record per line), false for one record per stream
   */
  public BoundedLineReader(InputStream in, int maxBytes, boolean splitLines) {
    this.in = in;
    this.maxBytes = maxBytes;
    this.splitLines = splitLines;
  }

  /** Advances to the next record; false at the end of the stream. */
  public boolean next() throws IOException {
    length = 0;
    totalLength = 0;
    tooLong = false;
    if (line.length > (1 << 20)) {
      line = new byte[INITIAL_LINE]; // do not hold a huge buffer after one huge line
    }
    boolean any = false;
    while (true) {
      if (pos == limit) {
        if (!fill()) {
          if (any || (!splitLines && lineNumber == 0)) {
            lineNumber++;
            return true;
          }
          return false;
        }
      }
      any = true;
      int end = splitLines ? indexOfNewline(pos, limit) : -1;
      int stop = end < 0 ? limit : end;
      append(pos, stop - pos);
      if (end >= 0) {
        pos = end + 1;
        lineNumber++;
        return true;
      }
      pos = limit;
    }
  }

  private int indexOfNewline(int from, int to) {
    byte[] b = buf;
    for (int i = from; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void append(int from, int n) {
    totalLength += n;
    if (tooLong || n == 0) {
      return;
    }
    if (length + (long) n > maxBytes) {
      tooLong = true;
      length = 0;
      return;
    }
    if (length + n > line.length) {
      line = Arrays.copyOf(line, (int) Math.min(maxBytes, Math.max(length + n, 2L * line.length)));
    }
    System.arraycopy(buf, from, line, length, n);
    length += n;
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n;
    do {
      n = in.read(buf, 0, buf.length);
    } while (n == 0);
    if (n < 0) {
      eof = true;
      pos = limit = 0;
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }

  /** The current record's bytes, valid from 0 to {@link #length()}; empty when too long. */
  public byte[] bytes() {
    return line;
  }

  /** Number of bytes of the current record held in {@link #bytes()}. */
  public int length() {
    return length;
  }

  /** Whether the current record exceeded the bound (and was skipped). */
  public boolean tooLong() {
    return tooLong;
  }

  /** The current record's full length in bytes, newline excluded, even when too long. */
  public long totalLength() {
    return totalLength;
  }

  /** 1-based number of the current line (always 1 when not splitting lines). */
  public long lineNumber() {
    return lineNumber;
  }

  /** Whether the current record holds only spaces, tabs and carriage returns. */
  public boolean isBlank() {
    if (tooLong) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      byte c = line[i];
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }
}
