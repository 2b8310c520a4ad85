package org.negativeknowledge.bank.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The index term of a keyword value (id, task, domain, facet, signature key). A value is its own
 * term up to {@value #MAX_TERM_BYTES} bytes of UTF-8; a longer one (which the bank refuses today,
 * but an older bank may hold) becomes its first characters plus a SHA-256 of the whole value, so
 * any stored row can be indexed (Lucene refuses terms over 32,766 bytes) and an exact filter on
 * the same long value still finds it. Indexing and querying both go through {@link #of}.
 */
public final class KeywordTerms {

  /** The longest value kept as is; well under Lucene's term limit of 32,766 bytes. */
  public static final int MAX_TERM_BYTES = 4096;

  private static final int PREFIX_CHARS = 64;

  private KeywordTerms() {}

  /** The term of {@code value}. */
  public static String of(String value) {
    // A char is at most 3 UTF-8 bytes (a surrogate pair is 4 for 2 chars): short values are cheap.
    if (value.length() * 3 <= MAX_TERM_BYTES || utf8Length(value) <= MAX_TERM_BYTES) {
      return value;
    }
    int end = value.offsetByCodePoints(0, Math.min(PREFIX_CHARS, value.codePointCount(0, value.length())));
    return value.substring(0, end) + "\u2026sha256:" + sha256(value);
  }

  private static int utf8Length(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  private static String sha256(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
