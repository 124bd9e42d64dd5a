package dev.postmortem.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what in block text would break the document around it: a heading of the levels a
 * document uses for its sections (1 to 3), and a fenced code block or an HTML block of CommonMark
 * kinds 1 to 5 left open, which would take in the sections that follow. The api has no Markdown
 * parser, so this is a scan of the top-level lines that opens blocks as CommonMark does: fenced
 * and indented code, the seven kinds of HTML block, block quotes and list items (whose lines, and
 * lazy continuations, are not top-level), paragraphs and their setext underlines.
 *
 * <p>It never accepts a text that CommonMark would let out of its section, which render-markdown's
 * tests check against commonmark-java over generated texts. It does not read link reference
 * definitions: it takes {@code [a]: /url} for a paragraph, so an underline after one is refused as
 * a heading though CommonMark sees none; the message names the line.
 */
final class BlockScanner {
  // The patterns are commonmark-java's, so that they agree with it to the end of the line: $ also
  // matches before a final U+2028 or U+2029, which CommonMark does not count as a line ending.
  private static final Pattern RAW_TAG = Pattern.compile("<(?:script|pre|style|textarea)(?:\\s|>|$)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BLOCK_TAG = Pattern.compile("</?(?:address|article|aside|base|basefont"
      + "|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset"
      + "|figcaption|figure|footer|form|frame|frameset|h1|h2|h3|h4|h5|h6|head|header|hr|html|iframe"
      + "|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section"
      + "|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:\\s|/?>|$)",
      Pattern.CASE_INSENSITIVE);
  private static final String ATTRIBUTE =
      "\\s+[a-zA-Z_:][a-zA-Z0-9:._-]*(?:\\s*=\\s*(?:[^\"'=<>`\\x00-\\x20]+|'[^']*'|\"[^\"]*\"))?";
  /** A complete open or closing tag alone on its line: an HTML block of kind 7. */
  private static final Pattern LONE_TAG = Pattern.compile("(?:<[A-Za-z][A-Za-z0-9-]*(?:" + ATTRIBUTE
      + ")*+\\s*/?>|</[A-Za-z][A-Za-z0-9-]*\\s*>)\\s*$");
  private static final Pattern LIST_MARKER = Pattern.compile("(?:[-+*]|([0-9]{1,9})[.)])(?=[ \\t]|\\z)");

  /** The document and the block quotes and list items open in it, outermost first. */
  private final List<Container> open = new ArrayList<>();

  private BlockScanner() {
    open.add(new Container(Kind.DOCUMENT, 0));
  }

  /** Returns what in {@code text} would break its section, or {@code null}. */
  static String problem(String text) {
    BlockScanner scanner = new BlockScanner();
    String[] lines = text.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String problem = scanner.line(n + 1, lines[n], n == 0 ? "" : lines[n - 1]);
      if (problem != null) {
        return problem;
      }
    }
    Container document = scanner.open.get(0);
    if (document.leaf == Leaf.FENCE) {
      return "must close the fenced code block opened on line " + document.openedOn + " ("
          + document.fence + "): left open, it would take in everything after the text";
    }
    if (document.leaf == Leaf.HTML && document.html != HtmlBlock.UNTIL_BLANK_LINE) {
      return "must close the HTML block opened on line " + document.openedOn + " (with "
          + document.html.end + "): left open, it would take in everything after the text";
    }
    return null;
  }

