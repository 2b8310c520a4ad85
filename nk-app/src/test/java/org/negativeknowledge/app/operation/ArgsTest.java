package org.negativeknowledge.app.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.negativeknowledge.record.NkJson;

class ArgsTest {
  private static final Operation DECISION = Operation.of("decision", "one decision",
      Param.text("entry_id", "the entry").asRequired(),
      Param.choice("decision", "adopt or reject", List.of("adopt", "reject")).asRequired());
  private static final Operation OP = Operation.of("probe", "a probe",
      Param.text("query", "free text").alias("q"),
      Param.integer("limit", "most hits", 1, 200),
      Param.bool("strict", "refuse"),
      Param.choice("polarity", "which", List.of("positive", "negative")),
      Param.object("record", "a record"),
      Param.objects("decisions", "several", DECISION),
      Param.text("task", "the task").asRequired());

  private static Args args(String json) {
    return Args.of(OP, NkJson.parseObject(json));
  }

  @Test
  void typedValuesAreReadAndTextFormsAccepted() {
    Args a = args("{\"q\":\"muscl\",\"limit\":\"20\",\"strict\":\"true\",\"polarity\":\"Negative\",\"task\":\"T\","
        + "\"record\":{\"id\":\"x\"}}");
    assertThat(a.text("query")).contains("muscl");
    assertThat(a.integer("limit")).hasValue(20);
    assertThat(a.bool("strict", false)).isTrue();
    assertThat(a.text("polarity")).contains("negative");
    assertThat(a.object("record").orElseThrow().path("id").asText()).isEqualTo("x");
    assertThat(a.toJson().has("q")).isFalse();
    assertThat(a.toJson().path("query").asText()).isEqualTo("muscl");
  }

  @Test
  void blankAndNullCountAsAbsent() {
    Args a = args("{\"query\":\"  \",\"limit\":null,\"task\":\"T\"}");
    assertThat(a.has("query")).isFalse();
    assertThat(a.integer("limit")).isEmpty();
    assertThat(a.bool("strict", true)).isTrue();
  }

  @Test
  void everyWrongArgumentIsNamedWithWhatItMustBe() {
    assertThatThrownBy(() -> args("{\"task\":\"T\",\"limit\":0}")).isInstanceOf(ArgumentException.class)
        .hasMessage("argument 'limit' is number 0: it must be an integer in 1..200");
    assertThatThrownBy(() -> args("{\"task\":\"T\",\"limit\":\"ten\"}"))
        .hasMessageContaining("argument 'limit' is string \"ten\"");
    assertThatThrownBy(() -> args("{\"task\":\"T\",\"polarity\":\"neutral\"}"))
        .hasMessageContaining("it must be one of positive, negative");
    assertThatThrownBy(() -> args("{\"task\":\"T\",\"record\":[1]}"))
        .hasMessageContaining("argument 'record' is array: it must be a JSON object");
    assertThatThrownBy(() -> args("{\"limit\":3}")).hasMessage("argument 'task' is missing: it must be a non-empty string");
    assertThatThrownBy(() -> args("{\"task\":\"T\",\"recommended_actoin\":\"retry\"}"))
        .hasMessageContaining("argument 'recommended_actoin' is not an argument of probe")
        .hasMessageContaining("query");
    assertThatThrownBy(() -> args("{\"task\":\"T\",\"q\":\"a\",\"query\":\"b\"}"))
        .hasMessageContaining("is given twice");
  }

  @Test
  void elementsOfAnArrayAreCheckedAgainstTheirOwnDescription() {
    Args a = args("{\"task\":\"T\",\"decisions\":[{\"entry_id\":\"e1\",\"decision\":\"adopt\"}]}");
    assertThat(a.objects("decisions")).hasSize(1);
    assertThat(a.objects("decisions").get(0).text("decision")).contains("adopt");
    assertThatThrownBy(() -> args("{\"task\":\"T\",\"decisions\":[{\"entry_id\":\"e1\",\"decision\":\"adopt\"},"
        + "{\"entry_id\":\"e2\",\"decision\":\"maybe\"}]}"))
        .isInstanceOfSatisfying(ArgumentException.class,
            e -> assertThat(e.argument()).isEqualTo("decisions[1].decision"))
        .hasMessageContaining("it must be one of adopt, reject");
  }

  @Test
  void queryStringTextsAreReadLikeJson() {
    Args a = Args.ofTexts(OP, Map.of("task", "T", "limit", "5", "strict", "false"));
    assertThat(a.integer("limit")).hasValue(5);
    assertThat(a.bool("strict", true)).isFalse();
  }

  @Test
  void theSchemaListsEveryArgumentWithItsTypeAndBounds() {
    ObjectNode s = OP.jsonSchema();
    assertThat(s.path("type").asText()).isEqualTo("object");
    assertThat(s.path("required").toString()).isEqualTo("[\"task\"]");
    assertThat(s.path("properties").path("limit").path("maximum").asInt()).isEqualTo(200);
    assertThat(s.path("properties").path("polarity").path("enum").toString()).isEqualTo("[\"positive\",\"negative\"]");
    assertThat(s.path("properties").path("decisions").path("items").path("required").size()).isEqualTo(2);
    assertThat(s.path("properties").has("q")).isFalse();
  }

  @Test
  void anOperationCannotNameAnArgumentTwice() {
    assertThatThrownBy(() -> Operation.of("x", "x", Param.text("a", "a"), Param.text("b", "b").alias("a")))
        .hasMessageContaining("names argument 'a' twice");
  }
}
