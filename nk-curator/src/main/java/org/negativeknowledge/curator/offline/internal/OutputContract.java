package org.negativeknowledge.curator.offline.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the task instruction says the output must look like: the files it names as output and the
 * columns or keys it names for them. Read from plain instruction text, so it works for any task
 * that states its output the way benchmark instructions do ("Save the predictions to
 * "pred_results/preds.csv"", "the keys for them are "onset" and "offset"", "under the column Y").
 *
 * <p>A file is an output file when its sentence has a producing verb (save, write, store, export,
 * output, generate, produce, create) before it, or when it lies under a results folder the
 * instruction writes to; files the instruction only reads ("the data in "x.csv"") are not. A
 * column or key is named when it is quoted in a sentence about the output (a producing verb, or
 * "put", "output", "file", "rows") that speaks of columns, keys, fields or a format, or is the
 * single word after "the column" there; quoted alternatives in parentheses are values, not names.
 *
 * @param instruction the instruction text (never null; may be empty)
 * @param files the output files named, as written (may hold {@code {placeholders}})
 * @param columns the output columns or keys named
 */
public record OutputContract(String instruction, List<String> files, List<String> columns) {

  private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z0-9\"'‘“(])|\\n\\s*\\n");
  private static final Pattern FILE =
      Pattern.compile(
          "(?<![\\w./{}-])([\\w./{}-]*[\\w}]\\.(?:csv|tsv|json|jsonl|npy|npz|pkl|pickle|txt|png|jpe?g|pdf|h5|hdf5"
              + "|xlsx?|parquet|nc|mat|pt|pth|svg|gif|html|xml|ya?ml|sdf|pdb|fasta|cif|mol2?|gz))(?![\\w])",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PRODUCING =
      Pattern.compile("(?i)\\b(?:save[ds]?|saving|write|writes|written|store[ds]?|export(?:s|ed)?|output|generate[ds]?|produce[ds]?|create[ds]?)\\b");
  private static final Pattern RESULTS_DIR = Pattern.compile("(?i)\\b(pred_results|results?|outputs?)/");
  private static final Pattern ABOUT_COLUMNS = Pattern.compile("(?i)\\b(?:columns?|keys?|fields?|headers?|format)\\b");
  private static final Pattern ABOUT_OUTPUT = Pattern.compile("(?i)\\b(?:put|output|results?|csv|json|file|rows?)\\b");
  private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");
  private static final Pattern QUOTED = Pattern.compile("[\"'‘’“”`]([^\"'‘’“”`\\n]{1,60})[\"'‘’“”`]");
  private static final Pattern COLUMN_WORD = Pattern.compile("(?i)\\bthe\\s+column\\s+(?:named\\s+|called\\s+)?([A-Za-z_]\\w*)\\b");
  private static final Set<String> NOT_A_NAME =
      Set.of("named", "called", "as", "of", "in", "the", "a", "an", "and", "or", "with", "for", "to", "is", "are");

  public OutputContract {
    Objects.requireNonNull(instruction, "instruction");
    files = List.copyOf(files);
    columns = List.copyOf(columns);
  }

  /** Reads the contract from an instruction (null or blank yields an empty contract). */
  public static OutputContract of(String instruction) {
    String text = instruction == null ? "" : instruction;
    Set<String> files = new LinkedHashSet<>();
    Set<String> columns = new LinkedHashSet<>();
    for (String sentence : SENTENCE.split(text)) {
      Matcher verb = PRODUCING.matcher(sentence);
      int producingAt = verb.find() ? verb.start() : Integer.MAX_VALUE;
      Matcher f = FILE.matcher(sentence);
      while (f.find()) {
        String name = f.group(1);
        if (f.start() > producingAt || RESULTS_DIR.matcher(name).find()) {
          files.add(name);
        }
      }
      boolean aboutOutput = producingAt != Integer.MAX_VALUE || ABOUT_OUTPUT.matcher(sentence).find();
      if (aboutOutput && ABOUT_COLUMNS.matcher(sentence).find()) {
        // quoted alternatives in parentheses ("label ('DILI' or 'NoDILI')") are values, not names
        Matcher q = QUOTED.matcher(PARENTHESES.matcher(sentence).replaceAll(" "));
        while (q.find()) {
          for (String part : q.group(1).split(";")) {
            String name = part.strip();
            if (!name.isEmpty() && !FILE.matcher(name).find() && !name.contains("/") && name.length() <= 40) {
              columns.add(name);
            }
          }
        }
        Matcher c = COLUMN_WORD.matcher(sentence);
        while (c.find()) {
          if (!NOT_A_NAME.contains(c.group(1).toLowerCase(Locale.ROOT))) {
            columns.add(c.group(1));
          }
        }
      }
    }
    return new OutputContract(text, new ArrayList<>(files), new ArrayList<>(columns));
  }

  /** True when the instruction names at least one output file. */
  public boolean namesFiles() {
    return !files.isEmpty();
  }

  /**
   * True when the instruction states {@code token} verbatim as a whole word (case-sensitive), so a
   * solver that read it could have known it.
   */
  public boolean states(String token) {
    if (token == null || token.isBlank()) {
      return false;
    }
    return Pattern.compile("(?<![\\w])" + Pattern.quote(token.strip()) + "(?![\\w])").matcher(instruction).find();
  }

  /**
   * The part of a named file that any code writing it must contain: the text after its last
   * placeholder or directory ({@code pred_results/{conf}_RF.csv} gives {@code _RF.csv}).
   */
  static String fixedTail(String file) {
    String f = file.replace('\\', '/');
    int cut = Math.max(f.lastIndexOf('}'), f.lastIndexOf('/'));
    return f.substring(cut + 1);
  }
}
