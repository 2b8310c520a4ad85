package org.negativeknowledge.cli.validate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.negativeknowledge.NkException;
import org.negativeknowledge.cli.support.ExitCodes;
import org.negativeknowledge.taxonomy.TaxonomyProfile;
import org.negativeknowledge.validation.ValidationLevel;
import org.negativeknowledge.validation.Validator;
import org.negativeknowledge.validation.stream.DepthMode;
import org.negativeknowledge.validation.stream.RecordSourceReader;
import org.negativeknowledge.validation.stream.RecordSourceValidator;
import org.negativeknowledge.validation.stream.ShapeMode;
import org.negativeknowledge.validation.stream.SourceSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nk validate}: checks record files, directories and JSONL streams. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validates NK records and knowledge entries.",
      "PATH is a .json file (exactly one record, a JSON object), a .jsonl or .ndjson file (one"
          + " record per line), a directory (searched recursively for both, skipping names that"
          + " start with a dot) or - for JSONL on standard input; nk bank import reads files the"
          + " same way.",
      "Malformed lines, invalid UTF-8, duplicate keys, lone surrogates, huge strings and deep"
          + " nesting are reported as issues and the rest of the input is still checked. A PATH"
          + " that does not exist is an error before anything is checked."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every record is valid",
      "1:some record is invalid",
      "2:usage error, a missing or unreadable path"
    })
public final class ValidateCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    TEXT,
    JSON
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--level",
      defaultValue = "reference",
      paramLabel = "LEVEL",
      description = "reference (the paper's checks) or strict (adds lengths, types, numbering);"
          + " default: ${DEFAULT-VALUE}")
  ValidationLevel level;

  @Option(
      names = "--profile",
      defaultValue = "core",
      paramLabel = "PROFILE",
      description = "taxonomy profile: core, exploration or a profile JSON file; default: ${DEFAULT-VALUE}")
  String profile;

  @Option(
      names = "--shape",
      defaultValue = "auto",
      paramLabel = "SHAPE",
      description = "auto (knowledge entries told from NK records), nk or knowledge; default: ${DEFAULT-VALUE}")
  ShapeMode shape;

  @Option(
      names = "--depth",
      defaultValue = "auto",
      paramLabel = "DEPTH",
      description = "auto (the record's integer depth when >= 2, else 1) or the expected depth N;"
          + " default: ${DEFAULT-VALUE}")
  String depth;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "text (one line per issue and a summary) or json (one object per record);"
          + " default: ${DEFAULT-VALUE}")
  Format format;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = ".json, .jsonl, directory or -")
  List<String> paths;

  @Override
  public Integer call() throws IOException {
    DepthMode depthMode;
    try {
      depthMode = DepthMode.parse(depth);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--depth: " + e.getMessage());
    }
    Validator validator = Validator.of(TaxonomyProfile.byName(profile), level);
    RecordSourceValidator sources = RecordSourceValidator.of(validator, shape, depthMode);
    for (String path : paths) {
      if (!"-".equals(path)) {
        RecordSourceReader.requireSource(Path.of(path)); // a missing file is an error before any result
      }
    }

    PrintWriter err = spec.commandLine().getErr();
    Writer out = new BufferedWriter(spec.commandLine().getOut(), 1 << 16);
    ResultPrinter printer =
        format == Format.JSON ? new JsonResultPrinter(out) : new TextResultPrinter(out);
    SourceSummary total = new SourceSummary(0, 0, 0, List.of());
    for (String path : paths) {
      SourceSummary s =
          sources.validate(
              path,
              System.in,
              r -> {
                try {
                  printer.print(r);
                } catch (IOException e) {
                  throw new NkException("cannot write the results: " + e.getMessage(), e);
                }
              });
      total = total.plus(s);
    }
    printer.finish(total);
    for (String problem : total.unreadable()) {
      err.println("nk validate: " + problem);
    }
    err.flush();
    if (!total.unreadable().isEmpty()) {
      return ExitCodes.USAGE;
    }
    return total.invalid() > 0 ? 1 : 0;
  }
}
