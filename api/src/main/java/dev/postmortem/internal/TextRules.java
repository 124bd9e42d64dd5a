package dev.postmortem.internal;

/**
 * The model's text rules: what inline and block text may hold so that every format can carry it
 * unchanged. Each check returns {@code null} when the text is fine, or a
 * message that names the offending character or line; {@link Violations} adds the field path.
 */
public final class TextRules {
  /** Section headings use levels 1 to 3 (title, section, subsection); block text must not. */
  static final int DEEPEST_SECTION_LEVEL = 3;

  private TextRules() {}

  /**
   * Checks inline text: one line of CommonMark inline source, not empty, no line break, no control
   * character other than tab, no unpaired surrogate, no white space at either end.
   *
   * @return {@code null} when the text is valid, else what is wrong with it
   */
  public static String inlineProblem(String text) {
    if (text.isEmpty()) {
      return "must not be empty";
    }
    // Printable ASCII, almost every character, needs none of the checks below.
    for (int i = printableAscii(text, ' '); i < text.length(); i++) {
      char c = text.charAt(i);
      if (isLineBreak(c)) {
        return "must be one line, found a line break " + codePoint(c) + " at column " + (i + 1);
      }
      String problem = characterProblem(text, i);
      if (problem != null) {
        return problem + " at column " + (i + 1);
      }
      if (Character.isHighSurrogate(c)) {
        i++;
      }
    }
    return edgeProblem(text);
  }

  /**
   * Checks block text: CommonMark block source with {@code \n} line endings, not empty, no control
   * character other than tab and line feed, no unpaired surrogate, no white space at either end,
   * and no heading of the levels a document uses for its sections (1 to 3), outside fenced code.
   *
   * @return {@code null} when the text is valid, else what is wrong with it, with line and column
   */
  public static String blockProblem(String text) {
    if (text.isEmpty()) {
      return "must not be empty";
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        lineStart = i + 1;
        continue;
      }
      String problem = characterProblem(text, i);
      if (problem != null) {
        return problem + " at line " + line + ", column " + (i - lineStart + 1);
      }
      if (Character.isHighSurrogate(c)) {
        i++;
      }
    }
    String edge = edgeProblem(text);
    return edge != null ? edge : BlockScanner.problem(text);
  }

  /**
   * Checks a link (a URL or a reference such as a ticket id): inline text with no white space.
   *
   * @return {@code null} when the link is valid, else what is wrong with it
   */
  public static String linkProblem(String link) {
    if (!link.isEmpty() && printableAscii(link, '!') == link.length()) {
      return null; // printable ASCII without a space: what a link almost always is
    }
    String problem = inlineProblem(link);
    if (problem != null) {
      return problem;
    }
    for (int i = 0; i < link.length(); i++) {
      if (isWhiteSpace(link.charAt(i))) {
        return "must not contain white space, found " + codePoint(link.charAt(i))
            + " at column " + (i + 1);
      }
    }
    return null;
  }

  /** Returns {@code text} with CRLF and lone CR line endings turned into LF. */
  public static String normalizeLineEndings(String text) {
    if (text == null || text.indexOf('\r') < 0) {
      return text;
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** Returns whether {@code c} counts as white space at the edge of text (Unicode spaces too). */
  static boolean isWhiteSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Returns the index of the first character of {@code text} outside {@code lowest} to U+007E. */
  private static int printableAscii(String text, char lowest) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < lowest || c > '~') {
        return i;
      }
    }
    return n;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
  }

  /**
   * Returns what is wrong with the character at {@code i}, without its position (the caller adds
   * it, only when there is a problem: building it for every character cost more than the check).
   */
  private static String characterProblem(String text, int i) {
    char c = text.charAt(i);
    if (c >= 0x20 && c < 0x7F) {
      return null; // printable ASCII, the common case
    }
    if (Character.isHighSurrogate(c)) {
      if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        return null;
      }
      return "must not contain an unpaired surrogate " + codePoint(c);
    }
    if (Character.isLowSurrogate(c)) {
      return "must not contain an unpaired surrogate " + codePoint(c);
    }
    if (c == '\r') {
      return "must use \\n line endings, found " + codePoint(c);
    }
    if ((c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F)) {
      return "must not contain control character " + codePoint(c);
    }
    return null;
  }

  private static String edgeProblem(String text) {
    int first = text.codePointAt(0);
    if (isWhiteSpace(first)) {
      return "must not start with white space, found " + codePoint(first);
    }
    int last = text.codePointBefore(text.length());
    if (isWhiteSpace(last)) {
      return "must not end with white space, found " + codePoint(last);
    }
    return null;
  }

  private static String codePoint(int c) {
    return String.format("U+%04X", c);
  }
}
