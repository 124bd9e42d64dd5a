package dev.postmortem.markdown.internal;

import dev.postmortem.format.ParseLocation;
import dev.postmortem.format.PostmortemParseException;
import dev.postmortem.format.PostmortemParseException.Problem;
import dev.postmortem.internal.Decimals;
import dev.postmortem.markdown.internal.TableRows.Cell;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Node;

/**
 * One table row being read, with typed access to its cells by the reader's column (not the
 * table's: columns may come in any order, and optional ones may be missing). A refused cell is
 * reported at its own line and column.
 */
final class TableRow {

  private final SectionInput in;
  private final Cell[] cells;
  private final int line;

  private TableRow(SectionInput in, Cell[] cells, int line) {
    this.in = in;
    this.cells = cells;
    this.line = line;
  }

  /** Reads each row of the part's tables into a value. */
  static <T> List<T> rows(SectionInput in, SectionPart part, List<String> columns, Function<TableRow, T> reader) {
    List<T> values = new ArrayList<>();
    eachRow(in, part, columns, row -> values.add(reader.apply(row)));
    return values;
  }

  /**
   * Gives each row of the part's tables to {@code reader}; the part must hold only tables whose
   * columns are among {@code columns}, matched by name ignoring case.
   */
  static void eachRow(SectionInput in, SectionPart part, List<String> columns, Consumer<TableRow> reader) {
    for (Node node : part.nodes()) {
      if (!(node instanceof TableBlock)) {
        throw SourceText.fail(SourceText.firstLine(node), SourceText.firstColumn(node),
            "a table with the columns " + String.join(", ", columns), SectionInput.describe(node));
      }
      TableRows table = TableRows.read(in.source(), SourceText.firstLine(node), SourceText.lastLine(node));
      int[] index = new int[columns.size()];
      for (int c = 0; c < columns.size(); c++) {
        index[c] = table.column(columns.get(c)).orElse(-1);
      }
      for (int h = 0; h < table.header().size(); h++) {
        if (table.header().get(h).isEmpty() || !columns.stream().anyMatch(table.header().get(h)::equalsIgnoreCase)) {
          throw SourceText.fail(table.firstLine(), 0, "a table with the columns " + String.join(", ", columns),
              "column " + SourceText.quoted(table.header().get(h)));
        }
      }
      for (List<Cell> cells : table.rows()) {
        Cell[] byColumn = new Cell[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
          byColumn[c] = index[c] >= 0 && index[c] < cells.size() ? cells.get(index[c]) : null;
        }
        int line = cells.isEmpty() ? table.firstLine() : cells.get(0).line();
        TableRow row = new TableRow(in, byColumn, line);
        SectionInput.built(() -> {
          reader.accept(row);
          return row;
        }, line);
      }
    }
  }

  /** Returns the cell's text, empty when the cell is empty or the table has no such column. */
  Optional<String> present(int column) {
    return cells[column] == null || cells[column].text().isEmpty()
        ? Optional.empty() : Optional.of(cells[column].text());
  }

  /** Returns the text of a cell the model may leave unset: {@link #present}. */
  Optional<String> optional(int column) {
    return present(column);
  }

  /** Returns the cell's text, null when it is empty or missing. */
  String text(int column) {
    return present(column).orElse(null);
  }

  /**
   * The text of a cell the model requires: an empty or missing one is the parse exception a
   * required value left unset would give at build(), here, because the builders refuse null.
   */
  String required(int column) {
    return present(column).orElseThrow(() -> new PostmortemParseException(Problem.INVALID,
        ParseLocation.at(line(column) + 1, 1), "a value the model accepts",
        "an empty cell where a value is required", null));
  }

  /** Returns the 0-based line of the cell, the row's when the cell is missing. */
  int line(int column) {
    return cells[column] == null ? line : cells[column].line();
  }

  /** Returns the 0-based column of the cell, 0 when it is missing. */
  int column(int column) {
    return cells[column] == null ? 0 : cells[column].column();
  }

  /** Reads the cell as one of {@code words}; {@code what} names the kind in the refusal. */
  <E extends Enum<E>> E word(int column, Words<E> words, String what) {
    return SectionInput.word(words, text(column), line(column), what, column(column));
  }

  /** Reads the cell as a date and time ({@code full}) or a time of the postmortem's date. */
  Instant time(int column, boolean full) {
    return in.instant(text(column), line(column), column(column), full);
  }

  /** Reads the cell as an ISO date. */
  LocalDate date(int column) {
    return SectionInput.localDate(text(column), line(column), column(column));
  }

  /** Reads the cell as a decimal amount. */
  BigDecimal decimal(int column) {
    String text = text(column);
    return Decimals.parse(text).orElseThrow(() -> SourceText.fail(line(column), column(column),
        "an amount such as 1200.50", text == null ? "nothing" : SourceText.quoted(text)));
  }

  /** Reads the cell as an ISO 4217 currency code. */
  Currency currency(int column) {
    String text = text(column);
    try {
      return Currency.getInstance(text == null ? "" : text);
    } catch (IllegalArgumentException e) {
      throw SourceText.fail(line(column), column(column), "an ISO 4217 currency code such as EUR",
          text == null ? "nothing" : SourceText.quoted(text));
    }
  }
}
