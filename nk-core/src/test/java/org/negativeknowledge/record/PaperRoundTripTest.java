package org.negativeknowledge.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.negativeknowledge.testing.PaperData;

/** Every JSON file and JSONL line of the paper's data survives read -> typed view -> write. */
class PaperRoundTripTest {
  /** An independent mapper, so the comparison does not trust the codec under test. */
  private static final ObjectMapper PLAIN =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  @Test
  void everyJsonFileAndJsonlLineRoundTripsJsonEqualWithFieldOrder() throws Exception {
    Path root = PaperData.root();
    int objects = 0;
    List<String> failures = new ArrayList<>();
    for (Path file : PaperData.files(root, ".json", ".jsonl")) {
      List<String> texts = new ArrayList<>();
      if (file.toString().endsWith(".jsonl")) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            texts.add(line);
          }
        }
      } else {
        texts.add(Files.readString(file, StandardCharsets.UTF_8));
      }
      for (String text : texts) {
        JsonNode expected = PLAIN.readTree(text);
        JsonNode read = NkJson.mapper().readTree(text);
        JsonNode through = read.isObject() ? NkJson.parseObject(NkJson.compact(read)) : read;
        for (String written : List.of(NkJson.compact(through), NkJson.pretty(through))) {
          JsonNode back = PLAIN.readTree(written);
          if (!numericEqual(expected, back) || !sameFieldOrder(expected, back)) {
            failures.add(root.relativize(file).toString());
          }
        }
        objects++;
      }
    }
    assertThat(failures).isEmpty();
    // 468 files hold about a thousand objects; a much smaller count means the walk broke.
    assertThat(objects).isGreaterThan(900);
  }

  @Test
  void numbersKeepTheirExactDecimalForm() {
    String text = "{\"nu\":1e-20,\"a\":0.10,\"b\":3.0,\"big\":123456789012345678901234567890}";
    JsonNode back = NkJson.parseObject(NkJson.compact(NkJson.parseObject(text)));
    assertThat(back.get("a").decimalValue()).isEqualByComparingTo("0.10");
    assertThat(back.get("a").decimalValue().scale()).isEqualTo(2);
    assertThat(back.get("nu").decimalValue()).isEqualByComparingTo("1e-20");
    assertThat(back.get("big").bigIntegerValue().toString()).isEqualTo("123456789012345678901234567890");
  }

  @Test
  void unknownFieldsAndOrderSurvive() {
    String text = "{\"_source\":\"x\",\"task_id\":\"t\",\"zeta\":[1,{\"b\":2,\"a\":1}],\"failure\":{}}";
    assertThat(NkJson.compact(NkJson.parseObject(text))).isEqualTo(text);
  }

  private static boolean numericEqual(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      Iterator<String> names = a.fieldNames();
      while (names.hasNext()) {
        String n = names.next();
        if (!b.has(n) || !numericEqual(a.get(n), b.get(n))) {
          return false;
        }
      }
      return true;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!numericEqual(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  private static boolean sameFieldOrder(JsonNode a, JsonNode b) {
    if (a.isObject()) {
      List<String> an = new ArrayList<>();
      List<String> bn = new ArrayList<>();
      a.fieldNames().forEachRemaining(an::add);
      b.fieldNames().forEachRemaining(bn::add);
      if (!an.equals(bn)) {
        return false;
      }
      for (String n : an) {
        if (!sameFieldOrder(a.get(n), b.get(n))) {
          return false;
        }
      }
    } else if (a.isArray()) {
      for (int i = 0; i < a.size(); i++) {
        if (!sameFieldOrder(a.get(i), b.get(i))) {
          return false;
        }
      }
    }
    return true;
  }
}
