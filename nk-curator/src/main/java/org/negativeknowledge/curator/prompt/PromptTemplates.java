package org.negativeknowledge.curator.prompt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.negativeknowledge.curator.internal.Causes;

/**
 * Where the curator's prompt templates come from: the built-in resources, or a directory whose
 * {@code depth1.md}, {@code deep.md} and {@code round2.md} override them (a file absent from the
 * directory falls back to the built-in one).
 *
 * <p>Immutable and thread-safe.
 */
public final class PromptTemplates {

  private static final String RESOURCE_DIR = "/org/negativeknowledge/curator/prompt/";

  private final Optional<Path> overrideDir;

  private PromptTemplates(Optional<Path> overrideDir) {
    this.overrideDir = overrideDir;
  }

  /** The templates shipped with the curator. */
  public static PromptTemplates builtIn() {
    return new PromptTemplates(Optional.empty());
  }

  /**
   * Templates from {@code dir}, each falling back to the built-in one when its file is absent.
   *
   * @throws PromptException when {@code dir} is not a directory
   */
  public static PromptTemplates overriddenBy(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new PromptException(
          dir + ": not a directory (a prompt directory holds depth1.md, deep.md and/or round2.md)");
    }
    return new PromptTemplates(Optional.of(dir));
  }

  /** The template of one kind. */
  public PromptTemplate template(PromptKind kind) {
    if (overrideDir.isPresent()) {
      Path file = overrideDir.get().resolve(kind.fileName());
      if (Files.isRegularFile(file)) {
        try {
          return new PromptTemplate(kind, file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new PromptException(file + ": cannot read the prompt template: " + Causes.chain(e), e);
        }
      }
    }
    String resource = RESOURCE_DIR + kind.fileName();
    try (InputStream in = PromptTemplates.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new PromptException("classpath:" + resource + ": built-in template missing from the jar");
      }
      return new PromptTemplate(
          kind, "classpath:" + resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new PromptException("classpath:" + resource + ": cannot read: " + Causes.chain(e), e);
    }
  }
}
