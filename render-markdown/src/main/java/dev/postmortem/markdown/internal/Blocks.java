package dev.postmortem.markdown.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The Markdown document being written, block by block: headings, paragraphs, lists and tables,
 * joined by one blank line. Every piece of inline text passes through {@link Escapes} here.
 */
final class Blocks {
  private final StringBuilder out;
  /** Where this document starts in {@link #out}, which may hold the caller's text before it. */
  private final int base;

  /** Writes a document of its own. */
  Blocks() {
    this(new StringBuilder());
  }

  /** Writes the document at the end of {@code out}, so that the caller's buffer is not copied. */
  Blocks(StringBuilder out) {
    this.out = out;
    this.base = out.length();
  }

  private void block(CharSequence text) {
    start().append(text);
  }

  /** Starts a block, after a blank line unless it is the first, and returns where to write it. */
  private StringBuilder start() {
    if (out.length() > base) {
      out.append("\n\n");
    }
    return out;
  }

  void heading(int level, String text) {
    block("#".repeat(level) + " " + Escapes.headingEnd(text));
  }

  /** A heading written as is (already escaped). */
  void rawHeading(int level, String source) {
    block("#".repeat(level) + " " + source);
  }

  /** Block text, as is when CommonMark keeps it inside its section, else fenced. */
  void blockText(String text) {
    block(BlockText.contain(text));
  }

  /** A paragraph of the format's own words. */
  void paragraph(String text) {
    block(text);
  }

  /** A bullet list of inline texts. */
  void bullets(List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    StringBuilder list = start();
    for (int i = 0; i < items.size(); i++) {
      list.append(i == 0 ? "- " : "\n- ").append(Escapes.lineStart(items.get(i)));
    }
  }

  /** A bullet list of {@code **Label:** value} items; pairs with a null value are skipped. */
  void labeled(List<String[]> pairs) {
    StringBuilder list = new StringBuilder();
    for (String[] pair : pairs) {
      if (pair[1] != null) {
        list.append(list.length() == 0 ? "" : "\n").append("- **").append(pair[0]).append(":**")
            .append(pair[1].isEmpty() ? "" : " " + pair[1]);
      }
    }
    if (list.length() > 0) {
      block(list);
    }
  }

  /** Lines of {@code **Label:** value} joined by hard breaks, as the detailed template does. */
  void labeledLines(List<String[]> pairs) {
    StringBuilder lines = new StringBuilder();
    for (String[] pair : pairs) {
      lines.append(lines.length() == 0 ? "" : "  \n").append("**").append(pair[0]).append(":** ")
          .append(pair[1]);
    }
    if (lines.length() > 0) {
      block(lines);
    }
  }

  /** A table; null cells are empty. Only columns with a value in some row are written. */
  void table(Table table) {
    if (table.rows.isEmpty()) {
      return;
    }
    int columns = table.header.size();
    boolean[] keep = new boolean[columns];
    for (int c = 0; c < columns; c++) {
      keep[c] = table.always.get(c);
      for (String[] row : table.rows) {
        keep[c] |= row[c] != null;
      }
    }
    StringBuilder text = start();
    appendRow(text, table.header, keep, false);
    text.append('\n');
    List<String> delimiter = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      delimiter.add("---");
    }
    appendRow(text, delimiter, keep, false);
    for (String[] row : table.rows) {
      text.append('\n');
      appendRow(text, java.util.Arrays.asList(row), keep, true);
    }
  }

  private static void appendRow(StringBuilder text, List<String> cells, boolean[] keep, boolean escape) {
    text.append('|');
    for (int c = 0; c < cells.size(); c++) {
      if (keep[c]) {
        String cell = cells.get(c);
        text.append(' ').append(cell == null ? "" : escape ? Escapes.cell(cell) : cell).append(" |");
      }
    }
  }

  /** A key-value table with an empty header, as the compact template's metadata. */
  void keyValueTable(List<String[]> pairs) {
    if (pairs.isEmpty()) {
      return;
    }
    StringBuilder text = start().append("|  |  |\n| --- | --- |");
    for (String[] pair : pairs) {
      text.append("\n| **").append(pair[0]).append("** | ").append(Escapes.cell(pair[1])).append(" |");
    }
  }

  /** Returns the document, ending with a line feed; call once, at the end, instead of {@link #end}. */
  String text() {
    return end().substring(base);
  }

  /** Ends the document with a line feed and returns the buffer it is in; call once, at the end. */
  StringBuilder end() {
    return out.append('\n');
  }

  /** A table being assembled: its header, which columns always show, and its rows. */
  static final class Table {
    private final List<String> header = new ArrayList<>();
    private final List<Boolean> always = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();

    /** Adds a column shown only when some row has a value in it. */
    Table column(String name) {
      header.add(name);
      always.add(false);
      return this;
    }

    /** Adds a column shown even when every row leaves it empty. */
    Table alwaysColumn(String name) {
      header.add(name);
      always.add(true);
      return this;
    }

    /** Returns whether the table has no row, and so is not written. */
    boolean isEmpty() {
      return rows.isEmpty();
    }

    /** Adds a row: one cell per column, null for empty. */
    Table row(String... cells) {
      rows.add(cells);
      return this;
    }
  }
}
