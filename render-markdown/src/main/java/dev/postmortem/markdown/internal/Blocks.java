package dev.postmortem.markdown.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The Markdown document being written, block by block: headings, paragraphs, lists and tables,
 * joined by one blank line. Every piece of inline text passes through {@link Escapes} here.
 */
final class Blocks {
  private final StringBuilder out;
  /** Where this document starts in {@link #out}, which may hold the caller's text before it. */
  private final int base;

  /**
   * The expected length from which the buffer is sized at the first table rather than at the
   * start (see {@link #sizeOnce}), in characters.
   */
  private static final int SIZED_FROM = 1 << 16;

  /** About how long the document will be, for sizing {@link #out} once; 0 once it is sized. */
  private int expectedLength;

  /** Writes a document of its own, growing as it is written. */
  Blocks() {
    this(new StringBuilder(), 0);
  }

  /**
   * Writes the document at the end of {@code out}, so that the caller's buffer is not copied.
   *
   * @param expectedLength about how many characters the document takes, 0 if unknown; a short
   *     document's buffer is sized at once, a long one's at its first table
   */
  Blocks(StringBuilder out, int expectedLength) {
    this.out = out;
    this.base = out.length();
    this.expectedLength = expectedLength;
    if (expectedLength > 0 && expectedLength <= SIZED_FROM) {
      out.ensureCapacity(base + expectedLength);
    }
  }

  private void block(CharSequence text) {
    start().append(text);
  }

  /**
   * Starts a block, after a blank line unless it is the first, and returns where to write it: a
   * caller that writes a block itself writes it there, already escaped, and nothing after it.
   */
  StringBuilder start() {
    if (out.length() > base) {
      out.append("\n\n");
    }
    return out;
  }

  void heading(int level, String text) {
    rawHeading(level, Escapes.headingEnd(text));
  }

  /** A heading written as is (already escaped). */
  void rawHeading(int level, String source) {
    start().append(HEADING_MARKS[level]).append(source);
  }

