package dev.postmortem.markdown.internal;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Keeps block text inside its section. The writer puts block text (CommonMark source) directly
 * under a heading, and the reader takes back the lines up to the next heading; that holds only if
 * CommonMark ends every block of the text before that heading. Whether it does is asked of the
 * reader's own parser, so the answer is CommonMark's, not an approximation of it; only text whose
 * every line is empty or starts with a letter is let through without asking ({@link #paragraphs}),
 * because no block but a paragraph starts that way. A text that
 * would run on (a fence left open, an HTML block that hides one, a list item owning later lines, a
 * heading only CommonMark sees) is written instead as the content of a tilde fence longer than
 * any run of tildes in it, which nothing inside can close, with the info string
 * {@value #INFO}. The reader takes such a fence off again. A text that itself has that shape is
 * fenced too, so that reading back is exact for every text.
 */
final class BlockText {
  /** The info string of a fence that holds block text verbatim. */
  static final String INFO = "markdown verbatim";

  private BlockText() {}

  /** Returns {@code text} as it is written under a heading: as is, or fenced. */
  static String contain(String text) {
    if (paragraphs(text) || staysInside(text) && uncontain(text).equals(text)) {
      return text;
    }
    return fence(text);
  }

  /** Returns {@code text} fenced, for text that holds a line its section gives a meaning to. */
  static String fence(String text) {
    String fence = "~".repeat(Math.max(3, longestRun(text, '~') + 1));
    return fence + " " + INFO + "\n" + text + "\n" + fence;
  }

  /** Undoes {@link #contain(String)}: takes off the fence it may have added. */
  static String uncontain(String source) {
    int firstEnd = source.indexOf('\n');
    int lastStart = source.lastIndexOf('\n');
    if (firstEnd < 0 || firstEnd == lastStart) {
      return source;
    }
    String first = source.substring(0, firstEnd);
    String fence = source.substring(lastStart + 1);
    if (fence.length() < 3 || longestRun(fence, '~') != fence.length()
        || !first.equals(fence + " " + INFO)) {
      return source;
    }
    return source.substring(firstEnd + 1, lastStart);
  }

  /**
   * Returns whether CommonMark, reading {@code text} between two level-2 headings as a document
   * places it, ends all of its blocks before the second heading and finds no heading of the
   * section levels (1 to 3) in it.
   */
  static boolean staysInside(String text) {
    int nextHeadingLine = 2 + lineCount(text) + 1;
    Node document = MarkdownReader.PARSER.parse("## A\n\n" + text + "\n\n## B\n");
    for (Node node = document.getFirstChild().getNext(); node != null; node = node.getNext()) {
      if (node instanceof Heading heading && heading.getLevel() <= 3) {
        return heading.getLevel() == 2 && node.getNext() == null
            && SourceText.firstLine(heading) == nextHeadingLine;
      }
    }
    return false;
  }

  /**
   * Returns whether every line of {@code text} is empty or starts with a letter, which makes it
   * paragraphs that {@link #staysInside} would accept without asking the parser: every block
   * start, indentation, table delimiter row and setext underline begins with something else. It
   * must not end with a blank line (the reader would not keep it), and a carriage return, which
   * CommonMark reads as a line end, sends it to the parser.
   */
  static boolean paragraphs(String text) {
    if (text.isEmpty() || text.charAt(text.length() - 1) == '\n' || text.indexOf('\r') >= 0) {
      return false;
    }
    int start = 0;
    while (true) {
      int end = text.indexOf('\n', start);
      if (end != start && !Character.isLetter(text.charAt(start))) {
        return false;
      }
      if (end < 0) {
        return true;
      }
      start = end + 1;
    }
  }

  private static int lineCount(String text) {
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
  }

  private static int longestRun(String text, char c) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = text.charAt(i) == c ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  }
}
