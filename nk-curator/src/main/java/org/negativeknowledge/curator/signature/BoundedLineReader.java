package org.negativeknowledge.curator.signature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * Streams a log file line by line in bounded memory: bytes are decoded as UTF-8 with malformed
 * input replaced (U+FFFD), NUL bytes are dropped, {@code \r} ends a line as {@code \n} does
 * (progress bars), and each line is cut at {@link #MAX_LINE_CHARS}. Files larger than
 * {@link #SCAN_LIMIT_BYTES} are read as their head and tail halves, with one marker line between.
 */
public final class BoundedLineReader {

  /** Longest line kept, in characters; the rest of a longer line is skipped. */
  public static final int MAX_LINE_CHARS = 4096;
  /** Most bytes of one file that are scanned. */
  public static final long SCAN_LIMIT_BYTES = 32L * 1024 * 1024;

  private final Consumer<String> sink;
  private final StringBuilder line = new StringBuilder(256);
  private boolean lineCut;
  private boolean lastWasCr;
  private long replacedOrBinary;

  private BoundedLineReader(Consumer<String> sink) {
    this.sink = sink;
  }

  /** What reading one file saw. */
  public record ReadStats(long bytes, boolean skippedMiddle, long undecodable) {}

  /**
   * Reads {@code file} and hands each line (without terminator) to {@code sink}.
   *
   * @throws IOException when the file cannot be read
   */
  public static ReadStats read(Path file, Consumer<String> sink) throws IOException {
    return read(file, SCAN_LIMIT_BYTES, sink);
  }

  /**
   * Reads {@code file} as {@link #read(Path, Consumer)} does, with another scan limit.
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when {@code scanLimitBytes} is below 2
   */
  public static ReadStats read(Path file, long scanLimitBytes, Consumer<String> sink) throws IOException {
    if (scanLimitBytes < 2) {
      throw new IllegalArgumentException("scan limit must be at least 2 bytes, got " + scanLimitBytes);
    }
    BoundedLineReader reader = new BoundedLineReader(sink);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      if (size <= scanLimitBytes) {
        reader.consume(Channels.newInputStream(ch), Long.MAX_VALUE);
        reader.finish();
        return new ReadStats(size, false, reader.replacedOrBinary);
      }
      long half = scanLimitBytes / 2;
      reader.consume(Channels.newInputStream(ch), half);
      reader.finish();
      sink.accept("[... " + (size - 2 * half) + " bytes not scanned ...]");
      ch.position(size - half);
      reader.consume(Channels.newInputStream(ch), half);
      reader.finish();
      return new ReadStats(size, true, reader.replacedOrBinary);
    }
  }

  /** Reads text already in memory through the same line rules. */
  public static void readText(String text, Consumer<String> sink) {
    BoundedLineReader reader = new BoundedLineReader(sink);
    for (int i = 0; i < text.length(); i++) {
      reader.accept(text.charAt(i));
    }
    reader.finish();
  }

  private void consume(InputStream in, long limit) throws IOException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    byte[] raw = new byte[64 * 1024];
    ByteBuffer bytes = ByteBuffer.allocate(raw.length + 16);
    CharBuffer chars = CharBuffer.allocate(raw.length + 16);
    long remaining = limit;
    boolean eof = false;
    while (!eof) {
      int want = (int) Math.min(raw.length, remaining);
      int n = want == 0 ? -1 : in.read(raw, 0, want);
      if (n < 0) {
        eof = true;
      } else {
        remaining -= n;
        bytes.put(raw, 0, n);
      }
      bytes.flip();
      CoderResult r = decoder.decode(bytes, chars, eof);
      if (r.isError()) {
        throw new IOException("undecodable input: " + r);
      }
      bytes.compact();
      drain(chars);
    }
    decoder.flush(chars);
    drain(chars);
  }

  private void drain(CharBuffer chars) {
    chars.flip();
    while (chars.hasRemaining()) {
      accept(chars.get());
    }
    chars.clear();
  }

  private void accept(char c) {
    if (c == '\n') {
      if (!lastWasCr) {
        emit();
      }
      lastWasCr = false;
      return;
    }
    lastWasCr = false;
    if (c == '\r') {
      emit();
      lastWasCr = true;
      return;
    }
    if (c == '\0' || c == '\uFFFD') {
      replacedOrBinary++;
      if (c == '\0') {
        return;
      }
    }
    if (line.length() < MAX_LINE_CHARS) {
      line.append(c);
    } else {
      lineCut = true;
    }
  }

  private void emit() {
    String text = lineCut ? line + " [...]" : line.toString();
    line.setLength(0);
    lineCut = false;
    sink.accept(text);
  }

  private void finish() {
    if (line.length() > 0 || lineCut) {
      emit();
    }
    lastWasCr = false;
  }
}
