package dev.postmortem.markdown.internal;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The first two lines of a table the writer writes, its header and delimiter row, made once per
 * set of columns and kept: written a cell at a time they were several per cent of a short
 * document's render. The column names are the writer's own words, never a document's, so the
 * kept lines are as few as the writer's tables and the columns each can leave out.
 */
final class HeaderLines {
  private static final ConcurrentMap<Key, String> LINES = new ConcurrentHashMap<>();

  /** The columns of a table and which of them are written, one bit each. */
  private record Key(List<String> header, long written) {}

  private HeaderLines() {}

  /**
   * Returns {@code | A | B |}, a line feed and {@code | --- | --- |} for the columns of
   * {@code header} that {@code keep} marks.
   */
  static String of(List<String> header, boolean[] keep) {
    if (keep.length > Long.SIZE) {
      return line(header, keep);
    }
    long written = 0;
    for (int c = 0; c < keep.length; c++) {
      if (keep[c]) {
        written |= 1L << c;
      }
    }
    String line = LINES.get(new Key(header, written));
    if (line == null) {
      line = line(header, keep);
      LINES.putIfAbsent(new Key(List.copyOf(header), written), line);
    }
    return line;
  }

  private static String line(List<String> header, boolean[] keep) {
    StringBuilder text = new StringBuilder("|");
    for (int c = 0; c < keep.length; c++) {
      if (keep[c]) {
        text.append(' ').append(header.get(c)).append(" |");
      }
    }
    text.append("\n|");
    for (boolean column : keep) {
      if (column) {
        text.append(" --- |");
      }
    }
    return text.toString();
  }
}
