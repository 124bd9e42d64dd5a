package dev.postmortem.json.internal;

import dev.postmortem.InvalidPostmortemException;
import dev.postmortem.format.ParseLimits;
import dev.postmortem.format.ParseLimits.Limit;
import dev.postmortem.format.ParseLocation;
import dev.postmortem.format.PostmortemParseException;
import dev.postmortem.format.PostmortemParseException.Problem;
import dev.postmortem.internal.Decimals;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;

/**
 * Typed reads over Jackson's streaming parser, each failing with a
 * {@link PostmortemParseException} that names the JSON path ({@code $.timeline[3].at}), what was
 * expected and what was found. All messages of the JSON reader are built here.
 */
final class JsonInput {
  private static final int MAX_SHOWN = 60;

  private final JsonParser in;
  private final boolean ignoreUnknownFields;
  private final ParseLimits limits;

  JsonInput(JsonParser in, boolean ignoreUnknownFields, ParseLimits limits) {
    this.in = in;
    this.ignoreUnknownFields = ignoreUnknownFields;
    this.limits = limits;
  }

  JsonParser parser() {
    return in;
  }

  /** The fields seen so far in one object, to refuse a second occurrence of a name. */
  static final class Seen {
    private final Set<String> names = new HashSet<>();
  }

  /**
   * Moves to the next field of the current object and then onto its value; returns the field's
   * name, or null at the end of the object.
   */
  String nextField(Seen seen) {
    String name = in.nextName();
    if (name == null) {
      return null;
    }
    if (!seen.names.add(name)) {
      throw fail(Problem.UNEXPECTED, "each field once", "a second \"" + name + "\"");
    }
    in.nextToken();
    return name;
  }

  /** Handles a field this reader does not know: an error, or skipped when so configured. */
  void unknownField(String name, String objectDescription) {
    if (!ignoreUnknownFields) {
      throw fail(Problem.UNEXPECTED, "a field of " + objectDescription, "unknown field \"" + name + "\"");
    }
    in.skipChildren();
  }

  /** Checks that the current token starts an object. */
  void startObject(String description) {
    if (in.currentToken() != JsonToken.START_OBJECT) {
      throw fail(Problem.UNEXPECTED, description, found());
    }
  }

  /** Checks that the current token starts an array. */
  void startArray(String description) {
    if (in.currentToken() != JsonToken.START_ARRAY) {
      throw fail(Problem.UNEXPECTED, description, found());
    }
  }

  /** Returns the limits this input is read within. */
  ParseLimits limits() {
    return limits;
  }

  /**
   * Moves to the array element at {@code index}; returns false at the end of the array.
   *
   * @throws PostmortemParseException if the array holds more elements than the list limit
   */
  boolean nextElement(int index) {
    if (in.nextToken() == JsonToken.END_ARRAY) {
      return false;
    }
    if (index >= limits.maxListSize()) {
      throw Limit.MAX_LIST_SIZE.exceeded(limits, "elements in one array", location(),
          "element " + (index + 1));
    }
    return true;
  }

  String string() {
    if (in.currentToken() != JsonToken.VALUE_STRING) {
      throw fail(Problem.UNEXPECTED, "a string", found());
    }
    String text = in.getString();
    // JsonCodec's own parser refuses a longer string before this; a parser of the Jackson
    // module's user has the user's limits, so the field length is counted here as well.
    if (text.length() > limits.maxFieldLength()) {
      throw Limit.MAX_FIELD_LENGTH.exceeded(limits, location(),
          "a string of " + text.length() + " characters");
    }
    return text;
  }

  int integer() {
    if (in.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw fail(Problem.UNEXPECTED, "an integer", found());
    }
    try {
      return in.getIntValue();
    } catch (InputCoercionException e) {
      throw fail(Problem.UNEXPECTED, "an integer from " + Integer.MIN_VALUE + " to "
          + Integer.MAX_VALUE, found());
    }
  }

  Instant instant() {
    Instant instant = IsoTime.parseInstant(string());
    if (instant == null) {
      throw fail(Problem.UNEXPECTED, "an ISO-8601 instant in UTC such as \"2024-03-14T14:02:00Z\"", found());
    }
    return instant;
  }

  LocalDate date() {
    LocalDate date = IsoTime.parseDate(string());
    if (date == null) {
      throw fail(Problem.UNEXPECTED, "an ISO-8601 date such as \"2024-03-14\"", found());
    }
    return date;
  }

