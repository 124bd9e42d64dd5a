package dev.postmortem.testing.internal;

import dev.postmortem.CustomSection;
import dev.postmortem.InvalidPostmortemException;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Draws text that the model accepts, realistic or adversarial. Adversarial text mixes every
 * character and construct a format could trip over (Markdown and HTML metacharacters, table
 * pipes, backslashes, emoji and astral characters, right-to-left and zero-width characters), but
 * stays within the model's text rules: no control characters, no white space at either end, and
 * in block text no heading of level 1 to 3. Adversarial block text is also drawn from
 * {@link BlockGrammar} and kept when the model accepts it.
 */
public final class TextSource {
  private static final List<String> WORDS = List.of(
      "the", "pipeline", "retried", "worker", "pool", "exhausted", "latency", "spiked", "on",
      "checkout", "payments", "database", "failover", "alert", "fired", "rollback", "cache",
      "config", "deploy", "region", "queue", "backlog", "timeouts", "users", "saw", "errors",
      "after", "the", "release", "of", "version", "2.4.1", "and", "we", "paged", "on-call");

  /** Fragments that are hard for Markdown, HTML, JSON and tables; none is white space alone. */
  private static final List<String> NASTY = List.of(
      "|", "\\|", "\\", "\\\\", "*", "**", "_", "__", "`", "``", "```", "~~~", "#", "##", "###",
      "> ", "- ", "+ ", "* ", "1. ", "1) ", "[", "]", "(", ")", "[x]", "[ ]", "<", ">", "&", "&amp;",
      "&#35;", "&#x0;", "!", "![img](x.png)", "[link](https://example.com/a_b)",
      "[xss](javascript:alert(1))", "<script>alert(1)</script>", "<b>bold</b>", "<!-- c -->",
      "<img src=x onerror=alert(1)>", "`code | pipe`", "\"", "'", "{", "}", "$", "%", "^", "=",
      "===", "---", "***", ":", ";", "~", "@", "\t", "  ", "\u00a0", "\u200b", "\u200d", "\u200e",
      "\u200f", "\u202e", "\ufeff", "\ud83d\udd25", "\ud83d\udc69\u200d\ud83d\udcbb",
      "\ud835\udd18", "\u0645\u0631\u062d\u0628\u0627", "\u05e9\u05dc\u05d5\u05dd", "\u00e9",
      "e\u0301", "\u4e2d\u6587", "nul-free", "null", "true", "-1", "1e309", "0x1F", "%s",
      "${x}", "{{x}}", "..", "...", "[YYYY-MM-DD]", "[Name]", "TODO", "\\n", "\\u0000");

  /**
   * Whole texts that open a block at the start of a line, even after a list item's own marker:
   * thematic breaks of two or three markers, link reference definitions with escaped brackets.
   */
  private static final List<String> LINE_OPENERS = List.of("--", "-\t-", "- -", "-- -", "***",
      "___", "* * *", "[\\]]:>", "[a\\[b\\]c]: /url", "[\\\\]: x", "[ref]: <u> 't'", "[x] done",
      "1. x", "1) x", "123456789. x", "+ x", "> x", "<b>", "<!-- x", "```", "~~~", "# x", "=", "==");

  private final RandomGenerator random;
  private final boolean adversarial;

  /**
   * Creates a source.
   *
   * @param random where the choices come from
   * @param adversarial whether to mix in hostile fragments
   */
  public TextSource(RandomGenerator random, boolean adversarial) {
    this.random = random;
    this.adversarial = adversarial;
  }

