package org.negativeknowledge.bank.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.negativeknowledge.bank.internal.CanonicalJson;
import org.negativeknowledge.record.NkJson;

/**
 * The relevance judgements of the paper's research sessions: for every experiment step that cited
 * or rejected bank entries, the bank entries meant (through {@code bench/retrieval-labels.tsv}, which
 * maps the agents' labels to lines of the study's bank) and the step's context (method, IC,
 * parameters, plus the task's title and description).
 */
public final class RetrievalJudgements {

  /** One study: its bank files, its sessions, its task texts. */
  public enum Study {
    SECTION4("section4", "section4/banks", List.of("bank_all.jsonl"), "section4/stage2", "bkdv"),
    APPENDIX("appendix", "appendix/bank",
        List.of("bkdv_positive.jsonl", "bkdv_negative.jsonl", "nls_knowledge.jsonl"), "appendix/logs/stage3", "B-NLS");

    final String name;
    final String bankDir;
    final List<String> bankFiles;
    final String sessionsDir;
    final String domain;

    Study(String name, String bankDir, List<String> bankFiles, String sessionsDir, String domain) {
      this.name = name;
      this.bankDir = bankDir;
      this.bankFiles = bankFiles;
      this.sessionsDir = sessionsDir;
      this.domain = domain;
    }

    /** The study's bank files under the paper folder. */
    public List<Path> bankPaths(Path paper) {
      return bankFiles.stream().map(f -> paper.resolve(bankDir).resolve(f)).toList();
    }

    /** The domain its agents work in (the section-4 bank lines carry none and are imported with it). */
    public String domain() {
      return domain;
    }

    /** The study's name as in the label file. */
    public String label() {
      return name;
    }
  }

  /**
   * One judged experiment step.
   *
   * @param study the study
   * @param session {@code T_X/condition}
   * @param experiment the Experiment node id
   * @param task the task id ({@code T_X})
   * @param context the consultation context: method, IC and parameters, plus the task text
   * @param engaged the entry ids cited or rejected
   * @param cited the entry ids cited
   */
  public record Step(
      Study study, String session, String experiment, String task, String context, Set<String> engaged, Set<String> cited) {}

  private RetrievalJudgements() {}

  /** The entry id the bank gives each line of the study's bank files, keyed {@code FILE:LINE}. */
  public static Map<String, String> lineIds(Path paper, Study study) throws IOException {
    Map<String, String> out = new HashMap<>();
    for (Path f : study.bankPaths(paper)) {
      List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).isBlank()) {
          continue;
        }
        ObjectNode o = NkJson.parseObject(lines.get(i));
        String id = o.hasNonNull("id") ? o.get("id").asText() : CanonicalJson.derivedId(CanonicalJson.sha256(o));
        out.put(f.getFileName() + ":" + (i + 1), id);
      }
    }
    return out;
  }

  /**
   * Every judged step of {@code study}.
   *
   * @throws IllegalArgumentException naming the session and label when a label has no mapping
   */
  public static List<Step> steps(Path paper, Study study, Path labelFile) throws IOException {
    Map<String, String> ids = lineIds(paper, study);
    Map<String, List<String>> mapping = readMapping(labelFile, study, ids);
    List<Step> out = new ArrayList<>();
    Path sessions = paper.resolve(study.sessionsDir);
    List<Path> graphs;
    try (Stream<Path> s = Files.walk(sessions)) {
      graphs = s.filter(p -> p.getFileName().toString().equals("research_state.jsonl")).sorted().toList();
    }
    for (Path g : graphs) {
      String session = sessions.relativize(g.getParent()).toString().replace('\\', '/');
      String task = session.substring(0, session.indexOf('/'));
      String taskText = taskText(paper, study, g.getParent(), task);
      for (String line : Files.readAllLines(g, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = NkJson.mapper().readTree(line);
        if (!"Experiment".equals(n.path("node_type").asText())) {
          continue;
        }
        Set<String> cited = resolve(n.path("cites_bank"), mapping, study, session);
        Set<String> rejected = resolve(n.path("rejects_bank"), mapping, study, session);
        if (cited.isEmpty() && rejected.isEmpty()) {
          continue;
        }
        Set<String> engaged = new LinkedHashSet<>(cited);
        engaged.addAll(rejected);
        out.add(new Step(study, session, n.path("id").asText(), task, context(n, taskText), engaged, cited));
      }
    }
    return out;
  }

  private static String context(JsonNode experiment, String taskText) {
    StringBuilder sb = new StringBuilder();
    sb.append(experiment.path("method").asText("")).append('\n');
    sb.append("IC: ").append(experiment.path("ic").asText("")).append('\n');
    JsonNode params = experiment.path("params");
    if (params.isObject()) {
      List<String> kv = new ArrayList<>();
      params.properties().forEach(e -> kv.add(e.getKey() + "=" + (e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString())));
      sb.append("params: ").append(String.join(", ", kv)).append('\n');
    }
    if (experiment.has("T")) {
      sb.append("T=").append(experiment.get("T").asText()).append('\n');
    }
    sb.append(taskText);
    return sb.toString();
  }

  private static String taskText(Path paper, Study study, Path sessionDir, String task) throws IOException {
    JsonNode def;
    if (study == Study.SECTION4) {
      def = NkJson.mapper().readTree(paper.resolve("section4/tasks/stage2_definitions.json").toFile()).path(task);
    } else {
      def = NkJson.mapper().readTree(sessionDir.resolve("meta.json").toFile());
    }
    return def.path("title").asText("") + ". " + def.path("description").asText("");
  }

  private static Set<String> resolve(JsonNode labels, Map<String, List<String>> mapping, Study study, String session) {
    Set<String> out = new LinkedHashSet<>();
    if (!labels.isArray()) {
      return out;
    }
    for (JsonNode l : labels) {
      String label = l.asText();
      int colon = label.indexOf(':');
      String key = (colon >= 0 ? label.substring(0, colon) : label).strip();
      List<String> ids = mapping.get(session + "\t" + key);
      if (ids == null) {
        ids = mapping.get("*\t" + key);
      }
      if (ids == null) {
        throw new IllegalArgumentException(
            study.name + " " + session + ": label '" + key + "' has no row in the label file (add one with its reasoning)");
      }
      out.addAll(ids);
    }
    return out;
  }

  private static Map<String, List<String>> readMapping(Path file, Study study, Map<String, String> ids) throws IOException {
    Map<String, List<String>> out = new HashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.isBlank() || l.startsWith("#") || l.startsWith("study\t")) {
        continue;
      }
      String[] c = l.split("\t");
      String where = file.getFileName() + ":" + (i + 1) + ": ";
      if (c.length != 5) {
        throw new IllegalArgumentException(where + "expected study<TAB>session<TAB>label<TAB>lines<TAB>reasoning");
      }
      if (!c[0].equals(study.name)) {
        continue;
      }
      List<String> entryIds = new ArrayList<>();
      for (String ref : c[3].trim().split("\\s+")) {
        String id = ids.get(ref);
        if (id == null) {
          throw new IllegalArgumentException(where + "no bank line " + ref + " in " + new TreeSet<>(study.bankFiles));
        }
        entryIds.add(id);
      }
      out.put(c[1] + "\t" + c[2], entryIds);
    }
    return out;
  }
}
