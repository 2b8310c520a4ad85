package org.negativeknowledge.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.negativeknowledge.record.NkJson;

/** A few hand-written records (strictly valid, profile core) that every server test can load. */
public final class SampleRecords {
  private SampleRecords() {}

  /** A negative depth-1 record about a scikit-learn import error. */
  public static ObjectNode sklearnImport() {
    return NkJson.parseObject("""
        {"id":"sab-001","task_id":"task_001","domain":"bioinformatics",
         "attempted_route":"sklearn.cross_validation.train_test_split(X, y, test_size=0.2) to split the expression matrix",
         "observation":"ImportError: cannot import name 'cross_validation' from 'sklearn' (scikit-learn 1.3)",
         "failure":{"layer":"implementation_failure","scope":"local_failure","degree":"contradicted",
                    "recommended_action":"retry","risk":"low_risk_omission"},
         "rationale":"The cross_validation module was removed in scikit-learn 0.20; the code targets an old API.",
         "recommended_alternative":"Use sklearn.model_selection.train_test_split(X, y, test_size=0.2, random_state=0)."}
        """);
  }

  /** A negative depth-1 record about an output-format mismatch. */
  public static ObjectNode csvColumns() {
    return NkJson.parseObject("""
        {"id":"sab-002","task_id":"task_002","domain":"geoscience",
         "attempted_route":"pandas.DataFrame.to_csv('pred_results/out.csv') with the default index column",
         "observation":"Evaluator: KeyError 'label' when reading pred_results/out.csv; file has columns ['Unnamed: 0','pred']",
         "failure":{"layer":"communication_failure","scope":"local_failure","degree":"contradicted",
                    "recommended_action":"change_method","risk":"medium_risk_drift"},
         "rationale":"The evaluator reads a column named label; the prediction was written under pred with an index column.",
         "recommended_alternative":"Write df[['label']].to_csv('pred_results/out.csv', index=False) with the column named label."}
        """);
  }

  /** A positive knowledge entry. */
  public static ObjectNode positiveScheme() {
    return NkJson.parseObject("""
        {"id":"kdv-pos-01","kind":"positive","domain":"kdv",
         "claim":"A pseudo-spectral ETDRK4 scheme with 2/3 dealiasing keeps the KdV soliton stable up to T=50",
         "applicability":"periodic domains, N >= 256","evidence":"mass drift below 1e-9 in three runs"}
        """);
  }

  /** All samples. */
  public static List<ObjectNode> all() {
    return List.of(sklearnImport(), csvColumns(), positiveScheme());
  }
}
