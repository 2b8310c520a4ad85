package org.negativeknowledge.taxonomy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.negativeknowledge.record.MalformedJsonException;
import org.negativeknowledge.record.NkJson;

/**
 * A named vocabulary for the five failure facets, with known aliases for drifted values.
 *
 * <p>Built in: {@link #core()} (default) and {@link #exploration()} (core plus {@code
 * hypothesis_failure} and {@code measurement_failure}). A custom profile is a JSON file:
 *
 * <pre>{@code
 * {"name": "mine", "extends": "core",
 *  "facets": {"layer": {"values": ["data_failure"], "aliases": {"data": "data_failure"}}}}
 * }</pre>
 *
 * With {@code extends}, the listed values and aliases are added to the base profile's. Immutable
 * and thread-safe.
 */
public final class TaxonomyProfile {
  private static final TaxonomyProfile CORE = loadBuiltIn("core");
  private static final TaxonomyProfile EXPLORATION = loadBuiltIn("exploration");

  private final String name;
  private final Map<Facet, Set<String>> values;
  private final Map<Facet, Map<String, String>> aliases;

  private TaxonomyProfile(
      String name, Map<Facet, Set<String>> values, Map<Facet, Map<String, String>> aliases) {
    this.name = name;
    EnumMap<Facet, Set<String>> v = new EnumMap<>(Facet.class);
    EnumMap<Facet, Map<String, String>> a = new EnumMap<>(Facet.class);
    for (Facet f : Facet.values()) {
      v.put(f, Collections.unmodifiableSet(new LinkedHashSet<>(values.getOrDefault(f, Set.of()))));
      a.put(f, Collections.unmodifiableMap(new LinkedHashMap<>(aliases.getOrDefault(f, Map.of()))));
    }
    this.values = Collections.unmodifiableMap(v);
    this.aliases = Collections.unmodifiableMap(a);
  }

  /** The default profile (the paper's ScienceAgentBench study). */
  public static TaxonomyProfile core() {
    return CORE;
  }

  /** Core plus the physics studies' layers {@code hypothesis_failure} and {@code measurement_failure}. */
  public static TaxonomyProfile exploration() {
    return EXPLORATION;
  }

  /**
   * Resolves a profile from a command-line value: {@code core}, {@code exploration}, or the path
   * of a profile JSON file.
   *
   * @throws TaxonomyException when the file is missing or not a valid profile
   */
  public static TaxonomyProfile byName(String nameOrPath) {
    if ("core".equals(nameOrPath)) {
      return CORE;
    }
    if ("exploration".equals(nameOrPath)) {
      return EXPLORATION;
    }
    Path path = Path.of(nameOrPath);
    if (!Files.isRegularFile(path)) {
      throw new TaxonomyException(
          "profile '" + nameOrPath + "' is neither built in (core, exploration) nor a readable file");
    }
    return load(path);
  }

  /** Loads a custom profile from a JSON file (format in the class documentation). */
  public static TaxonomyProfile load(Path file) {
    try {
      return fromJson(
          NkJson.parseObject(Files.readString(file, StandardCharsets.UTF_8)), file.toString());
    } catch (IOException e) {
      throw new TaxonomyException("cannot read profile " + file + ": " + e.getMessage(), e);
    } catch (MalformedJsonException e) {
      throw new TaxonomyException(
          file + ":" + e.line() + ":" + e.column() + ": not valid JSON: " + e.getMessage(), e);
    }
  }