  /** The marks that open a heading of each level, with the space after them. */
  private static final String[] HEADING_MARKS = {"", "# ", "## ", "### ", "#### ", "##### ", "###### "};

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
    StringBuilder list = null;
    for (String[] pair : pairs) {
      if (pair[1] != null) {
        // Whole pieces: appends were a third of a short document's render, costing per call.
        list = list == null ? start().append("- **") : list.append("\n- **");
        list.append(pair[0]).append(pair[1].isEmpty() ? ":**" : ":** ").append(pair[1]);
      }
    }
  }

  /** Lines of {@code **Label:** value} joined by hard breaks, as the detailed template does. */
  void labeledLines(List<String[]> pairs) {
    StringBuilder lines = null;
    for (String[] pair : pairs) {
      lines = lines == null ? start().append("**") : lines.append("  \n**");
      lines.append(pair[0]).append(":** ").append(pair[1]);
    }
  }

  /** A table; null cells are empty. Only columns with a value in some row are written. */
  void table(Table table) {
    rows(table.header, table.kept, table.rows, (cells, row) -> {
      for (String cell : cells) {
        row.cell(cell);
      }
    });
  }

  /**
   * A table of one row per value, written as each row's cells are given, without holding them:
   * the timeline of a long document is written so (a row of strings per event, and a string per
   * time, were most of what its render allocated). Nothing is written when there are no values.
   *
   * @param header the columns' names
   * @param keep per column, whether it is written; {@code row} gives every column's cell anyway
   */
  <T> void rows(List<String> header, boolean[] keep, List<T> values, BiConsumer<T, Row> row) {
    if (values.isEmpty()) {
      return;
    }
    if (!anyKept(keep)) {
      // A row is written as "| " + its cells + " |", which needs a cell; no table of ours is so.
      throw new IllegalStateException("a table with no column to write: " + header);
    }
    StringBuilder text = start();
    sizeOnce();
    text.append(HeaderLines.of(header, keep));
    Row cells = new Row(text, keep);
    for (T value : values) {
      text.append("\n| ");
      cells.column = 0;
      cells.first = true;
      row.accept(value, cells);
      text.append(" |");
    }
  }

  private static boolean anyKept(boolean[] keep) {
    for (boolean column : keep) {
      if (column) {
        return true;
      }
    }
    return false;
  }

  /** The cells of the row being written, in column order; those of columns not kept are dropped. */
  static final class Row {
    private final StringBuilder out;
    private final boolean[] keep;
    private int column;
    private boolean first;

    private Row(StringBuilder out, boolean[] keep) {
      this.out = out;
      this.keep = keep;
    }

    /** The next cell: inline text, its pipes escaped; null for an empty cell. */
    Row cell(String text) {
      if (next() && text != null) {
        Escapes.appendCell(out, text);
      }
      return this;
    }

    /** The next cell: a time as {@link TimeText#format} writes it (no pipe to escape); empty when absent. */
    Row time(Optional<Instant> at, ZoneId zone, Optional<LocalDate> day) {
      if (next() && at.isPresent()) {
        TimeText.append(out, at.get(), zone, day);
      }
      return this;
    }

    /** Moves to the next column and returns whether it is written, with its separator. */
    private boolean next() {
      boolean kept = keep[column++];
      if (kept) {
        if (!first) {
          out.append(" | ");
        }
        first = false;
      }
      return kept;
    }
  }

  /**
   * Sizes the buffer for the whole document before its first table (the timeline, in a long
   * document), not at its start: growing by doubling copied a 10 000-event document about twice
   * over (a sixth of its render time in a flight recording). Sized at the start, it was a
   * one-byte-per-character array that the first character past Latin-1 replaced at twice the
   * size; the compact layout writes one (the duration's arrow) before its first table, so there
   * the replaced buffer is still small. A document whose first such character comes later pays
   * that once, as before. A short document is sized at the start (in the constructor): there the
   * nine copies of growing from {@code StringBuilder}'s 16 characters cost more than that.
   */
  private void sizeOnce() {
    if (expectedLength > SIZED_FROM) {
      out.ensureCapacity((int) Math.min((long) base + expectedLength, Integer.MAX_VALUE - 16));
      expectedLength = 0;
    }
  }

  /** A key-value table with an empty header, as the compact template's metadata. */
  void keyValueTable(List<String[]> pairs) {
    if (pairs.isEmpty()) {
      return;
    }
    StringBuilder text = start().append("|  |  |\n| --- | --- |");
    for (String[] pair : pairs) {
      text.append("\n| **").append(pair[0]).append("** | ");
      Escapes.appendCell(text, pair[1]);
      text.append(" |");
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

  /**
   * A table being assembled: its header, then its rows. Which columns are written is kept up to
   * date as rows are added, so that writing the table is one pass over its rows.
   */
  static final class Table {
    private final List<String> header = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();
    /** The columns shown even when every row leaves them empty, one bit each. */
    private long always;
    /**
     * Per column: shown always, or some row has a value in it; made at the first row, when the
     * header is complete (a copy per column added was a few per cent of a short render).
     */
    private boolean[] kept;

    /** Adds a column shown only when some row has a value in it. */
    Table column(String name) {
      return add(name, false);
    }

    /** Adds a column shown even when every row leaves it empty. */
    Table alwaysColumn(String name) {
      return add(name, true);
    }

    private Table add(String name, boolean shown) {
      if (!rows.isEmpty()) {
        throw new IllegalStateException("a column after the rows: " + name);
      }
      if (header.size() == Long.SIZE) {
        throw new IllegalStateException("more than " + Long.SIZE + " columns: " + name);
      }
      if (shown) {
        always |= 1L << header.size();
      }
      header.add(name);
      return this;
    }

    /** Returns whether the table has no row, and so is not written. */
    boolean isEmpty() {
      return rows.isEmpty();
    }

    /** Adds a row: one cell per column, null for empty. */
    Table row(String... cells) {
      if (cells.length != header.size()) {
        throw new IllegalArgumentException(cells.length + " cells for " + header.size() + " columns");
      }
      if (kept == null) {
        kept = new boolean[cells.length];
        for (int c = 0; c < cells.length; c++) {
          kept[c] = (always & 1L << c) != 0;
        }
      }
      rows.add(cells);
      for (int c = 0; c < cells.length; c++) {
        kept[c] |= cells[c] != null;
      }
      return this;
    }
  }
}
