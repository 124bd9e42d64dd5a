package dev.postmortem.markdown.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The escapes that let inline text (CommonMark inline source) sit in the places a document puts
 * it without changing what it means there: at the start of a list item, at the end of a heading,
 * in a table cell, as a custom section heading. Each {@code escape} has an {@code unescape} that
 * undoes exactly what it added, so that {@code unescape(escape(t)).equals(t)} for every text;
 * they add a backslash or an entity only where a reader would otherwise see something else.
 */
final class Escapes {
  /** Lines that open a block other than a paragraph (ordered lists are handled apart). */
  private static final Pattern OPENS_BLOCK = Pattern.compile(
      "#{1,6}(?:[ \\t].*)?"                           // ATX heading
          + "|>.*"                                     // block quote
          + "|[-+*](?:[ \\t].*)?"                      // bullet list item
          + "|([-*_])[ \\t]*(?:\\1[ \\t]*){2,}"        // thematic break
          // Two dashes are enough in a bullet item: the list's own "- " makes the third.
          + "|-[ \\t]*(?:-[ \\t]*)+"
          + "|(?:```|~~~).*"                           // fenced code
          + "|<[A-Za-z/!?].*"                          // HTML block
          // A link reference definition; its label may hold escaped brackets: [\]]: x
          + "|\\[(?:[^\\]\\\\]|\\\\.)*\\]:.*"
          + "|\\[[ xX]\\](?:[ \\t].*)?",               // task list item
      Pattern.DOTALL);
  /** An ordered list marker, with the backslashes between its number and delimiter. */
  private static final Pattern ORDERED = Pattern.compile("([0-9]{1,9})(\\\\*)([.)])(?:[ \\t].*)?", Pattern.DOTALL);
  private static final Pattern LEADING_ENTITY = Pattern.compile("&#[xX]([0-9a-fA-F]{1,6});");

  private Escapes() {}

  /** Escapes text that starts a list item or a paragraph so that it stays a paragraph. */
  static String lineStart(String text) {
    // Every block marker, ordered-list number and backslash is a non-letter: most texts start
    // with a letter and need no regular expression.
    if (!text.isEmpty() && Character.isLetter(text.charAt(0))) {
      return text;
    }
    Matcher ordered = ORDERED.matcher(text);
    if (ordered.matches()) {
      return text.substring(0, ordered.end(1)) + "\\" + text.substring(ordered.end(1));
    }
    int backslashes = leadingBackslashes(text);
    return OPENS_BLOCK.matcher(text.substring(backslashes)).matches() ? "\\" + text : text;
  }

  /** Undoes {@link #lineStart(String)}. */
  static String unescapeLineStart(String source) {
    Matcher ordered = ORDERED.matcher(source);
    if (ordered.matches() && ordered.group(2).length() > 0) {
      return source.substring(0, ordered.end(1)) + source.substring(ordered.end(1) + 1);
    }
    int backslashes = leadingBackslashes(source);
    if (backslashes > 0 && OPENS_BLOCK.matcher(source.substring(backslashes)).matches()) {
      return source.substring(1);
    }
    return source;
  }

  /**
   * Escapes the text of an ATX heading: a final {@code #} would read as a closing sequence. A
   * text that ends with {@code \#} gets a backslash too, so that the unescape is exact.
   */
  static String headingEnd(String text) {
    return text.endsWith("#") ? text.substring(0, text.length() - 1) + "\\#" : text;
  }

  /** Undoes {@link #headingEnd(String)}. */
  static String unescapeHeadingEnd(String source) {
    return source.endsWith("\\#") ? source.substring(0, source.length() - 2) + "#" : source;
  }

  /** Escapes the pipes of a table cell; GFM removes one backslash before each pipe. */
  static String cell(String text) {
    if (text.indexOf('|') < 0) {
      return text;
    }
    StringBuilder escaped = new StringBuilder(text.length() + 4);
    appendCell(escaped, text);
    return escaped.toString();
  }

  /** Appends {@link #cell(String) cell(text)} to {@code out}: the one place pipes are escaped. */
  static void appendCell(StringBuilder out, String text) {
    int from = 0;
    for (int bar = text.indexOf('|'); bar >= 0; bar = text.indexOf('|', from)) {
      out.append(text, from, bar).append("\\|");
      from = bar + 1;
    }
    if (from == 0) {
      out.append(text);
    } else {
      out.append(text, from, text.length());
    }
  }

  /**
   * Escapes a custom section heading that a reader would take for one of the sections it knows,
   * by writing its first character as a numeric entity: it looks the same, reads as unknown.
   */
  static String customHeading(String text, boolean known) {
    if (!known && !LEADING_ENTITY.matcher(text).lookingAt()) {
      return text;
    }
    int first = text.codePointAt(0);
    return "&#x" + Integer.toHexString(first).toUpperCase(java.util.Locale.ROOT) + ";"
        + text.substring(Character.charCount(first));
  }

  /** Undoes {@link #customHeading(String, boolean)}. */
  static String unescapeCustomHeading(String source) {
    Matcher entity = LEADING_ENTITY.matcher(source);
    if (!entity.lookingAt()) {
      return source;
    }
    int codePoint = Integer.parseInt(entity.group(1), 16);
    if (!Character.isValidCodePoint(codePoint) || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
      return source;
    }
    return new String(Character.toChars(codePoint)) + source.substring(entity.end());
  }

  private static int leadingBackslashes(String text) {
    int n = 0;
    while (n < text.length() && text.charAt(n) == '\\') {
      n++;
    }
    return n;
  }
}
