package org.negativeknowledge.server.mcp.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads newline-terminated lines of at most {@code maxBytes} bytes from a byte stream. A longer
 * line is skipped up to its newline and reported as {@link Line#tooLong()}, a line that is not
 * UTF-8 as {@link Line#notUtf8()}, so one bad line never costs the lines after it. A trailing
 * {@code \r} is dropped. Not thread-safe: one reader thread.
 */
final class BoundedLineReader {
  private final InputStream in;
  private final int maxBytes;
  private final byte[] buf = new byte[8192];
  private int pos;
  private int end;
  private long lineNumber;

  BoundedLineReader(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** One line as read: its text, or why it has none. */
  record Line(long number, String text, boolean tooLong, boolean notUtf8) {}

  /** The next line, or null at end of input (a last line without newline still counts). */
  Line next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean tooLong = false;
    boolean sawAny = false;
    while (true) {
      if (pos == end) {
        end = in.read(buf, 0, buf.length);
        pos = 0;
        if (end <= 0) {
          end = 0;
          if (!sawAny) {
            return null;
          }
          break;
        }
      }
      sawAny = true;
      int nl = -1;
      for (int i = pos; i < end; i++) {
        if (buf[i] == '\n') {
          nl = i;
          break;
        }
      }
      int stop = nl < 0 ? end : nl;
      if (!tooLong) {
        if (line.size() + (stop - pos) > maxBytes) {
          tooLong = true;
          line.reset();
        } else {
          line.write(buf, pos, stop - pos);
        }
      }
      pos = nl < 0 ? end : nl + 1;
      if (nl >= 0) {
        break;
      }
    }
    lineNumber++;
    if (tooLong) {
      return new Line(lineNumber, null, true, false);
    }
    byte[] bytes = line.toByteArray();
    int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 0, len))
          .toString();
      return new Line(lineNumber, text, false, false);
    } catch (CharacterCodingException e) {
      return new Line(lineNumber, null, false, true);
    }
  }
}
