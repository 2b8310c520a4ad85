package org.negativeknowledge.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A parser that refuses, with a {@link JsonContentException}, two things Jackson accepts: a key
 * that appears twice in one object (Jackson keeps the last value) and a string or key holding a
 * lone UTF-16 surrogate (only an escape such as {@code \\uD800} can produce one). Reading a tree
 * through it ({@code mapper.readTree(new CheckedJsonParser(p))}) therefore either gives a tree
 * that says exactly what the text said, or fails naming the path.
 *
 * <p>Jackson's own duplicate detection is not used because it reports duplicates only as a
 * plain parse error, told apart from syntax errors by its message text alone.
 *
 * <p>Not thread-safe, like the parser it wraps.
 */
public final class CheckedJsonParser extends JsonParserDelegate {
  private final Deque<Set<String>> keys = new ArrayDeque<>();

  /** Wraps {@code parser}; read only through the wrapper from now on. */
  public CheckedJsonParser(JsonParser parser) {
    super(parser);
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken t = delegate.nextToken();
    if (t == null) {
      return null;
    }
    switch (t) {
      case START_OBJECT -> keys.push(new HashSet<>());
      case END_OBJECT -> keys.pop();
      case FIELD_NAME -> checkKey(delegate.currentName());
      case VALUE_STRING -> checkString(delegate.getText());
      default -> {
        // numbers, literals and arrays need no check
      }
    }
    return t;
  }

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken t = nextToken();
    return t == JsonToken.FIELD_NAME ? nextToken() : t;
  }

  @Override
  public JsonParser skipChildren() throws IOException {
    JsonToken t = currentToken();
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return this;
    }
    int open = 1;
    while (open > 0) {
      JsonToken next = nextToken();
      if (next == null) {
        return this;
      }
      if (next.isStructStart()) {
        open++;
      } else if (next.isStructEnd()) {
        open--;
      }
    }
    return this;
  }

  private void checkKey(String name) throws JsonContentException {
    int bad = loneSurrogateAt(name);
    if (bad >= 0) {
      throw new JsonContentException(delegate, JsonDefect.INVALID_UNICODE, parentPath(),
          "a key holds " + describe(name, bad) + ": write the character itself or a complete surrogate pair");
    }
    Set<String> seen = keys.peek();
    if (seen != null && !seen.add(name)) {
      throw new JsonContentException(delegate, JsonDefect.DUPLICATE_KEY, path(),
          "the key \"" + Abbreviation.of(name) + "\" appears twice in the same object: keep one of the two values");
    }
  }

  private void checkString(String text) throws JsonContentException {
    int bad = loneSurrogateAt(text);
    if (bad >= 0) {
      throw new JsonContentException(delegate, JsonDefect.INVALID_UNICODE, path(),
          "the string holds " + describe(text, bad)
              + ": write the character itself or a complete surrogate pair");
    }
  }

  private static String describe(String text, int at) {
    return "a lone surrogate \\u" + Integer.toHexString(text.charAt(at)).toUpperCase(Locale.ROOT)
        + " at character " + (at + 1) + ", which is not a Unicode character";
  }

  /** Index of the first surrogate that is not part of a high-low pair, or -1. */
  static int loneSurrogateAt(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (!Character.isSurrogate(c)) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
        continue;
      }
      return i;
    }
    return -1;
  }

  private String path() {
    return pathOf(delegate.getParsingContext());
  }

  private String parentPath() {
    JsonStreamContext ctx = delegate.getParsingContext();
    return pathOf(ctx == null ? null : ctx.getParent());
  }

  /** {@code a.b[2].c} for a parser position; empty at the root. */
  public static String pathOf(JsonStreamContext ctx) {
    StringBuilder sb = new StringBuilder();
    append(ctx, sb);
    return sb.toString();
  }

  private static void append(JsonStreamContext ctx, StringBuilder sb) {
    if (ctx == null || ctx.inRoot()) {
      return;
    }
    append(ctx.getParent(), sb);
    if (ctx.inArray()) {
      sb.append('[').append(Math.max(0, ctx.getCurrentIndex())).append(']');
    } else if (ctx.inObject() && ctx.getCurrentName() != null) {
      if (sb.length() > 0) {
        sb.append('.');
      }
      sb.append(ctx.getCurrentName());
    }
  }
}