  /** Reads line {@code number} as CommonMark does; returns a problem it makes, or null. */
  private String line(int number, String line, String previous) {
    Cursor rest = new Cursor(line, 0, 0);
    int matched = 1;
    while (matched < open.size()) {
      Cursor after = open.get(matched).continuedBy(rest);
      if (after == null) {
        break;
      }
      rest = after;
      matched++;
    }
    Container innermost = open.get(open.size() - 1);
    if (matched < open.size()) {
      if (innermost.leaf == Leaf.PARAGRAPH && !rest.isBlank() && !interruptsParagraph(rest)) {
        return null; // a lazy continuation line of the paragraph
      }
      while (open.size() > matched) {
        open.remove(open.size() - 1);
      }
      innermost = open.get(open.size() - 1);
      innermost.leaf = Leaf.NONE;
    }
    Container c = innermost;
    switch (c.leaf) {
      case FENCE:
        if (rest.indent() < 4 && closesFence(rest.body(), c.fence)) {
          c.leaf = Leaf.NONE;
        }
        return null;
      case HTML:
        if (c.html == HtmlBlock.UNTIL_BLANK_LINE ? rest.isBlank() : c.html.endsOn(rest.text())) {
          c.leaf = Leaf.NONE;
        }
        return null;
      default:
        break;
    }
    while (true) {
      if (rest.isBlank()) {
        if (c.kind == Kind.ITEM && !c.hasContent) {
          c.blankFirst = true;
        }
        c.leaf = c.leaf == Leaf.CODE ? Leaf.CODE : Leaf.NONE;
        return null;
      }
      c.hasContent = true;
      if (rest.indent() >= 4) {
        if (c.leaf != Leaf.PARAGRAPH) {
          c.leaf = Leaf.CODE;
        }
        return null;
      }
      String body = rest.body();
      boolean afterParagraph = c.leaf == Leaf.PARAGRAPH;
      if (body.startsWith(">")) {
        c.leaf = Leaf.NONE;
        c = push(new Container(Kind.QUOTE, 0));
        rest = rest.afterQuoteMarker();
        continue;
      }
      int level = atxLevel(body);
      if (level > 0) {
        if (c.kind == Kind.DOCUMENT && level <= TextRules.DEEPEST_SECTION_LEVEL) {
          return headingMessage(level, number, line);
        }
        c.leaf = Leaf.NONE;
        return null;
      }
      String opening = openingFence(body);
      if (opening != null) {
        c.leaf = Leaf.FENCE;
        c.fence = opening;
        c.openedOn = number;
        return null;
      }
      HtmlBlock html = HtmlBlock.openedBy(body, afterParagraph);
      if (html != null) {
        boolean endsHere = html != HtmlBlock.UNTIL_BLANK_LINE && html.endsOn(body);
        c.leaf = endsHere ? Leaf.NONE : Leaf.HTML;
        c.html = html;
        c.openedOn = number;
        return null;
      }
      if (afterParagraph && isSetextUnderline(body)) {
        if (c.kind == Kind.DOCUMENT) {
          return headingMessage(body.charAt(0) == '=' ? 1 : 2, number - 1, previous);
        }
        c.leaf = Leaf.NONE;
        return null;
      }
      if (isThematicBreak(body)) {
        c.leaf = Leaf.NONE;
        return null;
      }
      Cursor item = rest.afterListMarker(afterParagraph);
      if (item != null) {
        c.leaf = Leaf.NONE;
        c = push(new Container(Kind.ITEM, item.column));
        rest = item;
        if (rest.isBlank()) {
          return null; // an item that starts empty
        }
        continue;
      }
      c.leaf = Leaf.PARAGRAPH;
      return null;
    }
  }

  private Container push(Container container) {
    open.add(container);
    return container;
  }

  /**
   * Whether the rest of a line that misses a container's marker or indentation starts a block
   * where it stands, which ends the paragraph it would otherwise continue lazily. Its container
   * holds no paragraph, so any list item may start; an HTML block of kind 7 may not, as the
   * paragraph could take the line, and an underline is taken as text.
   */
  private static boolean interruptsParagraph(Cursor rest) {
    if (rest.indent() >= 4) {
      return false;
    }
    String body = rest.body();
    return body.startsWith(">") || openingFence(body) != null || atxLevel(body) > 0
        || isThematicBreak(body) || HtmlBlock.openedBy(body, true) != null
        || rest.afterListMarker(false) != null;
  }

  private enum Kind { DOCUMENT, QUOTE, ITEM }

  /** The open leaf block at the end of a container: what decides how its next line is read. */
  private enum Leaf { NONE, PARAGRAPH, FENCE, HTML, CODE }

  /** The document, a block quote or a list item, with the state of its last block. */
  private static final class Container {
    private final Kind kind;
    /** For a list item, the column its content starts at. */
    private final int content;
    private Leaf leaf = Leaf.NONE;
    private String fence;
    private HtmlBlock html;
    /** The line its open fence or HTML block started on. */
    private int openedOn;
    private boolean hasContent;
    private boolean blankFirst;

    Container(Kind kind, int content) {
      this.kind = kind;
      this.content = content;
    }

    /** Returns the rest of the line inside this container, or null if the line does not go on in it. */
    Cursor continuedBy(Cursor rest) {
      if (kind == Kind.QUOTE) {
        return rest.indent() < 4 && rest.body().startsWith(">") ? rest.afterQuoteMarker() : null;
      }
      if (rest.isBlank()) {
        // An item may begin with at most one blank line: an empty item ends at the second.
        return blankFirst && !hasContent ? null : rest;
      }
      if (!hasContent && blankFirst) {
        return null; // an item that started empty, then a blank line, ended there
      }
      return rest.indent() >= content - rest.column ? rest.skip(content - rest.column) : null;
    }
  }

  /**
   * The part of a line not yet read: {@code text} from index {@code at}, which is at column
   * {@code column} of the line (a tab counts to the next multiple of 4).
   */
  private record Cursor(String line, int at, int column) {

    String text() {
      return line.substring(at);
    }

    boolean isBlank() {
      return BlockScanner.isBlank(text());
    }

    /** The columns of spaces and tabs at the start. */
    int indent() {
      return columnsAfter(line, at, column);
    }

    /** The text after its indentation. */
    String body() {
      return stripLeadingBlanks(text());
    }

    /** Returns the cursor {@code columns} columns on, within the leading spaces and tabs. */
    Cursor skip(int columns) {
      int i = at;
      int col = column;
      while (i < line.length() && col < column + columns) {
        char c = line.charAt(i);
        int width = c == '\t' ? 4 - col % 4 : 1;
        if (col + width > column + columns) {
          // Part of a tab is left: it reads as that many spaces.
          String left = " ".repeat(col + width - column - columns) + line.substring(i + 1);
          return new Cursor(left, 0, column + columns);
        }
        col += width;
        i++;
      }
      return new Cursor(line, i, col);
    }

