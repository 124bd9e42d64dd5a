package dev.postmortem.markdown.internal;

import java.util.regex.Pattern;

/**
 * A document exported from Google Docs as Markdown: the export escapes the Markdown its author
 * typed ({@code \*\*Date:\*\*}, {@code \#help-ops}, {@code `sms\_provider`}) and writes
 * non-breaking spaces as {@code &nbsp;}. Such a document is read as its author wrote it, with
 * those escapes and entities undone; any other document is left alone.
 */
final class DocsExport {
  /** Two escaped bold markers, or a line that is only a non-breaking space: the export's marks. */
  private static final Pattern SIGNATURE = Pattern.compile("\\\\\\*\\\\\\*[^\\n]*\\\\\\*\\\\\\*|(?m)^&nbsp;$");
  /** The escapes the export adds before characters its author meant literally or as Markdown. */
  private static final Pattern ESCAPE = Pattern.compile("\\\\([*_~])|(?<=.)\\\\(#)");

  private DocsExport() {}

  /** Returns {@code text} as its author wrote it when it is a Google Docs export, else unchanged. */
  static String undo(String text) {
    if (!SIGNATURE.matcher(text).find()) {
      return text;
    }
    String t = text.replaceAll("(?m)^&nbsp;$", "").replace("&nbsp;", " ");
    return ESCAPE.matcher(t).replaceAll(m -> m.group(1) != null ? m.group(1) : m.group(2));
  }
}
