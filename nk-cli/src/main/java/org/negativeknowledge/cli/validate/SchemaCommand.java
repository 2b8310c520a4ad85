package org.negativeknowledge.cli.validate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.negativeknowledge.app.loop.TaskSchema;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.record.RecordShape;
import org.negativeknowledge.schema.RecordSchemas;
import org.negativeknowledge.taxonomy.TaxonomyProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code nk schema}: prints the JSON Schema (draft 2020-12) of a record shape. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the JSON Schema (draft 2020-12) of a record shape, as strict validation sees it.",
      "One check stays with nk validate: a deep record's recommended alternative must not"
          + " repeat a ruled-out route."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:printed", "2:usage error"})
public final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--shape",
      required = true,
      paramLabel = "SHAPE",
      description = "depth1, deep, knowledge, or task (the task.json of nk loop)")
  String shape;

  @Option(
      names = "--depth",
      paramLabel = "N",
      description = "for --shape deep: the exact depth (>= 2); default: any depth >= 2")
  Integer depth;

  @Option(
      names = "--profile",
      defaultValue = "core",
      paramLabel = "PROFILE",
      description = "taxonomy profile: core, exploration or a profile JSON file; default: ${DEFAULT-VALUE}")
  String profile;

  @Override
  public Integer call() {
    if (shape.equalsIgnoreCase("task")) {
      spec.commandLine().getOut().println(NkJson.pretty(TaskSchema.schema()));
      spec.commandLine().getOut().flush();
      return 0;
    }
    RecordShape recordShape;
    try {
      recordShape = RecordShape.fromWireName(shape);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--shape: " + e.getMessage());
    }
    if (depth != null && recordShape != RecordShape.DEEP) {
      throw new ParameterException(spec.commandLine(), "--depth applies to --shape deep only");
    }
    if (depth != null && depth < 2) {
      throw new ParameterException(spec.commandLine(), "--depth: a deep record has depth >= 2, got " + depth);
    }
    TaxonomyProfile taxonomy = TaxonomyProfile.byName(profile);
    ObjectNode schema =
        depth == null
            ? RecordSchemas.schema(recordShape, taxonomy)
            : RecordSchemas.schema(recordShape, taxonomy, depth);
    PrintWriter out = spec.commandLine().getOut();
    out.println(NkJson.pretty(schema));
    out.flush();
    return 0;
  }
}
