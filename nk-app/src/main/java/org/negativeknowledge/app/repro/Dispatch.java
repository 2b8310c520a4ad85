package org.negativeknowledge.app.repro;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * One solver run of section 3 ({@code dispatches/solver/*.json}), identified by its fields, not
 * its file name.
 *
 * @param file the file, relative to the data folder
 * @param taskId {@code task_id}
 * @param modelDir {@code model_dir} ({@code sonnet_4.6}, {@code haiku_4.5})
 * @param cell {@code cell} ({@code round1}, {@code round2_NKR}, ...)
 * @param evalScore {@code execution.eval_score} as written (may be a JSON null)
 * @param tokens {@code dispatch.tokens}, or null when absent or not a number
 */
public record Dispatch(
    String file, String taskId, String modelDir, String cell, JsonNode evalScore, Long tokens) {

  /** Passing: {@code execution.eval_score} is numerically 1 (null and 0 fail). */
  public boolean passes() {
    return evalScore != null
        && evalScore.isNumber()
        && evalScore.decimalValue().compareTo(BigDecimal.ONE) == 0;
  }

  /** Whether this is the run of {@code model} in {@code cell}. */
  public boolean is(String model, String cellName) {
    return modelDir.equals(model) && cell.equals(cellName);
  }
}
