package dev.postmortem.markdown.internal;

import dev.postmortem.CustomSection;
import dev.postmortem.InvalidPostmortemException;
import dev.postmortem.Priority;
import dev.postmortem.Severity;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the importer reads values that people write by hand: headings with numbers and emoji,
 * dates in a few common spellings, severities such as {@code SEV1}, labels in bold or not. Each
 * method reads one value and returns empty when it cannot, so that the caller keeps the text.
 */
final class HandWritten {
  private static final List<DateTimeFormatter> DATES = List.of(
      DateTimeFormatter.ISO_LOCAL_DATE,
      formatter("yyyy/M/d"),
      formatter("MMMM d, uuuu"),
      formatter("MMM d, uuuu"),
      formatter("d MMMM uuuu"),
      formatter("d MMM uuuu"),
      formatter("EEEE, MMMM d, uuuu"),
      formatter("EEE, MMM d, uuuu"));
  /** Severity words of the critical / major / minor scale and of other languages, with their rank. */
  private static final Map<String, Integer> SEVERITY_WORDS = Map.ofEntries(
      Map.entry("major", 2), Map.entry("minor", 3), Map.entry("critique", 1), Map.entry("majeur", 2),
      Map.entry("majeure", 2), Map.entry("mineur", 3), Map.entry("crítico", 1), Map.entry("crítica", 1),
      Map.entry("kritisch", 1), Map.entry("critica", 1), Map.entry("alta", 2), Map.entry("alto", 2),
      Map.entry("media", 3), Map.entry("média", 3), Map.entry("bassa", 4), Map.entry("baixa", 4),
      Map.entry("baja", 4), Map.entry("élevée", 2), Map.entry("moyenne", 3), Map.entry("faible", 4),
      Map.entry("hoch", 2), Map.entry("mittel", 3), Map.entry("niedrig", 4), Map.entry("kritiek", 1),
      Map.entry("hoog", 2), Map.entry("gemiddeld", 3), Map.entry("laag", 4));
  /** Emoji shortcodes before a heading's words: {@code :fire: Timeline}. */
  private static final Pattern EMOJI_CODES = Pattern.compile("^(?:[^A-Za-z]*:[a-z0-9_+-]+:)+");
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final Pattern SEV = Pattern.compile("(?i)sev(?:erity)?[ -]?([0-9])");
  private static final Pattern P = Pattern.compile("(?i)p([0-9])");
  /** Bugzilla's and Jira's S1 to S4. */
  private static final Pattern S = Pattern.compile("(?i)s([0-9])");
  private static final Pattern LABEL = Pattern.compile(
      "\\*\\*([^*\\n]{1,60}?)(?::\\*\\*|\\*\\*:)[ \\t]*(.*)|__([^_\\n]{1,60}?)(?::__|__:)[ \\t]*(.*)",
      Pattern.DOTALL);
  private static final Pattern PLAIN_LABEL = Pattern.compile("(\\p{L}[\\p{L} /'()-]{0,40}?):[ \\t]+(.*)",
      Pattern.DOTALL);

  private HandWritten() {}

