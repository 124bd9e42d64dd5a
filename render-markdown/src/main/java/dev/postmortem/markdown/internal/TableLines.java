package dev.postmortem.markdown.internal;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Block;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * A GFM table found where commonmark-java's table extension finds one, kept as a
 * {@link TableBlock} with one source span per line and no rows or cells under it. Both readers
 * take a table's cells from its source lines ({@link TableRows}), so the extension's cell nodes
 * were built only to be thrown away: with its inline step they were half of a 10 000-row parse
 * (flight recording of the JMH benchmark). Where a table starts and ends follows the extension
 * (0.32) rule for rule, and {@code TableLinesDifferentialTest} holds the two side by side.
 */
final class TableLines extends AbstractBlockParser {
  private final TableBlock block = new TableBlock();
  /** False once a row of only a pipe has ended the table, so that no lazy line joins it. */
  private boolean lazyLines = true;

  private TableLines() {}

  @Override
  public Block getBlock() {
    return block;
  }

  @Override
  public boolean canHaveLazyContinuationLines() {
    return lazyLines;
  }

  /** A line with a pipe is a row, unless the pipe is all it holds; lines are read from the source. */
  @Override
  public BlockContinue tryContinue(ParserState state) {
    CharSequence line = state.getLine().getContent();
    int start = state.getNextNonSpaceIndex();
    int pipe = indexOfPipe(line, start);
    if (pipe < 0) {
      return BlockContinue.none();
    }
    if (pipe == start && skipBlanks(line, pipe + 1) == line.length()) {
      lazyLines = false;
      return BlockContinue.none();
    }
    return BlockContinue.atIndex(state.getIndex());
  }

  /**
   * Starts a table at a delimiter row under a paragraph whose last line holds a pipe, when the
   * delimiter row has at least as many columns as that line has cells; the line becomes the
   * header.
   */
  static final class Factory extends AbstractBlockParserFactory {
    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      var lines = matched.getParagraphLines().getLines();
      if (lines.isEmpty()) {
        return BlockStart.none();
      }
      CharSequence header = lines.get(lines.size() - 1).getContent();
      if (indexOfPipe(header, 0) < 0) {
        return BlockStart.none();
      }
      SourceLine line = state.getLine();
      CharSequence delimiter = line.getContent().subSequence(state.getIndex(), line.getContent().length());
      int columns = delimiterColumns(delimiter);
      if (columns <= 0 || columns < headerCells(header)) {
        return BlockStart.none();
      }
      return BlockStart.of(new TableLines()).atIndex(state.getIndex()).replaceParagraphLines(1);
    }
  }

  /**
   * The number of columns of a delimiter row ({@code | :--- | ---: |}), or -1 when the line is
   * not one: each column is an optional colon, hyphens, an optional colon; columns are parted by
   * one pipe; blanks anywhere between; at least one pipe somewhere.
   */
  static int delimiterColumns(CharSequence s) {
    int columns = 0;
    int pipes = 0;
    boolean sawPipe = false;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '|') {
        i++;
        if (++pipes > 1) {
          return -1;
        }
        sawPipe = true;
      } else if (c == '-' || c == ':') {
        if (pipes == 0 && columns > 0) {
          return -1;
        }
        if (c == ':') {
          i++;
        }
        int dashes = 0;
        while (i < s.length() && s.charAt(i) == '-') {
          i++;
          dashes++;
        }
        if (dashes == 0) {
          return -1;
        }
        if (i < s.length() && s.charAt(i) == ':') {
          i++;
        }
        columns++;
        pipes = 0;
      } else if (c == ' ' || c == '\t') {
        i++;
      } else {
        return -1;
      }
    }
    return sawPipe ? columns : -1;
  }

  /**
   * The number of cells the extension cuts a header line into: after blanks and one leading
   * pipe, a cell ends at each pipe a backslash does not escape, and what follows the last pipe is
   * a cell when it is not empty (trailing blanks are dropped only after a leading pipe).
   */
  static int headerCells(CharSequence line) {
    int start = skipBlanks(line, 0);
    int end = line.length();
    if (start < end && line.charAt(start) == '|') {
      start++;
      end = skipBlanksBackwards(line, end - 1, start) + 1;
    }
    int cells = 0;
    boolean open = false;
    for (int i = start; i < end; i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < end && line.charAt(i + 1) == '|') {
        i++;
        open = true;
      } else if (c == '|') {
        cells++;
        open = false;
      } else {
        open = true;
      }
    }
    return open ? cells + 1 : cells;
  }

  private static int indexOfPipe(CharSequence s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) == '|') {
        return i;
      }
    }
    return -1;
  }

  private static int skipBlanks(CharSequence s, int from) {
    int i = from;
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /** The index of the last non-blank at or before {@code from}, not before {@code floor}; floor - 1 if none. */
  private static int skipBlanksBackwards(CharSequence s, int from, int floor) {
    int i = from;
    while (i >= floor && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i--;
    }
    return i;
  }
}
