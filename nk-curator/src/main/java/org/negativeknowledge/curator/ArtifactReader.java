package org.negativeknowledge.curator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.negativeknowledge.curator.internal.TextExcerpt;
import org.negativeknowledge.curator.internal.Causes;

/**
 * Reads artifact files bounded. Only a regular file inside its own folder is read ({@link
 * ArtifactPaths#confine(Path)}: a symbolic link leading out of the round folder, a FIFO or a device
 * is refused), and none larger than {@link #MAX_ARTIFACT_BYTES}. A file over its character budget
 * is excerpted: its head, its tail
 * and every traceback or error block in between, with a marker at each cut saying how much was left
 * out. Bytes that are not UTF-8 are decoded with the replacement character; a file that looks binary
 * (NUL bytes or mostly control characters) is replaced by a one-line placeholder naming its size.
 *
 * <p>Thread-safe: the class has no state.
 */
public final class ArtifactReader {

  /** The largest artifact read, in bytes (256 MiB); logs beyond it must be cut before curation. */
  public static final long MAX_ARTIFACT_BYTES = 256L * 1024 * 1024;

  private ArtifactReader() {}

  /**
   * Reads {@code file} and bounds it to {@code budgetChars}.
   *
   * @throws ArtifactRefusedException when the file is not a regular file inside its folder, or is
   *     larger than {@link #MAX_ARTIFACT_BYTES}
   * @throws CuratorException when the file cannot be read
   */
  public static ArtifactText read(Path file, int budgetChars) {
    Path real = ArtifactPaths.confine(file);
    byte[] bytes;
    try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
      bytes = in.readNBytes((int) MAX_ARTIFACT_BYTES + 1);
    } catch (IOException e) {
      throw new CuratorException(file + ": cannot read the artifact: " + Causes.chain(e), e);
    }
    if (bytes.length > MAX_ARTIFACT_BYTES) {
      throw new ArtifactRefusedException(file, file + ": refused: larger than " + MAX_ARTIFACT_BYTES
          + " bytes, the most an artifact may have; cut the log (keep its head and tail) and curate again");
    }
    return fromBytes(file, bytes, budgetChars);
  }

  /** Bounds already-read bytes; {@code file} only names them. */
  public static ArtifactText fromBytes(Path file, byte[] bytes, int budgetChars) {
    String sha = sha256(bytes);
    if (looksBinary(bytes)) {
      String text =
          "[nk: binary file, " + bytes.length + " bytes, sha256 " + sha + "; content not shown]";
      return new ArtifactText(file, bytes.length, sha, text, true, 0, 0);
    }
    String decoded = decode(bytes);
    TextExcerpt excerpt = TextExcerpt.of(decoded, budgetChars);
    return new ArtifactText(
        file, bytes.length, sha, excerpt.text(), false, decoded.length(), excerpt.cutChars());
  }

  /** Excerpts {@code text} to at most about {@code budgetChars} characters; see the class doc. */
  public static String excerpt(String text, int budgetChars) {
    return TextExcerpt.of(text, budgetChars).text();
  }

  /** The SHA-256 of {@code bytes} as lower-case hex. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM lacks SHA-256", e);
    }
  }

  /** Decodes UTF-8, replacing malformed bytes with U+FFFD instead of failing. */
  static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder cannot fail", e);
    }
  }

  /** NUL bytes, or more than 30 % control bytes, in the first 8 KiB. */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
        control++;
      }
    }
    return n > 0 && control * 10 > n * 3;
  }
}
