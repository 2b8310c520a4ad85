package org.negativeknowledge.bank.route;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.negativeknowledge.bank.route.Segments.Segment;

/**
 * Reads what a route description changes. Each segment ({@link Segments}) gives one change, or one
 * per setting when it sets several ({@code "n_estimators=1500 lr=0.02"}):
 *
 * <ul>
 *   <li>a value names the words just before it ({@code "cosine weight 1.0"}, {@code "lr=0.02"},
 *       {@code "lowered to 0.25"} skips the verb), else those just after it ({@code "5% dropout"});
 *       a value with a generic name ({@code "std=0.5"}) is an attribute of the segment's technique;
 *   <li>{@code "A instead of B"}, {@code "replace B with A"}, {@code "switch X to A"} and {@code "X
 *       B->A"} are replacements; a leading {@code remove}, {@code drop}, {@code no} a removal;
 *   <li>words after a preposition ({@code "on the MLP"}) say what the change is applied to, words
 *       after {@code with} and in parentheses add detail;
 *   <li>a long description in prose yields its one idea: the first change it states as one.
 * </ul>
 */
public final class ChangeExtractor {
  /** Words beyond which a description without many values is prose holding one idea. */
  static final int PROSE_WORDS = 15;

  private final Vocabulary vocabulary;
  private final Set<String> labels;

  /** @param labels words that label rows rather than name changes ({@link RowLabels}) */
  public ChangeExtractor(Vocabulary vocabulary, Set<String> labels) {
    this.vocabulary = vocabulary;
    this.labels = Set.copyOf(labels);
  }

  /** The changes of a route description. */
  public RouteChange read(String text) {
    String focus = RouteFocus.of(text == null ? "" : text, vocabulary, labels);
    List<Token> tokens = vocabulary.tokens(focus);
    List<Change> changes = new ArrayList<>();
    for (Segment s : Segments.of(tokens)) {
      changes.addAll(changes(s, focus));
    }
    if (changes.size() > 1 && prose(focus, tokens)) {
      changes = List.of(mainIdea(changes));
    }
    return new RouteChange(text == null ? "" : text, focus, changes);
  }

  /**
   * Whether the focus is prose rather than a row of settings: more than {@value #PROSE_WORDS} words,
   * at most one value per four words. Prose states one idea and surrounds it with context ("keeping
   * the width at 768"), which is not part of the change.
   */
  private static boolean prose(String focus, List<Token> tokens) {
    int words = focus.strip().split("\\s+").length;
    long values = tokens.stream().filter(t -> t.type() == Token.Type.NUMBER).count();
    return words > PROSE_WORDS && values * 4 < words;
  }

  /** The first change stated as one (a value moved, a direction, a removal or replacement), else the first. */
  private static Change mainIdea(List<Change> changes) {
    for (Change c : changes) {
      boolean stated = c.from() != null || c.direction() != Direction.NONE || c.action() == ChangeAction.REMOVE
          || c.action() == ChangeAction.REPLACE || c.isSetting();
      if (stated) {
        return c;
      }
    }
    return changes.get(0);
  }

