package org.negativeknowledge.curator.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.negativeknowledge.curator.fake.FakeReply;
import org.negativeknowledge.record.NkJson;

/**
 * Fake-model behaviours that answer with a recorded record: through {@code write_record} (inline
 * mode), or through one {@code Read} per input and then a {@code Write} (tools mode, the paper's
 * way).
 */
public final class ReplayModel {
  private ReplayModel() {}

  /** Inline: always answers {@code write_record(record)}. */
  public static Function<JsonNode, FakeReply> inline(ObjectNode record) {
    return req -> FakeReply.toolUse("write_record", record);
  }

  /**
   * Tools: the n-th request (counted by assistant turns already in it) reads the n-th file; after
   * the last file, or at once when {@code Read} is not offered (a repair turn), it writes the record
   * to {@code output}.
   */
  public static Function<JsonNode, FakeReply> tools(List<Path> files, Path output, ObjectNode record) {
    return req -> {
      boolean readOffered = false;
      for (JsonNode t : req.path("tools")) {
        readOffered |= t.path("name").asText().equals("Read");
      }
      int assistantTurns = readOffered ? 0 : files.size();
      for (JsonNode m : req.path("messages")) {
        if (m.path("role").asText().equals("assistant")) {
          assistantTurns++;
        }
      }
      if (assistantTurns < files.size()) {
        return FakeReply.toolUse("Read", NkJson.mapper().createObjectNode()
            .put("file_path", files.get(assistantTurns).toAbsolutePath().toString()));
      }
      return FakeReply.toolUse("Write", NkJson.mapper().createObjectNode()
          .put("file_path", output.toAbsolutePath().toString())
          .put("content", NkJson.pretty(record)));
    };
  }
}
