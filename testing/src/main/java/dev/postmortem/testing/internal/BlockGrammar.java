package dev.postmortem.testing.internal;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Draws CommonMark block source from a grammar of the constructs that decide where blocks end:
 * lines made of indentation, container markers (block quotes, bullet and ordered list items,
 * continuation indents), a leaf opener (ATX heading, setext underline, thematic break, fence,
 * HTML block of each of the seven kinds and its end marker, link reference definition, table
 * row, lines of Unicode spaces that Java calls white space and CommonMark does not) and a tail.
 * The text is not checked against the model's rules: a differential test wants the texts the
 * model refuses too. Zero draws give the plainest choice, so a shrunk case is a short one.
 */
public final class BlockGrammar {
  private static final List<String> INDENTS = List.of("", "", "", " ", "  ", "   ", "    ", "\t",
      "  \t", " \t");
  private static final List<String> CONTAINERS = List.of("> ", ">", "- ", "-", "* ", "+ ", "1. ",
      "1) ", "2. ", "10. ", "  ", "   ", "    ", "   > ", ">\t", "-\t", "- [ ] ");
  /** Characters that Java's strip and isBlank remove and CommonMark keeps as text. */
  private static final List<String> UNICODE_SPACES = List.of("\u2000", "\u2002", "\u2007", "\u200a",
      "\u205f", "\u3000", "\u1680", "\u2028", "\u2029", "\u00a0", "\ufeff");
  /** Control characters that Java's strip removes too; the model refuses them. */
  private static final List<String> CONTROLS = List.of("\u000b", "\u000c", "\u0085", "\u001c");
  private static final List<String> FENCES = List.of("```", "~~~", "````", "~~~~", "```js",
      "~~~ info `x`", "``` a`b", "`` `", "~~~~~", "```markdown verbatim", "~~~ markdown verbatim");
  private static final List<String> HTML = List.of(
      // kind 1: until </script>, </pre>, </style> or </textarea>
      "<script>", "<pre", "<style type=x>", "<textarea>", "</script>", "</pre>", "</style>",
      "</textarea>", "<PRE>",
      // kind 2 to 5: comment, processing instruction, declaration, CDATA, and their ends
      "<!--", "-->", "<!-->", "<!--->", "<?", "?>", "<?>", "<?php", "<!DOCTYPE", "<!Y", ">",
      "<![CDATA[", "]]>", "<!",
      // kind 6: a known block tag; kind 7: any complete tag; both end at a blank line
      "<div>", "</div>", "<details>", "</details>", "<table>", "<p/>", "<d>", "<a>",
      "<a href=\"x\">", "</a>", "<v>", "<x-y z='1'>", "<b", "<", "<>", "</>");
  /** HTML blocks of kinds 6 and 7, which run to the next blank line, hiding what is in them. */
  private static final List<String> BLANK_LINE_HTML = List.of("<div>", "<details>", "<d>", "<a>",
      "<v>", "</div>", "<table>", "<x-y z='1'>");
  private static final List<String> OWNERS = List.of("x", "<div>", "<d>", "<a>", "<details>",
      "<v>", "-", "- x", "1. x", "* x", "> x", "-\tx", "10) x", "<!-- c -->", "<x/>");
  private static final List<String> HIDDEN_OPENERS = List.of("```", "~~~", "<!--", "<?",
      "<![CDATA[", "<pre>", "<!X", "````", "<script>", "<textarea>");
  private static final List<String> HIDDEN_CLOSERS = List.of("```", "~~~", "-->", "?>", "]]>",
      "</pre>", ">", "````", "</script>", "</textarea>");
  private static final List<String> HIDDEN_LINES = List.of("x", "#", "# Root cause", "## x", "=",
      "---", "### Key points", "\u205f", "- x");
  private static final List<String> LEAVES = List.of("#", "##", "###", "####", "#######", "=",
      "==", "-", "--", "---", "- -", "= =", "***", "* * *", "___", "_ _ _", "[a]: /u", "[a]:",
      "[\\]]: x", "[a]: <b> 'c'", "| a | b |", "|---|---|", "a | b", "--|--", "&#x0;", "&nbsp;",
      "\\", "1.", "1)", "\\#");
  private static final List<String> TAILS = List.of("", " x", " #", "\t", " ", "  ", " >",
      "-->", "?>", "]]>", "</pre>", " </script>", "`", "~", "=", ":", " \\");
  private static final List<String> WORDS = List.of("x", "0", "log", "Root cause",
      "Executive Summary", "Review and approval", "$ make", "note");

  private final RandomGenerator random;

  /** Creates a grammar that draws from {@code random}. */
  public BlockGrammar(RandomGenerator random) {
    this.random = random;
  }

  /**
   * Returns one to eight lines of block source, joined by {@code \n}; mostly without white space
   * at either end, which block text may not have, so that most texts test more than that rule.
   */
  public String text() {
    int lines = 1 + random.nextInt(8);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      if (i > 0) {
        text.append('\n');
      }
      text.append(random.nextInt(4) == 3 ? motif() : line());
    }
    return random.nextInt(8) < 7 ? strip(text.toString()) : text.toString();
  }

  /** Strips what the model counts as white space at the ends (Unicode spaces too). */
  private static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isWhiteSpace(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    while (end > start && isWhiteSpace(text.codePointBefore(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    return text.substring(start, end);
  }

  private static boolean isWhiteSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private String line() {
    // Zero, where shrinking drives every draw, is a plain word.
    int kind = random.nextInt(12);
    if (kind == 0 || kind == 10) {
      return pick(WORDS);
    }
    if (kind == 1 || kind == 2) {
      return ""; // a blank line, which ends paragraphs and HTML blocks of kinds 6 and 7
    }
    StringBuilder line = new StringBuilder(pick(INDENTS));
    if (random.nextInt(3) == 2 || kind == 9) {
      line.append(pick(CONTAINERS));
      if (random.nextInt(4) == 3) {
        line.append(pick(CONTAINERS));
      }
    }
    switch (kind) {
      case 3 -> line.append(random.nextInt(8) == 7 ? pick(CONTROLS) : pick(UNICODE_SPACES));
      case 4 -> line.append(pick(FENCES));
      case 5 -> line.append(pick(HTML));
      case 6 -> line.append(pick(BLANK_LINE_HTML));
      case 7, 11 -> line.append(pick(LEAVES));
      default -> line.append(pick(WORDS));
    }
    if (random.nextInt(3) == 2) {
      line.append(random.nextInt(4) == 3 ? pick(UNICODE_SPACES) : pick(TAILS));
    }
    return line.toString();
  }

  /**
   * A block that may own the lines after it (an HTML block of kind 6 or 7, a list item, a quote),
   * then an opener that would hide lines if it were not itself hidden or owned (a fence, a
   * comment, a processing instruction, CDATA, raw HTML), a blank line or not, a line that reads
   * as a heading or underline when not hidden, and the opener's closer: where CommonMark and a
   * line scan part ways.
   */
  private String motif() {
    int hidden = random.nextInt(HIDDEN_OPENERS.size());
    return pick(OWNERS) + "\n" + pick(INDENTS) + HIDDEN_OPENERS.get(hidden)
        + (random.nextBoolean() ? "\n\n" : "\n") + pick(HIDDEN_LINES) + "\n" + pick(INDENTS)
        + HIDDEN_CLOSERS.get(hidden);
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }
}