  /** Builds a profile from its JSON form; {@code where} names the source in error messages. */
  public static TaxonomyProfile fromJson(ObjectNode json, String where) {
    JsonNode nameNode = json.get("name");
    if (nameNode == null || !nameNode.isTextual() || nameNode.textValue().isBlank()) {
      throw new TaxonomyException(where + ": name: a profile needs a non-empty string \"name\"");
    }
    Map<Facet, Set<String>> values = new EnumMap<>(Facet.class);
    Map<Facet, Map<String, String>> aliases = new EnumMap<>(Facet.class);
    JsonNode ext = json.get("extends");
    if (ext != null && !ext.isNull()) {
      if (!ext.isTextual()) {
        throw new TaxonomyException(where + ": extends: must be a profile name such as \"core\"");
      }
      TaxonomyProfile base = byName(ext.textValue());
      for (Facet f : Facet.values()) {
        values.put(f, new LinkedHashSet<>(base.values(f)));
        aliases.put(f, new LinkedHashMap<>(base.aliases(f)));
      }
    }
    JsonNode facets = json.get("facets");
    if (facets == null || !facets.isObject()) {
      throw new TaxonomyException(where + ": facets: must be an object keyed by facet name");
    }
    var it = facets.properties().iterator();
    while (it.hasNext()) {
      var e = it.next();
      Facet facet;
      try {
        facet = Facet.fromFieldName(e.getKey());
      } catch (IllegalArgumentException ex) {
        throw new TaxonomyException(where + ": facets." + e.getKey() + ": " + ex.getMessage(), ex);
      }
      readFacet(e.getValue(), where + ": facets." + e.getKey(), values, aliases, facet);
    }
    for (Facet f : Facet.values()) {
      if (values.getOrDefault(f, Set.of()).isEmpty()) {
        throw new TaxonomyException(
            where + ": facets." + f.fieldName() + ": every facet needs at least one value");
      }
      for (Map.Entry<String, String> a : aliases.getOrDefault(f, Map.of()).entrySet()) {
        if (!values.get(f).contains(a.getValue())) {
          throw new TaxonomyException(
              where + ": facets." + f.fieldName() + ".aliases." + a.getKey()
                  + ": maps to '" + a.getValue() + "', which is not one of its values");
        }
      }
    }
    return new TaxonomyProfile(nameNode.textValue(), values, aliases);
  }

  private static void readFacet(
      JsonNode node,
      String where,
      Map<Facet, Set<String>> values,
      Map<Facet, Map<String, String>> aliases,
      Facet facet) {
    if (!node.isObject()) {
      throw new TaxonomyException(where + ": must be an object with \"values\" and \"aliases\"");
    }
    JsonNode vs = node.get("values");
    if (vs == null || !vs.isArray()) {
      throw new TaxonomyException(where + ".values: must be an array of strings");
    }
    Set<String> set = values.computeIfAbsent(facet, k -> new LinkedHashSet<>());
    for (int i = 0; i < vs.size(); i++) {
      if (!vs.get(i).isTextual()) {
        throw new TaxonomyException(where + ".values[" + i + "]: must be a string");
      }
      set.add(vs.get(i).textValue());
    }
    JsonNode as = node.get("aliases");
    if (as != null && !as.isNull()) {
      if (!as.isObject()) {
        throw new TaxonomyException(where + ".aliases: must be an object alias -> value");
      }
      Map<String, String> map = aliases.computeIfAbsent(facet, k -> new LinkedHashMap<>());
      as.properties().iterator()
          .forEachRemaining(
              a -> {
                if (!a.getValue().isTextual()) {
                  throw new TaxonomyException(where + ".aliases." + a.getKey() + ": must be a string");
                }
                map.put(a.getKey(), a.getValue().textValue());
              });
    }
  }

  private static TaxonomyProfile loadBuiltIn(String name) {
    String resource = "/org/negativeknowledge/taxonomy/" + name + ".json";
    try (InputStream in = TaxonomyProfile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("built-in profile missing from the jar: " + resource);
      }
      return fromJson(
          NkJson.parseObject(new String(in.readAllBytes(), StandardCharsets.UTF_8)), resource);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read built-in profile " + resource, e);
    }
  }

  /** The profile's name, e.g. {@code core}. */
  public String name() {
    return name;
  }

  /** The allowed values of a facet, in declaration order. */
  public Set<String> values(Facet facet) {
    return values.get(facet);
  }

  /** Known drifted spellings of a facet's values, alias to canonical value. */
  public Map<String, String> aliases(Facet facet) {
    return aliases.get(facet);
  }

  /** Whether {@code value} is in the facet's vocabulary (exact match; aliases are not allowed). */
  public boolean allows(Facet facet, String value) {
    return value != null && values.get(facet).contains(value);
  }

  /** The canonical value a known alias stands for, if {@code alias} is one. */
  public Optional<String> canonicalFor(Facet facet, String alias) {
    return Optional.ofNullable(alias == null ? null : aliases.get(facet).get(alias));
  }

  /** The profile as JSON, in the custom-profile file format (without {@code extends}). */
  public ObjectNode toJson() {
    ObjectNode root = NkJson.mapper().createObjectNode();
    root.put("name", name);
    ObjectNode facets = root.putObject("facets");
    for (Facet f : Facet.values()) {
      ObjectNode fn = facets.putObject(f.fieldName());
      values.get(f).forEach(fn.putArray("values")::add);
      ObjectNode an = fn.putObject("aliases");
      aliases.get(f).forEach(an::put);
    }
    return root;
  }

  @Override
  public String toString() {
    return "TaxonomyProfile[" + name + "]";
  }
}
