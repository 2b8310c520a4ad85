package org.negativeknowledge.bank.render;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Counts tokens the way a model prompt would be charged. The paper measures memory sizes in
 * OpenAI's cl100k_base encoding; for Claude models the counts are an approximation. Thread-safe.
 */
public final class TokenCounter {

  private static final class Cl100k {
    // The lazy registry builds only the vocabulary asked for; the default one parses all of
    // JTokkit's vocabularies (about 7 MB) before the first count.
    static final TokenCounter INSTANCE =
        new TokenCounter(Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.CL100K_BASE));
  }

  private static final AtomicBoolean PREPARED = new AtomicBoolean();

  private final Encoding encoding;

  private TokenCounter(Encoding encoding) {
    this.encoding = encoding;
  }

  /**
   * Starts building the cl100k_base vocabulary (a few hundred milliseconds on a cold JVM) on a
   * background thread, for a caller that will count soon and has other work meanwhile (a
   * consultation searches its bank first); {@link #cl100k()} then waits for it. Never blocks; does
   * nothing after the first call.
   */
  public static void prepare() {
    if (PREPARED.compareAndSet(false, true)) {
      // The lazy registry parses the vocabulary on the first count, not when the encoding is made.
      Thread t = new Thread(() -> cl100k().count("warm up"), "nk-token-counter-load");
      t.setDaemon(true);
      t.start();
    }
  }

  /** The cl100k_base counter (bundled with JTokkit, no network needed); shared and thread-safe. */
  public static TokenCounter cl100k() {
    return Cl100k.INSTANCE;
  }

  /**
   * The number of tokens of {@code text}. Special-token markers such as {@code <|endoftext|>} are
   * counted as ordinary text, as they would be in a prompt.
   */
  public int count(String text) {
    Objects.requireNonNull(text, "text");
    return encoding.countTokensOrdinary(text);
  }

  /** The encoding's name, e.g. {@code cl100k_base}. */
  public String encodingName() {
    return encoding.getName();
  }
}
