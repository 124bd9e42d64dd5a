package dev.postmortem.format;

import java.util.Objects;

/**
 * How much a parser reads before it gives up: the defence of a service that parses postmortems
 * written by others. Past a limit, a parser throws {@link PostmortemParseException} with problem
 * {@link PostmortemParseException.Problem#LIMIT_EXCEEDED}, the {@link Limit} as
 * {@link PostmortemParseException#limit()}, the location, and the limit's name in what was
 * expected ({@code at most 10000 elements in one list (limit maxListSize)}); it stops reading there
 * rather than building what it was given first.
 *
 * <table>
 *   <caption>The limits and their defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>what it counts</th></tr>
 *   <tr><td>{@code maxDocumentChars}</td><td>4 194 304 (4 Mi)</td>
 *       <td>characters (UTF-16 units) of the whole document; bytes, for JSON read from an
 *       {@code InputStream}</td></tr>
 *   <tr><td>{@code maxFieldLength}</td><td>1 048 576 (1 Mi)</td>
 *       <td>characters of one value: a JSON string, or a Markdown paragraph, heading, code block,
 *       HTML block or table cell</td></tr>
 *   <tr><td>{@code maxListSize}</td><td>10 000</td>
 *       <td>elements of one JSON array or keys of one JSON map (attributes, feature flags,
 *       environment); items of one Markdown list or rows of one table</td></tr>
 *   <tr><td>{@code maxNestingDepth}</td><td>64</td>
 *       <td>JSON arrays and objects open at once; Markdown blocks nested in one another (lists,
 *       block quotes), counted from the document</td></tr>
 * </table>
 *
 * <p>The defaults are far above any real postmortem (the largest public ones are tens of kilobytes
 * with a few hundred timeline rows) and low enough that reading a document at every limit stays
 * within a small heap. The round-trip contract holds for every postmortem whose documents are
 * within the parser's limits. Immutable; {@code equals} compares the four numbers.
 */
public final class ParseLimits {
  /** The default of {@link #maxDocumentChars()}. */
  public static final int DEFAULT_MAX_DOCUMENT_CHARS = 4 * 1024 * 1024;
  /** The default of {@link #maxFieldLength()}. */
  public static final int DEFAULT_MAX_FIELD_LENGTH = 1024 * 1024;
  /** The default of {@link #maxListSize()}. */
  public static final int DEFAULT_MAX_LIST_SIZE = 10_000;
  /** The default of {@link #maxNestingDepth()}. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  private static final ParseLimits DEFAULTS = builder().build();

  private final int maxDocumentChars;
  private final int maxFieldLength;
  private final int maxListSize;
  private final int maxNestingDepth;

  private ParseLimits(Builder builder) {
    this.maxDocumentChars = builder.maxDocumentChars;
    this.maxFieldLength = builder.maxFieldLength;
    this.maxListSize = builder.maxListSize;
    this.maxNestingDepth = builder.maxNestingDepth;
  }

  /** {@return the default limits} */
  public static ParseLimits create() {
    return DEFAULTS;
  }

  /** {@return a builder that starts from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the most characters a document may have} */
  public int maxDocumentChars() {
    return maxDocumentChars;
  }

  /** {@return the most characters one value may have} */
  public int maxFieldLength() {
    return maxFieldLength;
  }

  /** {@return the most elements one list, table, array or map may have} */
  public int maxListSize() {
    return maxListSize;
  }

