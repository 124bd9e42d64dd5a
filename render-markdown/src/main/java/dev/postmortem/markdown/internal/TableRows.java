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

  private final List<String> header = new ArrayList<>();
  private final List<List<Cell>> rows = new ArrayList<>();
  private final int firstLine;

  private TableRows(int firstLine) {
    this.firstLine = firstLine;
  }

  static TableRows read(SourceText source, int firstLine, int lastLine) {
    TableRows table = new TableRows(firstLine);
    for (Cell cell : split(source.line(firstLine), firstLine)) {
      table.header.add(cell.text());
    }
    for (int line = firstLine + 2; line <= lastLine; line++) {
      table.rows.add(split(source.line(line), line));
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

  private static List<Cell> split(String line, int lineIndex) {
    List<Cell> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int start = 0;
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    boolean leadingPipe = i < line.length() && line.charAt(i) == '|';
    if (leadingPipe) {
      i++;
    }
    start = i;
    boolean endedWithPipe = false;
    for (; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '|') {
        cell.append('|');
        i++;
        endedWithPipe = false;
      } else if (c == '|') {
        cells.add(trimmed(cell, lineIndex, start, line));
        cell.setLength(0);
        start = i + 1;
        endedWithPipe = true;
      } else {
        cell.append(c);
        if (c != ' ' && c != '\t') {
          endedWithPipe = false;
        }
      }
    }
    if (!endedWithPipe) {
      cells.add(trimmed(cell, lineIndex, start, line));
    }
    return cells;
  }

  private static Cell trimmed(StringBuilder cell, int line, int start, String source) {
    int column = start;
    while (column < source.length() && (source.charAt(column) == ' ' || source.charAt(column) == '\t')) {
      column++;
    }
    return new Cell(SourceText.trimBlanks(cell.toString()), line, column);
  }
}
