import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Helper of bench/validate.sh, run as a single-file program with the nk jar on the class path.
 *
 * <pre>
 * generate OUT N DIR...   writes N JSONL lines, cycling over the .json records in the DIRs
 * parse FILE              parses every line with a plain ObjectMapper.readTree (the baseline)
 * </pre>
 */
public final class ValidateBench {
  public static void main(String[] args) throws IOException {
    switch (args[0]) {
      case "generate" -> generate(Path.of(args[1]), Long.parseLong(args[2]), List.of(args).subList(3, args.length));
      case "parse" -> parse(Path.of(args[1]));
      default -> throw new IllegalArgumentException("unknown mode " + args[0]);
    }
  }

  private static void generate(Path out, long n, List<String> dirs) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (String dir : dirs) {
      try (Stream<Path> files = Files.list(Path.of(dir))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
          lines.add(mapper.writeValueAsString(mapper.readTree(f.toFile())));
        }
      }
    }
    if (lines.isEmpty()) {
      throw new IllegalStateException("no .json records in " + dirs);
    }
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (long i = 0; i < n; i++) {
        w.write(lines.get((int) (i % lines.size())));
        w.write('\n');
      }
    }
    System.out.println(lines.size() + " distinct records");
  }

  private static void parse(Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    long records = 0;
    long fields = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          JsonNode node = mapper.readTree(line);
          fields += node.size();
          records++;
        }
      }
    }
    System.out.println(records + " records parsed (" + fields + " top-level fields)");
  }
}
