package dev.postmortem.markdown.internal;

import dev.postmortem.format.ParseLocation;
import dev.postmortem.format.PostmortemParseException;
import dev.postmortem.format.PostmortemParseException.Problem;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * The input of a parse, split into lines, with what the reader needs from it: the raw source of
 * a node (through commonmark-java's source spans), ranges of lines, and exceptions that point at
 * a line and column. Line and column indexes here are 0-based; messages show them 1-based.
 */
final class SourceText {
  private final String text;
  private final List<String> lines = new ArrayList<>();

  SourceText(String text) {
    this.text = text;
    // indexOf is the JDK's vectorised search: a loop of charAt was a tenth of a long parse.
    int start = 0;
    for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      lines.add(text.substring(start, end));
      start = end + 1;
    }
    lines.add(text.substring(start));
  }

  String text() {
    return text;
  }

  String line(int index) {
    return lines.get(index);
  }

  int lineCount() {
    return lines.size();
  }

  static int firstLine(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? 0 : spans.get(0).getLineIndex();
  }

  static int lastLine(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? 0 : spans.get(spans.size() - 1).getLineIndex();
  }

  static int firstColumn(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? 0 : spans.get(0).getColumnIndex();
  }

  /** Returns the source of {@code node}, its lines joined by {@code \n}, each without trailing blanks. */
  String source(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    if (spans.size() == 1) {
      // Most values (a list item, a one-line paragraph) are one span: cut it out directly,
      // without a builder and a second copy.
      return span(spans.get(0));
    }
    StringBuilder source = new StringBuilder();
    for (SourceSpan span : spans) {
      if (source.length() > 0) {
        source.append('\n');
      }
      source.append(span(span));
    }
    return source.toString();
  }

  /** The text of one span, without trailing blanks. */
  private String span(SourceSpan span) {
    // By line and column, not by offset: the importer parses a copy whose bold-label lines are
    // rewritten as headings, so offsets after such a line differ while lines stay aligned.
    String line = lines.get(span.getLineIndex());
    int from = Math.min(span.getColumnIndex(), line.length());
    int to = Math.min(from + span.getLength(), line.length());
    while (to > from && (line.charAt(to - 1) == ' ' || line.charAt(to - 1) == '\t')) {
      to--;
    }
    return line.substring(from, to);
  }

  /**
   * Returns lines {@code from} (inclusive) to {@code to} (exclusive) joined by {@code \n}, with
   * blank lines at either end left out; empty when there is nothing but blank lines.
   */
  String lines(int from, int to) {
    int first = from;
    int last = to - 1;
    while (first <= last && lines.get(first).isBlank()) {
      first++;
    }
    while (last >= first && lines.get(last).isBlank()) {
      last--;
    }
    return first > last ? "" : String.join("\n", lines.subList(first, last + 1));
  }

  /** Returns a parse exception at a 0-based line and column. */
  static PostmortemParseException fail(int line, int column, String expected, String found) {
    return new PostmortemParseException(Problem.UNEXPECTED, ParseLocation.at(line + 1, column + 1),
        expected, found, null);
  }

  /** Returns {@code text} in quotes, shortened, as messages show found values. */
  static String quoted(String text) {
    String shown = text.length() > 60 ? text.substring(0, 60) + "…" : text;
    return "\"" + shown.replace("\n", "\\n") + "\"";
  }

  /**
   * Returns {@code text} without spaces and tabs at either end: the only blanks Markdown strips
   * around a cell or heading (other Unicode spaces are content, and the model keeps them off the
   * ends of inline text).
   */
  static String trimBlanks(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && isBlank(text.charAt(from))) {
      from++;
    }
    while (to > from && isBlank(text.charAt(to - 1))) {
      to--;
    }
    return text.substring(from, to);
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

}
