package org.negativeknowledge.app.loop;

import org.negativeknowledge.app.loop.run.LoopTasks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.testing.PaperData;

/** Reading tasks: task.json strictly, ScienceAgentBench files as instructions, folders of both. */
class LoopTasksTest {
  @TempDir Path tmp;

  private Path task(String json) throws Exception {
    Path dir = tmp.resolve("t");
    Files.createDirectories(dir.resolve("workspace/data"));
    Files.writeString(dir.resolve("workspace/data/x.csv"), "a,b\n1,2\n");
    Files.writeString(dir.resolve("task.json"), json);
    return dir.resolve("task.json");
  }

  @Test
  void theExampleTasksRead() {
    List<LoopTask> tasks = LoopTasks.load(List.of(Examples.dir()));
    assertThat(tasks).extracting(LoopTask::id).containsExactly("order-value", "revenue", "station-counts");
    LoopTask revenue = tasks.get(1);
    assertThat(revenue.files()).containsExactly("data/orders.csv", "data/README.txt");
    assertThat(revenue.timeLimit()).isEqualTo(Duration.ofSeconds(30));
    assertThat(revenue.memoryLimitMb()).isEqualTo(512);
    assertThat(revenue.runnable()).isTrue();
    assertThat(revenue.domain()).hasValue("retail analytics");
  }

  @Test
  void defaultsApplyToWhatATaskLeavesOut() throws Exception {
    LoopTask t = LoopTasks.read(task("{\"id\": \"t1\", \"instruction\": \"do it\"}"));
    assertThat(t.candidate()).isEqualTo("candidate.py");
    assertThat(t.timeLimit()).isEqualTo(Duration.ofSeconds(TaskSchema.DEFAULT_TIME_LIMIT_SEC));
    assertThat(t.memoryLimitMb()).isEqualTo(TaskSchema.DEFAULT_MEMORY_LIMIT_MB);
    assertThat(t.runnable()).isFalse();
    assertThat(t.workspace()).hasValue(t.taskDir().resolve("workspace"));
  }

  @Test
  void badTaskFilesAreRefusedWithTheFieldAndTheFix() throws Exception {
    refused("{\"id\": \"t1\", \"instruction\": \"x\", \"time_limit\": 5}", "time_limit: unknown field (known fields: id,");
    refused("{\"instruction\": \"x\"}", "id: missing (required)");
    refused("{\"id\": \"../up\", \"instruction\": \"x\"}", "id: '../up' is not a usable id");
    refused("{\"id\": \"t1\"}", "instruction: give exactly one of instruction (the text) and instruction_file");
    refused("{\"id\": \"t1\", \"instruction\": \"x\", \"instruction_file\": \"y\"}", "give exactly one of");
    refused("{\"id\": \"t1\", \"instruction\": \"x\", \"run\": \"python3 c.py\"}", "evaluate: missing: a task that runs locally needs both");
    refused("{\"id\": \"t1\", \"instruction\": \"x\", \"files\": [\"data/none.csv\"]}", "files[0]: no such file in the workspace");
    refused("{\"id\": \"t1\", \"instruction\": \"x\", \"files\": [\"../task.json\"]}", "files[0]: '../task.json' leaves the workspace");
    refused("{\"id\": \"t1\", \"instruction\": \"x\", \"time_limit_sec\": 0}", "time_limit_sec: expected a number of seconds in (0, 86400]");
    refused("{\"id\": \"t1\", \"instruction\": \"x\", \"memory_limit_mb\": 8}", "memory_limit_mb: expected a whole number of MiB in [16,");
    refused("{\"id\": \"t1\", \"instruction\": \"x\", \"candidate\": \"src/c.py\"}", "candidate: 'src/c.py' must be a plain file name");
    refused("{\"id\": \"t1\", \"instruction\": \"x\", \"network\": \"yes\"}", "network: expected true or false");
    refused("{\"id\": \"t1\", \"instruction\": ", "task.json:1:");
  }

  private void refused(String json, String message) throws Exception {
    Path f = task(json);
    assertThatThrownBy(() -> LoopTasks.read(f)).isInstanceOf(TaskFormatException.class)
        .hasMessageContaining(f.toString()).hasMessageContaining(message);
  }

  @Test
  void twoTasksWithOneIdAreRefused() throws Exception {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    for (Path d : List.of(a, b)) {
      Files.createDirectories(d);
      Files.writeString(d.resolve("task.json"), "{\"id\": \"same\", \"instruction\": \"x\"}");
    }
    assertThatThrownBy(() -> LoopTasks.load(List.of(a, b))).isInstanceOf(TaskFormatException.class)
        .hasMessageContaining("task id 'same' is already used by " + a.resolve("task.json").toAbsolutePath());
    assertThatThrownBy(() -> LoopTasks.load(List.of(tmp.resolve("nothing")))).hasMessageContaining("no such task file or folder");
    Files.createDirectories(tmp.resolve("empty"));
    assertThatThrownBy(() -> LoopTasks.load(List.of(tmp.resolve("empty")))).hasMessageContaining("no task here");
  }

  @Test
  void aScienceAgentBenchTaskIsReadAsTheInstruction() throws Exception {
    Path file = PaperData.resolve("section3/tasks/task_018.json");
    LoopTask t = LoopTasks.read(file);
    JsonNode sab = Section3Recording.read(file);
    assertThat(t.id()).isEqualTo("018");
    assertThat(t.domain()).hasValue("Bioinformatics");
    assertThat(t.instruction()).startsWith(sab.path("task_inst").asText().strip())
        .contains("Domain knowledge:\n" + sab.path("domain_knowledge").asText().strip())
        .contains("Dataset preview:\n[START Preview of dili/train.csv]").contains("Expected output file:\npred_results/MCNC_RF.csv");
    assertThat(t.runnable()).isFalse();
    assertThat(LoopTasks.load(List.of(PaperData.resolve("section3/tasks")))).hasSize(38);
    Path viaJson = task("{\"id\": \"dili\", \"instruction_file\": \"" + file + "\", \"run\": \"python3 c.py\","
        + " \"evaluate\": \"python3 e.py\"}");
    LoopTask wrapped = LoopTasks.read(viaJson);
    assertThat(wrapped.instruction()).isEqualTo(t.instruction());
    assertThat(wrapped.domain()).hasValue("Bioinformatics");
  }

  @Test
  void theSchemaNamesExactlyTheFieldsTheReaderKnows() {
    List<String> props = new ArrayList<>();
    TaskSchema.schema().path("properties").fieldNames().forEachRemaining(props::add);
    props.remove("$schema");
    assertThat(props).containsExactlyElementsOf(TaskSchema.FIELDS);
    assertThat(TaskSchema.schema().path("required").toString()).isEqualTo("[\"id\"]");
    assertThat(TaskSchema.schema().path("additionalProperties").asBoolean(true)).isFalse();
  }
}
