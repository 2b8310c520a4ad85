package org.negativeknowledge.app.repro;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.record.NkJson;

/**
 * Changes to a temporary copy of the data: the claims that read the changed file, and only those,
 * stop matching (or change value); every other claim keeps its value and outcome.
 */
class ReproMutationTest {
  @TempDir Path dir;

  @Test
  void changingOneRecordsBytesBreaksOnlyTheClaimAboutItsText() throws IOException {
    DataCopy.section4(dir);
    Map<String, ClaimResult> before = results(Study.SECTION4);
    replace("section4/nk_records/BKdV-S6_deep.json", "13 orders", "12 orders");

    Map<String, ClaimResult> after = results(Study.SECTION4);

    assertThat(changed(before, after)).containsExactly("S4-18");
    assertThat(after.get("S4-18").outcome()).isEqualTo(Outcome.MISMATCH);
    assertThat(after.get("S4-18").computed()).isEqualTo(ClaimValue.ofBool(false));
    assertThat(Repro.run(dir, Study.SECTION4).reproduced()).isFalse();
  }

  @Test
  void changingOneRoundTwoRecordMovesOnlyTheRoundTwoClaims() throws IOException {
    DataCopy.section3(dir);
    Map<String, ClaimResult> before = results(Study.SECTION3);
    replace("section3/nk_records/task_029_r2.json",
        "\"round1_recipe_was_wrong\"", "\"round1_recipe_was_correct_but_insufficient\"");

    Map<String, ClaimResult> after = results(Study.SECTION3);

    assertThat(changed(before, after)).containsExactly("S3-27", "S3-28", "S3-29");
    assertThat(before.get("S3-28").outcome()).isEqualTo(Outcome.MATCH);
    assertThat(after.get("S3-28").computed()).isEqualTo(ClaimValue.ofInt(1));
    assertThat(after.get("S3-28").outcome()).isNotEqualTo(Outcome.MATCH);
  }

  @Test
  void changingOneDepthOneRecordsBytesIsCaughtByTheTokenCrossCheck() throws IOException {
    DataCopy.section3(dir);
    Map<String, ClaimResult> before = results(Study.SECTION3);
    Path record = dir.resolve("section3/nk_records/task_002.json");
    Files.writeString(record, Files.readString(record).replace("\"rationale\"", "\"rationale\" "));

    ReproReport after = Repro.run(dir, Study.SECTION3);

    assertThat(changed(before, byId(after))).isSubsetOf("S3-18", "S3-20");
    CrossCheck tokens = after.crossChecks().stream().filter(c -> c.id().equals("S3-X2")).findFirst().orElseThrow();
    assertThat(tokens.differences()).singleElement().asString().startsWith("task 002 nkr_d1:");
    assertThat(after.reproduced()).isFalse();
  }

  @Test
  void droppingOneDispatchStopsTheClaimsThatReadIt() throws IOException {
    DataCopy.section3(dir);
    Map<String, ClaimResult> before = results(Study.SECTION3);
    Files.delete(dir.resolve("section3/dispatches/solver/task_072__deepNKR_sonnet.json"));

    Map<String, ClaimResult> after = results(Study.SECTION3);

    assertThat(changed(before, after)).containsExactly("S3-09", "S3-11", "S3-12", "S3-15", "S3-30", "S3-31");
    for (String id : List.of("S3-15", "S3-30", "S3-31")) {
      assertThat(before.get(id).outcome()).as(id).isEqualTo(Outcome.MATCH);
      assertThat(after.get(id).outcome()).as(id).isEqualTo(Outcome.NOT_DECIDABLE);
      assertThat(after.get(id).missing()).as(id).anySatisfy(m -> {
        assertThat(m.file()).contains("dispatch 072 sonnet_4.6/deepNKR_sonnet");
        assertThat(m.evidence()).contains("solver_tokens.csv line");
      });
    }
    assertThat(after.get("S3-15").computed()).isEqualTo(ClaimValue.ofText("0/19"));
    assertThat(after.get("S3-30").computed()).isEqualTo(ClaimValue.ofBool(false));
  }