  private List<Change> changes(Segment segment, String focus) {
    List<Token> core = segment.core();
    List<List<Token>> groups = new ArrayList<>(segment.groups());
    if (core.stream().noneMatch(t -> t.isWord() && t.kind().names()) && !groups.isEmpty()) {
      core = groups.remove(0); // "minimal (no reverse pass)": the parenthesis is the change
    }
    ChangeAction action = leadingAction(core);
    Replacement replacement = Replacement.of(core);
    if (replacement != null) {
      core = replacement.rest();
      action = ChangeAction.REPLACE;
    }
    Parts parts = Parts.of(core);
    List<Setting> settings = new ArrayList<>(Setting.all(core));
    List<Setting> inGroups = new ArrayList<>();
    groups.forEach(g -> inGroups.addAll(Setting.all(g)));
    settings.addAll(inGroups);
    Direction direction = direction(core);
    String text = segment.start() < 0 ? "" : focus.substring(segment.start(), segment.end()).strip();
    List<String> detail = new ArrayList<>(norms(parts.context(), true));
    groups.forEach(g -> norms(g, true).stream().filter(w -> !detail.contains(w)).forEach(detail::add));
    List<String> groupQualifier = new ArrayList<>();
    groups.forEach(g -> groupQualifier.addAll(where(Parts.of(g).qualifier())));

    // Several values with their own names: one setting each ("n_estimators=1500 lr=0.02"); a setting
    // of the table named outside the subject is its own change ("LightGBM with num_leaves=63").
    List<Change> out = new ArrayList<>();
    Token implied = impliedSetting(core);
    Set<String> subjectWords = new LinkedHashSet<>(norms(parts.main(), true));
    if (implied != null) {
      subjectWords.add(implied.norm());
    }
    List<Setting> own = settings.size() >= 2 ? settings.stream().filter(Setting::specific).toList()
        : settings.stream().filter(st -> namesSetting(st) && !inSubject(st, parts.main())
            && st.name().stream().noneMatch(t -> subjectWords.contains(t.norm()))).toList();
    Set<Token> usedNames = new LinkedHashSet<>();
    for (Setting s : own) {
      usedNames.addAll(s.name());
      out.add(new Change(ChangeAction.SET, norms(s.name(), true), norms(s.name(), false), label(s.name(), focus), List.of(),
          List.of(), null, s.from(), s.to(), s.direction(direction), text));
    }
    List<Token> main = parts.main().stream().filter(t -> !usedNames.contains(t)).toList();
    Setting value = settings.stream().filter(s -> !own.contains(s)).findFirst().orElse(null);
    List<Token> subject = main;
    String attribute = null;
    if (value != null) {
      subject = beforeValue(main, value, detail);
      List<Token> mainSpecific = subject.stream().filter(t -> t.isWord() && t.kind().specific()).toList();
      if (mainSpecific.isEmpty() && subject.stream().noneMatch(t -> t.isWord() && t.kind().names())) {
        subject = value.name();
      } else if (value.name().isEmpty() && inGroups.contains(value) && subject.stream().anyMatch(t -> t.is(WordKind.PARAM))) {
        attribute = null; // "EMA warmup (skip first 10%)": the parenthesis gives the value of the setting named
      } else if (replacement != null && !replacement.from().isEmpty() && value.from() != null) {
        // "switch activation from ReLU^2 to SwiGLU (hidden 2048->1365)": the move goes with the replacement
        attribute = value.name().isEmpty() ? "value" : label(value.name(), focus);
      } else if (!value.name().containsAll(mainSpecific) && !(namesSetting(value) && !introduces(core, replacement))) {
        // The value is a detail of the technique the row introduces ("logit-normal sampling std=0.5",
        // "SGD momentum 0.9 instead of Adam"); a setting's own value is the change ("mixer lr 0.002->0.001").
        attribute = value.name().isEmpty() ? "value" : String.join(" ", norms(value.name(), true).isEmpty()
            ? norms(value.name(), false) : norms(value.name(), true));
      }
    }
    boolean fromQualifier = false;
    if (subject.stream().noneMatch(t -> t.isWord() && t.kind().names()) && out.isEmpty()) {
      subject = parts.qualifier(); // "(in recursion 0.01)" names nothing else
      fromQualifier = true;
    }
    List<String> names = new ArrayList<>(norms(subject, true));
    List<String> heads = new ArrayList<>(norms(subject, false));
    SettingValue replaced = null;
    if (replacement != null) {
      norms(replacement.to(), true).stream().filter(w -> !names.contains(w)).forEach(names::add);
      norms(replacement.to(), false).stream().filter(w -> !heads.contains(w)).forEach(heads::add);
      List<String> fromWords = norms(replacement.from(), true);
      replaced = fromWords.isEmpty() ? null : SettingValue.word(String.join(" ", fromWords));
    }
    boolean byImplied = implied != null && (names.isEmpty() || subject.stream().noneMatch(t -> t.is(WordKind.PARAM)));
    if (byImplied) { // "deeper model", "wider MLP": the direction word names the setting it moves
      names.stream().filter(w -> !detail.contains(w)).forEach(detail::add);
      names.clear();
      names.add(implied.norm());
    }
    boolean headsOnly = names.isEmpty() && !heads.isEmpty() && (value != null || direction != Direction.NONE) && out.isEmpty();
    if (!names.isEmpty() || headsOnly) {
      SettingValue to = value != null ? value.to() : null;
      SettingValue from = replaced != null || value == null ? replaced : value.from();
      ChangeAction a = action == ChangeAction.ADD && ((to != null && attribute == null) || direction != Direction.NONE)
          ? ChangeAction.SET : action;
      Direction d = value != null ? value.direction(direction) : direction;
      List<String> qualifier = new ArrayList<>(fromQualifier ? List.of() : where(parts.qualifier()));
      groupQualifier.stream().filter(w -> !qualifier.contains(w)).forEach(qualifier::add);
      List<Token> shown = subject;
      if (attribute != null) { // "std=0.5" is said as the attribute, not as part of the name
        Set<Token> generic = Set.copyOf(value.name().stream().filter(t -> !t.kind().specific()).toList());
        shown = subject.stream().filter(t -> !generic.contains(t)).toList();
      }
      String subjectLabel = (byImplied ? implied.raw() + " " : "") + label(shown, focus) + (replacement != null && !replacement.to().isEmpty()
          ? (shown.isEmpty() ? "" : " ") + label(replacement.to(), focus) : "");
      out.add(0, new Change(a, names, heads, subjectLabel.strip(), qualifier, detail, attribute, from, to, d, text));
    }
    return out;
  }

