package org.negativeknowledge.app.loop.internal;

import org.negativeknowledge.app.loop.internal.files.TextFiles;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.negativeknowledge.app.loop.LoopException;
import org.negativeknowledge.app.loop.TaskFormatException;
import org.negativeknowledge.record.NkJson;

/**
 * A task's instruction read from a file: text or markdown as it is, a ScienceAgentBench task JSON
 * composed from its fields ({@link SabTaskReader#instruction(ObjectNode)}).
 *
 * @param text the instruction
 * @param domain the domain the file names (a ScienceAgentBench task's {@code domain}), if any
 */
record InstructionText(String text, Optional<String> domain) {
  InstructionText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(domain, "domain");
  }

  static InstructionText read(Path file) {
    String raw;
    try {
      raw = TextFiles.read(file);
    } catch (RuntimeException e) {
      throw new TaskFormatException(file + ": cannot read the instruction: " + e.getMessage(), e);
    }
    if (raw.strip().startsWith("{") && SabTaskReader.isSabFile(file)) {
      ObjectNode sab;
      try {
        sab = NkJson.parseObject(raw);
      } catch (LoopException | org.negativeknowledge.record.MalformedJsonException e) {
        throw new TaskFormatException(file + ": not a readable ScienceAgentBench task: " + e.getMessage(), e);
      }
      return new InstructionText(SabTaskReader.instruction(sab), SabTaskReader.domain(sab));
    }
    if (raw.isBlank()) {
      throw new TaskFormatException(file + ": the instruction file is empty");
    }
    return new InstructionText(raw, Optional.empty());
  }
}
