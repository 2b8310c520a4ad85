package org.negativeknowledge.curator.prompt;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prompt template: text with {@code {KEY}} placeholders, KEY being upper-case letters, digits and
 * underscores. Other braces (JSON examples) are plain text. Filling is one pass: a value that
 * itself contains {@code {KEY}} is not filled again.
 *
 * @param kind which prompt this is
 * @param source where the text came from (a classpath resource or a file), for messages and audits
 * @param text the template text
 */
public record PromptTemplate(PromptKind kind, String source, String text) {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Z][A-Z0-9_]*)}");

  public PromptTemplate {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
  }

  /** The placeholder names the text uses, in order of first use. */
  public Set<String> placeholders() {
    Set<String> keys = new LinkedHashSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      keys.add(m.group(1));
    }
    return keys;
  }

  /**
   * Fills every placeholder from {@code values}; values for keys the text does not use are ignored.
   *
   * @throws PromptException naming every placeholder left without a value
   */
  public String fill(Map<String, String> values) {
    Set<String> missing = new LinkedHashSet<>(placeholders());
    missing.removeAll(values.keySet());
    if (!missing.isEmpty()) {
      throw new PromptException(
          source
              + ": placeholder(s) "
              + missing.stream().map(k -> "{" + k + "}").toList()
              + " have no value; the "
              + kind.wireName()
              + " prompt can fill "
              + values.keySet()
              + " (remove or rename the placeholder in the template)");
    }
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 4096);
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }
}