  ZoneId zone() {
    String text = string();
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      throw fail(Problem.UNEXPECTED, "a time-zone ID such as \"UTC\" or \"Europe/Berlin\"", found());
    }
  }

  BigDecimal decimal() {
    String text = string();
    return Decimals.parse(text).orElseThrow(() ->
        fail(Problem.UNEXPECTED, "a decimal number as a string such as \"1200.50\"", found()));
  }

  Currency currency() {
    String text = string();
    try {
      return Currency.getInstance(text);
    } catch (IllegalArgumentException e) {
      throw fail(Problem.UNEXPECTED, "an ISO 4217 currency code such as \"EUR\"", found());
    }
  }

  <E extends Enum<E>> E enumValue(JsonNames<E> names) {
    String text = string();
    E value = names.lookUp(text);
    if (value == null) {
      throw fail(Problem.UNEXPECTED, names.expected(), found());
    }
    return value;
  }

  /** Reads an array of strings. */
  List<String> strings() {
    startArray("an array of strings");
    List<String> values = new ArrayList<>();
    for (int i = 0; nextElement(i); i++) {
      values.add(string());
    }
    return values;
  }

  /**
   * Builds a value of the model, turning the model's violations into a parse exception at the
   * JSON path of the object just read (the current position, after its closing brace).
   */
  <T> T built(Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidPostmortemException e) {
      throw invalid(path(), e);
    }
  }

  /** Returns the exception for model violations found in the object at {@code objectPath}. */
  PostmortemParseException invalid(String objectPath, InvalidPostmortemException e) {
    return PostmortemParseException.invalid(e, path -> ParseLocation.path(join(objectPath, path)));
  }

  private static String join(String objectPath, String modelPath) {
    if (modelPath.isEmpty()) {
      return objectPath; // a rule of the whole object
    }
    return modelPath.startsWith("[") ? objectPath + modelPath : objectPath + "." + modelPath;
  }

  /** Returns an exception at the current token, with its path, line and column. */
  PostmortemParseException fail(Problem problem, String expected, String found) {
    return new PostmortemParseException(problem, location(), expected, found, null);
  }

  /** Returns the exception for a problem Jackson reported. */
  PostmortemParseException fail(Problem problem, String expected, String found, Throwable cause,
      TokenStreamLocation where) {
    return new PostmortemParseException(problem, location(where), expected, found, cause);
  }

  ParseLocation location() {
    return location(in.currentTokenLocation());
  }

  /** Returns the path with the line and column of {@code where}, or alone where it has none. */
  ParseLocation location(TokenStreamLocation where) {
    String path = path();
    if (where != null && where.getLineNr() > 0 && where.getColumnNr() > 0) {
      return ParseLocation.path(path, where.getLineNr(), where.getColumnNr());
    }
    return ParseLocation.path(path);
  }

  /** Describes the current token as messages show it: a quoted string, a number, an object. */
  String found() {
    JsonToken token = in.currentToken();
    if (token == null) {
      return "end of input";
    }
    switch (token) {
      case VALUE_STRING:
        return quoted(in.getString());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return shown(in.getString());
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case END_OBJECT:
        return "the end of the object";
      case END_ARRAY:
        return "the end of the array";
      case PROPERTY_NAME:
        return "field \"" + shown(in.currentName()) + "\"";
      default:
        return token.name();
    }
  }

  static String quoted(String text) {
    return "\"" + shown(text).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  private static String shown(String text) {
    return text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "…" : text;
  }

  /**
   * Returns the JSONPath of the current position, such as {@code $.timeline[3].at}; names that
   * are not identifiers are bracketed: {@code $.attributes["a.b"]}.
   */
  String path() {
    List<String> segments = new ArrayList<>();
    for (TokenStreamContext c = in.streamReadContext(); c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        if (c.hasCurrentIndex()) {
          segments.add("[" + c.getCurrentIndex() + "]");
        }
      } else if (c.currentName() != null) {
        String name = c.currentName();
        segments.add(isIdentifier(name) ? "." + name : "[" + quoted(name) + "]");
      }
    }
    StringBuilder path = new StringBuilder("$");
    for (int i = segments.size() - 1; i >= 0; i--) {
      path.append(segments.get(i));
    }
    return path.toString();
  }

  private static boolean isIdentifier(String name) {
    if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
      return false;
    }
    return name.chars().allMatch(Character::isJavaIdentifierPart);
  }
}
