package dev.postmortem.internal;

/**
 * The model's text rules (SPEC §3, "Text"): what inline and block text may hold so that every
 * format can carry it unchanged. Each check returns {@code null} when the text is fine, or a
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
    for (int i = 0; i < text.length(); i++) {
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
    return edge != null ? edge : headingProblem(text);
  }

  /**
   * Checks a link (a URL or a reference such as a ticket id): inline text with no white space.
   *
   * @return {@code null} when the link is valid, else what is wrong with it
   */
  public static String linkProblem(String link) {
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

  /**
   * Scans the top-level lines of block text the way a CommonMark parser opens blocks: refuses
   * headings of the section levels, and fenced code or HTML blocks (CommonMark kinds 1 to 5) left
   * open, which would swallow the sections that follow the text in a document.
   */
  private static String headingProblem(String text) {
    String[] lines = text.split("\n", -1);
    String fence = null;
    int fenceLine = 0;
    HtmlBlock html = null;
    int htmlLine = 0;
    boolean previousIsText = false;
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      if (html != null) {
        if (html.endsOn(line)) {
          html = null;
        }
        previousIsText = false;
        continue;
      }
      String body = stripIndent(line);
      if (body == null) { // indented code: four or more spaces
        previousIsText = !isBlankLine(line) && previousIsText;
        continue;
      }
      if (fence != null) {
        if (closesFence(body, fence)) {
          fence = null;
        }
        previousIsText = false;
        continue;
      }
      String opening = openingFence(body);
      if (opening != null) {
        fence = opening;
        fenceLine = n + 1;
        previousIsText = false;
        continue;
      }
      HtmlBlock opened = HtmlBlock.openedBy(body);
      if (opened != null) {
        if (!opened.endsOn(body)) {
          html = opened;
          htmlLine = n + 1;
        }
        previousIsText = false;
        continue;
      }
      int level = atxLevel(body);
      if (level > 0 && level <= DEEPEST_SECTION_LEVEL) {
        return headingMessage(level, n + 1, line);
      }
      if (previousIsText && isSetextUnderline(body)) {
        return headingMessage(body.charAt(0) == '=' ? 1 : 2, n, lines[n - 1]);
      }
      previousIsText = !isBlankLine(body);
    }
    if (fence != null) {
      return "must close the fenced code block opened on line " + fenceLine + " (" + fence
          + "): left open, it would take in everything after the text";
    }
    if (html != null) {
      return "must close the HTML block opened on line " + htmlLine + " (with " + html.end
          + "): left open, it would take in everything after the text";
    }
    return null;
  }

  /** The CommonMark HTML blocks that run until an end marker rather than a blank line. */
  private enum HtmlBlock {
    RAW("</script>, </pre>, </style> or </textarea>"),
    COMMENT("-->"),
    PROCESSING_INSTRUCTION("?>"),
    CDATA("]]>"),
    DECLARATION(">");

    private final String end;

    HtmlBlock(String end) {
      this.end = end;
    }

    static HtmlBlock openedBy(String body) {
      String lower = body.toLowerCase(java.util.Locale.ROOT);
      for (String tag : new String[] {"<script", "<pre", "<style", "<textarea"}) {
        if (lower.startsWith(tag) && (lower.length() == tag.length()
            || " \t>".indexOf(lower.charAt(tag.length())) >= 0)) {
          return RAW;
        }
      }
      if (body.startsWith("<!--")) {
        return COMMENT;
      }
      if (body.startsWith("<?")) {
        return PROCESSING_INSTRUCTION;
      }
      if (body.startsWith("<![CDATA[")) {
        return CDATA;
      }
      if (body.length() > 2 && body.startsWith("<!") && isAsciiLetter(body.charAt(2))) {
        return DECLARATION;
      }
      return null;
    }

    /**
     * Whether {@code line} holds this block's end marker. CommonMark looks for it anywhere in the
     * line, the opening line too, so that {@code <?>} and {@code <!-->} end where they start.
     */
    boolean endsOn(String line) {
      String lower = line.toLowerCase(java.util.Locale.ROOT);
      switch (this) {
        case RAW:
          return lower.contains("</script>") || lower.contains("</pre>")
              || lower.contains("</style>") || lower.contains("</textarea>");
        case COMMENT:
          return line.contains("-->");
        case PROCESSING_INSTRUCTION:
          return line.contains("?>");
        case CDATA:
          return line.contains("]]>");
        default:
          return line.indexOf('>') >= 0;
      }
    }

    private static boolean isAsciiLetter(char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
  }

  private static String headingMessage(int level, int lineNumber, String line) {
    String shown = line.length() > 40 ? line.substring(0, 40) + "…" : line;
    return "must not contain a heading of level " + level + " (line " + lineNumber + ": \""
        + shown + "\"): levels 1 to " + DEEPEST_SECTION_LEVEL
        + " are the document's sections; use level 4 or deeper";
  }

  /** Returns the line without up to three leading spaces, or null if it is indented code. */
  private static String stripIndent(String line) {
    int spaces = 0;
    while (spaces < line.length() && line.charAt(spaces) == ' ') {
      spaces++;
    }
    if (spaces >= 4 || (spaces < line.length() && line.charAt(spaces) == '\t')) {
      return isBlankLine(line) ? "" : null;
    }
    return line.substring(spaces);
  }

  private static int atxLevel(String body) {
    int level = 0;
    while (level < body.length() && body.charAt(level) == '#') {
      level++;
    }
    if (level == 0 || level > 6) {
      return 0;
    }
    return level == body.length() || body.charAt(level) == ' ' || body.charAt(level) == '\t'
        ? level
        : 0;
  }

  private static boolean isSetextUnderline(String body) {
    String trimmed = stripTrailingBlanks(body);
    if (trimmed.isEmpty()) {
      return false;
    }
    char marker = trimmed.charAt(0);
    if (marker != '=' && marker != '-') {
      return false;
    }
    return trimmed.chars().allMatch(c -> c == marker);
  }

  private static String openingFence(String body) {
    if (body.startsWith("```") || body.startsWith("~~~")) {
      char marker = body.charAt(0);
      int length = 0;
      while (length < body.length() && body.charAt(length) == marker) {
        length++;
      }
      if (marker == '`' && body.indexOf('`', length) >= 0) {
        return null; // a backtick fence's info string may not hold a backtick
      }
      return body.substring(0, length);
    }
    return null;
  }

  private static boolean closesFence(String body, String fence) {
    String trimmed = stripTrailingBlanks(body);
    return trimmed.length() >= fence.length()
        && trimmed.chars().allMatch(c -> c == fence.charAt(0));
  }

  /**
   * Returns whether a line is blank as CommonMark sees it: spaces and tabs only. Java's notion is
   * wider (U+2000, U+205F, U+3000, …); for CommonMark those are text, which may continue a
   * paragraph into a setext underline, or keep a fence from closing.
   */
  private static boolean isBlankLine(String line) {
    return stripTrailingBlanks(line).isEmpty();
  }

  /** Returns {@code text} without the spaces and tabs at its end, the only ones CommonMark drops. */
  private static String stripTrailingBlanks(String text) {
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
      end--;
    }
    return text.substring(0, end);
  }

  private static String codePoint(int c) {
    return String.format("U+%04X", c);
  }
}
