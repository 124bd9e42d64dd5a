package dev.postmortem.format;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * Where in its input a parser found a problem: a line and column for text formats such as
 * Markdown, or a JSON path such as {@code $.timeline[3].at} (with the line and column of the
 * token where known). Serializable, so that the {@link PostmortemParseException} holding it is.
 *
 * @serial exclude
 */
public final class ParseLocation implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;
  private final String path;

  private ParseLocation(int line, int column, String path) {
    this.line = line;
    this.column = column;
    this.path = path;
  }

  /**
   * {@return a line-and-column location}
   *
   * @param line 1-based line
   * @param column 1-based column, in characters
   */
  public static ParseLocation at(int line, int column) {
    checkPositive(line, column);
    return new ParseLocation(line, column, null);
  }

  /**
   * {@return a location given by a JSON path alone, such as {@code $.timeline[3].at}}
   *
   * @param jsonPath the JSON path; not null
   */
  public static ParseLocation path(String jsonPath) {
    return new ParseLocation(0, 0, Objects.requireNonNull(jsonPath, "jsonPath must not be null"));
  }

  /**
   * {@return a location with a JSON path and the line and column of the token}
   *
   * @param jsonPath the JSON path; not null
   * @param line 1-based line
   * @param column 1-based column, in characters
   */
  public static ParseLocation path(String jsonPath, int line, int column) {
    checkPositive(line, column);
    return new ParseLocation(line, column, Objects.requireNonNull(jsonPath, "jsonPath must not be null"));
  }

  private static void checkPositive(int line, int column) {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "line and column start at 1, were line " + line + ", column " + column);
    }
  }

  /** Refuses a stream that holds what no factory makes, as the factories would. */
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    boolean pathAlone = line == 0 && column == 0 && path != null;
    if (!pathAlone && (line < 1 || column < 1)) {
      throw new InvalidObjectException("line and column start at 1, were line " + line
          + ", column " + column + (path == null ? "" : " at " + path));
    }
  }

  /** {@return the 1-based line, if known} */
  public Optional<Integer> line() {
    return line > 0 ? Optional.of(line) : Optional.empty();
  }

  /** {@return the 1-based column, if known} */
  public Optional<Integer> column() {
    return column > 0 ? Optional.of(column) : Optional.empty();
  }

  /** {@return the JSON path, if this is a location in a JSON document} */
  public Optional<String> path() {
    return Optional.ofNullable(path);
  }

  /**
   * Returns the location as messages show it: {@code $.timeline[3].at},
   * {@code line 12, column 3}, or both: {@code $.timeline[3].at (line 12, column 3)}.
   */
  @Override
  public String toString() {
    String lineColumn = line > 0 ? "line " + line + ", column " + column : null;
    if (path == null) {
      return lineColumn;
    }
    return lineColumn == null ? path : path + " (" + lineColumn + ")";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ParseLocation that
        && line == that.line && column == that.column && Objects.equals(path, that.path);
  }

  @Override
  public int hashCode() {
    return Objects.hash(line, column, path);
  }
}
