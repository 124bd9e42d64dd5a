package dev.postmortem.markdown.internal;

/**
 * Plain text written into Markdown, for the report site's {@code index.md}: a message or a file
 * name that must show as it is, not as Markdown. Public for the report module; not API.
 */
public final class PlainText {
  /**
   * The characters that open an inline construct of CommonMark or GFM where they stand: escapes,
   * code spans, emphasis, links and images, autolinks and raw HTML, entities, table cells and
   * strikethrough. A backslash before any ASCII punctuation is CommonMark's escape for it.
   */
  private static final String INLINE_PUNCTUATION = "\\`*_[]<>!&|~";

  private PlainText() {}

  /**
   * Returns {@code text}, one line, as inline Markdown that reads back as exactly that text in a
   * paragraph, a list item, a heading or a table cell.
   */
  public static String inline(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (INLINE_PUNCTUATION.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Returns inline Markdown source, such as a title, as the content of a GFM table cell. */
  public static String cell(String inlineSource) {
    return Escapes.cell(inlineSource);
  }
}
