package org.negativeknowledge.bank.route;

import java.util.Locale;

/** Reads the numbers of route descriptions: {@code 3e-4}, {@code 20%}, {@code 2^16}, {@code 4x}, {@code 3x3}, {@code 1k}, {@code 4g}. */
final class Numbers {
  private Numbers() {}

  static SettingValue parse(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    double scale = 1;
    if (t.endsWith("%")) {
      scale = 0.01;
      t = t.substring(0, t.length() - 1);
    } else if (t.endsWith("k")) {
      scale = 1e3;
      t = t.substring(0, t.length() - 1);
    } else if (t.endsWith("m")) {
      scale = 1e6;
      t = t.substring(0, t.length() - 1);
    } else if (t.endsWith("g")) {
      scale = 1e9;
      t = t.substring(0, t.length() - 1);
    } else if (t.endsWith("x")) {
      t = t.substring(0, t.length() - 1);
    }
    int times = t.indexOf('x');
    if (times > 0) {
      t = t.substring(0, times); // 3x3: a square size, read as its side
    }
    try {
      int pow = t.indexOf('^');
      double v = pow > 0
          ? Math.pow(Double.parseDouble(t.substring(0, pow)), Double.parseDouble(t.substring(pow + 1)))
          : Double.parseDouble(t);
      return new SettingValue(text, v * scale);
    } catch (NumberFormatException e) {
      return SettingValue.word(text);
    }
  }
}