    /** After a block quote's {@code >} (indented less than 4) and one column of space after it. */
    Cursor afterQuoteMarker() {
      int indent = indent();
      Cursor marker = skip(indent);
      Cursor after = new Cursor(marker.line, marker.at + 1, marker.column + 1);
      return after.indent() > 0 ? after.skip(1) : after;
    }

    /**
     * After a list item's marker and the spaces that set its content column, with the column
     * there; null if no item starts here (only a non-empty bullet or {@code 1.} item interrupts a
     * paragraph).
     */
    Cursor afterListMarker(boolean afterParagraph) {
      if (indent() >= 4) {
        return null;
      }
      Cursor start = skip(indent());
      if (start.at >= start.line.length() || "-+*0123456789".indexOf(start.line.charAt(start.at)) < 0) {
        return null;
      }
      Matcher marker = LIST_MARKER.matcher(start.text());
      if (!marker.lookingAt() || isThematicBreak(start.text())) {
        return null;
      }
      Cursor afterMarker = new Cursor(start.line, start.at + marker.end(), start.column + marker.end());
      boolean empty = afterMarker.isBlank();
      if (afterParagraph && (empty || (marker.group(1) != null && !marker.group(1).equals("1")))) {
        return null;
      }
      int spaces = afterMarker.indent();
      if (empty) {
        return new Cursor("", 0, afterMarker.column + 1);
      }
      return spaces > 4 ? afterMarker.skip(1) : afterMarker.skip(spaces);
    }
  }

  /** The CommonMark HTML blocks: kinds 1 to 5 run to an end marker, 6 and 7 to a blank line. */
  private enum HtmlBlock {
    RAW("</script>, </pre>, </style> or </textarea>"),
    COMMENT("-->"),
    PROCESSING_INSTRUCTION("?>"),
    CDATA("]]>"),
    DECLARATION(">"),
    UNTIL_BLANK_LINE("a blank line");

    private final String end;

    HtmlBlock(String end) {
      this.end = end;
    }

    /** Returns the block {@code body} opens; kind 7 does not interrupt a paragraph. */
    static HtmlBlock openedBy(String body, boolean afterParagraph) {
      if (body.isEmpty() || body.charAt(0) != '<') {
        return null;
      }
      if (RAW_TAG.matcher(body).lookingAt()) {
        return RAW;
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
      if (BLOCK_TAG.matcher(body).lookingAt()
          || (!afterParagraph && LONE_TAG.matcher(body).lookingAt())) {
        return UNTIL_BLANK_LINE;
      }
      return null;
    }

    /**
     * Whether {@code line} holds this block's end marker. CommonMark looks for it anywhere in the
     * line, the opening line too, so that {@code <?>} and {@code <!-->} end where they start.
     */
    boolean endsOn(String line) {
      String lower = line.toLowerCase(Locale.ROOT);
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
        case DECLARATION:
          return line.indexOf('>') >= 0;
        default:
          return isBlank(line);
      }
    }

    private static boolean isAsciiLetter(char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
  }

  private static String headingMessage(int level, int lineNumber, String line) {
    String shown = line.length() > 40 ? line.substring(0, 40) + "…" : line;
    return "must not contain a heading of level " + level + " (line " + lineNumber + ": \""
        + shown + "\"): levels 1 to " + TextRules.DEEPEST_SECTION_LEVEL
        + " are the document's sections; use level 4 or deeper";
  }

  /** Returns the columns of white space at the start of {@code line}, a tab to the next stop of 4. */
  private static int indent(String line) {
    return columnsAfter(line, 0, 0);
  }

  /**
   * Returns the columns of spaces and tabs in {@code line} from index {@code from}, which is at
   * column {@code column}.
   */
  private static int columnsAfter(String line, int from, int column) {
    int end = column;
    for (int i = from; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ') {
        end++;
      } else if (c == '\t') {
        end += 4 - end % 4;
      } else {
        break;
      }
    }
    return end - column;
  }

  /**
   * Returns whether {@code body} is the start of a level 1 to 6 ATX heading: up to six
   * {@code #}, then a space, a tab or the end of the line.
   */
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

  /** Three or more {@code *}, {@code -} or {@code _}, the same, with spaces and tabs between. */
  private static boolean isThematicBreak(String body) {
    if (body.isEmpty() || "*-_".indexOf(body.charAt(0)) < 0) {
      return false;
    }
    char marker = body.charAt(0);
    int count = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == marker) {
        count++;
      } else if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return count >= 3;
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
  private static boolean isBlank(String line) {
    return stripTrailingBlanks(line).isEmpty();
  }

  /** Returns {@code text} without the spaces and tabs at its start: CommonMark's indentation. */
  private static String stripLeadingBlanks(String text) {
    int start = 0;
    while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
      start++;
    }
    return text.substring(start);
  }

  /** Returns {@code text} without the spaces and tabs at its end, the only ones CommonMark drops. */
  private static String stripTrailingBlanks(String text) {
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
      end--;
    }
    return text.substring(0, end);
  }
}
