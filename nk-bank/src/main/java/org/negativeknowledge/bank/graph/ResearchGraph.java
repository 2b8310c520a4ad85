package org.negativeknowledge.bank.graph;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.negativeknowledge.record.NkJson;

/**
 * A research graph as the paper records it ({@code research_state.jsonl}): one node object a line,
 * {@code Question {id, text}}, {@code Experiment {id, ic, method, params, T, motivated_by,
 * cites_bank, rejects_bank, bank_use_rationale}}, {@code Finding {id, experiment, diagnostics,
 * kind, useful_self_assessment, rationale}}, {@code Decision {id, based_on, action, rationale}},
 * each with {@code node_type} and {@code ts}. Reading is lossless: every object is kept as
 * written, including fields beyond these. Immutable.
 */
public final class ResearchGraph {
  private final List<GraphNode> nodes;

  private ResearchGraph(List<GraphNode> nodes) {
    this.nodes = List.copyOf(nodes);
  }

  /** A graph of these nodes, in order. */
  public static ResearchGraph of(List<GraphNode> nodes) {
    return new ResearchGraph(Objects.requireNonNull(nodes, "nodes"));
  }

  /**
   * Reads a {@code research_state.jsonl} file; blank lines are skipped (an empty file is an empty
   * graph).
   *
   * @throws GraphFormatException naming the file and line when a line is not a JSON object
   */
  public static ResearchGraph read(Path file) throws IOException {
    List<GraphNode> nodes = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          nodes.add(new GraphNode(NkJson.parseObject(line)));
        } catch (RuntimeException e) {
          throw new GraphFormatException(
              file + ":" + n + ": not a JSON object (" + e.getMessage()
                  + "); a research graph holds one node object per line", e);
        }
      }
    }
    return new ResearchGraph(nodes);
  }

  /** The nodes in file order. */
  public List<GraphNode> nodes() {
    return nodes;
  }

  /** The nodes of one type, in order. */
  public List<GraphNode> nodesOfType(String type) {
    return nodes.stream().filter(n -> n.type().equals(type)).toList();
  }

  /** Citation and rejection counts of this graph's experiments. */
  public BankUseCounts bankUse() {
    return BankUseCounts.of(List.of(this));
  }

  /** Writes the graph as JSONL, one compact object a line; returns the number of lines. */
  public int writeJsonl(Writer out) throws IOException {
    for (GraphNode n : nodes) {
      out.write(NkJson.compact(n.original()));
      out.write('\n');
    }
    out.flush();
    return nodes.size();
  }

  /** The node objects (shared; treat as read-only). */
  public List<ObjectNode> objects() {
    return nodes.stream().map(GraphNode::original).toList();
  }
}
