package org.negativeknowledge.bank;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Hostile record files, generated (never stored): each {@link Case} is one file whose lines are
 * good records, lines that no reader can take as a record (with the issue code both validate and
 * import must give), records validate flags while import stores them with a warning, and records
 * validate flags that the bank refuses.
 */
final class BadInputCorpus {
  /** A depth-1 record valid at the reference level; {@code %s} is its task id. */
  static final String GOOD =
      "{\"task_id\":\"%s\",\"attempted_route\":\"RK4 dt=1e-3\",\"observation\":\"NaN at t=0.4\","
          + "\"failure\":{\"layer\":\"method_failure\",\"scope\":\"local_failure\",\"degree\":\"unstable\","
          + "\"recommended_action\":\"change_method\",\"risk\":\"medium_risk_drift\"},"
          + "\"rationale\":\"stiff term\",\"recommended_alternative\":\"IMEX with dt=1e-3\"}";

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /**
   * One generated file.
   *
   * @param name what it attacks
   * @param fileName its name ({@code .jsonl} or {@code .json})
   * @param content its bytes
   * @param good lines (1-based) holding a good record: valid, and stored by import
   * @param invalid lines validate reports, with the code of their first issue
   * @param rejected lines import rejects, with the rejection code; the other invalid lines are
   *     stored with a warning (reference issues never stop an import)
   * @param anyCode true when the codes are not known in advance (random bytes): validate and
   *     import must then only agree on the lines
   */
  record Case(
      String name,
      String fileName,
      byte[] content,
      List<Long> good,
      Map<Long, String> invalid,
      Map<Long, String> rejected,
      boolean anyCode) {
    /** The lines an import with --skip-invalid stores. */
    List<Long> stored() {
      List<Long> lines = new ArrayList<>(good);
      invalid.keySet().stream().filter(l -> !rejected.containsKey(l)).forEach(lines::add);
      lines.sort(null);
      return lines;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Builds one file line by line. */
  private static final class Builder {
    private final String name;
    private final String fileName;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final List<Long> good = new ArrayList<>();
    private final Map<Long, String> invalid = new LinkedHashMap<>();
    private final Map<Long, String> rejected = new LinkedHashMap<>();
    private long line;
    private String eol = "\n";

    Builder(String name, String fileName) {
      this.name = name;
      this.fileName = fileName;
    }

    Builder eol(String lineEnd) {
      this.eol = lineEnd;
      return this;
    }

    Builder raw(byte[] b) {
      bytes.writeBytes(b);
      return this;
    }

    private Builder line(byte[] content) {
      line++;
      bytes.writeBytes(content);
      bytes.writeBytes(eol.getBytes(StandardCharsets.UTF_8));
      return this;
    }

    Builder good() {
      line(String.format(GOOD, name + "-" + (line + 1)).getBytes(StandardCharsets.UTF_8));
      good.add(line);
      return this;
    }

    Builder good(String text) {
      line(text.getBytes(StandardCharsets.UTF_8));
      good.add(line);
      return this;
    }

    Builder bad(String code, String text) {
      return bad(code, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A line no reader takes as a record: both report it with {@code code}. */
    Builder bad(String code, byte[] content) {
      line(content);
      invalid.put(line, code);
      rejected.put(line, code);
      return this;
    }

    /** A record validate flags and import stores with a warning. */
    Builder flagged(String code, String text) {
      line(text.getBytes(StandardCharsets.UTF_8));
      invalid.put(line, code);
      return this;
    }

    /** A record validate flags and the bank refuses to store. */
    Builder refused(String validateCode, String importCode, String text) {
      line(text.getBytes(StandardCharsets.UTF_8));
      invalid.put(line, validateCode);
      rejected.put(line, importCode);
      return this;
    }

    Case build() {
      return new Case(name, fileName, bytes.toByteArray(), good, invalid, rejected, false);
    }
  }

  private BadInputCorpus() {}

  private static String good(String task) {
    return String.format(GOOD, task);
  }

  private static byte[] utf8WithBytes(String before, int[] inserted, String after) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    for (int x : inserted) {
      b.write(x);
    }
    b.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    return b.toByteArray();
  }

  /** Bytes of a good record with {@code inserted} placed inside its observation text. */
  private static byte[] goodWithBytes(String task, int... inserted) {
    String r = good(task);
    int at = r.indexOf("NaN at") + 3;
    return utf8WithBytes(r.substring(0, at), inserted, r.substring(at));
  }

  /** Every case of the corpus. */
  static List<Case> cases() {
    List<Case> all = new ArrayList<>();
    all.add(new Builder("truncated JSON", "truncated.jsonl")
        .good()
        .bad("malformed_json", "{\"task_id\":\"t\",\"attempted_rou")
        .bad("malformed_json", good("cut").substring(0, 120))
        .good()
        .build());
    all.add(new Builder("truncated JSON at the end of the file", "truncated-eof.jsonl")
        .good()
        .eol("")
        .bad("malformed_json", "{\"task_id\":")
        .build());
    all.add(new Builder("invalid UTF-8", "invalid-utf8.jsonl")
        .good()
        .bad("invalid_utf8", goodWithBytes("latin1", 0xE9))
        .bad("invalid_utf8", goodWithBytes("continuation", 0x80))
        .bad("invalid_utf8", goodWithBytes("ff", 0xFF))
        .bad("invalid_utf8", goodWithBytes("overlong", 0xC0, 0xAF))
        .bad("invalid_utf8", goodWithBytes("cesu-surrogate", 0xED, 0xA0, 0x80))
        .good()
        .build());
    all.add(new Builder("UTF-8 cut inside a character at the end of the file", "cut-utf8.jsonl")
        .good()
        .eol("")
        .bad("invalid_utf8", utf8WithBytes("{\"task_id\":\"caf", new int[] {0xC3}, ""))
        .build());
    all.add(new Builder("byte order marks", "bom.jsonl")
        .raw(BOM)
        .good()
        .good()
        .bad("malformed_json", utf8WithBytes("", new int[] {0xEF, 0xBB, 0xBF}, good("bom-mid")))
        .build());
    all.add(new Builder("NUL bytes", "nul.jsonl")
        .good()
        .bad("malformed_json", goodWithBytes("nul-in-string", 0x00))
        .bad("malformed_json", utf8WithBytes(good("nul-between").substring(0, 1), new int[] {0x00},
            good("nul-between").substring(1)))
        .good(good("escaped-nul").replace("NaN at", "NaN\\u0000at"))
        .refused("control_character", "control_character", good("nul\\u0000in-task-id"))
        .build());
    all.add(new Builder("deep nesting", "deep.jsonl")
        .good()
        .bad("too_deep", good("deep").replace("\"rationale\"",
            "\"x\":" + "[".repeat(600) + "]".repeat(600) + ",\"rationale\""))
        .good(good("nested-400").replace("\"rationale\"",
            "\"x\":" + "[".repeat(400) + "]".repeat(400) + ",\"rationale\""))
        .build());
    all.add(new Builder("huge lines and strings", "huge.jsonl")
        .good()
        .bad("too_long", good("huge-line").replace("stiff term", "y".repeat(17 << 20)))
        .bad("too_long", good("huge-string").replace("stiff term", "s".repeat(10_000_001)))
        .good()
        .build());
    all.add(new Builder("1e999", "1e999.jsonl")
        .good()
        .flagged("out_of_range", good("depth-1e999").replace("{\"task_id\"", "{\"depth\":1e999,\"task_id\""))
        .flagged("out_of_range", good("depth-huge-exp").replace("{\"task_id\"", "{\"depth\":1e999999999,\"task_id\""))
        .flagged("out_of_range", good("depth-neg").replace("{\"task_id\"", "{\"depth\":-1e999,\"task_id\""))
        .good(good("score-1e999").replace("{\"task_id\"", "{\"score\":1e999,\"task_id\""))
        .build());
    all.add(new Builder("duplicate keys", "duplicate-keys.jsonl")
        .good()
        .bad("duplicate_key", good("002").replace("{\"task_id\":\"002\"", "{\"task_id\":\"002\",\"task_id\":\"evil\""))
        .bad("duplicate_key", good("dup-facet").replace("\"layer\":\"method_failure\"",
            "\"layer\":\"method_failure\",\"layer\":\"implementation_failure\""))
        .good(good("same-key-elsewhere").replace("\"rationale\"", "\"a\":{\"k\":1},\"b\":{\"k\":2},\"rationale\""))
        .build());
    all.add(new Builder("lone surrogates", "surrogates.jsonl")
        .good()
        .bad("invalid_unicode", good("high").replace("NaN at", "sh\\ud800ap"))
        .bad("invalid_unicode", good("low").replace("NaN at", "\\udc00"))
        .bad("invalid_unicode", good("key").replace("\"rationale\"", "\"k\\ud800\":1,\"rationale\""))
        .good(good("pair").replace("NaN at", "\\ud83d\\ude00 at"))
        .build());
    all.add(new Builder("CRLF line ends", "crlf.jsonl").eol("\r\n").good().good().bad("malformed_json", "{oops").good().build());
    all.add(carriageReturnsAlone());
    all.add(binary(8192, 42));
    all.addAll(jsonFiles());
    return all;
  }

  /** Old Mac line ends: the whole file is one line holding several records. */
  private static Case carriageReturnsAlone() {
    String text = good("cr-a") + "\r" + good("cr-b") + "\r" + good("cr-c") + "\r";
    return new Case("CR line ends", "cr.jsonl", text.getBytes(StandardCharsets.UTF_8), List.of(),
        Map.of(1L, "malformed_json"), Map.of(1L, "malformed_json"), false);
  }

  /** Random bytes split into lines: every non-blank line is unreadable, with whatever code. */
  static Case binary(int size, long seed) {
    byte[] b = new byte[size];
    new Random(seed).nextBytes(b);
    Map<Long, String> bad = new LinkedHashMap<>();
    long line = 1;
    boolean blank = true;
    for (int i = 0; i <= b.length; i++) {
      if (i == b.length || b[i] == '\n') {
        if (!blank) {
          bad.put(line, "?");
        }
        line++;
        blank = true;
      } else if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
        blank = false;
      }
    }
    return new Case("binary", "binary.jsonl", b, List.of(), bad, bad, true);
  }

  private static List<Case> jsonFiles() {
    byte[] random = new byte[4096];
    new Random(7).nextBytes(random);
    String pretty = good("pretty").replace(",", ",\r\n  ");
    ByteArrayOutputStream bom = new ByteArrayOutputStream();
    bom.writeBytes(BOM);
    bom.writeBytes(pretty.getBytes(StandardCharsets.UTF_8));
    return List.of(
        json("a .json file with a BOM and CRLF", "bom.json", bom.toByteArray(), null),
        json("a truncated .json file", "truncated.json", good("t").substring(0, 90).getBytes(StandardCharsets.UTF_8), "malformed_json"),
        json("a binary .json file", "binary.json", random, "?"),
        json("an empty .json file", "empty.json", new byte[0], "malformed_json"),
        json("a .json file of one carriage return", "cr.json", new byte[] {'\r'}, "malformed_json"),
        json("a .json array", "array.json", ("[" + good("a") + "," + good("b") + "]").getBytes(StandardCharsets.UTF_8), "wrong_type"),
        json("a .json file holding two objects", "two.json", (good("a") + "\n" + good("b")).getBytes(StandardCharsets.UTF_8), "malformed_json"));
  }

  private static Case json(String name, String fileName, byte[] content, String code) {
    return code == null
        ? new Case(name, fileName, content, List.of(1L), Map.of(), Map.of(), false)
        : new Case(name, fileName, content, List.of(), Map.of(1L, code), Map.of(1L, code), code.equals("?"));
  }
}
