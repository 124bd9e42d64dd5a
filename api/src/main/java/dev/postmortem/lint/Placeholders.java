package dev.postmortem.lint;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What counts as an unfilled template placeholder: the one definition that the linter and the
 * Markdown importer share, so that a value the importer reads as empty is exactly a value the
 * linter would have reported.
 *
 * <p>A placeholder is, after trimming: {@code ...} or {@code …}; {@code TBD} or {@code TODO}; text
 * made only of bracketed parts and punctuation ({@code [Name]}, {@code [Start Time] - [End Time]}),
 * where a bracket followed by {@code (} or {@code [} is a link and not a placeholder; a date or time
 * mask ({@code YYYY-MM-DD}, {@code HH:MM}); or a generic handle such as {@code @owner} or
 * {@code @incident-commander}. What is a placeholder in a given format's markup, such as a Markdown
 * paragraph wholly in italics, is that format's to say.
 */
public final class Placeholders {
  private static final Set<String> WORDS = Set.of("...", "…", "tbd", "todo", "tbc", "xxx");
  private static final Set<String> HANDLES = Set.of("@owner", "@name", "@person", "@someone",
      "@username", "@handle", "@team", "@oncall", "@on-call", "@incident-commander", "@assignee",
      "@author", "@responder");
  private static final Pattern MASK = Pattern.compile(
      "(?:YYYY-MM-DD|DD/MM/YYYY|MM/DD/YYYY)(?:[ T]HH:MM(?::SS)?)?(?: ?UTC)?|HH:MM(?::SS)?(?: ?UTC)?",
      Pattern.CASE_INSENSITIVE);

  private Placeholders() {}

  /**
   * {@return whether {@code text} is an unfilled placeholder as a whole, such as {@code [Name]},
   * {@code YYYY-MM-DD}, {@code ...} or {@code @owner}}
   *
   * @param text the text; not null
   */
  public static boolean isPlaceholder(String text) {
    String t = Objects.requireNonNull(text, "text must not be null").strip();
    if (t.isEmpty()) {
      return false;
    }
    if (t.startsWith("**") && t.endsWith("**") && t.length() > 4) {
      t = t.substring(2, t.length() - 2).strip();
    }
    String lower = t.toLowerCase(Locale.ROOT);
    if (WORDS.contains(lower) || HANDLES.contains(lower)) {
      return true;
    }
    if (MASK.matcher(t).matches()) {
      return true;
    }
    return onlyBrackets(t);
  }

  /** Text of bracketed parts and punctuation only, none of them a link. */
  private static boolean onlyBrackets(String t) {
    int brackets = 0;
    int i = 0;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (c == '[') {
        int close = t.indexOf(']', i + 1);
        if (close < 0 || t.substring(i + 1, close).strip().length() < 2) {
          return false; // not a bracket, or a task marker such as [ ] or [x]
        }
        if (close + 1 < t.length() && (t.charAt(close + 1) == '(' || t.charAt(close + 1) == '[')) {
          return false;
        }
        if (t.substring(i + 1, close).indexOf('[') >= 0) {
          return false;
        }
        brackets++;
        i = close + 1;
      } else if (Character.isLetterOrDigit(c)) {
        return false;
      } else {
        i++;
      }
    }
    return brackets > 0;
  }
}