  /** {@return the deepest nesting allowed} */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ParseLimits that
        && maxDocumentChars == that.maxDocumentChars && maxFieldLength == that.maxFieldLength
        && maxListSize == that.maxListSize && maxNestingDepth == that.maxNestingDepth;
  }

  @Override
  public int hashCode() {
    return ((maxDocumentChars * 31 + maxFieldLength) * 31 + maxListSize) * 31 + maxNestingDepth;
  }

  @Override
  public String toString() {
    return "ParseLimits{maxDocumentChars=" + maxDocumentChars + ", maxFieldLength=" + maxFieldLength
        + ", maxListSize=" + maxListSize + ", maxNestingDepth=" + maxNestingDepth + "}";
  }

  /**
   * One of the four limits. Each knows its name (that of its accessor and builder method), its
   * value in a {@link ParseLimits}, and the phrase a parse exception says it with: {@code at most
   * 10000 elements in one list (limit maxListSize)}. Parsers make their exceptions here, so
   * that the phrase is written once and {@link PostmortemParseException#limit()} is always set.
   */
  public enum Limit {
    /** {@link ParseLimits#maxDocumentChars()}. */
    MAX_DOCUMENT_CHARS("maxDocumentChars", "characters"),
    /** {@link ParseLimits#maxFieldLength()}. */
    MAX_FIELD_LENGTH("maxFieldLength", "characters in one value"),
    /** {@link ParseLimits#maxListSize()}. */
    MAX_LIST_SIZE("maxListSize", "elements in one list"),
    /** {@link ParseLimits#maxNestingDepth()}. */
    MAX_NESTING_DEPTH("maxNestingDepth", "levels of nesting");

    private final String limitName;
    private final String counted;

    Limit(String limitName, String counted) {
      this.limitName = limitName;
      this.counted = counted;
    }

    /** {@return the limit's name, that of its accessor and builder method: {@code maxListSize}} */
    public String limitName() {
      return limitName;
    }

    /**
     * {@return this limit's value in {@code limits}}
     *
     * @param limits the limits; not null
     */
    public int valueIn(ParseLimits limits) {
      Objects.requireNonNull(limits, "limits must not be null");
      return switch (this) {
        case MAX_DOCUMENT_CHARS -> limits.maxDocumentChars();
        case MAX_FIELD_LENGTH -> limits.maxFieldLength();
        case MAX_LIST_SIZE -> limits.maxListSize();
        case MAX_NESTING_DEPTH -> limits.maxNestingDepth();
      };
    }

    /**
     * {@return the exception for input past this limit, saying what it counts in its own words:
     * {@code Expected at most 10 characters in one value (limit maxFieldLength) but was a
     * paragraph of 11 characters at line 7, column 1}}
     *
     * @param limits the limits the parser reads within; not null
     * @param location where the parser stopped; not null
     * @param found what the parser found, such as {@code a paragraph of 11 characters}; not null
     */
    public PostmortemParseException exceeded(
        ParseLimits limits, ParseLocation location, String found) {
      return exceeded(limits, counted, location, found);
    }

    /**
     * {@return the exception for input past this limit, naming what it counted there, such as
     * {@code rows in one table} for {@link #MAX_LIST_SIZE}: {@code Expected at most 3 rows in one
     * table (limit maxListSize) but was row 4 at line 12, column 1}}
     *
     * @param limits the limits the parser reads within; not null
     * @param counted what the limit counted, plural: {@code rows in one table}; not null
     * @param location where the parser stopped; not null
     * @param found what the parser found, such as {@code row 4}; not null
     */
    public PostmortemParseException exceeded(
        ParseLimits limits, String counted, ParseLocation location, String found) {
      Objects.requireNonNull(counted, "counted must not be null");
      String expected = "at most " + valueIn(limits) + " " + counted + " (limit " + limitName + ")";
      return new PostmortemParseException(this, location, expected, found);
    }
  }

  /** Builds {@link ParseLimits}; every limit starts at its default and must be at least 1. */
  public static final class Builder {
    private int maxDocumentChars = DEFAULT_MAX_DOCUMENT_CHARS;
    private int maxFieldLength = DEFAULT_MAX_FIELD_LENGTH;
    private int maxListSize = DEFAULT_MAX_LIST_SIZE;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;

    private Builder() {}

    /**
     * Sets the most characters a document may have.
     *
     * @param value the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is less than 1
     */
    public Builder maxDocumentChars(int value) {
      this.maxDocumentChars = positive(Limit.MAX_DOCUMENT_CHARS, value);
      return this;
    }

    /**
     * Sets the most characters one value may have.
     *
     * @param value the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is less than 1
     */
    public Builder maxFieldLength(int value) {
      this.maxFieldLength = positive(Limit.MAX_FIELD_LENGTH, value);
      return this;
    }

    /**
     * Sets the most elements one list, table, array or map may have.
     *
     * @param value the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is less than 1
     */
    public Builder maxListSize(int value) {
      this.maxListSize = positive(Limit.MAX_LIST_SIZE, value);
      return this;
    }

    /**
     * Sets the deepest nesting allowed.
     *
     * @param value the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is less than 1
     */
    public Builder maxNestingDepth(int value) {
      this.maxNestingDepth = positive(Limit.MAX_NESTING_DEPTH, value);
      return this;
    }

    /** {@return the limits} */
    public ParseLimits build() {
      return new ParseLimits(this);
    }

    private static int positive(Limit limit, int value) {
      if (value < 1) {
        throw new IllegalArgumentException(limit.limitName() + " must be at least 1, was " + value);
      }
      return value;
    }
  }
}
