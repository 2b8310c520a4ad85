package org.negativeknowledge.curator.offline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The frozen split of the section-3 audit tasks ({@code section3-split.tsv} beside this class):
 * {@code tuning} tasks the offline rules may be designed on, {@code frozen} tasks only measured.
 * The rule that made it is written in the file's header and checked here: a row whose split does
 * not follow from the SHA-256 of its task id is refused, so the file cannot drift from the rule.
 */
final class Section3Split {

  static final String RESOURCE = "section3-split.tsv";
  static final String TUNING = "tuning";
  static final String FROZEN = "frozen";

  private final Map<String, String> splitByTask;

  private Section3Split(Map<String, String> splitByTask) {
    this.splitByTask = splitByTask;
  }

  /** Loads the split shipped with the tests and checks every row against the rule. */
  static Section3Split load() {
    Map<String, String> rows = new LinkedHashMap<>();
    try (InputStream in = Section3Split.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the test classpath beside " + Section3Split.class.getName());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 3 || !(f[2].equals(TUNING) || f[2].equals(FROZEN))) {
          throw new IllegalStateException(RESOURCE + ":" + n + ": expected 'task_id<TAB>sha256_prefix<TAB>tuning|frozen', got '" + line + "'");
        }
        String hash = sha256(f[0]);
        if (!hash.startsWith(f[1]) || !f[2].equals(byRule(hash))) {
          throw new IllegalStateException(RESOURCE + ":" + n + ": " + f[0] + " has SHA-256 " + hash.substring(0, 16)
              + ", so the rule puts it in '" + byRule(hash) + "', not '" + f[2] + "'; fix the row, never the rule");
        }
        rows.put(f[0], f[2]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Section3Split(rows);
  }

  /** The split of a task ({@code task_NNN}), empty when the file does not list it. */
  Optional<String> splitOf(String task) {
    return Optional.ofNullable(splitByTask.get(task));
  }

  /** Number of tasks in {@code split}. */
  long taskCount(String split) {
    return splitByTask.values().stream().filter(split::equals).count();
  }

  /** The rule: frozen when the hash starts with a hex digit a-f. */
  static String byRule(String sha256Hex) {
    return Character.digit(sha256Hex.charAt(0), 16) >= 10 ? FROZEN : TUNING;
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