  /** Returns one line of inline text, not empty, trimmed. */
  public String inline() {
    if (adversarial && random.nextInt(30) == 29) {
      return LINE_OPENERS.get(random.nextInt(LINE_OPENERS.size()));
    }
    int parts = 1 + random.nextInt(adversarial ? 8 : 6);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < parts; i++) {
      // Adversarial text sometimes glues words together; realistic text reads as words.
      if (i > 0 && (!adversarial || random.nextInt(4) != 0)) {
        text.append(' ');
      }
      text.append(adversarial && random.nextInt(3) == 2 ? nasty() : word());
    }
    if (adversarial && random.nextInt(40) == 39) {
      text.append(" ").append(longRun());
    }
    return trimmedOr(text, "x");
  }

  /** Returns a link or reference: inline text without white space. */
  public String link() {
    if (!adversarial || random.nextInt(3) == 0) { // zero, the simplest choice, is a plain URL
      return "https://grafana.example.com/d/" + word() + "?from=" + random.nextInt(100000);
    }
    StringBuilder link = new StringBuilder();
    int parts = 1 + random.nextInt(5);
    for (int i = 0; i < parts; i++) {
      link.append(nasty());
    }
    StringBuilder kept = new StringBuilder();
    link.codePoints()
        .filter(c -> !isWhiteSpace(c))
        .forEach(kept::appendCodePoint);
    return kept.length() == 0 ? "javascript:alert(1)" : kept.toString();
  }

  /** Returns block text: paragraphs, lists, quotes and code, lines joined by {@code \n}. */
  public String block() {
    if (adversarial && random.nextInt(3) == 2) {
      for (int tries = 0; tries < 3; tries++) {
        String text = trimmedOr(new BlockGrammar(random).text(), "x");
        if (isValidBlock(text)) {
          return text;
        }
      }
    }
    int lines = 1 + random.nextInt(adversarial ? 8 : 4);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      if (i > 0) {
        text.append(adversarial && random.nextInt(3) == 2 ? "\n\n" : "\n");
      }
      text.append(blockLine());
    }
    return trimmedOr(text, "x");
  }

  /** Returns a word from the realistic vocabulary. */
  public String word() {
    return WORDS.get(random.nextInt(WORDS.size()));
  }

  private String blockLine() {
    String line = headingSafe(inline());
    if (!adversarial) {
      return line;
    }
    // Zero, where a shrinking property test drives every draw, is the plain line.
    switch (random.nextInt(12)) {
      case 3:
        return "- " + line;
      case 4:
        return "1. " + line;
      case 5:
        return "> " + line;
      case 6:
        return "#### " + line;
      case 7:
        return "    " + line;
      case 8:
        return line + "  ";
      case 9:
        return "```\n# " + line + "\n```";
      case 10:
        return "<!-- note\n# not a heading\n-->\n" + line;
      case 11:
        return "<div>\n<script>alert(1)</script>\n" + line + "\n</div>";
      default:
        return line;
    }
  }

  /**
   * Keeps a line from reading as a heading of level 1 to 3, a setext underline, or the opening
   * of a fenced code block or an HTML block that runs to an end marker, which block text may not
   * contain or leave open, by prefixing it with a word.
   */
  private String headingSafe(String line) {
    String body = line.stripLeading();
    String lower = body.toLowerCase(java.util.Locale.ROOT);
    boolean atx = (body.startsWith("#") && !body.startsWith("####"))
        || body.startsWith("```") || body.startsWith("~~~")
        || body.startsWith("<!") || body.startsWith("<?") || lower.startsWith("<script")
        || lower.startsWith("<pre") || lower.startsWith("<style") || lower.startsWith("<textarea");
    boolean underline = !body.isEmpty()
        && (body.chars().allMatch(c -> c == '=' || isWhiteSpace(c))
            || body.chars().allMatch(c -> c == '-' || isWhiteSpace(c)));
    return atx || underline ? "see " + line : line;
  }

  private String nasty() {
    return NASTY.get(random.nextInt(NASTY.size()));
  }

  private String longRun() {
    StringBuilder run = new StringBuilder();
    int length = 200 + random.nextInt(3000);
    while (run.length() < length) {
      run.append(random.nextBoolean() ? word() : nasty().strip()).append(' ');
    }
    return run.toString();
  }

  private static String trimmedOr(CharSequence text, String fallback) {
    String s = text.toString();
    int start = 0;
    int end = s.length();
    while (start < end && isWhiteSpace(s.codePointAt(start))) {
      start += Character.charCount(s.codePointAt(start));
    }
    while (end > start && isWhiteSpace(s.codePointBefore(end))) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return start == end ? fallback : s.substring(start, end);
  }

  /** Whether the model takes {@code text} as block text: grammar text is kept only then. */
  private static boolean isValidBlock(String text) {
    try {
      CustomSection.of("x", text);
      return true;
    } catch (InvalidPostmortemException e) {
      return false;
    }
  }

  private static boolean isWhiteSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
