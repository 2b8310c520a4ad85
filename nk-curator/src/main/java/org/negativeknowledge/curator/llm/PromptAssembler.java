package org.negativeknowledge.curator.llm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.negativeknowledge.curator.ArtifactText;
import org.negativeknowledge.curator.prompt.PromptTemplate;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.taxonomy.TaxonomyProfile;

/** Fills a curator template for one job in one mode. */
final class PromptAssembler {

  private PromptAssembler() {}

  /**
   * The filled prompt.
   *
   * @param texts for inline mode the bounded text of each present input, in job order; for tools
   *     mode their sizes only are used
   * @param writeTarget the Write tool's path (tools mode), or null
   */
  static String fill(
      PromptTemplate template,
      CurationJob job,
      CurationMode mode,
      List<ArtifactText> texts,
      TaxonomyProfile profile,
      String writeTarget) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("TASK_ID", job.task().taskId());
    values.put("INSTRUCTION", job.task().instruction().strip());
    values.put("DEPTH", Integer.toString(job.rounds().size()));
    values.put("TAXONOMY", TaxonomyText.of(profile));
    values.put("PRIOR_RECORD", job.priorRecord().map(NkJson::pretty).orElse("(none)"));
    values.put("INPUTS", mode == CurationMode.INLINE ? inlineInputs(job, texts) : toolInputs(job, texts));
    values.put(
        "OUTPUT_RULE",
        mode == CurationMode.INLINE
            ? "Call the `write_record` tool exactly once. Its input IS the record: the fields"
                + " above at the top level, nothing else. Do not answer in text."
            : "Read the files with the `Read` tool (only the files listed above can be read)."
                + " Then call the `Write` tool once with `file_path` = `"
                + writeTarget
                + "` and `content` = the record as one JSON object: no code fences, no comments,"
                + " nothing before or after it. Only that path can be written, and only once.");
    return template.fill(values);
  }

  private static String inlineInputs(CurationJob job, List<ArtifactText> texts) {
    StringBuilder sb = new StringBuilder();
    int t = 0;
    for (JobInput in : job.inputs()) {
      if (!in.present()) {
        sb.append("<file name=\"").append(in.location().getFileName()).append("\" label=\"")
            .append(in.label()).append("\" absent=\"true\"/>\n\n");
        continue;
      }
      ArtifactText text = texts.get(t++);
      sb.append("<file name=\"").append(in.location().getFileName()).append("\" label=\"")
          .append(in.label()).append("\" bytes=\"").append(text.bytes()).append('"');
      if (text.cutChars() > 0) {
        sb.append(" excerpt=\"cut ").append(text.cutChars()).append(" of ")
            .append(text.originalChars()).append(" chars\"");
      }
      sb.append(">\n").append(text.text());
      if (!text.text().endsWith("\n")) {
        sb.append('\n');
      }
      sb.append("</file>\n\n");
    }
    return sb.toString().stripTrailing();
  }

  private static String toolInputs(CurationJob job, List<ArtifactText> texts) {
    StringBuilder sb = new StringBuilder();
    int t = 0;
    for (JobInput in : job.inputs()) {
      sb.append("- ").append(in.label()).append(": ");
      if (!in.present()) {
        sb.append("absent (").append(in.location().toAbsolutePath()).append(" does not exist)\n");
        continue;
      }
      ArtifactText text = texts.get(t++);
      sb.append('`').append(in.location().toAbsolutePath().normalize()).append("` (").append(text.bytes()).append(" bytes)\n");
    }
    return sb.toString().stripTrailing();
  }
}
