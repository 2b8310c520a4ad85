package org.negativeknowledge.record;

import org.negativeknowledge.json.JsonDefect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The reading boundary of {@link NkJson#parseObject}: what Jackson alone would let through. */
class NkJsonTest {

  @Test
  void aKeyTwiceInOneObjectIsRefusedNotSilentlyOverwritten() {
    assertThatThrownBy(() -> NkJson.parseObject("{\"task_id\":\"002\",\"x\":1,\"task_id\":\"evil\"}"))
        .isInstanceOf(MalformedJsonException.class)
        .hasMessageContaining("\"task_id\" appears twice");
    assertThatThrownBy(() -> NkJson.parseObject("{\"failure\":{\"layer\":\"a\",\"layer\":\"b\"}}"))
        .hasMessageContaining("failure.layer: the key \"layer\" appears twice");
    // the same key in different objects is fine
    assertThat(NkJson.parseObject("{\"a\":{\"k\":1},\"b\":{\"k\":2},\"c\":[{\"k\":1},{\"k\":2}]}").size()).isEqualTo(3);
  }

  @Test
  void loneSurrogatesAreRefusedAndRealPairsKept() {
    for (String text : new String[] {"sh\\ud800ap", "sh\\udc00ap", "end\\ud83d", "\\ude00\\ud83d"}) {
      assertThatThrownBy(() -> NkJson.parseObject("{\"failure\":{\"scope\":\"" + text + "\"}}"))
          .as(text)
          .isInstanceOf(MalformedJsonException.class)
          .hasMessageContaining("failure.scope: the string holds a lone surrogate");
    }
    assertThatThrownBy(() -> NkJson.parseObject("{\"k\\ud800\":1}"))
        .hasMessageContaining("a key holds a lone surrogate \\uD800 at character 2");
    assertThat(NkJson.parseObject("{\"t\":\"smile \\ud83d\\ude00\"}").get("t").textValue())
        .isEqualTo("smile \uD83D\uDE00");
  }

  @Test
  void theDefectAndPathAreCarried() {
    MalformedJsonException dup = catchMalformed("{\"a\":1,\n\"a\":2}");
    assertThat(dup.defect()).isEqualTo(JsonDefect.DUPLICATE_KEY);
    assertThat(dup.path()).isEqualTo("a");
    assertThat(dup.line()).isEqualTo(2);
    MalformedJsonException surrogate = catchMalformed("{\"r\":[\"ok\",\"\\ud800\"]}");
    assertThat(surrogate.defect()).isEqualTo(JsonDefect.INVALID_UNICODE);
    assertThat(surrogate.path()).isEqualTo("r[1]");
    assertThat(catchMalformed("{\"a\":").defect()).isEqualTo(JsonDefect.SYNTAX);
  }

  @Test
  void contentAfterTheObjectIsRefused() {
    assertThatThrownBy(() -> NkJson.parseObject("{\"a\":1} {\"a\":2}"))
        .isInstanceOf(MalformedJsonException.class)
        .hasMessageContaining("content after the end of the JSON object");
    assertThatThrownBy(() -> NkJson.parseObject("{\"a\":1} trailing"))
        .isInstanceOf(MalformedJsonException.class);
    assertThat(NkJson.parseObject(" {\"a\":1} \n\r\n").get("a").intValue()).isEqualTo(1);
  }

  private static MalformedJsonException catchMalformed(String text) {
    try {
      NkJson.parseObject(text);
    } catch (MalformedJsonException e) {
      return e;
    }
    throw new AssertionError("no MalformedJsonException for " + text);
  }
}
