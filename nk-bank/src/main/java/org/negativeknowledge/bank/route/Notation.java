package org.negativeknowledge.bank.route;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notations that state a change in a form of their own, rewritten into words before reading: JVM
 * options ({@code -XX:+UseParallelGC} is "enable UseParallelGC", {@code -XX:-UseBiasedLocking}
 * "disable UseBiasedLocking", {@code -XX:MaxInlineSize=70} "MaxInlineSize=70", {@code -Xmx8g} "heap
 * size 8g", {@code -Xss1m} "thread stack size 1m"), and a name squared ({@code ReLU^2} is "ReLU squared";
 * a number's power, {@code 2^16}, stays a number).
 */
final class Notation {
  private static final Pattern JVM_SWITCH = Pattern.compile("(?<![\\w-])-XX:([+-])(\\w+)");
  private static final Pattern JVM_VALUE = Pattern.compile("(?<![\\w-])-XX:(\\w+)=");
  private static final Pattern SQUARED = Pattern.compile("(?<=\\p{L})\\^2(?![\\p{N}])");
  private static final Pattern JVM_MEMORY = Pattern.compile("(?<![\\w-])-X(mx|ms|ss)(\\d+[kKmMgG]?)\\b");

  private Notation() {}

  static String rewrite(String text) {
    String t = JVM_SWITCH.matcher(text).replaceAll(m -> (m.group(1).equals("+") ? "enable " : "disable ") + m.group(2));
    t = JVM_VALUE.matcher(t).replaceAll("$1=");
    t = SQUARED.matcher(t).replaceAll(" squared");
    Matcher mem = JVM_MEMORY.matcher(t);
    return mem.replaceAll(m -> switch (m.group(1)) {
      case "mx" -> "heap size " + m.group(2);
      case "ms" -> "initial heap size " + m.group(2);
      default -> "thread stack size " + m.group(2);
    });
  }
}
