package dev.postmortem.markdown.internal;

import java.util.regex.Pattern;

/**
 * A document exported from Google Docs as Markdown: the export escapes the Markdown its author
 * typed ({@code \*\*Date:\*\*}, {@code \#help-ops}, {@code `sms\_provider`}) and writes
 * non-breaking spaces as {@code &nbsp;}. Such a document is read as its author wrote it, with
 * those escapes and entities undone; any other document is left alone.
 */
final class DocsExport {
  /**
   * The export's mark: two lines that open with an escaped bold label ({@code \*\*Date:\*\*}),
   * which is what the export makes of the bold labels a person typed, and which a person does not
   * type.
   */
  private static final Pattern LABEL_LINE = Pattern.compile("(?m)^\\\\\\*\\\\\\*[^*\\\\\\n]{1,40}:\\\\\\*\\\\\\*");
  /** The escapes the export adds before characters its author meant literally or as Markdown. */
  private static final Pattern ESCAPE = Pattern.compile("\\\\([*_~])|(?<=.)\\\\(#)");

  private DocsExport() {}

  /** Returns {@code text} as its author wrote it when it is a Google Docs export, else unchanged. */
  static String undo(String text) {
    java.util.regex.Matcher labels = LABEL_LINE.matcher(text);
    if (!labels.find() || !labels.find()) {
      return text;
    }
    String t = text.replaceAll("(?m)^&nbsp;$", "").replace("&nbsp;", " ");
    return ESCAPE.matcher(t).replaceAll(m -> m.group(1) != null ? m.group(1) : m.group(2));
  }
}
