package org.negativeknowledge.app.repro;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The solver token account of section 3 ({@code solver_tokens.csv}): one row per solver dispatch
 * the study made, with the tokens the agent runtime reported. It lists dispatches whose JSON files
 * are absent, so it is also the list of dispatches that should exist.
 *
 * @param file the file, relative to the data folder
 * @param rows the rows in file order
 */
public record SolverAccount(String file, List<Row> rows) {

  /**
   * One row.
   *
   * @param line the 1-based line of the row's start
   * @param taskId {@code task_id}
   * @param modelDir {@code model_dir}
   * @param cell {@code cell}
   * @param tokens {@code tokens}, or null when empty
   */
  public record Row(long line, String taskId, String modelDir, String cell, Long tokens) {}

  private static final CsvMapper CSV = new CsvMapper();

  /** Reads the account; the header must name {@code task_id}, {@code model_dir}, {@code cell}, {@code tokens}. */
  public static SolverAccount read(Path path, String relative) {
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    List<Row> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it =
        CSV.readerForMapOf(String.class).with(schema).readValues(path.toFile())) {
      while (it.hasNextValue()) {
        long line = it.getCurrentLocation().getLineNr();
        Map<String, String> m = it.nextValue();
        for (String col : List.of("task_id", "model_dir", "cell", "tokens")) {
          if (!m.containsKey(col)) {
            throw new ReproException(
                relative + ":" + line + ": no column '" + col
                    + "'; the solver account needs task_id, model_dir, cell and tokens");
          }
        }
        rows.add(new Row(line, m.get("task_id"), m.get("model_dir"), m.get("cell"),
            tokens(relative, line, m.get("tokens"))));
      }
    } catch (IOException e) {
      throw new ReproException(relative + ": cannot read the CSV (" + e.getMessage() + ")", e);
    }
    return new SolverAccount(relative, List.copyOf(rows));
  }

  /** The rows of {@code model} in {@code cell}. */
  public List<Row> rows(String model, String cell) {
    return rows.stream().filter(r -> r.modelDir().equals(model) && r.cell().equals(cell)).toList();
  }

  private static Long tokens(String file, long line, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw new ReproException(
          file + ":" + line + ": tokens '" + text + "' is not an integer; fix the row or remove it");
    }
  }
}