  @Test
  void aDispatchDroppedFromTheFilesAndTheAccountIsAPlainMismatch() throws IOException {
    DataCopy.section3(dir);
    Files.delete(dir.resolve("section3/dispatches/solver/task_072__deepNKR_sonnet.json"));
    Path csv = dir.resolve("section3/solver_tokens.csv");
    List<String> kept = new ArrayList<>();
    for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
      if (!line.startsWith("072,sonnet_4.6,deepNKR_sonnet,")) {
        kept.add(line);
      }
    }
    Files.write(csv, kept, StandardCharsets.UTF_8);

    Map<String, ClaimResult> after = results(Study.SECTION3);

    assertThat(after.get("S3-30").outcome()).isEqualTo(Outcome.MISMATCH);
    assertThat(after.get("S3-30").missing()).isEmpty();
    // the account still lists task 002's deep retry, absent from the release itself
    assertThat(after.get("S3-15").outcome()).isEqualTo(Outcome.NOT_DECIDABLE);
    assertThat(Repro.run(dir, Study.SECTION3).reproduced()).isFalse();
  }

  @Test
  void flippingOneCitesBankChangesNoClaimButTheBankUseCheckSeesIt() throws IOException {
    DataCopy.appendix(dir);
    Map<String, ClaimResult> before = results(Study.APPENDIX);
    Path graph = dir.resolve("appendix/logs/stage3/T_A/BKdV/research_state.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(graph, StandardCharsets.UTF_8));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("\"Experiment\"")) {
        ObjectNode node = NkJson.parseObject(lines.get(i));
        ArrayNode cites = (ArrayNode) node.get("cites_bank");
        String id = cites.remove(0).asText();
        ((ArrayNode) node.get("rejects_bank")).add(id);
        lines.set(i, NkJson.compact(node));
        break;
      }
    }
    Files.write(graph, lines, StandardCharsets.UTF_8);

    ReproReport after = Repro.run(dir, Study.APPENDIX);

    assertThat(changed(before, byId(after))).isEmpty();
    CrossCheck use = after.crossChecks().get(0);
    assertThat(use.agreeing()).isEqualTo(15);
    assertThat(use.differences()).allSatisfy(d -> assertThat(d).startsWith("T_A/BKdV: "))
        .anySatisfy(d -> assertThat(d).contains("bank_cites stored 9, the graph gives 8"));
    assertThat(after.reproduced()).isFalse();
  }

  @Test
  void aMissingOutputIsNotDecidableBecauseTheVerdictListSaysItWasWritten() throws IOException {
    DataCopy.appendix(dir);
    Files.delete(dir.resolve("appendix/logs/stage3/T_C/NLS/pred_results/T_C.npy"));

    ReproReport after = Repro.run(dir, Study.APPENDIX);

    ClaimResult r = after.result("AP-49").orElseThrow();
    assertThat(r.computed()).isEqualTo(ClaimValue.ofBool(false));
    assertThat(r.outcome()).isEqualTo(Outcome.NOT_DECIDABLE);
    assertThat(r.missing()).singleElement().satisfies(m ->
        assertThat(m.evidence()).contains("output_exists for T_C/NLS"));
    assertThat(after.results().stream().filter(x -> x.outcome() != Outcome.MATCH).map(x -> x.claim().id()))
        .containsExactly("AP-49");
  }

  private Map<String, ClaimResult> results(Study study) {
    return byId(Repro.run(dir, study));
  }

  private static Map<String, ClaimResult> byId(ReproReport report) {
    Map<String, ClaimResult> m = new TreeMap<>();
    report.results().forEach(r -> m.put(r.claim().id(), r));
    return m;
  }

  /** The claims whose computed value or outcome differs. */
  private static Set<String> changed(Map<String, ClaimResult> before, Map<String, ClaimResult> after) {
    Set<String> ids = new TreeSet<>();
    before.forEach((id, r) -> {
      ClaimResult a = after.get(id);
      if (!java.util.Objects.equals(r.computed(), a.computed()) || r.outcome() != a.outcome()) {
        ids.add(id);
      }
    });
    return ids;
  }

  private void replace(String relative, String from, String to) throws IOException {
    Path p = dir.resolve(relative);
    String text = Files.readString(p, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(p, text.replace(from, to), StandardCharsets.UTF_8);
  }
}
