package org.negativeknowledge.bank.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.StringJoiner;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.record.Polarity;
import org.negativeknowledge.record.RecordShape;
import org.negativeknowledge.taxonomy.Facet;

/**
 * The one-line headline of an entry, the first tier of a memory block: id, polarity, domain, depth,
 * the failure's layer, scope and degree, then what was tried (or claimed) and the lesson, cut at a
 * word boundary to about {@value #ROUTE_CHARS} and {@value #LESSON_CHARS} characters. Derived from the record alone
 * (deterministic, no model call), 30 to 60 cl100k tokens for the paper's entries. The search index
 * stores it with every entry, so rendering a headline costs no formatting.
 */
public final class Headline {

  /** The most characters kept of the route (or claim). */
  public static final int ROUTE_CHARS = 72;

  /** The most characters kept of the lesson. */
  public static final int LESSON_CHARS = 60;

  private Headline() {}

  /** The headline of {@code e}, without flags, on one line. */
  public static String of(BankEntry e) {
    ObjectNode o = e.original();
    StringJoiner head = new StringJoiner(" | ");
    head.add("[" + e.id() + "] " + e.polarity().wireName());
    if (e.domain() != null && !e.domain().isBlank()) {
      head.add(e.domain());
    }
    if (e.depth() > 1) {
      head.add("depth " + e.depth());
    } else if (o.path("round").isIntegralNumber()) {
      head.add("round " + o.path("round").asInt());
    }
    String facets = facets(e);
    if (!facets.isEmpty()) {
      head.add(facets);
    }
    String what = cut(oneLine(what(e, o)), ROUTE_CHARS);
    String lesson = cut(oneLine(lesson(e, o)), LESSON_CHARS);
    StringBuilder sb = new StringBuilder(head.toString());
    if (!what.isEmpty()) {
      sb.append(" :: ").append(what);
    }
    if (!lesson.isEmpty() && !what.startsWith(lesson.replace("...", ""))) {
      sb.append(" => ").append(lesson);
    }
    return sb.toString();
  }

  /** The text an embedding model reads for {@code e}: what was tried or claimed and the lesson, longer than a headline. */
  public static String meaningText(BankEntry e) {
    ObjectNode o = e.original();
    String what = what(e, o);
    String lesson = lesson(e, o);
    String diagnosis = text(o, "synthesised_diagnosis");
    StringBuilder sb = new StringBuilder();
    append(sb, what);
    append(sb, diagnosis);
    append(sb, text(o, "observation"));
    if (!lesson.equals(what)) {
      append(sb, lesson);
    }
    return sb.length() > 700 ? cut(sb.toString(), 700) : sb.toString();
  }

  private static void append(StringBuilder sb, String s) {
    if (s != null && !s.isBlank()) {
      if (sb.length() > 0) {
        sb.append(". ");
      }
      sb.append(oneLine(s));
    }
  }

  private static String facets(BankEntry e) {
    StringJoiner j = new StringJoiner("/");
    for (Facet f : new Facet[] {Facet.LAYER, Facet.SCOPE, Facet.DEGREE}) {
      String v = e.facets().get(f);
      if (v != null && !v.isBlank()) {
        j.add(v.replace("_failure", ""));
      }
    }
    return j.toString();
  }

  private static String what(BankEntry e, ObjectNode o) {
    if (e.shape() == RecordShape.DEEP) {
      JsonNode ruled = o.path("ruled_out_routes");
      String first = ruled.isArray() && !ruled.isEmpty() ? ruled.get(0).asText("") : "";
      return first.isBlank() ? orEmpty(text(o, "synthesised_diagnosis")) : "ruled out " + first;
    }
    String claim = text(o, "claim");
    if (claim != null && !claim.isBlank()) {
      return claim;
    }
    String route = text(o, "attempted_route");
    if (route != null && !route.isBlank()) {
      return route;
    }
    return orEmpty(text(o, "method"));
  }

  private static String lesson(BankEntry e, ObjectNode o) {
    String[] fields = e.polarity() == Polarity.POSITIVE
        ? new String[] {"recommended_alternative", "recommended_alternative_or_action", "applicability", "rationale"}
        : new String[] {"recommended_alternative", "recommended_alternative_or_action", "synthesised_diagnosis", "rationale",
            "applicability"};
    for (String f : fields) {
      String t = text(o, f);
      if (t != null && !t.isBlank()) {
        return t;
      }
    }
    return "";
  }

  private static String text(ObjectNode o, String field) {
    JsonNode n = o.get(field);
    return n != null && n.isValueNode() && !n.isNull() ? n.asText() : null;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  private static String cut(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = s.lastIndexOf(' ', max);
    if (end < max / 2) {
      end = max;
    }
    return s.substring(0, end).replaceAll("[\\s,;:(+-]+$", "") + "...";
  }
}
