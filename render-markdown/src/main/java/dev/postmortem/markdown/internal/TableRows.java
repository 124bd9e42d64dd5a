package dev.postmortem.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A GFM table read from its source lines: the header names and, for each row, the source of each
 * cell with the pipes unescaped, the way GFM splits rows (a backslash before a pipe escapes it,
 * everywhere). Cells keep their column, for messages.
 */
final class TableRows {
  /** One cell: its source, and where it starts (0-based line and column). */
  record Cell(String text, int line, int column) {}

  /** How many columns a header's list has room for at first; the rows take the header's count. */
  private static final int HEADER_CAPACITY = 8;

  private final List<String> header = new ArrayList<>();
  private final List<List<Cell>> rows = new ArrayList<>();
  private final int firstLine;

  private TableRows(int firstLine) {
    this.firstLine = firstLine;
  }

  static TableRows read(SourceText source, int firstLine, int lastLine) {
    TableRows table = new TableRows(firstLine);
    for (Cell cell : split(source.line(firstLine), firstLine, HEADER_CAPACITY)) {
      table.header.add(cell.text());
    }
    for (int line = firstLine + 2; line <= lastLine; line++) {
      table.rows.add(split(source.line(line), line, table.header.size()));
    }
    return table;
  }

  int firstLine() {
    return firstLine;
  }

  List<String> header() {
    return header;
  }

  List<List<Cell>> rows() {
    return rows;
  }

  /** Returns the index of the column with this name, ignoring case. */
  Optional<Integer> column(String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /**
   * Splits a row at its unescaped pipes. A cell is cut out of the line as it is, and only a cell
   * that holds an escaped pipe is copied to unescape it (profiling showed a builder per cell).
   * The pipes are found with {@code indexOf}, not by looking at every character (a fifth of a
   * 10 000-event parse did that); a pipe is escaped exactly when a backslash comes right before
   * it, because a backslash escapes nothing else here.
   */
  private static List<Cell> split(String line, int lineIndex, int columns) {
    List<Cell> cells = new ArrayList<>(columns);
    int i = 0;
    while (i < line.length() && isBlank(line.charAt(i))) {
      i++;
    }
    if (i < line.length() && line.charAt(i) == '|') {
      i++;
    }
    int start = i;
    boolean escapedPipe = false;
    for (int pipe = line.indexOf('|', i); pipe >= 0; pipe = line.indexOf('|', pipe + 1)) {
      if (line.charAt(pipe - 1) == '\\') {
        escapedPipe = true;
      } else {
        cells.add(cell(line, lineIndex, start, pipe, escapedPipe));
        start = pipe + 1;
        escapedPipe = false;
      }
    }
    // A row that ends with a pipe (and blanks) has no cell after it.
    boolean endedWithPipe = !cells.isEmpty() && !escapedPipe && isBlank(line, start);
    if (!endedWithPipe) {
      cells.add(cell(line, lineIndex, start, line.length(), escapedPipe));
    }
    return cells;
  }

  private static boolean isBlank(String line, int from) {
    for (int i = from; i < line.length(); i++) {
      if (!isBlank(line.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static Cell cell(String line, int lineIndex, int from, int to, boolean escapedPipe) {
    while (from < to && isBlank(line.charAt(from))) {
      from++;
    }
    while (to > from && isBlank(line.charAt(to - 1))) {
      to--;
    }
    String text = line.substring(from, to);
    return new Cell(escapedPipe ? text.replace("\\|", "|") : text, lineIndex, from);
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }
}