  /**
   * The words of {@code main} that name what the value sets: those before it. Specific words after
   * it are detail ({@code "patch masking 25% MAE-style"}), unless they are the value's own name
   * ({@code "5% dropout"}); generic heads after it stay ({@code "momentum 0.9 optimizer"}).
   */
  private static List<Token> beforeValue(List<Token> main, Setting value, List<String> detail) {
    int at = -1;
    for (int i = 0; i < main.size() && at < 0; i++) {
      if (main.get(i) == value.first()) {
        at = i;
      }
    }
    if (at < 0) {
      return main;
    }
    List<Token> out = new ArrayList<>(main.subList(0, at));
    for (Token t : main.subList(at, main.size())) {
      boolean trailingDetail = t.isWord() && t.kind().specific() && !value.name().contains(t);
      if (trailingDetail) {
        if (!detail.contains(t.norm())) {
          detail.add(t.norm());
        }
      } else {
        out.add(t);
      }
    }
    return out;
  }

  /** Whether the setting's value stands among the subject's words ("num_leaves 31->63", not "X with num_leaves=63"). */
  private static boolean inSubject(Setting setting, List<Token> main) {
    return main.contains(setting.first()) || setting.name().stream().anyMatch(main::contains);
  }

  private static boolean namesSetting(Setting value) {
    return value.name().stream().anyMatch(t -> t.is(WordKind.PARAM));
  }

  /** Whether the segment introduces something: a verb that adds, or a replacement. */
  private static boolean introduces(List<Token> core, Replacement replacement) {
    return replacement != null || core.stream().anyMatch(t -> t.is(WordKind.ADD));
  }

  /** The first word of direction that names the setting it moves ({@code deeper}: depth), or null. */
  private Token impliedSetting(List<Token> core) {
    for (Token t : core) {
      if ((t.is(WordKind.UP) || t.is(WordKind.DOWN)) && vocabulary.isNamed(t.norm())) {
        return t;
      }
    }
    return null;
  }

  private static ChangeAction leadingAction(List<Token> core) {
    for (Token t : core) {
      if (t.isWord() && t.kind().names()) {
        return ChangeAction.ADD;
      }
      if (t.is(WordKind.REMOVE)) {
        return ChangeAction.REMOVE;
      }
    }
    return ChangeAction.ADD;
  }

  private static Direction direction(List<Token> core) {
    for (Token t : core) {
      if (t.is(WordKind.UP)) {
        return Direction.UP;
      }
      if (t.is(WordKind.DOWN)) {
        return Direction.DOWN;
      }
    }
    return Direction.NONE;
  }

  /**
   * The words of a qualifier that say which component a change is applied to: specific words and
   * heads ({@code "on the embeddings"}, {@code "of the network weights"}), but not heads that mean the
   * whole model ({@code "in the network"}).
   */
  private List<String> where(List<Token> qualifier) {
    List<String> out = new ArrayList<>(norms(qualifier, true));
    norms(qualifier, false).stream().filter(w -> !vocabulary.meansWhole(w) && !out.contains(w)).forEach(out::add);
    return out;
  }

  /** Normalised words that name something: specific ones, or generic heads. */
  static List<String> norms(List<Token> tokens, boolean specific) {
    List<String> out = new ArrayList<>();
    for (Token t : tokens) {
      if (t.isWord() && t.kind().names() && t.kind().specific() == specific && !out.contains(t.norm())) {
        out.add(t.norm());
      }
    }
    return out;
  }

  /** The naming words of {@code tokens} as written: words joined in the text by _ or - stay joined. */
  private static String label(List<Token> tokens, String focus) {
    StringBuilder sb = new StringBuilder();
    Token previous = null;
    for (Token t : tokens) {
      if (!t.isWord() || !t.kind().names()) {
        continue;
      }
      boolean joined = previous != null && t.start() >= previous.end()
          && focus.substring(previous.end(), t.start()).matches("[_\\-]+");
      sb.append(previous == null ? "" : joined ? focus.substring(previous.end(), t.start()) : " ").append(t.raw());
      previous = t;
    }
    return sb.toString();
  }
}