  private static DateTimeFormatter formatter(String pattern) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
        .toFormatter(Locale.ENGLISH);
  }

  /**
   * Returns the key a heading is looked up by: lower case, without leading numbering, emoji or
   * other symbols, and without a trailing colon. A leading {@code &} or backslash is kept, because
   * the writer escapes a custom heading that names a known section with an entity.
   */
  static String headingKey(String heading) {
    if (heading.indexOf(':') >= 0) {
      heading = EMOJI_CODES.matcher(heading).replaceFirst("");
    }
    int i = 0;
    while (i < heading.length()) {
      int c = heading.codePointAt(i);
      if (Character.isLetter(c) || c == '&' || c == '\\') {
        break;
      }
      i += Character.charCount(c);
    }
    String key = heading.substring(i).strip();
    int end = key.length();
    while (end > 0 && !Character.isLetterOrDigit(key.charAt(end - 1)) && key.charAt(end - 1) != ')') {
      end--;
    }
    key = key.substring(0, end);
    return (singleSpaced(key) ? key : WHITE_SPACE.matcher(key).replaceAll(" ")).toLowerCase(Locale.ROOT);
  }

  /**
   * Returns whether {@code text} has no white space but single spaces, which {@link #WHITE_SPACE}
   * would leave as they are: most headings, and the regular expression was a few per cent of a
   * short document's render (the writer looks up every custom heading).
   */
  private static boolean singleSpaced(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' ? i > 0 && text.charAt(i - 1) == ' ' : c <= '\r' && c >= '\t') {
        return false;
      }
    }
    return true;
  }

  /** Returns a date in ISO form or a common English spelling ({@code March 14, 2024}). */
  static Optional<LocalDate> date(String text) {
    String t = unwrap(text);
    for (DateTimeFormatter format : DATES) {
      try {
        return Optional.of(LocalDate.parse(t, format));
      } catch (DateTimeParseException e) {
        // try the next spelling
      }
    }
    return Optional.empty();
  }

  /** Returns a severity: a standard label in any case, {@code SEV1}, {@code Sev 2}, {@code P1}. */
  static Optional<Severity> severity(String text) {
    String t = unwrap(text);
    Optional<Severity> whole = oneSeverity(t);
    if (whole.isPresent()) {
      return whole;
    }
    // "P2 (High)", "High (P2)", "SEV-2 - major": the first part that is a severity.
    for (String part : t.split("[()\\[\\]]|[ \\t]+[-—–:][ \\t]+|,")) {
      Optional<Severity> s = oneSeverity(part.strip());
      if (!part.isBlank() && s.isPresent()) {
        return s;
      }
    }
    return Optional.empty();
  }

  private static Optional<Severity> oneSeverity(String text) {
    String t = text.replaceAll("^[^\\p{L}\\p{N}]+", ""); // "🔴 Sev 1"
    Optional<Severity> standard = Severity.standard(t);
    if (standard.isPresent()) {
      return standard;
    }
    Matcher sev = SEV.matcher(t);
    if (sev.matches()) {
      return Severity.standard("sev-" + sev.group(1));
    }
    Integer rank = SEVERITY_WORDS.get(t.toLowerCase(Locale.ROOT));
    if (rank != null) {
      return Optional.of(Severity.of(t, rank)); // the word as written, on the usual three-level scale
    }
    Matcher s = S.matcher(t);
    if (s.matches()) {
      return Optional.of(Severity.of(t.toUpperCase(Locale.ROOT), Math.max(1, Integer.parseInt(s.group(1)))));
    }
    Matcher p = P.matcher(t);
    if (p.matches()) {
      // P0 is the worst of its scale, as rank 1 is of every scale; the label keeps it apart from P1.
      return Optional.of(Severity.of(t.toUpperCase(Locale.ROOT), Math.max(1, Integer.parseInt(p.group(1)))));
    }
    return Optional.empty();
  }

  /** Returns a priority: a standard label in any case ({@code High}, {@code p1}). */
  static Optional<Priority> priority(String text) {
    return Priority.standard(unwrap(text));
  }

  /** Returns {@code [label, value]} for {@code **Label:** value} or {@code **Label**: value}. */
  static String[] boldLabel(String text) {
    Matcher m = LABEL.matcher(text);
    if (!m.matches()) {
      return null;
    }
    return m.group(1) != null
        ? new String[] {oneLine(m.group(1)), oneLine(m.group(2))}
        : new String[] {oneLine(m.group(3)), oneLine(m.group(4))};
  }

  /** Returns {@code [label, value]} for {@code Label: value}, a short label without markup. */
  static String[] plainLabel(String text) {
    Matcher m = PLAIN_LABEL.matcher(text);
    return m.matches() ? new String[] {oneLine(m.group(1)), oneLine(m.group(2))} : null;
  }

  /** Removes one level of bold, italics or code around a value: {@code **sev-1**} is sev-1. */
  static String unwrap(String text) {
    String t = oneLine(text);
    for (String mark : new String[] {"**", "__", "*", "_", "`"}) {
      if (t.length() > 2 * mark.length() && t.startsWith(mark) && t.endsWith(mark)) {
        String inner = t.substring(mark.length(), t.length() - mark.length());
        if (!inner.contains(mark) && !oneLine(inner).isEmpty()) {
          return oneLine(inner);
        }
      }
    }
    return t;
  }

  /** Removes white space at either end, Unicode spaces included, as the model's text rules count it. */
  static String trim(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && isSpace(text.codePointAt(from))) {
      from += Character.charCount(text.codePointAt(from));
    }
    while (to > from && isSpace(text.codePointBefore(to))) {
      to -= Character.charCount(text.codePointBefore(to));
    }
    return text.substring(from, to);
  }

  private static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Joins the lines of a paragraph into one line, as Markdown renders a soft line break. */
  static String oneLine(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("[\n\u2028\u2029]")) {
      String l = trim(line);
      if (!l.isEmpty()) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(l);
      }
    }
    return out.toString();
  }

  /**
   * Returns {@code body} if the model takes it as block text; else the same text in a fenced code
   * block, which keeps every character (a heading inside a block quote, say, cannot be block text).
   */
  static String contained(String body) {
    if (body.isEmpty()) {
      return body;
    }
    try {
      CustomSection.of("x", body);
      return body;
    } catch (InvalidPostmortemException e) {
      String fence = "~~~";
      while (body.contains(fence)) {
        fence += "~";
      }
      return fence + "\n" + body + "\n" + fence;
    }
  }
}
