package org.negativeknowledge.app.repro;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.negativeknowledge.app.repro.npy.NpyArray;
import org.negativeknowledge.app.repro.npy.NpyFormatException;
import org.negativeknowledge.app.repro.npy.NpyReader;
import org.negativeknowledge.app.repro.verdicts.AppendixChecks;
import org.negativeknowledge.app.repro.verdicts.CellVerdict;
import org.negativeknowledge.app.repro.verdicts.Section4Checks;

/**
 * Recomputes every verdict of a study's {@code verified_results.json} from the session's {@code
 * pred_results/<task>.npy} and compares the verdict and the numbers it rests on.
 */
public final class VerdictRecomputation {
  private static final double RELATIVE = 1e-9;
  private static final double ABSOLUTE = 1e-12;

  private VerdictRecomputation() {}

  /** The recomputed verdicts of {@code study} (section 4 or the appendix; none for section 3). */
  public static List<RecomputedVerdict> run(DataFiles f, Study study) {
    String list;
    String stage;
    switch (study) {
      case SECTION4 -> {
        list = "section4/verified_results.json";
        stage = "section4/stage2/";
      }
      case APPENDIX -> {
        list = AppendixClaims.VERDICTS;
        stage = AppendixClaims.DIR + "logs/stage3/";
      }
      default -> {
        return List.of();
      }
    }
    List<RecomputedVerdict> out = new ArrayList<>();
    for (ObjectNode e : VerdictList.read(f, list).map(VerdictList::entries).orElse(List.of())) {
      String task = e.path("task").asText("");
      String cond = VerdictList.condition(e);
      String rel = stage + task + "/" + cond + "/pred_results/" + task + ".npy";
      JsonNode useful = e.get("useful");
      Boolean stored = useful != null && useful.isBoolean() ? useful.booleanValue() : null;
      if (!f.isFile(rel)) {
        out.add(new RecomputedVerdict(study, task, cond, rel, stored, null,
            List.of("no output file: the verdict cannot be recomputed")));
        continue;
      }
      NpyArray array;
      try {
        array = NpyReader.read(f.path(rel));
      } catch (NpyFormatException ex) {
        throw new ReproException(rel + ": " + ex.getMessage(), ex);
      }
      CellVerdict v = study == Study.SECTION4
          ? Section4Checks.judge(task, array)
          : AppendixChecks.judge(task, array);
      out.add(new RecomputedVerdict(study, task, cond, rel, stored, v, differences(stored, v, e.path("diag"))));
    }
    return out;
  }

  private static List<String> differences(Boolean stored, CellVerdict v, JsonNode diag) {
    List<String> d = new ArrayList<>();
    if (stored == null || stored != v.useful()) {
      d.add("useful: stored " + stored + ", recomputed " + v.useful() + " (" + v.reason() + ")");
    }
    for (Map.Entry<String, Double> q : v.quantities().entrySet()) {
      JsonNode s = diag.get(q.getKey());
      if (s == null) {
        continue;
      }
      if (q.getKey().equals("bounded")) {
        boolean b = q.getValue() == 1.0;
        if (!s.isBoolean() || s.booleanValue() != b) {
          d.add("bounded: stored " + s + ", recomputed " + b);
        }
      } else if (!s.isNumber() || !close(s.doubleValue(), q.getValue())) {
        d.add(q.getKey() + ": stored " + s + ", recomputed " + q.getValue());
      }
    }
    return d;
  }

  private static boolean close(double a, double b) {
    return Math.abs(a - b) <= RELATIVE * Math.max(Math.abs(a), Math.abs(b)) + ABSOLUTE;
  }
}
