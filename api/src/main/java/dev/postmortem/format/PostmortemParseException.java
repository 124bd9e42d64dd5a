package dev.postmortem.format;

import java.util.Objects;
import java.util.Optional;

/**
 * The one exception every parser throws for input it cannot read as a postmortem. It says
 * where ({@link #location()}), what kind of problem ({@link #problem()}), what was expected and
 * what was found, in a message built in one place:
 *
 * <pre>{@code Expected an ISO-8601 instant but was "14:02" at $.timeline[3].at}</pre>
 *
 * <p>Past one of the parser's {@link ParseLimits}, {@link #limit()} names the limit.
 *
 * <p>Unchecked, so that parsing a string needs no {@code try}; {@link PostmortemParser} documents
 * it on every method.
 */
public final class PostmortemParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The kinds of problem a parser reports, so that callers can tell them apart. */
  public enum Problem {
    /** The input is not well-formed in its syntax (truncated JSON, invalid UTF-8). */
    MALFORMED,
    /** Well-formed, but not of the expected shape (a wrong type, an unknown field). */
    UNEXPECTED,
    /** Of the right shape, but a value breaks the model's rules. */
    INVALID,
    /** A document of a format version this parser does not read. */
    UNSUPPORTED_VERSION,
    /** The input exceeds one of the parser's limits. */
    LIMIT_EXCEEDED
  }

  /** What kind of problem it is. */
  private final Problem problem;
  /** Where in the input it was found. */
  private final ParseLocation location;
  /** What the parser expected there. */
  private final String expected;
  /** What it found there. */
  private final String found;
  /** The limit exceeded, or null: for other problems, and for limits not in ParseLimits. */
  private final ParseLimits.Limit limit;

  /**
   * Creates the exception; the message is {@code Expected EXPECTED but was FOUND at LOCATION}.
   * Past one of the {@link ParseLimits}, make it with {@link ParseLimits.Limit#exceeded} instead,
   * which names the limit.
   *
   * @param problem what kind of problem it is
   * @param location where it is
   * @param expected what the parser expected there, such as {@code an ISO-8601 instant}
   * @param found what it found, such as {@code "14:02"}
   * @param cause the underlying exception, or {@code null}
   */
  public PostmortemParseException(
      Problem problem, ParseLocation location, String expected, String found, Throwable cause) {
    this(problem, null, location, expected, found, cause);
  }

  /** Past {@code limit}: made by {@link ParseLimits.Limit#exceeded}, which words it. */
  PostmortemParseException(
      ParseLimits.Limit limit, ParseLocation location, String expected, String found) {
    this(Problem.LIMIT_EXCEEDED, limit, location, expected, found, null);
  }

  private PostmortemParseException(Problem problem, ParseLimits.Limit limit,
      ParseLocation location, String expected, String found, Throwable cause) {
    super("Expected " + expected + " but was " + found + " at " + location, cause);
    this.problem = Objects.requireNonNull(problem, "problem must not be null");
    this.location = Objects.requireNonNull(location, "location must not be null");
    this.expected = Objects.requireNonNull(expected, "expected must not be null");
    this.found = Objects.requireNonNull(found, "found must not be null");
    this.limit = limit;
  }

  /** {@return what kind of problem it is} */
  public Problem problem() {
    return problem;
  }

  /** {@return where in the input the problem is} */
  public ParseLocation location() {
    return location;
  }

  /** {@return what the parser expected there} */
  public String expected() {
    return expected;
  }

  /** {@return what it found instead} */
  public String found() {
    return found;
  }

  /**
   * {@return the limit the input exceeded, for problem {@link Problem#LIMIT_EXCEEDED} past one of
   * the {@link ParseLimits}; empty for other problems, and for a limit of a format's own (such as
   * the JSON parser's on the length of a number)}
   */
  public Optional<ParseLimits.Limit> limit() {
    return Optional.ofNullable(limit);
  }
}
