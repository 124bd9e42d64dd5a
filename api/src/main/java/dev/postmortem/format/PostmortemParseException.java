package dev.postmortem.format;

import dev.postmortem.InvalidPostmortemException;
import dev.postmortem.Violation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one exception every parser throws for input it cannot read as a postmortem. It says
 * where ({@link #location()}), what kind of problem ({@link #problem()}), what was expected and
 * what was found, in a message built in one place:
 *
 * <pre>{@code Expected an ISO-8601 instant but was "14:02" at $.timeline[3].at}</pre>
 *
 * <p>Past one of the parser's {@link ParseLimits}, {@link #limit()} names the limit. Values the
 * model refuses become this exception through {@link #invalid(InvalidPostmortemException,
 * Function)}, in one message shape for every format.
 *
 * <p>Unchecked, so that parsing a string needs no {@code try}; {@link PostmortemParser} documents
 * it on every method. Serializable, as exceptions are.
 */
public final class PostmortemParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  /** How many violations after the first a message lists; the cause holds them all. */
  private static final int MAX_LISTED = 10;

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

  /**
   * {@return the exception for a value the model refuses, at the location of its first violation}
   * Every violation is named by its path and message; the first is what was found, the others
   * follow it with their location where it differs from the first's:
   *
   * <pre>{@code
   * Expected a value the model accepts but was title "is required" (and 1 more: endedAt "must not
   * be before startedAt, …" at $.endedAt) at $.title
   * }</pre>
   *
   * <p>Past ten more, the message lists ten and ends them with {@code …}; the exception's cause,
   * {@code violations}, holds them all.
   *
   * @param violations what the model's builder threw; not null
   * @param locate where in the input a violation's path is, such as the JSON path of the field or
   *     the line it was read from; not null, and returning no null
   * @throws NullPointerException if {@code locate} returns null
   */
  public static PostmortemParseException invalid(
      InvalidPostmortemException violations, Function<String, ParseLocation> locate) {
    Objects.requireNonNull(violations, "violations must not be null");
    Objects.requireNonNull(locate, "locate must not be null");
    List<Violation> all = violations.violations();
    ParseLocation first = Objects.requireNonNull(locate.apply(all.get(0).path()),
        "locate must not return null");
    StringBuilder found = new StringBuilder(describe(all.get(0)));
    if (all.size() > 1) {
      found.append(" (and ").append(all.size() - 1).append(" more: ");
      for (int i = 1; i < all.size() && i <= MAX_LISTED; i++) {
        ParseLocation where = Objects.requireNonNull(locate.apply(all.get(i).path()),
            "locate must not return null");
        found.append(i > 1 ? "; " : "").append(describe(all.get(i)))
            .append(where.equals(first) ? "" : " at " + where);
      }
      found.append(all.size() > MAX_LISTED + 1 ? "; …)" : ")");
    }
    return new PostmortemParseException(Problem.INVALID, first, "a value the model accepts",
        found.toString(), violations);
  }

  /**
   * {@return the exception for a value the model refuses, every violation located at
   * {@code location}} The message is that of {@link #invalid(InvalidPostmortemException,
   * Function)}.
   *
   * @param violations what the model's builder threw; not null
   * @param location where the value was read, such as the line of a table row; not null
   */
  public static PostmortemParseException invalid(
      InvalidPostmortemException violations, ParseLocation location) {
    Objects.requireNonNull(location, "location must not be null");
    return invalid(violations, path -> location);
  }

  /** {@code path "message"}, or the quoted message alone for a rule of the whole value. */
  private static String describe(Violation violation) {
    String message = "\"" + violation.message() + "\"";
    return violation.path().isEmpty() ? message : violation.path() + " " + message;
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
